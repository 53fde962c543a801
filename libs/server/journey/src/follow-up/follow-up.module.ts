import { Module } from '@nestjs/common';
import { ProgrammeModule } from '@koers/server-programme';
import { FollowUpController } from './follow-up.controller';
import { FollowUpService } from './follow-up.service';
import { StudentsService } from './students.service';

/** After every track: follow-up calls on the coordinator's worklist, the plenary feedback session, students at companies. */
@Module({
  imports: [ProgrammeModule],
  controllers: [FollowUpController],
  providers: [FollowUpService, StudentsService],
  exports: [FollowUpService, StudentsService],
})
export class FollowUpModule {}
