import { Controller, Get, Injectable, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { isLate, nextPhases, type Phase } from '@koers/domain';
import { ActionPlanService } from '../action-plan';
import { BaselineService } from '../baseline';
import { CommunicationService } from '../communication';
import { CertificatesService } from '../certificates';
import { ProfilesService } from '../profiles';
import { Participants, today } from '../shared/participants';

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
    const plannedBy = participant.phase === 'withdrawn' ? null : (cohort.phasePlan[participant.phase as Phase] ?? null);
    return {
      participant: {
        id: participant.id,
        organisationId: participant.organisationId,
        organisationName: organisation.name,
        phase: participant.phase,
        phaseReachedAt: participant.phaseReachedAt,
        joinedAt: participant.joinedAt,
        adviserUserId: participant.adviserUserId,
        adviserName: await this.participants.userName(participant.adviserUserId),
        plannedBy,
        late: plannedBy !== null && cohort.status === 'running' && isLate(participant.phase, plannedBy, today()),
        nextPhases: cohort.status === 'running' ? nextPhases(participant.phase) : [],
      },
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
@Controller('participants')
export class ParticipantTrackController {
  constructor(private readonly track: ParticipantTrackService) {}

  @Get(':pid')
  get(@Param('pid') pid: string) {
    return this.track.get(pid);
  }
}
