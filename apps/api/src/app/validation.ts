import { ValidationPipe, type ArgumentMetadata, type ValidationError } from '@nestjs/common';
import type { Bilingual, RuleParams } from '@koers/domain';
import { BadInputError, type FieldProblem } from '@koers/server-db';
import { getMetadataStorage } from 'class-validator';

/** How a field is called in a Dutch sentence; the English sentence uses the field's own name. */
const DUTCH_FIELD_NAMES: Record<string, string> = {
  body: 'de inhoud',
  name: 'naam',
  email: 'e-mailadres',
  password: 'wachtwoord',
  token: 'token',
  role: 'rol',
  locale: 'taal',
  membershipId: 'lidmaatschap',
  organisationId: 'organisatie',
  participantId: 'deelnemer',
  userId: 'gebruiker',
  kind: 'soort',
  step: 'stap',
  kvkNumber: 'KvK-nummer',
  sbiCode: 'SBI-code',
  sizeClass: 'grootteklasse',
  municipality: 'gemeente',
  region: 'regio',
  partnerSlug: 'partner',
  pluginId: 'rekenmodule',
  year: 'jaar',
  input: 'invoer',
  page: 'pagina',
  pageSize: 'paginagrootte',
  search: 'zoekterm',
  title: 'titel',
  description: 'omschrijving',
  comment: 'opmerking',
  text: 'tekst',
  subject: 'onderwerp',
  message: 'bericht',
  date: 'datum',
  startDate: 'startdatum',
  endDate: 'einddatum',
  status: 'status',
};

const fieldName = (field: string, lang: 'nl' | 'en') => (lang === 'nl' ? (DUTCH_FIELD_NAMES[field] ?? field) : field);

/** A list for a sentence: at most ten values, then "(and N more)". */
function listOf(values: readonly unknown[], lang: 'nl' | 'en'): string {
  const shown = values.slice(0, 10).map(String).join(', ');
  const more = values.length - 10;
  return more > 0 ? `${shown} ${lang === 'nl' ? `(en nog ${more})` : `(and ${more} more)`}` : shown;
}

type ConstraintText = (f: (lang: 'nl' | 'en') => string, args: unknown[]) => { params: RuleParams; text: Bilingual };

const simple =
  (nl: string, en: string): ConstraintText =>
  (f) => ({ params: {}, text: { nl: `${f('nl')} ${nl}`, en: `${f('en')} ${en}` } });

/**
 * Every class-validator constraint the DTOs use, as a code (`validation.<constraint>`),
 * the values it names and a text in Dutch and English that names the field and the limit.
 */
export const CONSTRAINT_TEXTS: Record<string, ConstraintText> = {
  isString: simple('moet tekst zijn', 'must be text'),
  isNumber: simple('moet een getal zijn', 'must be a number'),
  isInt: simple('moet een geheel getal zijn', 'must be a whole number'),
  isBoolean: simple('moet waar of onwaar zijn (true of false)', 'must be true or false'),
  isUuid: simple('moet een UUID zijn', 'must be a UUID'),
  isEmail: simple('moet een geldig e-mailadres zijn', 'must be a valid e-mail address'),
  isDateString: simple('moet een datum zijn (JJJJ-MM-DD)', 'must be a date (YYYY-MM-DD)'),
  isArray: simple('moet een lijst zijn', 'must be a list'),
  isObject: simple('moet een object zijn', 'must be an object'),
  isDefined: simple('is verplicht', 'is required'),
  nestedValidation: simple('moet een object (of een lijst van objecten) zijn', 'must be an object (or a list of objects)'),
  whitelistValidation: simple('is hier niet toegestaan', 'is not allowed here'),
  arrayUnique: simple('mag geen waarde twee keer bevatten', 'must not contain a value twice'),
  maxLength: (f, [max]) => ({ params: { max: Number(max) }, text: { nl: `${f('nl')} mag hoogstens ${max} tekens zijn`, en: `${f('en')} must be at most ${max} characters` } }),
  minLength: (f, [min]) =>
    Number(min) === 1
      ? { params: { min: 1 }, text: { nl: `${f('nl')} mag niet leeg zijn`, en: `${f('en')} must not be empty` } }
      : { params: { min: Number(min) }, text: { nl: `${f('nl')} moet minstens ${min} tekens zijn`, en: `${f('en')} must be at least ${min} characters` } },
  min: (f, [min]) => ({ params: { min: Number(min) }, text: { nl: `${f('nl')} moet minstens ${min} zijn`, en: `${f('en')} must be at least ${min}` } }),
  max: (f, [max]) => ({ params: { max: Number(max) }, text: { nl: `${f('nl')} mag hoogstens ${max} zijn`, en: `${f('en')} must be at most ${max}` } }),
  arrayMaxSize: (f, [max]) => ({ params: { max: Number(max) }, text: { nl: `${f('nl')} mag hoogstens ${max} elementen bevatten`, en: `${f('en')} must hold at most ${max} items` } }),
  arrayMinSize: (f, [min]) => ({ params: { min: Number(min) }, text: { nl: `${f('nl')} moet minstens ${min} elementen bevatten`, en: `${f('en')} must hold at least ${min} items` } }),
  isIn: (f, [values]) => {
    const list = Array.isArray(values) ? values.map(String) : [];
    return { params: { values: list }, text: { nl: `${f('nl')} moet een van deze waarden zijn: ${listOf(list, 'nl')}`, en: `${f('en')} must be one of: ${listOf(list, 'en')}` } };
  },
  equals: (f, [value]) => ({ params: { value: String(value) }, text: { nl: `${f('nl')} moet ${String(value)} zijn`, en: `${f('en')} must be ${String(value)}` } }),
  matches: (f, [pattern]) => ({ params: { pattern: String(pattern) }, text: { nl: `${f('nl')} heeft niet de juiste vorm`, en: `${f('en')} does not have the right format` } }),
  unknownValue: simple('moet een object met bekende velden zijn', 'must be an object with known fields'),
};

