import { Module } from '@nestjs/common';
import { CalculationsModule } from '@koers/server-calculations';
import { FilesModule } from '@koers/server-files';
import { ProgrammeModule } from '@koers/server-programme';
import { CohortsController } from './cohorts/cohorts.controller';
import { CohortsService } from './cohorts/cohorts.service';
import { AlumniController, AlumniService } from './alumni/alumni';
import { BaselineController, BaselineReferenceController, BaselineService } from './baseline';
import { ProfilesController, ProfilesService } from './profiles';
import { BenchmarkPeers } from './profiles/benchmark-peers';
import { ActionPlanController, ActionPlanService } from './action-plan';
import { CommunicationController, CommunicationService, PrizeController, PrizeService } from './communication';
import { CertificatesController, CertificatesService, CsrRegisterController } from './certificates';
import { ParticipantTrackController, ParticipantTrackService } from './track/participant-track';
import { Participants } from './shared/participants';
import { KoploperStepHooks } from './step-hooks';

/**
 * Step 1, the Koploper track, on the programme core (groups, enrolments, staff,
 * sessions, invitations and files are the core's). One folder per part of the
 * track; each adds its controller and service here (one line each).
 */
@Module({
  imports: [CalculationsModule, ProgrammeModule, FilesModule],
  controllers: [
    CohortsController,
    AlumniController,
    ParticipantTrackController,
    BaselineController, BaselineReferenceController, ProfilesController,
    ActionPlanController, CommunicationController, PrizeController,
    CertificatesController, CsrRegisterController,
  ],
  providers: [
    KoploperStepHooks,
    Participants,
    CohortsService,
    AlumniService,
    ParticipantTrackService,
    BaselineService, ProfilesService, BenchmarkPeers,
    ActionPlanService, CommunicationService, PrizeService,
    CertificatesService,
  ],
})
export class KoploperModule {}
