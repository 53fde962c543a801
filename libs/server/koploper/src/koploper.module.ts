import { Module } from '@nestjs/common';
import { CohortsController } from './cohorts.controller';
import { CohortsService } from './cohorts.service';

/** Step 1, the Koploper track (cohorts and phases so far). */
@Module({ controllers: [CohortsController], providers: [CohortsService] })
export class KoploperModule {}
