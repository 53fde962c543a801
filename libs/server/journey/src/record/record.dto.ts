import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CONSENT_PARTS, FINANCING_KINDS, FINANCING_STATUSES, FUNNEL_STAGES, JOURNEY_PARTS, KVK_NUMBER_PATTERN, LEAD_SOURCES, ORGANISATION_KINDS, SIZE_CLASSES, STEP_KEYS,
  type ConsentPart, type FinancingKind, type FinancingStatus, type FunnelStage, type JourneyPart, type LeadSource, type OrganisationKind, type SizeClass, type StepKey,
} from '@koers/domain';
import { NotBlank, withText } from '@koers/server-auth';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsDateString, IsDefined, IsObject, IsIn, IsNumber, IsOptional, IsString, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const day = (what: { nl: string; en: string }) => [
  IsDateString({ strict: true }, withText({ nl: `${what.nl}: een bestaande datum als 2026-03-01`, en: `${what.en}: an existing date like 2026-03-01` }, 'validation.date')),
  Matches(DAY, withText({ nl: `${what.nl}: een datum als 2026-03-01, zonder tijd`, en: `${what.en}: a date like 2026-03-01, without a time` }, 'validation.date')),
];
/** Euros as the column stores them: at most two decimals, 0 up to (not including) a trillion. */
const euros = [
  IsNumber({ maxDecimalPlaces: 2, allowNaN: false, allowInfinity: false }, withText({ nl: 'Het bedrag is een getal met hoogstens 2 decimalen', en: 'The amount is a number with at most 2 decimals' }, 'financing.amount')),
  Min(0, withText({ nl: 'Het bedrag is niet negatief', en: 'The amount is not negative' }, 'financing.amount')),
  Max(999_999_999_999.99, withText({ nl: 'Het bedrag is kleiner dan 1.000.000.000.000', en: 'The amount is less than 1,000,000,000,000' }, 'financing.amount')),
];
const choose = (values: readonly string[], code: string) => IsIn(values as string[], withText({ nl: `Kies een van: ${values.join(', ')}`, en: `Choose one of: ${values.join(', ')}` }, code));
const apply = (decorators: PropertyDecorator[]): PropertyDecorator => (target, key) => decorators.forEach((d) => d(target, key));

type Text = { nl: string; en: string };
class JourneyTextView {
  @ApiProperty() nl!: string;
  @ApiProperty() en!: string;
}

// --- inputs ---------------------------------------------------------------------------------------

export class ConsentPartsDto {
  @ApiProperty({ enum: CONSENT_PARTS, isArray: true, description: 'Exactly the parts this partner may see from now on (showcase: it may show the company\'s example project publicly); an empty list withdraws all. Duplicates are fine.' })
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  parts!: string[];
}

export class StageDto {
  @ApiProperty({ enum: FUNNEL_STAGES }) @choose(FUNNEL_STAGES, 'journey.stage') stage!: FunnelStage;
}

export class LeadOrganisationDto {
  @ApiProperty({ maxLength: 200, example: 'Bakkerij Het Stenen Hoofd' }) @IsString() @MaxLength(200) @NotBlank({ nl: 'De naam', en: 'The name' }) name!: string;
  @ApiProperty({ enum: ORGANISATION_KINDS }) @choose(ORGANISATION_KINDS, 'organisation.kind') kind!: OrganisationKind;
  @ApiPropertyOptional({ example: '12345678' }) @IsOptional() @IsString() @Matches(KVK_NUMBER_PATTERN, withText({ nl: 'KvK-nummer moet 8 cijfers zijn', en: 'kvkNumber must be a Chamber of Commerce number of 8 digits' })) kvkNumber?: string;
  @ApiPropertyOptional({ maxLength: 100 }) @IsOptional() @IsString() @MaxLength(100) @NotBlank({ nl: 'De gemeente', en: 'The municipality' }) municipality?: string;
  @ApiPropertyOptional({ maxLength: 100 }) @IsOptional() @IsString() @MaxLength(100) @NotBlank({ nl: 'De regio', en: 'The region' }) region?: string;
  @ApiPropertyOptional({ enum: SIZE_CLASSES }) @IsOptional() @choose(SIZE_CLASSES, 'organisation.size_class') sizeClass?: SizeClass;
}

