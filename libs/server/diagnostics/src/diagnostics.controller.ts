import { Controller, Get, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@koers/server-auth';
import { Db, DiagnosticPing, nameEntity } from '@koers/server-db';
import { EnqueuesJobs, JobQueue } from '@koers/server-queue';

nameEntity('DiagnosticPing', { nl: 'Diagnose-ping', en: 'Diagnostic ping' });

/** Lets an administrator prove the whole job pipeline works: the ping is written by the worker. */
@ApiTags('diagnostics')
@Controller('diagnostics/pings')
@Roles('administrator')
export class DiagnosticsController {
  constructor(
    private readonly db: Db,
    private readonly jobs: JobQueue,
  ) {}

  @Post()
  @EnqueuesJobs()
  @ApiOperation({ summary: 'Send a ping through the job queue; the worker answers it' })
  async create() {
    const { partnerId, userId } = this.db.tenant;
    const ping = this.db.em.create(DiagnosticPing, { id: this.db.newId(), partnerId, requestedBy: userId });
    await this.db.em.insert(DiagnosticPing, ping);
    // Enqueued after the row exists in this transaction; the worker retries until it is committed.
    await this.jobs.add('diagnostics.ping', { pingId: ping.id, partnerId, requestedBy: userId }, { jobId: `ping-${ping.id}` });
    return this.get(ping.id);
  }

  @Get(':id')
  @ApiOperation({ summary: 'Show a ping and whether the worker has answered it' })
  async get(@Param('id') id: string) {
    const p = await this.db.findOwned(DiagnosticPing, id);
    return { id: p.id, requestedAt: p.requestedAt, completedAt: p.completedAt, handledBy: p.handledBy, transport: p.transport };
  }
}
