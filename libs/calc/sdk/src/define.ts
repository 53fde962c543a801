import semver from 'semver';
import type { CalculatorDefinition } from './types';

/** Lower-case segments of letters, digits and single hyphens, separated by dots: `footprint.ghg`, `iso26000.scan`. */
export const CALCULATOR_ID_PATTERN = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*(?:\.[a-z][a-z0-9]*(?:-[a-z0-9]+)*)*$/;

export type DefinitionCheck =
  | { ok: true; definition: CalculatorDefinition }
  | { ok: false; errors: string[] };

function isZodSchema(value: unknown): boolean {
  // Duck-typed on purpose: an external plugin may bring its own copy of zod 4.
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { safeParse?: unknown }).safeParse === 'function' &&
    typeof (value as { parse?: unknown }).parse === 'function'
  );
}

function isLocalizedText(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const t = value as Record<string, unknown>;
  return typeof t['nl'] === 'string' && t['nl'].length > 0 && typeof t['en'] === 'string' && t['en'].length > 0;
}

/** Checks an untrusted value (e.g. a loaded plugin module's export) and lists every problem. */
export function validateDefinition(candidate: unknown): DefinitionCheck {
  if (typeof candidate !== 'object' || candidate === null) {
    return { ok: false, errors: [`a calculator definition must be an object, got ${candidate === null ? 'null' : typeof candidate}`] };
  }
  const d = candidate as Record<string, unknown>;
  const errors: string[] = [];
  if (typeof d['id'] !== 'string' || !CALCULATOR_ID_PATTERN.test(d['id'])) {
    errors.push(`id must be lower-case dotted segments like "footprint.ghg", got ${JSON.stringify(d['id'])}`);
  }
  if (typeof d['version'] !== 'string' || semver.valid(d['version']) !== d['version']) {
    errors.push(`version must be a semver version like "1.0.0", got ${JSON.stringify(d['version'])}`);
  }
  if (!isLocalizedText(d['title'])) errors.push('title must be { nl: string, en: string } with both texts non-empty');
  if (d['description'] !== undefined && !isLocalizedText(d['description'])) {
    errors.push('description, when given, must be { nl: string, en: string }');
  }
  if (!isZodSchema(d['inputSchema'])) errors.push('inputSchema must be a zod schema (has safeParse and parse)');
  if (!isZodSchema(d['outputSchema'])) errors.push('outputSchema must be a zod schema (has safeParse and parse)');
  if (typeof d['compute'] !== 'function') errors.push('compute must be a function (input, context) => output');
  const ref = d['referenceData'];
  if (ref !== undefined && (!Array.isArray(ref) || ref.some((r) => typeof r !== 'string' || r.length === 0))) {
    errors.push('referenceData, when given, must be an array of non-empty strings');
  }
  return errors.length ? { ok: false, errors } : { ok: true, definition: candidate as unknown as CalculatorDefinition };
}

/**
 * Declares a calculator. Validates at module load so a malformed built-in fails
 * its own tests instead of the worker; the returned definition is frozen.
 */
export function defineCalculator<I, O>(definition: CalculatorDefinition<I, O>): CalculatorDefinition<I, O> {
  const check = validateDefinition(definition);
  if (!check.ok) {
    throw new Error(`invalid calculator definition ${JSON.stringify((definition as { id?: unknown }).id)}: ${check.errors.join('; ')}`);
  }
  return Object.freeze({
    ...definition,
    referenceData: definition.referenceData ? Object.freeze([...definition.referenceData]) : undefined,
  });
}
