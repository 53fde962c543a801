import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PARTICIPANT_PHASES, PHASES, type ParticipantPhase, type Phase } from '@koers/domain';
import { IsBoolean, IsDateString, IsIn, IsObject, IsOptional, IsString, IsUUID, MaxLength, MinLength, ValidateIf } from 'class-validator';

export class CreateCohortDto {
  @ApiProperty({ example: 'Koplopergroep Assen 2026' }) @IsString() @MinLength(1) @MaxLength(200) name!: string;
  @ApiProperty({ example: 'Assen' }) @IsString() @MinLength(1) @MaxLength(100) municipality!: string;
  @ApiProperty({ example: '2026-01-15' }) @IsDateString({ strict: true }) startsOn!: string;
  @ApiProperty({ example: '2026-12-15' }) @IsDateString({ strict: true }) endsOn!: string;
}

export class UpdateCohortDto {
  @ApiPropertyOptional({ example: 'Koplopergroep Assen 2026' }) @IsOptional() @IsString() @MinLength(1) @MaxLength(200) name?: string;
  @ApiPropertyOptional({ example: 'Assen' }) @IsOptional() @IsString() @MinLength(1) @MaxLength(100) municipality?: string;
  @ApiPropertyOptional({ example: '2026-01-15' }) @IsOptional() @IsDateString({ strict: true }) startsOn?: string;
  @ApiPropertyOptional({ example: '2026-12-15' }) @IsOptional() @IsDateString({ strict: true }) endsOn?: string;
  @ApiPropertyOptional({
    description: `The date (YYYY-MM-DD) by which each phase should be finished; phases: ${PHASES.join(', ')}. A null date removes it.`,
    example: { kickoff: '2026-02-01', baseline: '2026-04-01', profile: '2026-05-15' },
    type: 'object',
    additionalProperties: { type: 'string', format: 'date', nullable: true },
  })
  @IsOptional()
  @IsObject()
  phasePlan?: Partial<Record<Phase, string | null>>;
}

export class AddParticipantDto {
  @ApiProperty() @IsUUID() organisationId!: string;
}

export class UpdateParticipantDto {
  @ApiPropertyOptional({ enum: PARTICIPANT_PHASES, description: 'Move to this phase (only the next one, or withdrawn)' })
  @IsOptional()
  @IsIn(PARTICIPANT_PHASES as unknown as string[])
  phase?: ParticipantPhase;
  @ApiPropertyOptional({ nullable: true, description: "The participant's adviser: one of the cohort's advisers, or null" })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsUUID()
  adviserUserId?: string | null;
}

export class AddAdviserDto {
  @ApiProperty() @IsUUID() userId!: string;
  @ApiProperty({ description: 'A local professional trained on the job; needs a mentor' }) @IsBoolean() trainee!: boolean;
  @ApiPropertyOptional({ description: 'An experienced adviser of this cohort (required for a trainee)' }) @IsOptional() @IsUUID() mentorUserId?: string;
}

// ---------------------------------------------------------------- answers (described so the web client is generated from them)

const dateTime = { type: String, format: 'date-time' } as const;

export class SizeRuleView {
  @ApiProperty({ example: 3 }) min!: number;
  @ApiProperty({ example: 15 }) max!: number;
}

export class CohortSummaryView {
  @ApiProperty() id!: string;
  @ApiProperty({ example: 'Koplopergroep Assen 2026' }) name!: string;
  @ApiProperty({ example: 'Assen' }) municipality!: string;
  @ApiProperty({ example: '2026-01-15' }) startsOn!: string;
  @ApiProperty({ example: '2026-12-15' }) endsOn!: string;
  @ApiProperty({ enum: ['planned', 'running', 'closed'] }) status!: 'planned' | 'running' | 'closed';
  @ApiProperty({ example: 8, description: 'Participants who have not withdrawn' }) participants!: number;
}

export class CohortListView {
  @ApiProperty({ type: [CohortSummaryView] }) items!: CohortSummaryView[];
  @ApiProperty() total!: number;
}

export class CohortAdviserView {
  @ApiProperty() userId!: string;
  @ApiProperty({ type: String, nullable: true }) name!: string | null;
  @ApiProperty({ type: String, nullable: true }) email!: string | null;
  @ApiProperty({ description: 'A local professional trained on the job, under a mentor' }) trainee!: boolean;
  @ApiProperty({ type: String, nullable: true }) mentorUserId!: string | null;
  @ApiProperty({ type: String, nullable: true }) mentorName!: string | null;
}

