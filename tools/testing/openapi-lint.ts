/**
 * Lints the API's OpenAPI document with Redocly's recommended rules, the
 * checks a client generator relies on (a summary, the security and a 4xx
 * answer per operation, valid schemas), and reports each problem by the
 * operation it is in. Used by `npm run lint:openapi` and the API test
 * apps/api/test/openapi-lint.spec.ts (which runs it in a child process:
 * @redocly/openapi-core is an ES module, which Jest's CommonJS runtime cannot load).
 */
import { createConfig, lintFromString } from '@redocly/openapi-core';

export interface OpenApiProblem {
  /** The operationId the problem is in, `components/<kind>/<name>`, or `document`. */
  where: string;
  rule: string;
  severity: 'error' | 'warn';
  message: string;
  /** JSON pointer into the document. */
  pointer: string;
}

/**
 * Redocly's `recommended` set as it is, but for the licence: the API is not
 * published under one (package.json: UNLICENSED), and a made-up licence URL
 * would say more than is true.
 */
export const LINT_CONFIG = { extends: ['recommended'], rules: { 'info-license': 'off', 'info-license-strict': 'off' } } as const;

const METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);
const unescape = (segment: string) => decodeURIComponent(segment).replace(/~1/g, '/').replace(/~0/g, '~');

interface Doc {
  paths?: Record<string, Record<string, { operationId?: string }>>;
}

/** Where a pointer is: the operation (by operationId), the component, or the document. */
export function locate(document: Doc, pointer: string): string {
  const [, ...segments] = pointer.replace(/^#/, '').split('/').map(unescape);
  if (segments[0] === 'paths' && segments[1]) {
    const method = segments[2];
    if (!method || !METHODS.has(method)) return `path ${segments[1]}`;
    return document.paths?.[segments[1]]?.[method]?.operationId ?? `${method.toUpperCase()} ${segments[1]}`;
  }
  if (segments[0] === 'components' && segments[2]) return `components/${segments[1]}/${segments[2]}`;
  return 'document';
}

export async function lintOpenApi(document: object): Promise<OpenApiProblem[]> {
  const config = await createConfig(LINT_CONFIG as never);
  const problems = await lintFromString({ source: JSON.stringify(document, null, 2), absoluteRef: 'openapi.json', config });
  return problems
    .map((p) => {
      const pointer = p.location[0]?.pointer ?? '#/';
      return { where: locate(document as Doc, pointer), rule: p.ruleId, severity: p.severity === 'error' ? ('error' as const) : ('warn' as const), message: p.message, pointer };
    })
    .sort((a, b) => a.where.localeCompare(b.where) || a.rule.localeCompare(b.rule));
}

/** One line per problem, grouped by where it is: easy to work through. */
export function formatReport(problems: OpenApiProblem[]): string {
  if (problems.length === 0) return 'OpenAPI: no problems (Redocly recommended rules)';
  const byWhere = new Map<string, OpenApiProblem[]>();
  for (const p of problems) byWhere.set(p.where, [...(byWhere.get(p.where) ?? []), p]);
  const lines = [...byWhere].map(([where, list]) => `${where}: ${list.map((p) => `${p.rule} (${p.severity})`).join(', ')}`);
  const errors = problems.filter((p) => p.severity === 'error').length;
  return [`OpenAPI: ${problems.length} problem(s), ${errors} error(s), in ${byWhere.size} place(s) (Redocly recommended rules):`, ...lines.map((l) => `  ${l}`)].join('\n');
}
