import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CHAIN_ORIGINS, CHAIN_ROLES, SPECIALIST_KINDS, type ChainOrigin, type ChainRole, type ProgrammeLine, type SpecialistKind } from '@koers/domain';
import { NotBlank, withText } from '@koers/server-auth';
import { GroupView, ProgrammeLineField } from '@koers/server-programme';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsDateString, IsEmail, IsIn, IsObject, IsOptional, IsString, IsUUID, MaxLength, MinLength, ValidateNested } from 'class-validator';

const chainRoleText = withText({ nl: `Kies een rol in de keten: ${CHAIN_ROLES.join(', ')}`, en: `Choose a role in the chain: ${CHAIN_ROLES.join(', ')}` }, 'chain.role');
const kindText = withText({ nl: `Kies een soort specialist: ${SPECIALIST_KINDS.join(', ')}`, en: `Choose a kind of specialist: ${SPECIALIST_KINDS.join(', ')}` }, 'chain.specialist_kind');

export class ChainMemberDto {
  @ApiProperty({ description: 'An organisation in the system' }) @IsUUID() organisationId!: string;
  @ApiProperty({ enum: CHAIN_ROLES, example: 'producer' }) @IsIn(CHAIN_ROLES as unknown as string[], chainRoleText) chainRole!: ChainRole;
}

export class CreateChainProjectDto {
  @ApiProperty({ example: 'Hennep to House Noord-Nederland' }) @IsString() @MaxLength(200) @NotBlank({ nl: 'De naam', en: 'The name' }) name!: string;
  @ApiProperty({ example: 'Isolatie van hennepvezel', description: 'The product or chain the project redesigns' }) @IsString() @MaxLength(200) @NotBlank({ nl: 'Het product of de keten', en: 'The product or chain' }) subject!: string;
  @ApiPropertyOptional({ example: 'Een gesloten keten voor biobased isolatie uit regionale hennep' }) @IsOptional() @IsString() @MaxLength(5000) goal?: string;
  @ApiProperty({ example: '2026-03-01' }) @IsDateString({ strict: true }) startsOn!: string;
  @ApiProperty({ example: '2027-02-28', description: '6 to 24 months after the start' }) @IsDateString({ strict: true }) endsOn!: string;
  @ApiPropertyOptional({ type: ChainMemberDto, description: 'The lead organisation; from an application the applicant leads' }) @IsOptional() @ValidateNested() @Type(() => ChainMemberDto) lead?: ChainMemberDto;
  @ApiPropertyOptional({ type: [ChainMemberDto], description: 'Chain partners known at the start' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => ChainMemberDto)
  partners?: ChainMemberDto[];
  @ApiPropertyOptional({ description: 'The chain-project proposal of a masterclass (step 2) it takes up' }) @IsOptional() @IsUUID() proposalId?: string;
  @ApiPropertyOptional({ description: 'The joint application of a chain of companies it takes up' }) @IsOptional() @IsUUID() applicationId?: string;
  @ApiPropertyOptional({ description: 'The sector programme it is a chain group of' }) @IsOptional() @IsUUID() sectorProgrammeId?: string;
  @ApiPropertyOptional({ example: 'Minder afval', description: "The chain group's theme within its sector programme" }) @IsOptional() @IsString() @MinLength(1) @MaxLength(100) theme?: string;
  @ProgrammeLineField() programmeLine?: ProgrammeLine;
}

export class UpdateChainProjectDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(200) @NotBlank({ nl: 'De naam', en: 'The name' }) name?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(200) @NotBlank({ nl: 'Het product of de keten', en: 'The product or chain' }) subject?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(5000) goal?: string;
  @ApiPropertyOptional({ example: '2026-03-01' }) @IsOptional() @IsDateString({ strict: true }) startsOn?: string;
  @ApiPropertyOptional({ example: '2027-02-28' }) @IsOptional() @IsDateString({ strict: true }) endsOn?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MinLength(1) @MaxLength(100) theme?: string;
  @ApiPropertyOptional({
    description: "The date (YYYY-MM-DD) by which each phase should be reached. A null date removes it.",
    example: { material_map: '2026-05-01', redesign: '2026-08-01' },
    type: 'object',
    additionalProperties: { type: 'string', format: 'date', nullable: true },
  })
  @IsOptional()
  @IsObject()
  phasePlan?: Record<string, string | null>;
  @ProgrammeLineField() programmeLine?: ProgrammeLine;
}