export class ParticipantRowView {
  @ApiProperty() id!: string;
  @ApiProperty() organisationId!: string;
  @ApiProperty({ type: String, nullable: true, example: 'Bakkerij De Vries' }) organisationName!: string | null;
  @ApiProperty({ enum: PARTICIPANT_PHASES }) phase!: ParticipantPhase;
  @ApiProperty(dateTime) phaseReachedAt!: Date;
  @ApiProperty(dateTime) joinedAt!: Date;
  @ApiProperty({ type: String, nullable: true }) adviserUserId!: string | null;
  @ApiProperty({ type: String, nullable: true }) adviserName!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '2026-04-15', description: 'The date the current phase should be finished by (the phase plan)' }) plannedBy!: string | null;
  @ApiProperty({ description: 'Past plannedBy in a running cohort (Dutch calendar day)' }) late!: boolean;
  @ApiProperty({ enum: PARTICIPANT_PHASES, isArray: true, description: 'Where it may move now' }) nextPhases!: ParticipantPhase[];
}

/** A participant as stored (after enrolling it or moving it on); the cohort answer has the full row. */
export class EnrolledParticipantView {
  @ApiProperty() id!: string;
  @ApiProperty() cohortId!: string;
  @ApiProperty() organisationId!: string;
  @ApiProperty({ enum: PARTICIPANT_PHASES }) phase!: ParticipantPhase;
  @ApiProperty(dateTime) phaseReachedAt!: Date;
  @ApiProperty({ type: String, nullable: true }) adviserUserId!: string | null;
}

export class AttendanceView {
  @ApiProperty() participantId!: string;
  @ApiProperty() present!: boolean;
}

export class MeetingView {
  @ApiProperty() id!: string;
  @ApiProperty() cohortId!: string;
  @ApiProperty({ enum: ['kickoff', 'exchange', 'symposium'] }) kind!: 'kickoff' | 'exchange' | 'symposium';
  @ApiProperty() title!: string;
  @ApiProperty(dateTime) startsAt!: Date;
  @ApiProperty() location!: string;
  @ApiProperty() agenda!: string;
  @ApiProperty({ type: [AttendanceView] }) attendance!: AttendanceView[];
}

export class InvitationView {
  @ApiProperty() id!: string;
  @ApiProperty() email!: string;
  @ApiProperty({ type: String, nullable: true }) organisationId!: string | null;
  @ApiProperty({ type: String, nullable: true }) organisationName!: string | null;
  @ApiProperty(dateTime) createdAt!: Date;
  @ApiProperty(dateTime) expiresAt!: Date;
  @ApiProperty({ ...dateTime, nullable: true }) acceptedAt!: Date | null;
}

export class CohortDetailView {
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() municipality!: string;
  @ApiProperty({ example: '2026-01-15' }) startsOn!: string;
  @ApiProperty({ example: '2026-12-15' }) endsOn!: string;
  @ApiProperty({ enum: ['planned', 'running', 'closed'] }) status!: 'planned' | 'running' | 'closed';
  @ApiProperty({ type: String, nullable: true }) coordinatorUserId!: string | null;
  @ApiProperty({ enum: PHASES, nullable: true, description: 'The earliest phase of an active participant' }) phase!: Phase | null;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string', format: 'date' }, example: { kickoff: '2026-02-15', baseline: '2026-04-15' } }) phasePlan!: Partial<Record<Phase, string>>;
  @ApiProperty({ ...dateTime, nullable: true }) closedAt!: Date | null;
  @ApiProperty({ type: SizeRuleView, description: "The partner's rule, checked when the cohort starts" }) sizeRule!: SizeRuleView;
  @ApiProperty({ type: [CohortAdviserView] }) advisers!: CohortAdviserView[];
  @ApiProperty({ type: [ParticipantRowView] }) participants!: ParticipantRowView[];
  @ApiProperty({ type: [MeetingView] }) meetings!: MeetingView[];
  @ApiProperty({ type: [InvitationView] }) invitations!: InvitationView[];
}

export class StaffMemberView {
  @ApiProperty() userId!: string;
  @ApiProperty() name!: string;
  @ApiProperty() email!: string;
  @ApiProperty({ enum: ['administrator', 'coordinator', 'adviser', 'analyst'] }) role!: string;
}

export class StaffListView {
  @ApiProperty({ type: [StaffMemberView] }) items!: StaffMemberView[];
}
