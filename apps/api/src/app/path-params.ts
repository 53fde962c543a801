/**
 * Path parameters that are ids are UUIDs, and one that is not is a 400 naming
 * the parameter before any guard, query or handler (docs/security.md, the
 * leftover of issue 14 item 3). Which parameters are ids follows the API's
 * naming rule for route parameters: `id`, `pid` and every name ending in `Id`
 * (`bulkId`, `sessionId`, ...); slugs, tokens, certificate numbers and enums
 * have other names. The OpenAPI document is marked from that rule (`format:
 * uuid`, so the typed client and every reader know), and the check enforces
 * what the document says, route by route.
 */
import type { OpenAPIObject } from '@nestjs/swagger';
import type { ParameterObject, ReferenceObject, SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { BadInputError } from '@koers/server-db';

/** The text form PostgreSQL writes a uuid in (any version; case does not matter). */
export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isIdParamName(name: string): boolean {
  return name === 'id' || name === 'pid' || /^[a-z][A-Za-z0-9]*Id$/.test(name);
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

/** Gives every id path parameter of the document `format: uuid` (one whose schema says otherwise, an enum or another format, is left as it is). */
export function markUuidParams(document: OpenAPIObject): OpenAPIObject {
  for (const item of Object.values(document.paths)) {
    for (const method of METHODS) {
      for (const p of (item[method]?.parameters ?? []) as (ParameterObject | ReferenceObject)[]) {
        if ('$ref' in p || p.in !== 'path' || !isIdParamName(p.name)) continue;
        const schema = (p.schema ??= { type: 'string' }) as SchemaObject;
        if (schema.enum || schema.format || (schema.type && schema.type !== 'string')) continue;
        schema.format = 'uuid';
      }
    }
  }
  return document;
}

/** Per Fastify route (`GET /api/organisations/:id`), the path parameters the document declares `format: uuid`. */
export function uuidParamsByRoute(document: OpenAPIObject): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of METHODS) {
      const names = ((item[method]?.parameters ?? []) as (ParameterObject | ReferenceObject)[])
        .filter((p): p is ParameterObject => !('$ref' in p) && p.in === 'path' && (p.schema as SchemaObject | undefined)?.format === 'uuid')
        .map((p) => p.name);
      if (names.length) out.set(`${method.toUpperCase()} ${path.replace(/\{([^}]+)\}/g, ':$1')}`, names);
    }
  }
  return out;
}

/** Throws the 400 for the first id path parameter of the request that is not a UUID. */
export function checkUuidParams(req: { method: string; routeOptions?: { url?: string }; params?: unknown }, byRoute: Map<string, string[]>): void {
  const route = req.routeOptions?.url;
  // Fastify answers HEAD with the GET route.
  const names = route ? byRoute.get(`${req.method === 'HEAD' ? 'GET' : req.method} ${route}`) : undefined;
  if (!names) return;
  const params = (req.params ?? {}) as Record<string, unknown>;
  for (const name of names) {
    const value = params[name];
    if (typeof value === 'string' && UUID_PATTERN.test(value)) continue;
    throw new BadInputError(
      name,
      { nl: `${name} is geen geldige id (een UUID zoals 3f1c2a4e-8d7b-4c1e-9a2f-5b6d7e8f9a0b)`, en: `${name} is not a valid id (a UUID such as 3f1c2a4e-8d7b-4c1e-9a2f-5b6d7e8f9a0b)` },
      { code: 'param.not_uuid' },
    );
  }
}
