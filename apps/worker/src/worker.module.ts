import { DynamicModule, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { ConfigModule, type AppConfig } from '@koers/server-config';
import { DbModule } from '@koers/server-db';
import { QueueModule } from '@koers/server-queue';
import { DiagnosticsWorkerModule } from '@koers/server-diagnostics';
import { CalculationsWorkerModule } from '@koers/server-calculations';
import { DocumentsWorkerModule } from '@koers/server-documents';
import { KoploperWorkerModule } from '@koers/server-koploper/worker';
import { ChainWorkerModule } from '@koers/server-chain/worker';
import { EvaluationWorkerModule } from '@koers/server-evaluation';
import { AllianceWorkerModule } from '@koers/server-alliance';
import { JobRunner } from './job-runner.service';

/** The worker: infrastructure, the job runner, and each feature's worker-side module. */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [ConfigModule.forRoot(config), DiscoveryModule, DbModule, QueueModule, DiagnosticsWorkerModule, CalculationsWorkerModule, DocumentsWorkerModule, KoploperWorkerModule, ChainWorkerModule, EvaluationWorkerModule, AllianceWorkerModule],
      providers: [JobRunner],
      exports: [JobRunner],
    };
  }
}
