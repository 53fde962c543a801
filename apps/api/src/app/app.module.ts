import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { ConfigModule, type AppConfig } from '@koers/server-config';
import { DbModule } from '@koers/server-db';
import { QueueModule } from '@koers/server-queue';
import { AuthModule } from '@koers/server-auth';
import { IdentityModule } from '@koers/server-identity';
import { OrganisationsModule } from '@koers/server-organisations';
import { DiagnosticsModule } from '@koers/server-diagnostics';
import { CalculationsModule } from '@koers/server-calculations';
import { KoploperModule } from '@koers/server-koploper';
import { MasterclassModule } from '@koers/server-masterclass';
import { ChainModule } from '@koers/server-chain';
import { JourneyModule } from '@koers/server-journey';
import { AllianceModule } from '@koers/server-alliance';
import { EvaluationModule } from '@koers/server-evaluation';
import { EducationModule } from '@koers/server-education';
import { HealthController } from './health.controller';
import { ProblemFilter } from './problem.filter';

/** The API: infrastructure modules first, then one module per feature area. */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [ConfigModule.forRoot(config), DbModule, QueueModule, AuthModule, IdentityModule, OrganisationsModule, DiagnosticsModule, CalculationsModule, KoploperModule, MasterclassModule, ChainModule, JourneyModule, AllianceModule, EvaluationModule, EducationModule],
      controllers: [HealthController],
      providers: [{ provide: APP_FILTER, useClass: ProblemFilter }],
    };
  }
}
