import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter as BullBoardFastifyAdapter } from '@bull-board/fastify';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { AuthService, SESSION_COOKIE, UnauthenticatedError } from '@koers/server-auth';
import { Db } from '@koers/server-db';
import { JobQueue } from '@koers/server-queue';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isOperator, operatorRefusal } from './operator';
import { PROBLEM_CONTENT_TYPE } from './problem';
import { toProblem } from './problem.filter';

export const QUEUE_DASHBOARD_PATH = '/api/admin/queues';

/** The dashboard is a Fastify plugin, outside Nest's filters: its refusals are built the same way. */
function refuse(req: FastifyRequest, reply: FastifyReply, refusal: Error) {
  const answer = { ...toProblem(refusal, req), instance: req.url };
  return reply.status(answer.status).header('content-type', `${PROBLEM_CONTENT_TYPE}; charset=utf-8`).send(answer);
}

/**
 * bull-board, mounted in the API for the platform's operator only (checked on every request of its scope, so also
 * for its pause, resume, retry and clean actions): the queues are shared by every partner and show every partner's
 * job data and stack traces, so a partner's administrator is refused (403 forbidden.operator).
 */
export async function mountQueueDashboard(app: NestFastifyApplication): Promise<void> {
  const jobs = app.get(JobQueue);
  const auth = app.get(AuthService);
  const db = app.get(Db);
  const serverAdapter = new BullBoardFastifyAdapter();
  serverAdapter.setBasePath(QUEUE_DASHBOARD_PATH);
  createBullBoard({ queues: jobs.allQueues().map((q) => new BullMQAdapter(q)), serverAdapter });
  const fastify = app.getHttpAdapter().getInstance() as unknown as FastifyInstance;
  await fastify.register(
    async (scope) => {
      scope.addHook('onRequest', async (req: FastifyRequest, reply: FastifyReply) => {
        const state = await auth.resolve((req as unknown as { cookies?: Record<string, string> }).cookies?.[SESSION_COOKIE]);
        if (!state) return refuse(req, reply, new UnauthenticatedError());
        if (!(await db.system((em) => isOperator(em, state.user.id)))) return refuse(req, reply, operatorRefusal());
      });
      // bull-board's page links IBM Plex from Google Fonts: the dashboard loads nothing from outside the installation
      // (the content security policy would refuse it anyway), so the page falls back to the system fonts.
      scope.addHook('onSend', async (_req: FastifyRequest, reply: FastifyReply, payload: unknown) => {
        if (typeof payload !== 'string' || !String(reply.getHeader('content-type') ?? '').includes('text/html')) return payload;
        return withoutExternalLinks(payload);
      });
      await scope.register(serverAdapter.registerPlugin() as never, { prefix: QUEUE_DASHBOARD_PATH });
    },
  );
}

/** The page without <link>s to another host (fonts, style sheets) and without preconnects to one. */
export function withoutExternalLinks(html: string): string {
  return html.replace(/<link\b[^>]*\bhref=["']?(?:https?:)?\/\/[^>]*>/gi, '');
}