export class LeadDto {
  @ApiProperty({ enum: LEAD_SOURCES, description: 'How the company came in' }) @choose(LEAD_SOURCES, 'journey.lead_source') source!: LeadSource;
  @ApiProperty({ example: '2026-03-01', description: 'The first contact; not in the future' }) @apply(day({ nl: 'De datum van het eerste contact', en: 'The date of first contact' })) contactedOn!: string;
  @ApiPropertyOptional({ maxLength: 2000, description: "The partner's own note; only its staff see it" }) @IsOptional() @IsString() @MaxLength(2000) note?: string;
}

export class NewLeadDto extends LeadDto {
  @ApiProperty({ type: LeadOrganisationDto }) @IsDefined() @IsObject() @ValidateNested() @Type(() => LeadOrganisationDto) organisation!: LeadOrganisationDto;
}

export class FinancingDto {
  @ApiProperty({ enum: FINANCING_KINDS }) @choose(FINANCING_KINDS, 'financing.kind') kind!: FinancingKind;
  @ApiProperty({ maxLength: 200, example: 'Provincie Drenthe, regeling Duurzaam mkb' }) @IsString() @MaxLength(200) @NotBlank({ nl: 'De verstrekker', en: 'The provider' }) provider!: string;
  @ApiPropertyOptional({ example: 12500, description: 'Euros, at most 2 decimals' }) @IsOptional() @apply(euros) amountEur?: number;
  @ApiProperty({ example: '2026-03-01' }) @apply(day({ nl: 'De aanvraagdatum', en: 'The application date' })) appliedOn!: string;
  @ApiPropertyOptional({ maxLength: 2000 }) @IsOptional() @IsString() @MaxLength(2000) note?: string;
}

export class UpdateFinancingDto {
  @ApiPropertyOptional({ enum: FINANCING_STATUSES, description: 'granted and refused need decidedOn (not before appliedOn); applied clears it' }) @IsOptional() @choose(FINANCING_STATUSES, 'financing.status') status?: FinancingStatus;
  @ApiPropertyOptional({ example: '2026-05-01' }) @IsOptional() @apply(day({ nl: 'De datum van het besluit', en: 'The decision date' })) decidedOn?: string;
  @ApiPropertyOptional({ example: 12500 }) @IsOptional() @apply(euros) amountEur?: number;
  @ApiPropertyOptional({ maxLength: 200 }) @IsOptional() @IsString() @MaxLength(200) @NotBlank({ nl: 'De verstrekker', en: 'The provider' }) provider?: string;
  @ApiPropertyOptional({ maxLength: 2000 }) @IsOptional() @IsString() @MaxLength(2000) note?: string;
}

// --- views ----------------------------------------------------------------------------------------

export class JourneyPartnerView {
  @ApiProperty() id!: string;
  @ApiProperty() slug!: string;
  @ApiProperty() name!: string;
}

export class JourneyOrganisationView {
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: String, nullable: true }) kvkNumber!: string | null;
  @ApiProperty({ type: String, nullable: true }) municipality!: string | null;
  @ApiProperty({ type: String, nullable: true }) region!: string | null;
  @ApiProperty({ enum: SIZE_CLASSES, nullable: true }) sizeClass!: SizeClass | null;
}

class ChangedByView {
  @ApiProperty() partnerName!: string;
}

export class StageView {
  @ApiProperty({ enum: FUNNEL_STAGES }) stage!: FunnelStage;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) changedAt!: string | null;
  @ApiProperty({ type: ChangedByView, nullable: true }) changedBy!: ChangedByView | null;
  @ApiProperty({ description: 'true: worked out from the steps and leads, nobody set it' }) derived!: boolean;
}

