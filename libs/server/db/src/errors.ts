import type { Bilingual, RuleParams } from '@koers/domain';
import { RuleError } from '@koers/domain';

/** One field a refusal names: its path in the request, a code and the text in both languages. */
export interface FieldProblem {
  field: string;
  code: string;
  text: Bilingual;
  params?: RuleParams;
}

/**
 * Base of every refusal the API answers with a 4xx problem+json: a stable code,
 * the values it names and the text in Dutch and English (docs/programme.md).
 */
export abstract class Refusal extends Error {
  abstract readonly status: number;
  constructor(
    readonly code: string,
    readonly text: Bilingual,
    readonly params: RuleParams = {},
    readonly fields: FieldProblem[] = [],
  ) {
    super(`${text.nl} / ${text.en}`);
  }
}

const ENTITY_NAMES: Record<string, Bilingual> = {};

/** Registers how an entity is named in a "not found" text (defaults to its class name). */
export function nameEntity(entity: string, name: Bilingual): void {
  ENTITY_NAMES[entity] = name;
}

/** Thrown by scoped data access when an object does not exist for this tenant; the API answers 404. */
export class NotFoundError extends Refusal {
  readonly status = 404;
  constructor(
    public readonly entity: string,
    public readonly id: string,
  ) {
    const name = ENTITY_NAMES[entity] ?? { nl: entity, en: entity };
    super('not_found', { nl: `${name.nl} ${id} niet gevonden`, en: `${name.en} ${id} not found` }, { entity, id });
  }
}

export interface RefusalOptions {
  /** Stable code; defaults per class (`conflict`, `bad_input`). */
  code?: string;
  params?: RuleParams;
}

/** A write that breaks a business rule the client could have known about; the API answers 409. */
export class ConflictError extends Refusal {
  readonly status = 409;
  constructor(
    text: Bilingual,
    opts: RefusalOptions & { field?: string } = {},
  ) {
    const code = opts.code ?? 'conflict';
    super(code, text, opts.params ?? {}, opts.field ? [{ field: opts.field, code, text, params: opts.params }] : []);
  }

  /** A domain rule's refusal, with its code and params, naming `field` when given. */
  static fromRule(e: RuleError, field?: string): ConflictError {
    return new ConflictError(e.text, { code: e.code, params: e.params, field });
  }

  get field(): string | undefined {
    return this.fields[0]?.field;
  }
}

/** Input that passed shape validation but names something that does not fit; the API answers 400 naming the field. */
export class BadInputError extends Refusal {
  readonly status = 400;
  constructor(
    public readonly field: string,
    text: Bilingual,
    opts: RefusalOptions & { fields?: FieldProblem[] } = {},
  ) {
    const code = opts.code ?? 'bad_input';
    super(code, text, opts.params ?? {}, opts.fields ?? [{ field, code, text, params: opts.params }]);
  }

  /** Several fields at once (a form, the rows of a file): the text names them all, each keeps its own. */
  static many(problems: { field: string; text: Bilingual; code?: string; params?: RuleParams }[], code = 'bad_input'): BadInputError {
    const fields = problems.map((p) => ({ field: p.field, code: p.code ?? code, text: p.text, ...(p.params ? { params: p.params } : {}) }));
    const list = (lang: 'nl' | 'en') => problems.map((p) => `${p.field}: ${p.text[lang]}`).join('; ');
    return new BadInputError(problems[0]?.field ?? 'body', { nl: `Ongeldige invoer: ${list('nl')}`, en: `Invalid input: ${list('en')}` }, { code, fields });
  }
}

/** A signed-in user whose role or relation to the object does not allow this (the API answers 403). */
export class ForbiddenError extends Refusal {
  readonly status = 403;
  constructor(text: Bilingual, opts: RefusalOptions = {}) {
    super(opts.code ?? 'forbidden', text, opts.params ?? {});
  }
}

/** A dependency (Redis, the queue backend) is unavailable; the API answers 503. */
export class ServiceUnavailableError extends Refusal {
  readonly status = 503;
  constructor(text: Bilingual = { nl: 'Tijdelijk niet beschikbaar', en: 'Temporarily unavailable' }) {
    super('service_unavailable', text);
  }
}

/** Runs `fn`; a domain rule it refuses becomes a 409 naming `field`. */
export function asConflict<T>(fn: () => T, field?: string): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof RuleError) throw ConflictError.fromRule(e, field);
    throw e;
  }
}
