import { Controller, Get, Injectable, Param } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiTags, ApiOperation } from '@nestjs/swagger';
import { KOPLOPER_STEP, PHASES, SIZE_CLASSES } from '@koers/domain';
import { Db, PhaseOverride, User } from '@koers/server-db';
import { In } from 'typeorm';
import { ActionPlanService } from '../action-plan';
import { ActionPlanView } from '../action-plan/action-plan.dto';
import { BaselineService } from '../baseline';
import { BaselineView } from '../baseline/baseline.dto';
import { CertificatesService } from '../certificates';
import { CsrCertificateView } from '../certificates/certificates.dto';
import { CommunicationService } from '../communication';
import { SubmissionView } from '../communication/communication.dto';
import { ParticipantRowView } from '@koers/server-programme';
import { ProfilesService } from '../profiles';
import { ProfileSummaryView } from '../profiles/profiles.dto';
import { Participants, participantRow } from '../shared/participants';
import { koploperGuardFacts, nextPhaseChecklist } from './guard-facts';

class TrackCohortView {
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() municipality!: string;
  @ApiProperty({ example: '2026-01-15' }) startsOn!: string;
  @ApiProperty({ example: '2026-12-15' }) endsOn!: string;
  @ApiProperty({ enum: ['planned', 'running', 'closed'] }) status!: 'planned' | 'running' | 'closed';
}

class TrackOrganisationView {
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: String, nullable: true }) kvkNumber!: string | null;
  @ApiProperty({ type: String, nullable: true }) sbiCode!: string | null;
  @ApiProperty({ type: String, nullable: true }) municipality!: string | null;
  @ApiProperty({ enum: SIZE_CLASSES, nullable: true }) sizeClass!: string | null;
}

class AvailabilityView {
  @ApiProperty({ description: 'The participant has reached the symposium and not withdrawn' }) available!: boolean;
}

class PhaseGuardText {
  @ApiProperty({ example: 'de nulmeting is beoordeeld door de adviseur' }) nl!: string;
  @ApiProperty({ example: 'the baseline is reviewed by the adviser' }) en!: string;
}

class PhaseGuardCheckView {
  @ApiProperty({ example: 'koploper.baseline_reviewed' }) code!: string;
  @ApiProperty({ type: PhaseGuardText }) text!: PhaseGuardText;
  @ApiProperty({ description: 'The work is done' }) done!: boolean;
}

class NextPhaseChecklistView {
  @ApiProperty({ enum: PHASES, description: 'The next phase in order' }) phase!: string;
  @ApiProperty({ type: [PhaseGuardCheckView], description: "The step's conditions for reaching it (empty: none); an adviser moves on only when all are done, the coordinator may move on anyway with a reason" })
  items!: PhaseGuardCheckView[];
}

class PhaseOverrideView {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: PHASES }) fromPhase!: string;
  @ApiProperty({ enum: PHASES }) toPhase!: string;
  @ApiProperty({ type: [PhaseGuardCheckView], description: 'The conditions that were not met (done: false)' }) guards!: PhaseGuardCheckView[];
  @ApiProperty() reason!: string;
  @ApiProperty({ type: String, nullable: true, description: 'Who moved the participant on' }) byName!: string | null;
  @ApiProperty({ type: String, format: 'date-time' }) at!: Date;
}