/** The arguments a constraint was declared with (`@MaxLength(200)` gives `[200]`), from class-validator's own metadata. */
function constraintArgs(target: object | undefined, property: string, constraint: string): unknown[] {
  if (!target || typeof target !== 'object') return [];
  const metas = getMetadataStorage().getTargetValidationMetadatas(target.constructor, '', true, false);
  const meta = metas.find((m) => m.propertyName === property && m.name === constraint);
  return meta?.constraints ?? [];
}

/** One field problem per failed constraint, with the path of nested fields (`activities.0.amount`). */
export function fieldProblems(errors: ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.keys(e.constraints ?? {}).map((constraint): FieldProblem => {
      const own = e.contexts?.[constraint] as { text?: Bilingual; code?: string } | undefined;
      const code = own?.code ?? `validation.${constraint}`;
      const known = CONSTRAINT_TEXTS[constraint]?.((lang) => fieldName(field, lang), constraintArgs(e.target, e.property, constraint));
      if (own?.text) return { field, code, params: known?.params ?? {}, text: own.text };
      if (known) return { field, code, ...known };
      return {
        field,
        code,
        params: { constraint },
        text: { nl: `${fieldName(field, 'nl')} is ongeldig (${constraint})`, en: `${field} is invalid (${constraint})` },
      };
    });
    return [...own, ...fieldProblems(e.children ?? [], field)];
  });
}

/** The 400 for input that fails the DTOs: code `validation`, the fields named in both languages, one entry per field and constraint. */
export function validationRefusal(errors: ValidationError[]): BadInputError {
  return refusalOf(fieldProblems(errors));
}

function refusalOf(fields: FieldProblem[]): BadInputError {
  const names = [...new Set(fields.map((f) => f.field))];
  return new BadInputError(
    names[0] ?? 'body',
    { nl: `Ongeldige invoer: ${names.map((n) => fieldName(n, 'nl')).join(', ')}`, en: `Invalid input: ${names.join(', ')}` },
    { code: 'validation', params: { fields: names }, fields },
  );
}

/** What @nestjs/swagger recorded for one property of a DTO (the same metadata the OpenAPI document is built from). */
interface DocumentedProperty {
  nullable?: boolean;
  type?: unknown;
  isArray?: boolean;
}
const SWAGGER_PROPERTY = 'swagger/apiModelProperties';
const SWAGGER_PROPERTIES = 'swagger/apiModelPropertiesArray';

/** The DTO class a documented property holds (`type: NestedDto`, `type: [NestedDto]` or `type: () => NestedDto`), if any. */
function nestedClass(meta: DocumentedProperty): (new () => object) | null {
  let t = Array.isArray(meta.type) ? meta.type[0] : meta.type;
  // A lazy `() => Dto` has no prototype of its own; a class has.
  if (typeof t === 'function' && !t.prototype) t = (t as () => unknown)();
  if (typeof t !== 'function' || !t.prototype) return null;
  return Reflect.getMetadata(SWAGGER_PROPERTIES, t.prototype) ? (t as new () => object) : null;
}

/**
 * Fields set to an explicit `null` that the DTO does not declare `nullable`
 * (the OpenAPI document then says the field takes no null, and the database
 * column usually refuses it): one problem per field, with the path of nested fields.
 * `@IsOptional()` lets null through class-validator, so this is checked first.
 */
