import { Module } from '@nestjs/common';

/** After every track: follow-up calls on the coordinator's worklist, the plenary feedback session, students at companies. */
@Module({})
export class FollowUpModule {}
