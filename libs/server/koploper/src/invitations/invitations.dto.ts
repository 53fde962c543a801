import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { KVK_NUMBER_PATTERN, SBI_CODE_PATTERN, SIZE_CLASSES, type SizeClass } from '@koers/domain';
import { Type } from 'class-transformer';
import { IsEmail, IsIn, IsObject, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength, ValidateNested } from 'class-validator';

export class CreateInvitationDto {
  @ApiProperty({ example: 'directie@bakkerij-devries.test' }) @IsEmail({}, { message: 'email is geen geldig e-mailadres / is not a valid email address' }) @MaxLength(254) email!: string;
  @ApiPropertyOptional({ description: 'An organisation the partner already knows; without it the invitee registers a new one' }) @IsOptional() @IsUUID() organisationId?: string;
}

export class RegisterOrganisationDto {
  @ApiProperty({ example: 'Bakkerij De Korenschoof' }) @IsString() @MinLength(1) @MaxLength(200) name!: string;
  @ApiProperty({ example: '12345678' }) @IsString() @Matches(KVK_NUMBER_PATTERN, { message: 'kvkNumber moet 8 cijfers zijn / must be 8 digits' }) kvkNumber!: string;
  @ApiProperty({ example: '10.71' }) @IsString() @Matches(SBI_CODE_PATTERN, { message: 'sbiCode moet een SBI-code zijn (2-5 cijfers) / must be an SBI code (2-5 digits)' }) sbiCode!: string;
  @ApiProperty({ enum: SIZE_CLASSES }) @IsIn(SIZE_CLASSES as unknown as string[]) sizeClass!: SizeClass;
  @ApiProperty({ example: 'Assen' }) @IsString() @MinLength(1) @MaxLength(100) municipality!: string;
}

export class RegisterUserDto {
  @ApiProperty({ example: 'Anna de Korenschoof' }) @IsString() @MinLength(1) @MaxLength(200) name!: string;
  @ApiProperty({ minLength: 12, description: 'At least 12 characters' }) @IsString() @MinLength(12, { message: 'password moet ten minste 12 tekens hebben / must have at least 12 characters' }) @MaxLength(200) password!: string;
}

export class AcceptInvitationDto {
  @ApiPropertyOptional({ type: RegisterOrganisationDto, description: 'Required when the invitation names no organisation' })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => RegisterOrganisationDto)
  organisation?: RegisterOrganisationDto;
  @ApiProperty({ type: RegisterUserDto }) @IsObject({ message: 'user ontbreekt (naam en wachtwoord) / user is missing (name and password)' }) @ValidateNested() @Type(() => RegisterUserDto) user!: RegisterUserDto;
}
