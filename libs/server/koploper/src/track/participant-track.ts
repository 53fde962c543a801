import { Controller, Get, Injectable, Param } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiTags, ApiOperation } from '@nestjs/swagger';
import { SIZE_CLASSES } from '@koers/domain';
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
    };
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
