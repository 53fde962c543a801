import fastifyCookie from '@fastify/cookie';
import fastifyMultipart from '@fastify/multipart';
import { ConsoleLogger, type LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { SwaggerModule } from '@nestjs/swagger';
import { trustProxySetting, type AppConfig } from '@koers/server-config';
import { randomUUID } from 'node:crypto';
import { AppModule } from './app/app.module';
import { metricsRegistry, requestDuration } from './app/health.controller';
import { checkRequestInput, parseQuery } from './app/input-guard';
import { buildOpenApiDocument } from './app/openapi';
import { checkUuidParams, uuidParamsByRoute } from './app/path-params';
import { sendFrameworkError } from './app/problem.filter';
import { mountQueueDashboard } from './app/queue-dashboard';
import { registerSecurity, startMetricsServer } from './app/security';
import { createValidationPipe } from './app/validation';

const LEVELS: LogLevel[] = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'];

export function jsonLogger(config: Pick<AppConfig, 'LOG_LEVEL'>, context = 'api'): ConsoleLogger {
  return new ConsoleLogger(context, { json: true, logLevels: LEVELS.slice(0, LEVELS.indexOf(config.LOG_LEVEL) + 1) });
}

/** Builds the API application (used by main.ts and by the integration tests). */
export async function createApiApp(config: AppConfig, opts: { logger?: ConsoleLogger | false } = {}): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    bodyLimit: 1024 * 1024,
    genReqId: (req: import('node:http').IncomingMessage) => (typeof req.headers['x-request-id'] === 'string' ? req.headers['x-request-id'].slice(0, 64) : randomUUID()),
    // Only proxies TRUST_PROXY names may say who the client is (the sign-in limits count per client address).
    trustProxy: trustProxySetting(config.TRUST_PROXY) as never,
    // A path Fastify's router cannot take (bad percent-encoding, a parameter over its length) answers a problem+json too.
    frameworkErrors: sendFrameworkError,
    // Fastify's own parsing, except that a parameter with undecodable %-encoding is refused by name (input-guard.ts).
    routerOptions: { querystringParser: parseQuery },
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config), adapter, {
    logger: opts.logger ?? jsonLogger(config),
    bufferLogs: false,
  });
  app.setGlobalPrefix('api');
  app.useGlobalPipes(createValidationPipe());
  app.enableShutdownHooks();
  if (config.CORS_ORIGINS) app.enableCors({ origin: config.CORS_ORIGINS.split(',').map((s) => s.trim()), credentials: true });
  await app.register(fastifyCookie as never);
  // Uploads (baseline files, communication assignments, group materials): one file per request, at most the largest
  // any endpoint takes (20 MB for materials); each endpoint sets its own limit through readUpload.
  await app.register(fastifyMultipart as never, { limits: { files: 1, fileSize: 20 * 1024 * 1024, fields: 10, fieldSize: 10_000 } } as never);

  const fastify = app.getHttpAdapter().getInstance();
  // NUL characters, lone surrogates, too deep nesting, too long text and an empty PATCH: a 400 naming the field, before any guard or handler.
  // Id path parameters that are not UUIDs (path-params.ts): a 400 naming the parameter, also before any guard; the routes' ids are read from the document below.
  let uuidParams = new Map<string, string[]>();
  fastify.addHook('preValidation', async (req) => {
    checkUuidParams(req, uuidParams);
    checkRequestInput(req);
  });
  fastify.addHook('onResponse', async (req, reply) => {
    requestDuration.observe({ method: req.method, route: req.routeOptions?.url ?? 'unknown', status: String(reply.statusCode) }, reply.elapsedTime / 1000);
  });

  const document = buildOpenApiDocument(app);
  uuidParams = uuidParamsByRoute(document);
  await registerSecurity(app, config, document);
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
  await mountQueueDashboard(app);
  const metricsServer = await startMetricsServer(config, () => metricsRegistry.metrics(), (l) => (opts.logger === false ? undefined : (opts.logger ?? jsonLogger(config)).warn(l)));
  if (metricsServer) fastify.addHook('onClose', async () => void (await new Promise((r) => metricsServer.close(r))));
  return app;
}
