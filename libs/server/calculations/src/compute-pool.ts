import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@koers/server-config';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { Piscina } from 'piscina';
import type { ComputeBatch, ComputeOutcome, ComputeTask } from './compute-thread';

/** A small pool of threads that run calculators off the worker's event loop. */
@Injectable()
export class ComputePool implements OnApplicationShutdown {
  private readonly pool: Piscina;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.pool = new Piscina({
      filename: join(__dirname, 'compute-thread.cjs'),
      workerData: { pluginsDir: resolve(config.PLUGINS_DIR) },
      minThreads: 1,
      maxThreads: Math.max(1, Math.min(config.COMPUTE_THREADS ?? availableParallelism(), 8)),
      idleTimeout: 60_000,
    });
  }

  run(task: ComputeTask): Promise<ComputeOutcome[]> {
    return this.pool.run(task);
  }

  /** A bulk batch: the outcome already shaped for its upsert (see ComputeBatch). */
  runBatch(task: ComputeTask): Promise<ComputeBatch> {
    return this.pool.run(task, { name: 'computeBatch' });
  }

  async onApplicationShutdown() {
    await this.pool.destroy();
  }
}
