import type { z } from 'zod';

/** Text shown to users: Dutch first, English second (see GLOSSARY). */
export interface LocalizedText {
  nl: string;
  en: string;
}

/**
 * Everything a compute function may see besides its input. Deliberately tiny:
 * no clock, no randomness, no I/O, so a result is reproducible from
 * (plugin id, version, input, reference-data ids).
 */
export interface CalculatorContext {
  /** Reference data by id (e.g. an emission-factor set). Throws when unknown or undeclared. */
  reference<T = unknown>(id: string): T;
}

/** Where reference data comes from; the worker, CLI and tests each supply one. */
export interface ReferenceProvider {
  get(id: string): unknown | undefined;
}

// zod 4 schema type; kept loose so plugins built against another zod 4 copy still type-check.
export type AnySchema = z.ZodType;

export interface CalculatorDefinition<I = unknown, O = unknown> {
  /** Dotted lower-case id, e.g. `footprint.ghg`. Stable forever: results are keyed by it. */
  readonly id: string;
  /** Semver; a new version triggers a bulk recompute. */
  readonly version: string;
  readonly title: LocalizedText;
  readonly description?: LocalizedText;
  readonly inputSchema: z.ZodType<I>;
  readonly outputSchema: z.ZodType<O>;
  /**
   * Reference-data ids the plugin may read. A trailing `*` matches a prefix
   * (e.g. `co2emissiefactoren-nl-*`), so a new factor set does not need a new plugin version.
   */
  readonly referenceData?: readonly string[];
  compute(input: I, context: CalculatorContext): O;
}

export interface Issue {
  /** Dotted path into the input, e.g. `activities.2.amount`; empty string for the root. */
  path: string;
  message: string;
}

export type RunResult<O = unknown> =
  | { status: 'ok'; output: O }
  | { status: 'invalid-input'; issues: Issue[] }
  | { status: 'failed'; error: string }
  | { status: 'invalid-output'; issues: Issue[] };