export class AddChainMemberDto extends ChainMemberDto {
  @ApiPropertyOptional({ enum: ['lead', 'chain_partner'], default: 'chain_partner' })
  @IsOptional()
  @IsIn(['lead', 'chain_partner'], withText({ nl: 'Kies lead (trekker) of chain_partner (ketenpartner)', en: 'Choose lead or chain_partner' }, 'chain.member_role'))
  role?: 'lead' | 'chain_partner';
}

export class UpdateChainMemberDto {
  @ApiProperty({ enum: CHAIN_ROLES }) @IsIn(CHAIN_ROLES as unknown as string[], chainRoleText) chainRole!: ChainRole;
}

export class AddSpecialistDto {
  @ApiProperty({ enum: SPECIALIST_KINDS, example: 'university_of_applied_sciences' }) @IsIn(SPECIALIST_KINDS as unknown as string[], kindText) kind!: SpecialistKind;
  @ApiPropertyOptional({ description: 'A user of the partner (an own adviser); otherwise externalName' }) @IsOptional() @IsUUID() userId?: string;
  @ApiPropertyOptional({ example: 'dr. Ineke Smit' }) @IsOptional() @IsString() @MinLength(1) @MaxLength(200) externalName?: string;
  @ApiPropertyOptional({ example: 'Hanzehogeschool Groningen' }) @IsOptional() @IsString() @MaxLength(200) externalOrganisation?: string;
  @ApiPropertyOptional({ example: 'i.smit@hanze.test' }) @IsOptional() @IsEmail() @MaxLength(254) externalEmail?: string;
  @ApiProperty({ example: 'Onderzoek naar de brandveiligheid van hennepisolatie' }) @IsString() @MaxLength(2000) @NotBlank({ nl: 'De bijdrage', en: 'The contribution' }) contribution!: string;
}

export class MoveProjectPhaseDto {
  @ApiProperty({ example: 'material_map', description: "The project's next phase: every active partner moves to it" }) @IsString() @MinLength(1) @MaxLength(32) phase!: string;
  @ApiPropertyOptional({ description: "Why, when the step's conditions are not met (coordinator)" }) @IsOptional() @IsString() @MaxLength(1000) reason?: string;
}

// Answers.

const dateTime = { type: String, format: 'date-time' } as const;

export class ChainTextView {
  @ApiProperty() nl!: string;
  @ApiProperty() en!: string;
}

export class ChainProjectSummaryView {
  @ApiProperty() id!: string;
  @ApiProperty({ example: 'Hennep to House Noord-Nederland' }) name!: string;
  @ApiProperty({ example: 'Isolatie van hennepvezel' }) subject!: string;
  @ApiProperty({ enum: ['planned', 'running', 'closed'] }) status!: 'planned' | 'running' | 'closed';
  @ApiProperty({ type: String, nullable: true, example: 'redesign' }) phase!: string | null;
  @ApiProperty({ example: '2026-03-01' }) startsOn!: string;
  @ApiProperty({ example: '2027-02-28' }) endsOn!: string;
  @ApiProperty({ type: String, nullable: true, example: 'Hempflax' }) lead!: string | null;
  @ApiProperty({ example: 4, description: 'Active lead and chain partners' }) partners!: number;
  @ApiProperty({ enum: CHAIN_ORIGINS }) origin!: ChainOrigin;
  @ApiProperty({ type: String, nullable: true }) sectorProgrammeId!: string | null;
  @ApiProperty({ type: String, nullable: true }) theme!: string | null;
}

export class ChainProjectListView {
  @ApiProperty({ type: [ChainProjectSummaryView] }) items!: ChainProjectSummaryView[];
  @ApiProperty() total!: number;
}

