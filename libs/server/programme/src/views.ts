import { ApiProperty } from '@nestjs/swagger';
import { ENROLMENT_ROLES, PROGRAMME_LINES, STAFF_ROLES_ON_GROUP, STEP_KEYS, type EnrolmentRole, type ProgrammeLine, type StaffRole, type StepKey } from '@koers/domain';

// The core's answers, described so the web client is generated from them.

const dateTime = { type: String, format: 'date-time' } as const;

export class SizeRuleView {
  @ApiProperty({ example: 3 }) min!: number;
  @ApiProperty({ example: 15 }) max!: number;
}

export class GroupStaffView {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: STAFF_ROLES_ON_GROUP }) role!: StaffRole;
  @ApiProperty({ type: String, nullable: true, description: 'Null for an outside specialist without an account' }) userId!: string | null;
  @ApiProperty({ type: String, nullable: true }) name!: string | null;
  @ApiProperty({ type: String, nullable: true }) email!: string | null;
  @ApiProperty({ type: String, nullable: true, description: "An outside specialist's organisation, or the name of the organisation an entrepreneur speaks for" }) organisation!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The organisation in the system an entrepreneur speaks for (a masterclass speaker)' }) organisationId!: string | null;
  @ApiProperty({ description: 'What this person brings to the group' }) contribution!: string;
  @ApiProperty({ description: 'A local professional trained on the job, under a mentor' }) trainee!: boolean;
  @ApiProperty({ type: String, nullable: true }) mentorUserId!: string | null;
  @ApiProperty({ type: String, nullable: true }) mentorName!: string | null;
}

export class ParticipantRowView {
  @ApiProperty() id!: string;
  @ApiProperty() organisationId!: string;
  @ApiProperty({ type: String, nullable: true, example: 'Bakkerij De Vries' }) organisationName!: string | null;
  @ApiProperty({ enum: ENROLMENT_ROLES }) role!: EnrolmentRole;
  @ApiProperty({ description: "One of the step's phases, or withdrawn", example: 'baseline' }) phase!: string;
  @ApiProperty(dateTime) phaseReachedAt!: Date;
  @ApiProperty(dateTime) joinedAt!: Date;
  @ApiProperty({ type: String, nullable: true }) adviserUserId!: string | null;
  @ApiProperty({ type: String, nullable: true }) adviserName!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '2026-04-15', description: 'The date the current phase should be finished by (the phase plan)' }) plannedBy!: string | null;
  @ApiProperty({ description: 'Past plannedBy in a running group (Dutch calendar day)' }) late!: boolean;
  @ApiProperty({ type: [String], description: 'Where it may move now' }) nextPhases!: string[];
}

/** An enrolment as stored (after enrolling it or moving it on); the group answer has the full row. */
export class EnrolmentView {
  @ApiProperty() id!: string;
  @ApiProperty() groupId!: string;
  @ApiProperty() organisationId!: string;
  @ApiProperty({ enum: ENROLMENT_ROLES }) role!: EnrolmentRole;
  @ApiProperty() phase!: string;
  @ApiProperty(dateTime) phaseReachedAt!: Date;
  @ApiProperty({ type: String, nullable: true }) adviserUserId!: string | null;
}

export class AttendanceView {
  @ApiProperty({ description: 'The enrolment (in step 1: the participant)' }) participantId!: string;
  @ApiProperty() present!: boolean;
}

export class SessionItemView {
  @ApiProperty() id!: string;
  @ApiProperty() sessionId!: string;
  @ApiProperty({ enum: ['decision', 'action'] }) kind!: 'decision' | 'action';
  @ApiProperty() text!: string;
  @ApiProperty() owner!: string;
  @ApiProperty({ type: String, nullable: true, example: '2026-05-01' }) dueOn!: string | null;
  @ApiProperty({ ...dateTime, nullable: true }) doneAt!: Date | null;
  @ApiProperty(dateTime) createdAt!: Date;
}

