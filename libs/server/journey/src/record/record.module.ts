import { Module } from '@nestjs/common';

/** The journey itself: timeline, shared parts under consent, the access log, funnel stage, leads and financing steps. */
@Module({})
export class JourneyRecordModule {}
