import { Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@koers/server-config';
import { CALCULATOR_CATALOGUE, loadCatalogue } from './catalogue';
import { CalculationHandlers } from './calculation.handlers';
import { CalculationsController } from './calculations.controller';
import { CalculationsService } from './calculations.service';
import { ComputePool } from './compute-pool';

const catalogueProvider = { provide: CALCULATOR_CATALOGUE, inject: [APP_CONFIG], useFactory: (c: AppConfig) => loadCatalogue(c.PLUGINS_DIR) };

/** API side: submit inputs, read results with provenance, start and follow recomputes. */
@Module({ controllers: [CalculationsController], providers: [catalogueProvider, CalculationsService], exports: [CalculationsService, catalogueProvider] })
export class CalculationsModule {}

/** Worker side: compute in threads, plan bulk recomputes, notice new releases. */
@Module({ providers: [catalogueProvider, ComputePool, CalculationHandlers] })
export class CalculationsWorkerModule {}
