import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { KVK_NUMBER_PATTERN, ORGANISATION_KINDS, PROGRAMME_STEPS, SBI_CODE_PATTERN, SIZE_CLASSES, type OrganisationKind, type ProgrammeStep, type SizeClass } from '@koers/domain';
import { IsIn, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';

class OrganisationDetailsDto {
  @ApiPropertyOptional({ example: '43.21' }) @IsOptional() @IsString() @Matches(SBI_CODE_PATTERN, { message: 'sbiCode moet een SBI-code zijn (2-5 cijfers) / must be an SBI code (2-5 digits)' }) sbiCode?: string;
  @ApiPropertyOptional({ enum: SIZE_CLASSES }) @IsOptional() @IsIn(SIZE_CLASSES as unknown as string[]) sizeClass?: SizeClass;
  @ApiPropertyOptional({ maxLength: 100 }) @IsOptional() @IsString() @MinLength(1) @MaxLength(100) municipality?: string;
  @ApiPropertyOptional({ maxLength: 100 }) @IsOptional() @IsString() @MinLength(1) @MaxLength(100) region?: string;
}

export class UpdateOrganisationDto extends OrganisationDetailsDto {
  @ApiPropertyOptional({ maxLength: 200 }) @IsOptional() @IsString() @MinLength(1) @MaxLength(200) name?: string;
}

export class CreateOrganisationDto extends OrganisationDetailsDto {
  @ApiProperty({ maxLength: 200 }) @IsString() @MinLength(1) @MaxLength(200) name!: string;
  @ApiProperty({ enum: ORGANISATION_KINDS }) @IsIn(ORGANISATION_KINDS as unknown as string[]) kind!: OrganisationKind;
  @ApiPropertyOptional({ example: '12345678' }) @IsOptional() @IsString() @Matches(KVK_NUMBER_PATTERN, { message: 'kvkNumber moet 8 cijfers zijn / must be 8 digits' }) kvkNumber?: string;
  @ApiProperty({ enum: PROGRAMME_STEPS, description: 'The programme step of this partner the organisation joins' })
  @IsIn(PROGRAMME_STEPS as unknown as string[])
  step!: ProgrammeStep;
}

export class GrantConsentDto {
  @ApiProperty({ description: 'Slug of the partner that may see this organisation' }) @IsString() @MinLength(1) @MaxLength(64) partnerSlug!: string;
}

export class OrganisationView {
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: ORGANISATION_KINDS }) kind!: OrganisationKind;
  @ApiProperty({ nullable: true }) kvkNumber!: string | null;
  @ApiProperty({ nullable: true }) sbiCode!: string | null;
  @ApiProperty({ enum: SIZE_CLASSES, nullable: true }) sizeClass!: SizeClass | null;
  @ApiProperty({ nullable: true }) municipality!: string | null;
  @ApiProperty({ nullable: true }) region!: string | null;
}

export class OrganisationPage {
  @ApiProperty({ type: [OrganisationView] }) items!: OrganisationView[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
}

export class PartnerView {
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() slug!: string;
}