export class JourneyStepView {
  @ApiProperty() enrolmentId!: string;
  @ApiProperty() partnerId!: string;
  @ApiProperty() partnerName!: string;
  @ApiProperty({ enum: STEP_KEYS }) step!: StepKey;
  @ApiProperty({ type: JourneyTextView }) stepName!: Text;
  @ApiProperty() groupId!: string;
  @ApiProperty() groupName!: string;
  @ApiProperty() phase!: string;
  @ApiProperty({ type: JourneyTextView }) phaseLabel!: Text;
  @ApiProperty({ format: 'date-time' }) joinedAt!: string;
  @ApiProperty({ format: 'date-time' }) phaseReachedAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) closedAt!: string | null;
  @ApiProperty() withdrawn!: boolean;
  @ApiProperty({ description: "Run by the reader's partner" }) own!: boolean;
}

class HolderView {
  @ApiProperty() partnerId!: string;
  @ApiProperty() partnerName!: string;
}

export class PartSummaryView {
  @ApiProperty({ enum: JOURNEY_PARTS }) part!: JourneyPart;
  @ApiProperty({ type: JourneyTextView }) label!: Text;
  @ApiProperty({ description: 'The reader sees something of this part' }) available!: boolean;
  @ApiProperty({ type: [HolderView], description: 'The partners whose rows of this part the reader sees' }) holders!: HolderView[];
}

export const TIMELINE_KINDS = ['lead', 'step_joined', 'step_closed', 'profile_published', 'footprint', 'certificate_awarded', 'masterclass_outcome', 'chain_result', 'follow_up', 'financing', 'student_task'] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

export class TimelineEntryView {
  @ApiProperty({ description: 'A timestamp (ISO) or a date (YYYY-MM-DD)' }) at!: string;
  @ApiProperty({ enum: TIMELINE_KINDS }) kind!: TimelineKind;
  @ApiProperty() partnerName!: string;
  @ApiProperty({ type: JourneyTextView }) title!: Text;
  @ApiPropertyOptional({ type: JourneyTextView }) detail?: Text;
  @ApiPropertyOptional({ enum: JOURNEY_PARTS }) part?: JourneyPart;
}

export class LeadView {
  @ApiProperty() id!: string;
  @ApiProperty() partnerId!: string;
  @ApiProperty() partnerName!: string;
  @ApiProperty({ enum: LEAD_SOURCES }) source!: LeadSource;
  @ApiProperty({ type: JourneyTextView }) sourceLabel!: Text;
  @ApiProperty({ format: 'date' }) contactedOn!: string;
  @ApiProperty({ type: String, nullable: true, description: "Only for the staff of the partner that wrote it; null for anyone else" }) note!: string | null;
}

export class FinancingView {
  @ApiProperty() id!: string;
  @ApiProperty() partnerId!: string;
  @ApiProperty() partnerName!: string;
  @ApiProperty({ enum: FINANCING_KINDS }) kind!: FinancingKind;
  @ApiProperty({ type: JourneyTextView }) kindLabel!: Text;
  @ApiProperty() provider!: string;
  @ApiProperty({ type: Number, nullable: true }) amountEur!: number | null;
  @ApiProperty({ enum: FINANCING_STATUSES }) status!: FinancingStatus;
  @ApiProperty({ type: JourneyTextView }) statusLabel!: Text;
  @ApiProperty({ format: 'date' }) appliedOn!: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) decidedOn!: string | null;
  @ApiProperty() note!: string;
}

class SuggestionView {
  @ApiProperty({ enum: STEP_KEYS }) step!: StepKey;
  @ApiProperty({ type: JourneyTextView }) reason!: Text;
}

class ReaderView {
  @ApiProperty() partnerId!: string;
  @ApiProperty() partnerName!: string;
  @ApiProperty({ description: 'The reader is the company itself' }) own!: boolean;
}

export class JourneyView {
  @ApiProperty({ type: JourneyOrganisationView }) organisation!: JourneyOrganisationView;
  @ApiProperty({ type: StageView }) stage!: StageView;
  @ApiProperty({ type: [JourneyStepView] }) steps!: JourneyStepView[];
  @ApiProperty({ type: [PartSummaryView] }) parts!: PartSummaryView[];
  @ApiProperty({ type: [TimelineEntryView], description: 'Newest first' }) timeline!: TimelineEntryView[];
  @ApiProperty({ type: [LeadView] }) leads!: LeadView[];
  @ApiProperty({ type: [FinancingView] }) financing!: FinancingView[];
  @ApiProperty({ type: SuggestionView, nullable: true }) suggestion!: SuggestionView | null;
  @ApiProperty({ type: ReaderView }) reader!: ReaderView;
}

