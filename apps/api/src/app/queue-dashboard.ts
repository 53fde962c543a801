import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter as BullBoardFastifyAdapter } from '@bull-board/fastify';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { AuthService, SESSION_COOKIE } from '@koers/server-auth';
import { JobQueue } from '@koers/server-queue';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

export const QUEUE_DASHBOARD_PATH = '/api/admin/queues';

function problem(reply: FastifyReply, status: number, title: string) {
  return reply.status(status).header('content-type', 'application/problem+json; charset=utf-8').send({ type: 'about:blank', title, status });
}

/** bull-board, mounted in the API for administrators only (checked on every request of its scope). */
export async function mountQueueDashboard(app: NestFastifyApplication): Promise<void> {
  const jobs = app.get(JobQueue);
  const auth = app.get(AuthService);
  const serverAdapter = new BullBoardFastifyAdapter();
  serverAdapter.setBasePath(QUEUE_DASHBOARD_PATH);
  createBullBoard({ queues: jobs.allQueues().map((q) => new BullMQAdapter(q)), serverAdapter });
  const fastify = app.getHttpAdapter().getInstance() as unknown as FastifyInstance;
  await fastify.register(
    async (scope) => {
      scope.addHook('onRequest', async (req: FastifyRequest, reply: FastifyReply) => {
        const state = await auth.resolve((req as unknown as { cookies?: Record<string, string> }).cookies?.[SESSION_COOKIE]);
        if (!state) return problem(reply, 401, 'Niet aangemeld / unauthenticated');
        if (state.active.role !== 'administrator') return problem(reply, 403, 'Geen toegang / forbidden');
      });
      await scope.register(serverAdapter.registerPlugin() as never, { prefix: QUEUE_DASHBOARD_PATH });
    },
  );
}
