import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ROLES, type Role } from '@koers/domain';
import { IsEmail, IsIn, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { PASSWORD_MIN_LENGTH } from './passwords';

export class SignInDto {
  @ApiProperty({ example: 'coordinator@mvo-noord.test' }) @IsEmail() @MaxLength(254) email!: string;
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(200) password!: string;
}

export class SwitchMembershipDto {
  @ApiProperty() @IsUUID() membershipId!: string;
}

export class PasswordResetRequestDto {
  @ApiProperty() @IsEmail() @MaxLength(254) email!: string;
}

export class PasswordResetConfirmDto {
  @ApiProperty() @IsString() @MinLength(10) @MaxLength(200) token!: string;
  @ApiProperty({ minLength: PASSWORD_MIN_LENGTH }) @IsString() @MinLength(PASSWORD_MIN_LENGTH) @MaxLength(200) password!: string;
}

export class UpdateProfileDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @MinLength(1) @MaxLength(200) name?: string;
  @ApiPropertyOptional({ enum: ['nl', 'en'] }) @IsOptional() @IsIn(['nl', 'en']) locale?: 'nl' | 'en';
}

export class CreateUserDto {
  @ApiProperty() @IsEmail() @MaxLength(254) email!: string;
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(200) name!: string;
  @ApiProperty({ enum: ROLES }) @IsIn(ROLES as unknown as string[]) role!: Role;
  @ApiPropertyOptional({ description: 'Required for the participant role: the organisation the user acts for' })
  @IsOptional()
  @IsUUID()
  organisationId?: string;
}

export class MembershipView {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: ROLES }) role!: Role;
  @ApiProperty() partner!: { id: string; name: string };
  @ApiProperty({ nullable: true }) organisation!: { id: string; name: string } | null;
}

export class SessionUserView {
  @ApiProperty() id!: string;
  @ApiProperty() email!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: ['nl', 'en'] }) locale!: 'nl' | 'en';
}

export class SessionViewDto {
  @ApiProperty({ type: SessionUserView }) user!: SessionUserView;
  @ApiProperty({ type: [MembershipView] }) memberships!: MembershipView[];
  @ApiProperty() activeMembershipId!: string;
}