export class PartSourceView {
  @ApiProperty() partnerId!: string;
  @ApiProperty() partnerName!: string;
  [content: string]: unknown;
}

export class PartView {
  @ApiProperty({ enum: JOURNEY_PARTS }) part!: JourneyPart;
  @ApiProperty({ type: JourneyTextView }) label!: Text;
  @ApiProperty({
    type: [PartSourceView],
    description:
      'Per partner: organisation -> organisation; profile_footprint -> profiles and results; action_plan -> items; certificate -> certificates; masterclass_outcome -> outcomes; chain_results -> enrolments and results',
  })
  sources!: PartSourceView[];
}

class ConsentPartView {
  @ApiProperty({ enum: CONSENT_PARTS }) part!: ConsentPart;
  @ApiProperty({ type: JourneyTextView }) label!: Text;
  @ApiProperty({ format: 'date-time' }) grantedAt!: string;
  @ApiProperty({ type: String, nullable: true, description: 'Name of the user who granted it' }) grantedBy!: string | null;
}

class ConsentHolderView {
  @ApiProperty({ type: JourneyPartnerView }) partner!: JourneyPartnerView;
  @ApiProperty({ type: [ConsentPartView] }) parts!: ConsentPartView[];
}

class ConsentHistoryView {
  @ApiProperty() partnerName!: string;
  @ApiProperty({ enum: CONSENT_PARTS }) part!: ConsentPart;
  @ApiProperty({ format: 'date-time' }) grantedAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) revokedAt!: string | null;
}

export class ConsentsView {
  @ApiProperty({ type: [ConsentHolderView], description: 'The partners holding an active consent, with its parts' }) holders!: ConsentHolderView[];
  @ApiProperty({ type: [ConsentHistoryView], description: 'Every consent ever given, newest first' }) history!: ConsentHistoryView[];
}

class AccessEntryView {
  @ApiProperty({ format: 'date-time' }) readAt!: string;
  @ApiProperty() readerPartnerName!: string;
  @ApiProperty({ type: String, nullable: true }) readerName!: string | null;
  @ApiProperty({ enum: JOURNEY_PARTS }) part!: JourneyPart;
  @ApiProperty({ type: JourneyTextView }) partLabel!: Text;
  @ApiProperty({ description: 'The partner whose rows were read' }) ownerPartnerName!: string;
}

export class AccessLogView {
  @ApiProperty({ type: [AccessEntryView], description: 'Newest first' }) entries!: AccessEntryView[];
}

/** How many companies are in each stage (one property per funnel stage). */
class StageCountsView implements Record<FunnelStage, number> {
  @ApiProperty() unknown!: number;
  @ApiProperty() interested!: number;
  @ApiProperty() taking_part!: number;
  @ApiProperty() implementing!: number;
  @ApiProperty() financing!: number;
}

class FunnelRegionView {
  @ApiProperty({ type: String, nullable: true, description: 'null: no region recorded' }) region!: string | null;
  @ApiProperty({ type: StageCountsView }) counts!: Record<FunnelStage, number>;
  @ApiProperty() total!: number;
}

export class FunnelView {
  @ApiProperty({ enum: FUNNEL_STAGES, isArray: true }) stages!: FunnelStage[];
  @ApiProperty({ type: [FunnelRegionView] }) regions!: FunnelRegionView[];
  @ApiProperty({ type: StageCountsView }) total!: Record<FunnelStage, number>;
  @ApiProperty({ description: 'How many companies were counted' }) n!: number;
  @ApiProperty({ type: JourneyTextView, description: 'What was counted' }) source!: Text;
}

export class NewLeadView {
  @ApiProperty({ type: JourneyOrganisationView }) organisation!: JourneyOrganisationView;
  @ApiProperty({ type: LeadView }) lead!: LeadView;
}
