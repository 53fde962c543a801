import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { APP_CONFIG, type AppConfig } from '@koers/server-config';
import { createWorker, JOB_HANDLER, JOBS, QUEUE_NAMES, QUEUE_TRANSPORT, jobsOfQueue, type JobName, type QueueName, type QueueTransport } from '@koers/server-queue';
import type { Job, Worker } from 'bullmq';

type Handler = (job: Job) => Promise<unknown>;

/**
 * Finds every @JobHandler at start (refusing to start when a job of the
 * catalogue has no handler or two) and runs one BullMQ Worker per queue.
 */
@Injectable()
export class JobRunner implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('worker');
  private readonly workers: Worker[] = [];
  /** Set when the stop begins: from then on a lost connection is expected and said once, quietly. */
  private stopping = false;
  private lossLogged = false;
  readonly handlers = new Map<JobName, Handler>();

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
    @Inject(QUEUE_TRANSPORT) private readonly transport: QueueTransport,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap() {
    const found = new Map<JobName, string[]>();
    for (const wrapper of this.discovery.getProviders()) {
      const instance = wrapper.instance as Record<string, unknown> | undefined;
      if (!instance || typeof instance !== 'object') continue;
      const proto = Object.getPrototypeOf(instance);
      for (const method of this.scanner.getAllMethodNames(proto)) {
        const name = this.reflector.get<JobName | undefined>(JOB_HANDLER, proto[method]);
        if (!name) continue;
        found.set(name, [...(found.get(name) ?? []), `${wrapper.name}.${method}`]);
        this.handlers.set(name, (job) => (instance[method] as Handler).call(instance, job));
      }
    }
    const problems: string[] = [];
    for (const name of Object.keys(JOBS) as JobName[]) {
      const where = found.get(name) ?? [];
      if (where.length === 0) problems.push(`job ${name} has no @JobHandler`);
      if (where.length > 1) problems.push(`job ${name} has ${where.length} handlers: ${where.join(', ')}`);
    }
    if (problems.length) throw new Error(`Worker kan niet starten / cannot start:\n  ${problems.join('\n  ')}`);

    for (const queue of QUEUE_NAMES) this.workers.push(this.startWorker(queue));
    this.logger.log(`verwerkt / processing ${QUEUE_NAMES.join(', ')} via ${this.transport.kind}`);
  }

  private startWorker(queue: QueueName): Worker {
    const known = new Set(jobsOfQueue(queue));
    const worker = createWorker(
      this.transport,
      queue,
      async (job) => {
        const handler = known.has(job.name as JobName) ? this.handlers.get(job.name as JobName) : undefined;
        if (!handler) throw new Error(`unknown job ${job.name} on queue ${queue}`);
        return handler(job);
      },
      { concurrency: this.config.WORKER_CONCURRENCY, autorun: true, lockDuration: this.config.WORKER_LOCK_MS, stalledInterval: Math.max(1000, Math.floor(this.config.WORKER_LOCK_MS / 2)) },
    );
    worker.on('failed', (job, err) => this.logger.warn({ msg: 'job failed', queue, job: job?.name, id: job?.id, attempt: job?.attemptsMade, err: err.message }));
    worker.on('error', (err) => {
      if (!this.stopping) return this.logger.warn({ msg: 'worker connection error', queue, err: err.message });
      if (this.lossLogged) return;
      this.lossLogged = true;
      this.logger.log(`verbinding met de wachtrij weg tijdens het afsluiten / queue connection lost while shutting down (${queue})`);
    });
    return worker;
  }

  /**
   * On SIGTERM or SIGINT: stop taking jobs and let the ones in hand finish
   * (BullMQ's close waits for them). Before every module's
   * onApplicationShutdown, so the database pool and the compute threads the
   * jobs need are still there until the last job is done.
   */
  async beforeApplicationShutdown(signal?: string) {
    this.stopping = true;
    this.logger.log(`afsluiten / shutting down (${signal ?? 'close'}): lopende jobs worden afgemaakt / finishing jobs in hand`);
    await Promise.all(this.workers.map((w) => w.close()));
  }
}