class ParticipantTrackView {
  @ApiProperty({ type: ParticipantRowView }) participant!: ParticipantRowView;
  @ApiProperty({ type: TrackCohortView }) cohort!: TrackCohortView;
  @ApiProperty({ type: TrackOrganisationView }) organisation!: TrackOrganisationView;
  @ApiProperty({ type: BaselineView, nullable: true, description: 'The latest year' }) baseline!: BaselineView | null;
  @ApiProperty({ type: [ProfileSummaryView], description: 'The draft first, then published versions, newest first' }) profiles!: ProfileSummaryView[];
  @ApiProperty({ type: ActionPlanView }) actionPlan!: ActionPlanView;
  @ApiProperty({ type: SubmissionView, nullable: true }) communication!: SubmissionView | null;
  @ApiProperty({ type: AvailabilityView }) participationCertificate!: AvailabilityView;
  @ApiProperty({ type: CsrCertificateView, nullable: true, description: 'The latest application' }) csrCertificate!: CsrCertificateView | null;
  @ApiProperty({ type: NextPhaseChecklistView, nullable: true, description: 'What the next phase still needs; null at a final phase' }) nextPhase!: NextPhaseChecklistView | null;
  @ApiProperty({ type: [PhaseOverrideView], description: "Moves past unmet conditions, oldest first, with who, when and why: for the partner's staff (empty for the participant)" })
  phaseOverrides!: PhaseOverrideView[];
}

/**
 * One participant's whole track on one screen: where it stands, its baseline,
 * profiles, action plan, communication assignment and certificates. The
 * participant itself sees only its own (row-level security answers 404 otherwise).
 */
@Injectable()
export class ParticipantTrackService {
  constructor(
    private readonly participants: Participants,
    private readonly baseline: BaselineService,
    private readonly profiles: ProfilesService,
    private readonly actionPlan: ActionPlanService,
    private readonly communication: CommunicationService,
    private readonly certificates: CertificatesService,
    private readonly db: Db,
  ) {}

  async get(participantId: string) {
    const { participant, cohort, organisation } = await this.participants.load(participantId);
    return {
      participant: participantRow(participant, cohort, { organisation: organisation.name, adviser: await this.participants.userName(participant.adviserUserId) }),
      cohort: { id: cohort.id, name: cohort.name, municipality: cohort.municipality, startsOn: cohort.startsOn, endsOn: cohort.endsOn, status: cohort.status },
      organisation: { id: organisation.id, name: organisation.name, kvkNumber: organisation.kvkNumber, sbiCode: organisation.sbiCode, municipality: organisation.municipality, sizeClass: organisation.sizeClass },
      baseline: await this.baseline.latest(participantId),
      profiles: await this.profiles.summaries(participantId),
      actionPlan: await this.actionPlan.get(participantId),
      communication: await this.communication.forParticipant(participantId),
      participationCertificate: { available: CommunicationService.participationCertificateAvailable(participant) },
      csrCertificate: await this.certificates.latest(participantId),
      nextPhase: nextPhaseChecklist(participant.phase, await koploperGuardFacts(this.db.em, participantId)),
      phaseOverrides: this.participants.isParticipant ? [] : await this.overrides(participantId),
    };
  }

  /** The moves past unmet guards, with the guards' texts and who made them (row-level security shows them to staff only). */
  private async overrides(participantId: string): Promise<PhaseOverrideView[]> {
    const rows = await this.db.em.find(PhaseOverride, { where: { enrolmentId: participantId }, order: { overriddenAt: 'ASC' } });
    const userIds = [...new Set(rows.flatMap((r) => (r.overriddenBy ? [r.overriddenBy] : [])))];
    const users = userIds.length ? await this.db.em.find(User, { where: { id: In(userIds) } }) : [];
    return rows.map((r) => ({
      id: r.id,
      fromPhase: r.fromPhase,
      toPhase: r.toPhase,
      guards: r.guards.map((code) => {
        const g = KOPLOPER_STEP.guards.find((x) => x.code === code);
        return { code, text: g?.text ?? { nl: code, en: code }, done: false };
      }),
      reason: r.reason,
      byName: users.find((u) => u.id === r.overriddenBy)?.name ?? null,
      at: r.overriddenAt,
    }));
  }
}

@ApiTags('koploper')
@Controller('koploper/participants')
export class ParticipantTrackController {
  constructor(private readonly track: ParticipantTrackService) {}

  @Get(':pid')
  @ApiOperation({ summary: "One participant's whole track: phase, baseline, profiles, action plan, communication and certificates" })
  @ApiOkResponse({ type: ParticipantTrackView })
  get(@Param('pid') pid: string) {
    return this.track.get(pid);
  }
}
