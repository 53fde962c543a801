import { PLATFORM_MEMBER_KINDS, type PlatformMemberKind } from '@koers/domain';
import { NotBlank, withText } from '@koers/server-auth';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, MaxLength, ValidateIf } from 'class-validator';
import { AllianceTextView, apply, choose, day } from '../inputs';
import { AlliancePartnerRefView } from '../partners/partners.dto';

export class CreatePlatformDto {
  @ApiProperty({ maxLength: 200, example: 'MVO-platform Assen' }) @IsString() @MaxLength(200) @NotBlank({ nl: 'De naam', en: 'The name' }) name!: string;
  @ApiProperty({ maxLength: 100, example: 'Drenthe' }) @IsString() @MaxLength(100) @NotBlank({ nl: 'De regio', en: 'The region' }) region!: string;
  @ApiPropertyOptional({ maxLength: 100, example: 'Assen' }) @IsOptional() @IsString() @MaxLength(100) @NotBlank({ nl: 'De gemeente', en: 'The municipality' }) municipality?: string;
  @ApiPropertyOptional({ maxLength: 5000 }) @IsOptional() @IsString() @MaxLength(5000) description?: string;
}

export class UpdatePlatformDto {
  @ApiPropertyOptional({ maxLength: 200 }) @IsOptional() @IsString() @MaxLength(200) @NotBlank({ nl: 'De naam', en: 'The name' }) name?: string;
  @ApiPropertyOptional({ maxLength: 100 }) @IsOptional() @IsString() @MaxLength(100) @NotBlank({ nl: 'De regio', en: 'The region' }) region?: string;
  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 100, description: 'null: the whole region' })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsString()
  @MaxLength(100)
  @NotBlank({ nl: 'De gemeente', en: 'The municipality' })
  municipality?: string | null;
  @ApiPropertyOptional({ maxLength: 5000 }) @IsOptional() @IsString() @MaxLength(5000) description?: string;
}

export class PlatformMemberDto {
  @ApiPropertyOptional({ maxLength: 200, example: 'Bakkerij De Vries', description: "The organisation's name; for an alliance partner its name is taken when left out" })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  @NotBlank({ nl: 'De naam', en: 'The name' })
  name?: string;
  @ApiProperty({ enum: PLATFORM_MEMBER_KINDS, description: 'partner: an alliance partner, named by partnerSlug' }) @choose(PLATFORM_MEMBER_KINDS, 'alliance.member_kind') kind!: PlatformMemberKind;
  @ApiPropertyOptional({ example: 'groningen-duurzaam', description: 'For kind partner: which alliance partner' }) @IsOptional() @IsString() @MaxLength(64) partnerSlug?: string;
  @ApiPropertyOptional({ example: '2026-01-01' }) @IsOptional() @apply(day({ nl: 'Lid sinds', en: 'Member since' })) joinedOn?: string;
}

export class PlatformEventDto {
  @ApiPropertyOptional({ description: "A cohort's Koplopersymposium (a session of kind symposium of a Koplopergroep of the reader's partner): date, title and location are taken from it unless given" })
  @IsOptional()
  @IsUUID('all', withText({ nl: 'Kies een Koplopersymposium', en: 'Choose a symposium' }, 'validation.uuid'))
  symposiumSessionId?: string;
  @ApiPropertyOptional({ example: '2026-11-12', description: 'Required unless a symposium is linked' }) @IsOptional() @apply(day({ nl: 'De datum', en: 'The date' })) eventOn?: string;
  @ApiPropertyOptional({ maxLength: 200, example: 'Netwerkbijeenkomst circulair bouwen' }) @IsOptional() @IsString() @MaxLength(200) @NotBlank({ nl: 'De titel', en: 'The title' }) title?: string;
  @ApiPropertyOptional({ maxLength: 200, example: 'TT Hall, Assen' }) @IsOptional() @IsString() @MaxLength(200) location?: string;
  @ApiPropertyOptional({ maxLength: 5000 }) @IsOptional() @IsString() @MaxLength(5000) description?: string;
}

export class PlatformMemberView {
  @ApiProperty() id!: string;
  @ApiProperty({ example: 'Bakkerij De Vries' }) name!: string;
  @ApiProperty({ enum: PLATFORM_MEMBER_KINDS }) kind!: PlatformMemberKind;
  @ApiProperty({ type: AllianceTextView }) kindLabel!: AllianceTextView;
  @ApiProperty({ type: AlliancePartnerRefView, nullable: true }) partner!: AlliancePartnerRefView | null;
  @ApiProperty({ type: String, nullable: true, example: '2026-01-01' }) joinedOn!: string | null;
}

export class SymposiumLinkView {
  @ApiProperty() sessionId!: string;
  @ApiProperty({ description: 'The Koplopergroep (cohort) whose symposium it is' }) groupId!: string;
}

export class PlatformEventView {
  @ApiProperty() id!: string;
  @ApiProperty({ example: '2026-11-12' }) eventOn!: string;
  @ApiProperty({ example: 'Koplopersymposium Assen' }) title!: string;
  @ApiProperty() location!: string;
  @ApiProperty() description!: string;
  @ApiProperty({ type: SymposiumLinkView, nullable: true, description: "Set when the event is a cohort's Koplopersymposium" }) symposium!: SymposiumLinkView | null;
}

export class PlatformSummaryView {
  @ApiProperty() id!: string;
  @ApiProperty({ example: 'MVO-platform Assen' }) name!: string;
  @ApiProperty({ example: 'Drenthe' }) region!: string;
  @ApiProperty({ type: String, nullable: true, example: 'Assen' }) municipality!: string | null;
  @ApiProperty({ type: AlliancePartnerRefView, description: 'The partner that keeps the platform' }) keeper!: AlliancePartnerRefView;
  @ApiProperty({ example: 12 }) members!: number;
  @ApiProperty({ type: PlatformEventView, nullable: true, description: 'The first event from today' }) nextEvent!: PlatformEventView | null;
}

export class PlatformListView {
  @ApiProperty({ type: [PlatformSummaryView] }) items!: PlatformSummaryView[];
}

export class PlatformView {
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() region!: string;
  @ApiProperty({ type: String, nullable: true }) municipality!: string | null;
  @ApiProperty() description!: string;
  @ApiProperty({ type: AlliancePartnerRefView }) keeper!: AlliancePartnerRefView;
  @ApiProperty({ type: [PlatformMemberView], description: 'By name' }) members!: PlatformMemberView[];
  @ApiProperty({ type: [PlatformEventView], description: 'The agenda, by date' }) agenda!: PlatformEventView[];
  @ApiProperty({ description: 'The reader may change the platform (its keeper, or the secretariat), given the role' }) canEdit!: boolean;
}
