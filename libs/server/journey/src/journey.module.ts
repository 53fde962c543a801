import { Module } from '@nestjs/common';
import { FollowUpModule } from './follow-up/follow-up.module';
import { JourneyRecordModule } from './record/record.module';

/**
 * One company's journey across steps and partners (what it did, with whom,
 * what came of it, financing), shared with another partner only for the parts
 * the company consents to (row-level security, `Db.sharedRead`), and the
 * follow-up after every track.
 */
@Module({
  imports: [JourneyRecordModule, FollowUpModule],
})
export class JourneyModule {}