export class ChainMemberView {
  @ApiProperty({ description: 'The enrolment' }) participantId!: string;
  @ApiProperty() organisationId!: string;
  @ApiProperty({ type: String, nullable: true }) organisationName!: string | null;
  @ApiProperty({ enum: ['lead', 'chain_partner', 'participant'] }) role!: string;
  @ApiProperty({ enum: CHAIN_ROLES }) chainRole!: ChainRole;
  @ApiProperty() phase!: string;
}

export class SpecialistView {
  @ApiProperty({ description: 'The staff row (remove it with DELETE /api/programme/groups/{id}/staff/{staffId})' }) staffId!: string;
  @ApiProperty({ type: String, nullable: true }) name!: string | null;
  @ApiProperty({ type: String, nullable: true }) organisation!: string | null;
  @ApiProperty({ type: String, nullable: true }) email!: string | null;
  @ApiProperty({ enum: SPECIALIST_KINDS }) kind!: SpecialistKind;
  @ApiProperty({ type: ChainTextView }) kindLabel!: ChainTextView;
  @ApiProperty() contribution!: string;
}

export class ProjectPhaseView {
  @ApiProperty({ example: 'material_map' }) phase!: string;
  @ApiProperty({ type: ChainTextView }) label!: ChainTextView;
  @ApiProperty({ type: String, nullable: true, example: '2026-05-01' }) plannedOn!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '2026-04-28' }) reachedOn!: string | null;
}

export class FlowMapSummaryView {
  @ApiProperty() id!: string;
  @ApiProperty() subject!: string;
}

export class CalculationOutcomeView {
  @ApiProperty({ enum: ['pending', 'succeeded', 'failed', 'none'], description: "The worker's result; none before anything was computed" }) status!: 'pending' | 'succeeded' | 'failed' | 'none';
  @ApiProperty({ type: 'object', nullable: true, additionalProperties: true, description: "The calculator's output (see its schema in GET /api/calculators)" }) output!: Record<string, unknown> | null;
  @ApiProperty({ type: String, nullable: true }) error!: string | null;
  @ApiProperty({ example: 'circularity.cti' }) pluginId!: string;
  @ApiProperty({ type: String, nullable: true, example: '1.0.0' }) pluginVersion!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The reference data it was computed with (a factor set and year)' }) referenceVersion!: string | null;
  @ApiProperty({ ...dateTime, nullable: true }) computedAt!: Date | null;
}

export class ChainProjectDetailView extends GroupView {
  @ApiProperty() subject!: string;
  @ApiProperty() goal!: string;
  @ApiProperty({ enum: CHAIN_ORIGINS }) origin!: ChainOrigin;
  @ApiProperty({ type: String, nullable: true }) proposalId!: string | null;
  @ApiProperty({ type: String, nullable: true }) applicationId!: string | null;
  @ApiProperty({ type: String, nullable: true }) sectorProgrammeId!: string | null;
  @ApiProperty({ type: String, nullable: true }) sectorProgrammeName!: string | null;
  @ApiProperty({ type: String, nullable: true }) theme!: string | null;
  @ApiProperty({ example: 12, description: 'Whole months from start to end' }) durationMonths!: number;
  @ApiProperty({ type: [ProjectPhaseView] }) phases!: ProjectPhaseView[];
  @ApiProperty({ type: [ChainMemberView] }) members!: ChainMemberView[];
  @ApiProperty({ type: [SpecialistView] }) specialists!: SpecialistView[];
  @ApiProperty({ example: 3, description: 'Sessions with attendance recorded (someone present)' }) sessionsHeld!: number;
  @ApiProperty({ example: 4, description: 'Sessions that must have taken place before the project closes' }) sessionsRequired!: number;
  @ApiProperty({ type: [FlowMapSummaryView] }) flowMaps!: FlowMapSummaryView[];
  @ApiProperty({ type: CalculationOutcomeView, nullable: true, description: 'chain.impact for the chosen business-case option; null until one is chosen' }) impact!: CalculationOutcomeView | null;
  @ApiProperty({ type: String, nullable: true, description: 'The results report (PDF) once rendered: download at /api/files/{id}' }) reportFileId!: string | null;
}
