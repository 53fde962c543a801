/**
 * The checks every request's input passes before any route sees it (issue 14,
 * item 3): whatever PostgreSQL or the code behind the DTOs cannot take is a 400
 * naming the field, never a 500 and never a stored half-value.
 *
 * - a NUL character (PostgreSQL text and jsonb refuse it) in any string or key;
 * - a lone UTF-16 surrogate (not Unicode: jsonb refuses it, text would store U+FFFD);
 * - nesting deeper than MAX_DEPTH (class-transformer and class-validator recurse and
 *   would overflow the stack; no document of the API is nearly that deep);
 * - a string longer than MAX_TEXT characters (beyond any field of the API; columns
 *   would refuse it without saying which field);
 * - a PATCH with an empty object (an update of nothing).
 *
 * The body, the query and the path parameters are walked without recursion, so
 * the check itself cannot overflow on a hostile document. Runs as a Fastify
 * preValidation hook: after parsing, before guards, pipes and handlers.
 */
import type { Bilingual } from '@koers/domain';
import { BadInputError } from '@koers/server-db';
import { parse as parseQuerystring } from 'node:querystring';

export const MAX_DEPTH = 32;
export const MAX_TEXT = 100_000;

// A high surrogate not followed by a low one, or a low one not preceded by a high one.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

interface Found {
  field: string;
  code: string;
  text: Bilingual;
  params?: Record<string, number>;
}

function textProblem(s: string, field: string, what: 'value' | 'key'): Found | null {
  const subject = what === 'key' ? { nl: `de veldnaam ${field}`, en: `the field name ${field}` } : { nl: field, en: field };
  if (s.includes('\u0000')) return { field, code: 'text.nul', text: { nl: `${subject.nl} bevat een NUL-teken (\\u0000); dat kan niet worden opgeslagen`, en: `${subject.en} contains a NUL character (\\u0000), which cannot be stored` } };
  if (LONE_SURROGATE.test(s)) return { field, code: 'text.invalid_unicode', text: { nl: `${subject.nl} is geen geldige Unicode-tekst (een losse surrogaat)`, en: `${subject.en} is not valid Unicode text (a lone surrogate)` } };
  if (s.length > MAX_TEXT) return { field, code: 'text.too_long', params: { max: MAX_TEXT }, text: { nl: `${subject.nl} is langer dan ${MAX_TEXT.toLocaleString('nl-NL')} tekens`, en: `${subject.en} is longer than ${MAX_TEXT.toLocaleString('en-GB')} characters` } };
  return null;
}

/**
 * The first problem in a parsed value, with the path of the field it is in
 * (`activities.0.label`); `root` names the value itself (`body`, or a parameter).
 * Too deep a value is named by the field it starts in.
 */
export function findInputProblem(value: unknown, root: string, prefix = ''): Found | null {
  const stack: { v: unknown; path: string; depth: number; top: string }[] = [{ v: value, path: prefix, depth: 0, top: prefix || root }];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const { v, path, depth, top } = next;
    const field = path || root;
    if (typeof v === 'string') {
      const p = textProblem(v, field, 'value');
      if (p) return p;
      continue;
    }
    if (v === null || typeof v !== 'object') continue;
    if (depth >= MAX_DEPTH) {
      return { field: top, code: 'body.too_deep', params: { max: MAX_DEPTH }, text: { nl: `${top} is dieper genest dan ${MAX_DEPTH} niveaus`, en: `${top} is nested deeper than ${MAX_DEPTH} levels` } };
    }
    const entries = Array.isArray(v) ? v.map((x, i) => [String(i), x] as const) : Object.entries(v as Record<string, unknown>);
    for (let i = entries.length - 1; i >= 0; i--) {
      const [k, x] = entries[i];
      const childPath = path ? `${path}.${k}` : k;
      if (!Array.isArray(v)) {
        const p = textProblem(k, childPath, 'key');
        if (p) return p;
      }
      // A problem deep down is named by the top-level field it is in (or the whole body when that is a list).
      const childTop = depth === 0 ? (Array.isArray(v) ? top : childPath) : top;
      stack.push({ v: x, path: childPath, depth: depth + 1, top: childTop });
    }
  }
  return null;
}

/** The names of query parameters whose percent-encoding did not decode (kept on the parsed query, not enumerable). */
const UNDECODABLE = Symbol('undecodable query parameters');

const decode = (s: string) => decodeURIComponent(s.replace(/\+/g, ' '));

/**
 * Fastify's `querystringParser`: `a=1&a=2&b=x` as `{ a: ['1', '2'], b: 'x' }`
 * like Fastify's own, but a parameter whose %-encoding is not UTF-8 (`%FF`, an
 * encoded lone surrogate) is remembered, so the guard refuses it by name
 * instead of passing the raw text on.
 */
export function parseQuery(query: string): Record<string, string | string[]> {
  const parsed = parseQuerystring(query, '&', '=', { maxKeys: 1000, decodeURIComponent: (part: string) => tryDecode(part) ?? part }) as Record<string, string | string[]>;
  const undecodable: string[] = [];
  for (const pair of query.split('&')) {
    const at = pair.indexOf('=');
    const [key, value] = at < 0 ? [pair, ''] : [pair.slice(0, at), pair.slice(at + 1)];
    if (tryDecode(key) === null || tryDecode(value) === null) undecodable.push(tryDecode(key) ?? key);
  }
  if (undecodable.length) Object.defineProperty(parsed, UNDECODABLE, { value: undecodable, enumerable: false });
  return parsed;
}

function tryDecode(s: string): string | null {
  try {
    return decode(s);
  } catch {
    return null;
  }
}

const refuse = (p: Found) => new BadInputError(p.field, p.text, { code: p.code, params: p.params });

/** Throws the 400 for the first problem in a request's parameters, query and body. */
export function checkRequestInput(req: { method: string; body?: unknown; query?: unknown; params?: unknown; isMultipart?: () => boolean }): void {
  const undecodable = (req.query as { [UNDECODABLE]?: string[] } | undefined)?.[UNDECODABLE];
  if (undecodable?.length) {
    const field = undecodable[0];
    throw new BadInputError(field, { nl: `${field} is geen geldige tekst: de %-codering is geen UTF-8`, en: `${field} is not valid text: its percent-encoding is not UTF-8` }, { code: 'text.invalid_encoding' });
  }
  for (const [part, value] of [['params', req.params], ['query', req.query]] as const) {
    if (!value || typeof value !== 'object') continue;
    // Parameters are named by their own name, as the DTOs name them.
    const p = findInputProblem(value, part, '');
    if (p) throw refuse(p);
  }
  if (req.body === undefined || req.isMultipart?.()) return;
  const p = findInputProblem(req.body, 'body');
  if (p) throw refuse(p);
  if (req.method === 'PATCH' && req.body !== null && typeof req.body === 'object' && !Array.isArray(req.body) && Object.keys(req.body).length === 0) {
    throw new BadInputError('body', { nl: 'Er is niets om te wijzigen: geef minstens één veld', en: 'There is nothing to change: give at least one field' }, { code: 'body.empty_update' });
  }
}
