import { Controller, Get, Header, Inject, NotFoundException, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { Public, type AuthState } from '@koers/server-auth';
import { APP_CONFIG, type AppConfig } from '@koers/server-config';
import { Db } from '@koers/server-db';
import { JobQueue } from '@koers/server-queue';
import type { FastifyReply } from 'fastify';
import { collectDefaultMetrics, Histogram, Registry } from 'prom-client';
import { DataSource } from 'typeorm';
import { isOperator } from './operator';

export const metricsRegistry = new Registry();
collectDefaultMetrics({ register: metricsRegistry, prefix: 'koers_api_' });
export const requestDuration = new Histogram({
  name: 'koers_api_http_request_duration_seconds',
  help: 'HTTP request duration by route and status',
  labelNames: ['method', 'route', 'status'],
  registers: [metricsRegistry],
});

/**
 * Probes and Prometheus, not part of the client API: left out of the OpenAPI
 * document (their answers are not problem+json and they take no input, so
 * there is no 4xx to describe). README lists them.
 */
@ApiExcludeController()
@Controller()
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly db: Db,
    private readonly jobs: JobQueue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** 200 when the database and the queue transport answer, else 503 with which one failed. */
  @Public()
  @Get('health')
  async health(@Res({ passthrough: true }) reply: FastifyReply) {
    // Public, so outside any tenancy transaction even with a session cookie (TenancyInterceptor): this probe is
    // the request's only connection, held for one query.
    const [database, queue] = await Promise.all([
      this.dataSource.query('select 1').then(
        () => true,
        () => false,
      ),
      this.jobs.ping(),
    ]);
    const ok = database && queue;
    reply.status(ok ? 200 : 503);
    return {
      status: ok ? 'ok' : 'degraded',
      checks: { database: database ? 'up' : 'down', queue: queue ? 'up' : 'down', queueTransport: this.jobs.transport.kind },
    };
  }

  /**
   * For the platform's operator (signed in), or anyone with METRICS_PUBLIC; the metrics are also served on their own
   * port bound to localhost (METRICS_PORT, startMetricsServer). To everyone else this route answers like one that does
   * not exist. The operator flag is read in a system transaction of its own: a public route holds no other connection.
   */
  @Public()
  @Get('metrics')
  @Header('content-type', 'text/plain; version=0.0.4')
  async metrics(@Req() req: { auth?: AuthState }) {
    if (this.config.METRICS_PUBLIC) return metricsRegistry.metrics();
    const auth = req.auth;
    if (!auth || !(await this.db.system((em) => isOperator(em, auth.user.id)))) throw new NotFoundException('Cannot GET /api/metrics');
    return metricsRegistry.metrics();
  }
}
