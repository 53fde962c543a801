import { Module } from '@nestjs/common';
import { FilesModule } from '@koers/server-files';
import { Enrolments } from './enrolments/enrolments.service';
import { Groups } from './groups/groups.service';
import { Invitations } from './invitations/invitations.service';
import { Materials } from './materials/materials.service';
import { ProgrammeController, PublicInvitationsController } from './programme.controller';
import { Sessions } from './sessions/sessions.service';
import { Staff } from './staff/staff.service';
import { ProgrammeSteps } from './steps';

/**
 * The programme core every step runs on (docs/programme.md). Global so that each
 * step library shares the one ProgrammeSteps registry and the core's services.
 */
@Module({
  imports: [FilesModule],
  controllers: [ProgrammeController, PublicInvitationsController],
  providers: [ProgrammeSteps, Groups, Enrolments, Staff, Sessions, Invitations, Materials],
  exports: [ProgrammeSteps, Groups, Enrolments, Staff, Sessions, Invitations, Materials],
})
export class ProgrammeModule {}