export class SessionView {
  @ApiProperty() id!: string;
  @ApiProperty() groupId!: string;
  @ApiProperty({ description: "One of the step's session kinds", example: 'kickoff' }) kind!: string;
  @ApiProperty({ type: String, nullable: true, description: 'The participant (enrolment) a session of one participant belongs to (the talk at the company); null for the whole group' }) participantId!: string | null;
  @ApiProperty({ type: String, nullable: true, description: "That participant's organisation, by name" }) organisationName!: string | null;
  @ApiProperty() title!: string;
  @ApiProperty(dateTime) startsAt!: Date;
  @ApiProperty({ ...dateTime, nullable: true }) endsAt!: Date | null;
  @ApiProperty() location!: string;
  @ApiProperty() agenda!: string;
  @ApiProperty({ type: [AttendanceView] }) attendance!: AttendanceView[];
  @ApiProperty({ type: [SessionItemView], description: 'Decisions and actions of the session, in the order recorded' }) items!: SessionItemView[];
}

export class GroupInvitationView {
  @ApiProperty() id!: string;
  @ApiProperty() email!: string;
  @ApiProperty({ type: String, nullable: true }) organisationId!: string | null;
  @ApiProperty({ type: String, nullable: true }) organisationName!: string | null;
  @ApiProperty(dateTime) createdAt!: Date;
  @ApiProperty(dateTime) expiresAt!: Date;
  @ApiProperty({ ...dateTime, nullable: true }) acceptedAt!: Date | null;
  @ApiProperty({ ...dateTime, nullable: true }) withdrawnAt!: Date | null;
  @ApiProperty(dateTime) lastSentAt!: Date;
  @ApiProperty({ example: 1 }) sentCount!: number;
}

export class GroupMaterialView {
  @ApiProperty({ description: 'Download at /api/files/{id}' }) id!: string;
  @ApiProperty({ example: 'Workshop 1 - de R-ladder.pdf' }) filename!: string;
  @ApiProperty({ example: 'application/pdf' }) contentType!: string;
  @ApiProperty({ example: 482133 }) sizeBytes!: number;
  @ApiProperty(dateTime) createdAt!: Date;
}

export class GroupMaterialListView {
  @ApiProperty({ type: [GroupMaterialView] }) items!: GroupMaterialView[];
}

export class GroupView {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: STEP_KEYS }) step!: StepKey;
  @ApiProperty() name!: string;
  @ApiProperty({ example: '2026-01-15' }) startsOn!: string;
  @ApiProperty({ example: '2026-12-15' }) endsOn!: string;
  @ApiProperty({ enum: ['planned', 'running', 'closed'] }) status!: 'planned' | 'running' | 'closed';
  @ApiProperty({ type: String, nullable: true }) coordinatorUserId!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The earliest phase of an active participant' }) phase!: string | null;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string', format: 'date' }, example: { kickoff: '2026-02-15', baseline: '2026-04-15' } }) phasePlan!: Record<string, string>;
  @ApiProperty({ ...dateTime, nullable: true }) closedAt!: Date | null;
  @ApiProperty({ enum: PROGRAMME_LINES, description: "The alliance's programme line the group belongs to" }) programmeLine!: ProgrammeLine;
  @ApiProperty({ type: SizeRuleView, nullable: true, description: "The size rule checked when the group starts (the partner's own where it has one); null for a chain project (a lead and chain partners)" }) sizeRule!: SizeRuleView | null;
  @ApiProperty({ type: [GroupStaffView] }) staff!: GroupStaffView[];
  @ApiProperty({ type: [ParticipantRowView] }) participants!: ParticipantRowView[];
  @ApiProperty({ type: [SessionView] }) sessions!: SessionView[];
  @ApiProperty({ type: [GroupInvitationView], description: 'Empty for participants' }) invitations!: GroupInvitationView[];
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

export class InvitationPreviewView {
  @ApiProperty({ example: 'Koplopergroep Assen 2026' }) groupName!: string;
  @ApiProperty({ enum: STEP_KEYS }) step!: StepKey;
  @ApiProperty({ type: String, nullable: true, example: 'Assen' }) place!: string | null;
  @ApiProperty({ example: 'MVO Alliantie Noord-Nederland' }) partnerName!: string;
  @ApiProperty() email!: string;
  @ApiProperty({ type: String, nullable: true, description: 'Set when the invitation names a known organisation; else the invitee registers one' }) organisationName!: string | null;
  @ApiProperty(dateTime) expiresAt!: Date;
  @ApiProperty({ description: 'The e-mail address has an account already (accepting then needs its password)' }) existingAccount!: boolean;
}

export class AcceptedInvitationView {
  @ApiProperty({ description: 'The new enrolment (in step 1: the participant)' }) participantId!: string;
  @ApiProperty() groupId!: string;
  @ApiProperty({ enum: STEP_KEYS }) step!: StepKey;
}
