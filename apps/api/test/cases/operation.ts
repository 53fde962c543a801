/**
 * An operation of the API as the OpenAPI document names it: the method and the
 * path template (`POST /api/programme/groups/{id}/start`). The isolation matrix
 * and the bad-input table record the operation of every case, so coverage.spec.ts
 * can name each operation that has none.
 */
export type Operation = `${'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'} /api/${string}`;

export function methodOf(op: Operation): string {
  return op.slice(0, op.indexOf(' '));
}

/** Whether a concrete request path (query string ignored) is an instance of the operation's template. */
export function pathMatches(op: Operation, path: string): boolean {
  const template = op.slice(op.indexOf(' ') + 1);
  const pattern = new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+')}$`);
  return pattern.test(path.split('?')[0]);
}
