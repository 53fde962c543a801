import fastifyHelmet from '@fastify/helmet';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { OpenAPIObject } from '@nestjs/swagger';
import { metricsPort, webOrigins, type AppConfig } from '@koers/server-config';
import { checkWrite, JSON_MEDIA_TYPE, SESSION_COOKIE } from '@koers/server-auth';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { createServer, type Server } from 'node:http';
import { PROBLEM_CONTENT_TYPE } from './problem';
import { toProblem } from './problem.filter';

/**
 * One policy for everything the API serves: JSON, the OpenAPI UI and the queue
 * dashboard load scripts, styles, fonts and data only from the API's own
 * origin, and no page may frame them. Inline styles stay allowed (both UIs
 * set style attributes); inline scripts do not.
 */
export const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

export const HSTS = 'max-age=31536000; includeSubDomains';

/** The content types each write route takes besides JSON, from the OpenAPI document (multipart on the upload routes). */
export function acceptedTypesByRoute(document: OpenAPIObject): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of ['post', 'put', 'patch', 'delete'] as const) {
      const op = item[method];
      const content = op?.requestBody && 'content' in op.requestBody ? Object.keys(op.requestBody.content) : [];
      const extra = content.map((t) => t.toLowerCase()).filter((t) => t !== JSON_MEDIA_TYPE);
      if (extra.length) out.set(`${method.toUpperCase()} ${path.replace(/\{([^}]+)\}/g, ':$1')}`, extra);
    }
  }
  return out;
}

function refuse(req: FastifyRequest, reply: FastifyReply, refusal: Error) {
  const answer = { ...toProblem(refusal, req), instance: req.url };
  return reply.status(answer.status).header('content-type', `${PROBLEM_CONTENT_TYPE}; charset=utf-8`).send(answer);
}

/**
 * Browser-facing hardening of every answer (docs/security.md, issue 14 items 2
 * and 8): helmet's headers with the policy above; HSTS when the request came
 * over HTTPS (directly or through a trusted proxy); `Cache-Control: no-store`
 * on every answer to a signed-in request or that signs someone in; and the
 * write guard (content type and origin) before any body is read.
 */
export async function registerSecurity(app: NestFastifyApplication, config: AppConfig, document: OpenAPIObject): Promise<void> {
  const fastify = app.getHttpAdapter().getInstance() as unknown as FastifyInstance;
  await app.register(fastifyHelmet as never, {
    global: true,
    contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
    // Sent by the hook below, over HTTPS only (RFC 6797 8.1: ignored over HTTP anyway).
    strictTransportSecurity: false,
    referrerPolicy: { policy: 'no-referrer' },
    xFrameOptions: { action: 'deny' },
    // The web apps reach the API through their own origin's /api or with CORS; a page of the same site may embed a file.
    crossOriginResourcePolicy: { policy: 'same-site' },
  } as never);

  const origins = webOrigins(config);
  const accepted = acceptedTypesByRoute(document);
  fastify.addHook('onRequest', async (req: FastifyRequest, reply: FastifyReply) => {
    const route = req.routeOptions?.url;
    const types = [JSON_MEDIA_TYPE, ...(route ? (accepted.get(`${req.method} ${route}`) ?? []) : [])];
    const header = (name: string) => {
      const v = req.headers[name];
      return Array.isArray(v) ? v[0] : v;
    };
    const length = Number(header('content-length') ?? 0);
    const refusal = checkWrite(
      {
        method: req.method,
        contentType: header('content-type'),
        hasBody: length > 0 || header('transfer-encoding') !== undefined,
        origin: header('origin'),
        secFetchSite: header('sec-fetch-site'),
        ownOrigin: `${req.protocol}://${req.host}`,
      },
      origins,
      types,
    );
    if (refusal) return refuse(req, reply, refusal);
  });

  fastify.addHook('onSend', async (req: FastifyRequest, reply: FastifyReply, payload: unknown) => {
    if (req.protocol === 'https') reply.header('strict-transport-security', HSTS);
    const signedIn = Boolean((req as unknown as { cookies?: Record<string, string> }).cookies?.[SESSION_COOKIE] ?? req.headers.cookie?.includes(`${SESSION_COOKIE}=`));
    const setCookie = reply.getHeader('set-cookie');
    const signsIn = [setCookie].flat().some((c) => typeof c === 'string' && c.startsWith(`${SESSION_COOKIE}=`));
    if (signedIn || signsIn) reply.header('cache-control', 'no-store');
    return payload;
  });
}

/**
 * Prometheus metrics on a port of their own (GET /metrics or /api/metrics),
 * bound to METRICS_HOST (127.0.0.1 unless configured): there is no operator
 * role to guard them on the API's port. Null when no port is configured. A port
 * already taken is logged, never fatal.
 */
export async function startMetricsServer(config: AppConfig, metrics: () => Promise<string>, log: (line: string) => void): Promise<Server | null> {
  const port = metricsPort(config);
  if (port === undefined) return null;
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (req.method !== 'GET' || (path !== '/metrics' && path !== '/api/metrics')) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Niet gevonden / not found: GET /metrics\n');
      return;
    }
    metrics().then(
      (text) => res.writeHead(200, { 'content-type': 'text/plain; version=0.0.4', 'cache-control': 'no-store' }).end(text),
      () => res.writeHead(500).end(),
    );
  });
  return new Promise((resolve) => {
    server.once('error', (e) => {
      log(`metrics niet gestart / metrics not started on ${config.METRICS_HOST}:${port}: ${(e as Error).message}`);
      resolve(null);
    });
    server.listen(port, config.METRICS_HOST, () => resolve(server));
  });
}
