import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { KVK_NUMBER_PATTERN, ORGANISATION_KINDS, PROGRAMME_STEPS, SBI_CODE_PATTERN, SIZE_CLASSES, type OrganisationKind, type ProgrammeStep, type SizeClass } from '@koers/domain';
import { withText } from '@koers/server-auth';
import { IsIn, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';

class OrganisationDetailsDto {
  @ApiPropertyOptional({ example: '43.21' }) @IsOptional() @IsString() @Matches(SBI_CODE_PATTERN, withText({ nl: 'SBI-code moet een SBI-code van 2 tot 5 cijfers zijn, zoals 43.21', en: 'sbiCode must be an SBI code of 2 to 5 digits, such as 43.21' })) sbiCode?: string;
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
  @ApiPropertyOptional({ example: '12345678' }) @IsOptional() @IsString() @Matches(KVK_NUMBER_PATTERN, withText({ nl: 'KvK-nummer moet 8 cijfers zijn', en: 'kvkNumber must be a Chamber of Commerce number of 8 digits' })) kvkNumber?: string;
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
