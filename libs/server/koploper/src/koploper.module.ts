import { Module } from '@nestjs/common';
import { CalculationsModule } from '@koers/server-calculations';
import { CohortsController, StaffController } from './cohorts.controller';
import { CohortsService } from './cohorts.service';
import { AlumniController, AlumniService } from './alumni/alumni';
import { BaselineController, BaselineReferenceController, BaselineService } from './baseline';
import { ProfilesController, ProfilesService } from './profiles';
import { ActionPlanController, ActionPlanService } from './action-plan';
import { CommunicationController, CommunicationService, PrizeController, PrizeService } from './communication';
import { CertificatesController, CertificatesService, CsrRegisterController } from './certificates';
import { InvitationsController } from './invitations/invitations.controller';
import { InvitationsService } from './invitations/invitations.service';
import { MeetingsController, MeetingsService } from './meetings/meetings';
import { Files, FilesController } from './shared/files';
import { ParticipantTrackController, ParticipantTrackService } from './track/participant-track';
import { Participants } from './shared/participants';

/**
 * Step 1, the Koploper track. One folder per part of the track; each adds its
 * controller and service here (one line each, to keep merges trivial).
 */
@Module({
  imports: [CalculationsModule],
  controllers: [
    CohortsController,
    StaffController,
    InvitationsController,
    MeetingsController,
    AlumniController,
    FilesController,
    ParticipantTrackController,
    BaselineController, BaselineReferenceController, ProfilesController,
    ActionPlanController, CommunicationController, PrizeController,
    CertificatesController, CsrRegisterController,
  ],
  providers: [
    Participants,
    Files,
    CohortsService,
    InvitationsService,
    MeetingsService,
    AlumniService,
    ParticipantTrackService,
    BaselineService, ProfilesService,
    ActionPlanService, CommunicationService, PrizeService,
    CertificatesService,
  ],
})
export class KoploperModule {}

