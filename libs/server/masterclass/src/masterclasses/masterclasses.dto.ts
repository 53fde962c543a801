import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MASTERCLASS_AUDIENCES, type MasterclassAudience, type ProgrammeLine } from '@koers/domain';
import { withText } from '@koers/server-auth';
import { GroupView, ProgrammeLineField } from '@koers/server-programme';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize, IsArray, IsDateString, IsIn, IsObject, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength, ValidateNested,
} from 'class-validator';

export const AUDIENCES = MASTERCLASS_AUDIENCES;
export type Audience = MasterclassAudience;
const audienceText = withText({ nl: 'Kies sme (mkb) of large (grote ondernemingen)', en: 'Choose sme or large' }, 'masterclass.audience');

export class CreateMasterclassDto {
  @ApiProperty({ example: 'CE-masterclass MKB Drenthe 2026' }) @IsString() @MinLength(1) @MaxLength(200) name!: string;
  @ApiProperty({ enum: AUDIENCES, description: 'Local SMEs or large regional companies and organisations' }) @IsIn(AUDIENCES as unknown as string[], audienceText) audience!: Audience;
  @ApiProperty({ example: 'Verkennen wat circulaire economie voor uw bedrijf en de regio kan betekenen' }) @IsString() @MaxLength(5000) goals!: string;
  @ApiProperty({ example: '2026-03-01' }) @IsDateString({ strict: true }) startsOn!: string;
  @ApiProperty({ example: '2026-06-30' }) @IsDateString({ strict: true }) endsOn!: string;
  @ApiPropertyOptional({ type: [String], example: ['Rabobank Assen en Noord-Drenthe', 'MVO Platform Assen'], description: 'Who runs it with the partner' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(200, { each: true })
  coOrganisers?: string[];
  @ApiPropertyOptional({ example: 'Drenthe', description: 'Where it is held; shown on invitations' }) @IsOptional() @IsString() @MinLength(1) @MaxLength(100) region?: string;
  @ProgrammeLineField() programmeLine?: ProgrammeLine;
}

export class UpdateMasterclassDto {
  @ApiPropertyOptional({ example: 'CE-masterclass MKB Drenthe 2026' }) @IsOptional() @IsString() @MinLength(1) @MaxLength(200) name?: string;
  @ApiPropertyOptional({ enum: AUDIENCES }) @IsOptional() @IsIn(AUDIENCES as unknown as string[], audienceText) audience?: Audience;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(5000) goals?: string;
  @ApiPropertyOptional({ example: '2026-03-01' }) @IsOptional() @IsDateString({ strict: true }) startsOn?: string;
  @ApiPropertyOptional({ example: '2026-06-30' }) @IsOptional() @IsDateString({ strict: true }) endsOn?: string;
  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(200, { each: true })
  coOrganisers?: string[];
  @ApiPropertyOptional({ example: 'Drenthe' }) @IsOptional() @IsString() @MinLength(1) @MaxLength(100) region?: string;
  @ProgrammeLineField() programmeLine?: ProgrammeLine;
  @ApiPropertyOptional({
    description: "The date (YYYY-MM-DD) by which each of the step's phases should be finished. A null date removes it.",
    example: { intake: '2026-03-15', workshops: '2026-05-15' },
    type: 'object',
    additionalProperties: { type: 'string', format: 'date', nullable: true },
  })
  @IsOptional()
  @IsObject()
  phasePlan?: Record<string, string | null>;
}

export class AddCandidateDto {
  @ApiProperty({ example: 'organisation:4b0f1f6e-6a4f-4d0c-9a51-0c1c8d7b7e11', description: "A scan candidate's key: 'organisation:<id>' or 'imported:<id>' (an imported company becomes an organisation)" })
  @IsString()
  @Matches(/^(organisation|imported):[0-9a-f-]{36}$/i, withText({ nl: "Een kandidaat heet 'organisation:<id>' of 'imported:<id>'", en: "A candidate is 'organisation:<id>' or 'imported:<id>'" }, 'candidate.key'))
  key!: string;
}

export class SessionModulesDto {
  @ApiProperty({ type: [String], example: ['ce-basics', 'r-ladder'], description: 'Ids of the module library (GET /api/masterclass/modules), in order' })
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(64, { each: true })
  moduleIds!: string[];
}

export class IntakeDto {
  @ApiProperty({ example: 'In 2030 geen restafval meer' }) @IsString() @MinLength(1) @MaxLength(2000) ambition!: string;
  @ApiProperty({ example: 'R8', description: 'Where the company stands on the R-ladder (R0 Refuse ... R9 Recover)' })
  @IsString()
  @Matches(/^R[0-9]$/, withText({ nl: 'Kies een trede van de R-ladder, R0 tot en met R9', en: 'Choose a rung of the R-ladder, R0 to R9' }, 'outcome.r_ladder'))
  rLadder!: string;
  @ApiProperty({ example: 'Ideeën voor verpakkingen en partners die meedoen' }) @IsString() @MaxLength(2000) hopes!: string;
}

export class OutcomeFieldDto {
  @ApiProperty({ example: 'material_choice', description: 'An id of the innovation fields' }) @IsString() @MaxLength(64) fieldId!: string;
  @ApiPropertyOptional({ example: 'Biobased verpakking' }) @IsOptional() @IsString() @MaxLength(1000) note?: string;
}

export class ChainPartnerDto {
  @ApiPropertyOptional({ description: 'An organisation in the system' }) @IsOptional() @IsUUID() organisationId?: string;
  @ApiPropertyOptional({ example: 'Attero Wijster', description: 'A named party not in the system' }) @IsOptional() @IsString() @MinLength(1) @MaxLength(200) name?: string;
}

export class OpportunityDto {
  @ApiProperty({ example: 'Gezamenlijke inzameling van koffiedik' }) @IsString() @MinLength(1) @MaxLength(200) title!: string;
  @ApiProperty({ type: [String], description: 'The other participants (enrolments of this masterclass) it is shared with' })
  @IsArray()
  @ArrayMaxSize(10)
  @IsUUID('all', { each: true })
  withEnrolmentIds!: string[];
}

export class OutcomeDto {
  @ApiProperty({ type: [OutcomeFieldDto] }) @IsArray() @ArrayMaxSize(20) @ValidateNested({ each: true }) @Type(() => OutcomeFieldDto) fields!: OutcomeFieldDto[];
  @ApiProperty({ type: [ChainPartnerDto] }) @IsArray() @ArrayMaxSize(20) @ValidateNested({ each: true }) @Type(() => ChainPartnerDto) chainPartners!: ChainPartnerDto[];
  @ApiProperty({ type: [OpportunityDto] }) @IsArray() @ArrayMaxSize(20) @ValidateNested({ each: true }) @Type(() => OpportunityDto) opportunities!: OpportunityDto[];
}

export class DecisionDto {
  @ApiProperty({ enum: ['go', 'no_go'] }) @IsIn(['go', 'no_go'], withText({ nl: 'Kies go of no_go', en: 'Choose go or no_go' }, 'decision.value')) decision!: 'go' | 'no_go';
  @ApiProperty({ example: 'Vier deelnemers zien samen kansen in retourlogistiek' }) @IsString() @MinLength(1) @MaxLength(5000) reasons!: string;
}

export class CandidatePartnerDto {
  @ApiPropertyOptional({ description: 'A participant of this masterclass' }) @IsOptional() @IsUUID() enrolmentId?: string;
  @ApiPropertyOptional({ description: 'An organisation in the system' }) @IsOptional() @IsUUID() organisationId?: string;
  @ApiPropertyOptional({ example: 'Attero Wijster', description: 'A named party not in the system' }) @IsOptional() @IsString() @MinLength(1) @MaxLength(200) name?: string;
}

export class CreateProposalDto {
  @ApiProperty({ example: 'Retourlogistiek voor kratten in Drenthe' }) @IsString() @MinLength(1) @MaxLength(200) title!: string;
  @ApiProperty({ example: 'Drie deelnemers en een inzamelaar zetten samen een retoursysteem op' }) @IsString() @MaxLength(5000) description!: string;
  @ApiProperty({ type: [CandidatePartnerDto] }) @IsArray() @ArrayMaxSize(30) @ValidateNested({ each: true }) @Type(() => CandidatePartnerDto) candidatePartners!: CandidatePartnerDto[];
}

// Answers.

const dateTime = { type: String, format: 'date-time' } as const;

export class MasterclassSummaryView {
  @ApiProperty() id!: string;
  @ApiProperty({ example: 'CE-masterclass MKB Drenthe 2026' }) name!: string;
  @ApiProperty({ enum: AUDIENCES }) audience!: Audience;
  @ApiProperty({ type: String, nullable: true, example: 'Drenthe' }) region!: string | null;
  @ApiProperty({ example: '2026-03-01' }) startsOn!: string;
  @ApiProperty({ example: '2026-06-30' }) endsOn!: string;
  @ApiProperty({ enum: ['planned', 'running', 'closed'] }) status!: 'planned' | 'running' | 'closed';
  @ApiProperty({ example: 7, description: 'Participants who have not withdrawn' }) participants!: number;
  @ApiProperty({ type: String, nullable: true, enum: ['go', 'no_go'], description: "The group's decision, once made" }) decision!: 'go' | 'no_go' | null;
}

export class MasterclassListView {
  @ApiProperty({ type: [MasterclassSummaryView] }) items!: MasterclassSummaryView[];
  @ApiProperty() total!: number;
}

export class ModuleView {
  @ApiProperty({ example: 'r-ladder' }) id!: string;
  @ApiProperty({ type: 'object', properties: { nl: { type: 'string' }, en: { type: 'string' } }, required: ['nl', 'en'] }) name!: { nl: string; en: string };
  @ApiProperty({ type: 'object', properties: { nl: { type: 'string' }, en: { type: 'string' } }, required: ['nl', 'en'] }) description!: { nl: string; en: string };
  @ApiProperty({ enum: AUDIENCES, isArray: true }) audiences!: Audience[];
}

export class ModuleListView {
  @ApiProperty({ type: [ModuleView] }) items!: ModuleView[];
}

export class SessionModulesView {
  @ApiProperty() sessionId!: string;
  @ApiProperty({ type: [String] }) moduleIds!: string[];
}

export class IntakeView {
  @ApiProperty() ambition!: string;
  @ApiProperty({ example: 'R8' }) rLadder!: string;
  @ApiProperty() hopes!: string;
}

export class OutcomeFieldView {
  @ApiProperty({ example: 'material_choice' }) fieldId!: string;
  @ApiProperty() note!: string;
}

export class ChainPartnerView {
  @ApiProperty({ type: String, nullable: true }) organisationId!: string | null;
  @ApiProperty({ example: 'Attero Wijster' }) name!: string;
}

export class OpportunityView {
  @ApiProperty() title!: string;
  @ApiProperty({ type: [String] }) withEnrolmentIds!: string[];
}

export class OutcomeView {
  @ApiProperty() enrolmentId!: string;
  @ApiProperty({ type: IntakeView, nullable: true }) intake!: IntakeView | null;
  @ApiProperty({ type: [OutcomeFieldView] }) fields!: OutcomeFieldView[];
  @ApiProperty({ type: [ChainPartnerView] }) chainPartners!: ChainPartnerView[];
  @ApiProperty({ type: [OpportunityView] }) opportunities!: OpportunityView[];
  @ApiProperty(dateTime) updatedAt!: Date;
}

export class DecisionView {
  @ApiProperty({ enum: ['go', 'no_go'] }) decision!: 'go' | 'no_go';
  @ApiProperty() reasons!: string;
  @ApiProperty(dateTime) decidedAt!: Date;
  @ApiProperty({ type: String, nullable: true, description: 'The user who recorded it' }) decidedBy!: string | null;
}

export class CandidatePartnerView {
  @ApiProperty({ type: String, nullable: true }) enrolmentId!: string | null;
  @ApiProperty({ type: String, nullable: true }) organisationId!: string | null;
  @ApiProperty() name!: string;
}

export class ChainProposalView {
  @ApiProperty() id!: string;
  @ApiProperty() masterclassId!: string;
  @ApiProperty() title!: string;
  @ApiProperty() description!: string;
  @ApiProperty({ type: [CandidatePartnerView] }) candidatePartners!: CandidatePartnerView[];
  @ApiProperty({ enum: ['open', 'picked_up'] }) status!: 'open' | 'picked_up';
  @ApiProperty(dateTime) createdAt!: Date;
}

export class ChainProposalListView {
  @ApiProperty({ type: [ChainProposalView] }) items!: ChainProposalView[];
}

/** A masterclass: the core group with its audience, goals, workshops' modules, outcomes, decision and proposals. */
/** Another company in the same masterclass, by name only: the people sit in one room, so they may name each other in a shared opportunity. */
export class FellowParticipantView {
  @ApiProperty() enrolmentId!: string;
  @ApiProperty({ example: 'Kringloopbedrijf De Wissel' }) organisationName!: string;
}

export class MasterclassDetailView extends GroupView {
  @ApiProperty({ enum: AUDIENCES }) audience!: Audience;
  @ApiProperty() goals!: string;
  @ApiProperty({ type: [String] }) coOrganisers!: string[];
  @ApiProperty({ type: String, nullable: true, example: 'Drenthe' }) region!: string | null;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'array', items: { type: 'string' } }, description: 'Module ids per session id' }) sessionModules!: Record<string, string[]>;
  @ApiProperty({ type: [OutcomeView], description: 'A participant sees its own' }) outcomes!: OutcomeView[];
  @ApiProperty({ type: DecisionView, nullable: true }) decision!: DecisionView | null;
  @ApiProperty({ type: [ChainProposalView], description: 'Empty for participants' }) proposals!: ChainProposalView[];
  @ApiProperty({ type: [FellowParticipantView], description: 'Every active participant by name, also for a participant (who sees only its own row in `participants`)' }) fellowParticipants!: FellowParticipantView[];
}

export class FieldCountView {
  @ApiProperty({ example: 'return_logistics' }) fieldId!: string;
  @ApiProperty({ example: 3 }) count!: number;
  @ApiProperty({ type: [String] }) enrolmentIds!: string[];
}

export class PairCountView {
  @ApiProperty({ description: 'An enrolment of the pair (the smaller id)' }) a!: string;
  @ApiProperty({ description: 'The other enrolment of the pair' }) b!: string;
  @ApiProperty({ example: 2, description: 'In how many shared opportunities the two are named together' }) count!: number;
}

export class SharedOpportunityView {
  @ApiProperty({ description: 'The participant that named it' }) enrolmentId!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ type: [String] }) withEnrolmentIds!: string[];
}

export class OpportunitiesView {
  @ApiProperty({ type: [FieldCountView], description: 'Innovation fields by how many participants named them, most first' }) fields!: FieldCountView[];
  @ApiProperty({ type: [PairCountView], description: 'Pairs of participants named together in opportunities, most first' }) pairs!: PairCountView[];
  @ApiProperty({ type: [SharedOpportunityView] }) opportunities!: SharedOpportunityView[];
}
