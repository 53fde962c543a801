import type { INestApplication, Type } from '@nestjs/common';
import { PATH_METADATA } from '@nestjs/common/constants';
import { ModulesContainer } from '@nestjs/core';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import type { OperationObject, ParameterObject, ReferenceObject, ResponseObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import type { Role } from '@koers/domain';
import { PUBLIC_ROUTE, ROLES, SESSION_COOKIE } from '@koers/server-auth';
import { ENQUEUES_JOBS } from '@koers/server-queue';
import { markUuidParams } from './path-params';
import { PROBLEM_CONTENT_TYPE, PROBLEM_SCHEMAS } from './problem';

/** The name of the session-cookie security scheme in the document. */
export const SESSION_SCHEME = 'session';

/** What the document needs to know about the handler behind an operation. */
export interface OperationFacts {
  /** @Public(): no session needed. */
  isPublic: boolean;
  /** @Roles(...): only these roles of the active membership. */
  roles: readonly Role[] | undefined;
  /** @EnqueuesJobs(): puts work on the queue, so 503 when it is down. */
  enqueuesJobs: boolean;
}

const API_OPERATION = 'swagger/apiOperation';
const WRITES = new Set(['post', 'put', 'patch', 'delete']);
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

/**
 * The facts of every route handler, by the operationId Swagger gives it
 * (`<Controller>_<method>`, or the one set with @ApiOperation), read from the
 * same metadata the session guard reads.
 */
export function operationFacts(app: INestApplication): Map<string, OperationFacts> {
  const facts = new Map<string, OperationFacts>();
  const read = <T>(key: string, handler: object, controller: Type): T | undefined => Reflect.getMetadata(key, handler) ?? Reflect.getMetadata(key, controller);
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as Type | null;
      if (!controller || typeof controller !== 'function') continue;
      for (const key of Object.getOwnPropertyNames(controller.prototype)) {
        const handler = Object.getOwnPropertyDescriptor(controller.prototype, key)?.value;
        if (key === 'constructor' || typeof handler !== 'function' || Reflect.getMetadata(PATH_METADATA, handler) === undefined) continue;
        const operationId = (Reflect.getMetadata(API_OPERATION, handler) as { operationId?: string } | undefined)?.operationId ?? `${controller.name}_${key}`;
        facts.set(operationId, {
          isPublic: read<boolean>(PUBLIC_ROUTE, handler, controller) === true,
          roles: read<Role[]>(ROLES, handler, controller),
          enqueuesJobs: read<boolean>(ENQUEUES_JOBS, handler, controller) === true,
        });
      }
    }
  }
  return facts;
}

const problemContent = { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: '#/components/schemas/Problem' } } };

/** The problem answers an operation can give, derived from its handler's facts and its own shape. */
export function problemAnswers(method: string, path: string, op: OperationObject, facts: OperationFacts): Record<number, string> {
  const params = (op.parameters ?? []) as (ParameterObject | ReferenceObject)[];
  const hasPathParams = /\{[^}]+\}/.test(path);
  const answers: Record<number, string> = {};
  if (op.requestBody || params.length > 0) answers[400] = 'The input is invalid: `errors` names each field (code `validation`, or a more specific one)';
  if (!facts.isPublic) answers[401] = 'Not signed in (code `unauthenticated`)';
  if (facts.roles?.length) answers[403] = `Needs the role ${facts.roles.join(' or ')} (code \`forbidden.role\`)`;
  // The write guard (libs/server/auth/write-guard.ts, registered in security.ts) answers these for every write.
  if (WRITES.has(method)) {
    const csrf = 'the write comes from a browser page of another origin than the web apps (code `csrf.origin_refused`)';
    answers[403] = answers[403] ? `${answers[403]}, or ${csrf}` : `Refused: ${csrf}`;
    const types = ['application/json', ...Object.keys((op.requestBody as { content?: Record<string, unknown> } | undefined)?.content ?? {}).filter((t) => t !== 'application/json')];
    answers[415] = `The body is not ${types.join(' or ')} (code \`body.unsupported_media_type\`, field \`content-type\`)`;
  }
  if (hasPathParams) answers[404] = 'Not found, or not visible to this partner (code `not_found`)';
  if (WRITES.has(method) && !facts.isPublic) answers[409] = 'Refused by a rule of the programme or the current state; the code names the rule';
  if (facts.enqueuesJobs) answers[503] = 'The job queue is unavailable (code `service_unavailable`); nothing was stored';
  return answers;
}

/**
 * Completes the generated document in one place, from each operation's
 * metadata: the session-cookie security (or `security: []` for @Public()),
 * and its problem answers with the shared `Problem` schema. Answers a
 * controller declares itself (e.g. @ApiUnauthorizedResponse on sign-in) keep
 * their description and get the Problem content.
 */
export function describeOperations(document: OpenAPIObject, facts: Map<string, OperationFacts>): OpenAPIObject {
  const schemas = (document.components ??= {}).schemas ??= {};
  for (const name of Object.keys(PROBLEM_SCHEMAS)) {
    if (schemas[name]) throw new Error(`OpenAPI: a DTO is called ${name}, which is the shared problem schema's name`);
  }
  Object.assign(schemas, PROBLEM_SCHEMAS);
  const unknown: string[] = [];
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      const known = op.operationId ? facts.get(op.operationId) : undefined;
      if (!known) {
        unknown.push(`${method.toUpperCase()} ${path} (${op.operationId ?? 'no operationId'})`);
        continue;
      }
      op.security = known.isPublic ? [] : [{ [SESSION_SCHEME]: [] }];
      const responses = { ...op.responses } as Record<string, ResponseObject | ReferenceObject>;
      for (const [status, description] of Object.entries(problemAnswers(method, path, op, known))) {
        responses[status] ??= { description };
      }
      for (const [status, answer] of Object.entries(responses)) {
        if (Number(status) < 400 || '$ref' in answer) continue;
        responses[status] = { ...answer, description: answer.description || defaultDescription(Number(status)), content: answer.content ?? problemContent };
      }
      op.responses = Object.fromEntries(Object.entries(responses).sort(([a], [b]) => a.localeCompare(b)));
    }
  }
  if (unknown.length) throw new Error(`OpenAPI: no route handler found for ${unknown.join(', ')}`);
  return document;
}

function defaultDescription(status: number): string {
  return status >= 500 ? 'A fault on the server' : 'The request was refused';
}

/** The API's OpenAPI document: generated from the controllers and DTOs, then completed by describeOperations. */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Koers API')
    .setDescription(
      'Programma duurzaam ondernemen / sustainable-entrepreneurship programme platform.\n\n' +
        'Every refusal is `application/problem+json` (RFC 9457) with a stable `code`, its `params` and the text in Dutch and English (`text.nl`, `text.en`); ' +
        '`errors` names the offending fields.',
    )
    .setVersion('0.1.0')
    .addServer('/', 'This host')
    .addCookieAuth(SESSION_COOKIE, { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE, description: 'The session cookie that POST /api/auth/sign-in sets' }, SESSION_SCHEME)
    .build();
  // Id path parameters as `format: uuid` (path-params.ts), which the API then enforces.
  return markUuidParams(describeOperations(SwaggerModule.createDocument(app, config), operationFacts(app)));
}
