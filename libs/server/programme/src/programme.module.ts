import { Module } from '@nestjs/common';
import { Enrolments } from './enrolments/enrolments.service';
import { Groups } from './groups/groups.service';
import { Invitations } from './invitations/invitations.service';
import { ProgrammeController, PublicInvitationsController } from './programme.controller';
import { Sessions } from './sessions/sessions.service';
import { Staff } from './staff/staff.service';
import { ProgrammeSteps } from './steps';

/**
 * The programme core every step runs on (docs/programme.md). Global so that each
 * step library shares the one ProgrammeSteps registry and the core's services.
 */
@Module({
  controllers: [ProgrammeController, PublicInvitationsController],
  providers: [ProgrammeSteps, Groups, Enrolments, Staff, Sessions, Invitations],
  exports: [ProgrammeSteps, Groups, Enrolments, Staff, Sessions, Invitations],
})
export class ProgrammeModule {}