export function nullProblems(value: unknown, dto: (new () => object) | undefined, prefix = '', depth = 0): FieldProblem[] {
  if (!dto || depth > 32 || value === null || typeof value !== 'object' || Array.isArray(value)) return [];
  const documented: string[] = (Reflect.getMetadata(SWAGGER_PROPERTIES, dto.prototype) ?? []).map((k: string) => k.replace(/^:/, ''));
  const out: FieldProblem[] = [];
  for (const key of documented) {
    if (!Object.prototype.hasOwnProperty.call(value, key)) continue;
    const v = (value as Record<string, unknown>)[key];
    const field = prefix ? `${prefix}.${key}` : key;
    const meta: DocumentedProperty = Reflect.getMetadata(SWAGGER_PROPERTY, dto.prototype, key) ?? {};
    if (v === null) {
      if (!meta.nullable) {
        out.push({
          field,
          code: 'validation.notNull',
          params: {},
          text: { nl: `${fieldName(field, 'nl')} mag niet null zijn; laat het veld weg of geef een waarde`, en: `${field} must not be null; leave the field out or give a value` },
        });
      }
      continue;
    }
    const nested = nestedClass(meta);
    if (!nested) continue;
    if (Array.isArray(v)) v.slice(0, 1000).forEach((item, i) => out.push(...nullProblems(item, nested, `${field}.${i}`, depth + 1)));
    else out.push(...nullProblems(v, nested, field, depth + 1));
  }
  return out;
}

const DATE_CONSTRAINTS = new Set(['isDateString', 'isIso8601']);

/** True when an ISO 8601 text starts with a day the calendar has (2026-02-30 has not), and any time is a real time. */
export function isCalendarDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?/.exec(text);
  if (!m) return true; // not ISO-shaped: class-validator names it
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (month < 1 || month > 12 || day < 1 || day > days) return false;
  if (m[4] !== undefined && (Number(m[4]) > 23 || Number(m[5]) > 59 || Number(m[6] ?? 0) > 59)) return false;
  return true;
}

/**
 * Date fields (`@IsDateString`, `@IsISO8601`, with or without `strict`) whose text
 * names a day the calendar does not have: PostgreSQL refuses 2026-02-30 as a date
 * and JavaScript quietly makes it 2 March, so it is refused here for every DTO.
 */
export function impossibleDateProblems(value: unknown, dto: (new () => object) | undefined, prefix = '', depth = 0): FieldProblem[] {
  if (!dto || depth > 32 || value === null || typeof value !== 'object' || Array.isArray(value)) return [];
  const out: FieldProblem[] = [];
  const metas = getMetadataStorage().getTargetValidationMetadatas(dto, '', true, false);
  const dateFields = new Set(metas.filter((m) => DATE_CONSTRAINTS.has(m.name ?? '')).map((m) => m.propertyName));
  for (const key of dateFields) {
    const v = (value as Record<string, unknown>)[key];
    const field = prefix ? `${prefix}.${key}` : key;
    const texts = Array.isArray(v) ? v : [v];
    if (texts.some((t) => typeof t === 'string' && !isCalendarDate(t))) {
      out.push({ field, code: 'validation.calendarDate', params: {}, text: { nl: `${fieldName(field, 'nl')} is geen bestaande datum`, en: `${field} is not a date the calendar has` } });
    }
  }
  const documented: string[] = (Reflect.getMetadata(SWAGGER_PROPERTIES, dto.prototype) ?? []).map((k: string) => k.replace(/^:/, ''));
  for (const key of documented) {
    const nested = nestedClass(Reflect.getMetadata(SWAGGER_PROPERTY, dto.prototype, key) ?? {});
    const v = (value as Record<string, unknown>)[key];
    if (!nested || v === null || typeof v !== 'object') continue;
    const field = prefix ? `${prefix}.${key}` : key;
    if (Array.isArray(v)) v.slice(0, 1000).forEach((item, i) => out.push(...impossibleDateProblems(item, nested, `${field}.${i}`, depth + 1)));
    else out.push(...impossibleDateProblems(v, nested, field, depth + 1));
  }
  return out;
}

/**
 * The global pipe: first explicit nulls the DTO does not allow and dates the
 * calendar does not have, then class-validator (unknown fields refused, every
 * problem named in both languages).
 */
export class KoersValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const dto = metadata.metatype;
    const own =
      (metadata.type === 'body' || metadata.type === 'query') && typeof dto === 'function' && dto.prototype && dto !== Object
        ? [...nullProblems(value, dto as new () => object), ...impossibleDateProblems(value, dto as new () => object)]
        : [];
    let result: unknown;
    try {
      result = await super.transform(value, metadata);
    } catch (e) {
      // One answer naming every field: these problems and class-validator's together.
      if (own.length && e instanceof BadInputError) throw refusalOf([...own, ...e.fields.filter((f) => !own.some((o) => o.field === f.field))]);
      throw e;
    }
    if (own.length) throw refusalOf(own);
    return result;
  }
}

/** Validates every body, query and path DTO; unknown fields are refused; each problem names the field in both languages. */
export function createValidationPipe(): ValidationPipe {
  return new KoersValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    stopAtFirstError: false,
    // The validated object, so a constraint's declared limits can be read back (it never leaves the server).
    validationError: { target: true, value: false },
    exceptionFactory: validationRefusal,
  });
}
