import { Inject, Injectable } from '@nestjs/common';
import { Db, DiagnosticPing } from '@koers/server-db';
import { JobHandler, type JobOf, QUEUE_TRANSPORT, type QueueTransport } from '@koers/server-queue';
import { hostname } from 'node:os';

@Injectable()
export class PingHandler {
  constructor(
    private readonly db: Db,
    @Inject(QUEUE_TRANSPORT) private readonly transport: QueueTransport,
  ) {}

  @JobHandler('diagnostics.ping')
  async handle(job: JobOf<'diagnostics.ping'>) {
    const { pingId, partnerId } = job.data;
    const updated = await this.db.system((em) =>
      em.update(DiagnosticPing, { id: pingId, partnerId }, { completedAt: new Date(), handledBy: `${hostname()}:${process.pid}`, transport: this.transport.kind }),
    );
    // The api enqueues inside its transaction; if we are faster than its commit, retry (with backoff).
    if (!updated.affected) throw new Error(`ping ${pingId} not (yet) visible`);
  }
}
