import { Module } from '@nestjs/common';
import { ConsentsService } from './consents.service';
import { JourneyWritesService } from './journey-writes.service';
import { JourneyService } from './journey.service';
import { JourneyRecordController } from './record.controller';

/** The journey itself: timeline, shared parts under consent, the access log, funnel stage, leads and financing steps. */
@Module({ controllers: [JourneyRecordController], providers: [JourneyService, ConsentsService, JourneyWritesService], exports: [JourneyService] })
export class JourneyRecordModule {}
