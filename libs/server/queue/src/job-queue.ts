import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { ServiceUnavailableError } from '@koers/server-db';
import type { Job, JobsOptions, Queue } from 'bullmq';
import { createQueue, type QueueTransport } from './backend';
import { JOBS, QUEUE_NAMES, type JobName, type JobPayloads, type QueueName } from './catalogue';

export const QUEUE_TRANSPORT = Symbol('QUEUE_TRANSPORT');

/** Producer side: typed enqueueing; a dead transport becomes ServiceUnavailableError (503). */
@Injectable()
export class JobQueue implements OnApplicationShutdown {
  private readonly logger = new Logger(JobQueue.name);
  private readonly queues = new Map<QueueName, Queue>();

  constructor(@Inject(QUEUE_TRANSPORT) readonly transport: QueueTransport) {}

  queue(name: QueueName): Queue {
    let q = this.queues.get(name);
    if (!q) {
      q = createQueue(this.transport, name);
      q.on('error', (err) => this.logger.warn(`queue ${name}: ${err.message}`));
      this.queues.set(name, q);
    }
    return q;
  }

  allQueues(): Queue[] {
    return QUEUE_NAMES.map((n) => this.queue(n));
  }

  async add<K extends JobName>(name: K, data: JobPayloads[K], opts: JobsOptions = {}): Promise<Job> {
    const def = JOBS[name];
    return this.guard(() => this.queue(def.queue).add(name, data, { ...def.options, ...opts }));
  }

  async addBulk<K extends JobName>(name: K, jobs: { data: JobPayloads[K]; opts?: JobsOptions }[]): Promise<Job[]> {
    const def = JOBS[name];
    return this.guard(() => this.queue(def.queue).addBulk(jobs.map((j) => ({ name, data: j.data, opts: { ...def.options, ...j.opts } }))));
  }

  /** True when the transport answers (used by /api/health). */
  async ping(): Promise<boolean> {
    try {
      await this.guard(() => this.queue('maintenance').getJobCounts('waiting'), 2000, false);
      return true;
    } catch {
      return false;
    }
  }

  private async guard<T>(fn: () => Promise<T>, timeoutMs = 3000, log = true): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    try {
      return await Promise.race([
        fn(),
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
        }),
      ]);
    } catch (err) {
      if (log) this.logger.warn(`queue transport ${this.transport.kind} unavailable: ${(err as Error).message}`);
      throw new ServiceUnavailableError({ nl: 'De wachtrij is niet bereikbaar; probeer het later opnieuw', en: 'The job queue is unavailable; please try again later' });
    } finally {
      clearTimeout(timer);
    }
  }

  async onApplicationShutdown() {
    await Promise.all([...this.queues.values()].map((q) => q.close().catch(() => undefined)));
  }
}
