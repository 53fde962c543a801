import { ValidationPipe, type ValidationError } from '@nestjs/common';
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
  const fields = fieldProblems(errors);
  const names = [...new Set(fields.map((f) => f.field))];
  return new BadInputError(
    names[0] ?? 'body',
    { nl: `Ongeldige invoer: ${names.map((n) => fieldName(n, 'nl')).join(', ')}`, en: `Invalid input: ${names.join(', ')}` },
    { code: 'validation', params: { fields: names }, fields },
  );
}

/** Validates every body, query and path DTO; unknown fields are refused; each problem names the field in both languages. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    stopAtFirstError: false,
    // The validated object, so a constraint's declared limits can be read back (it never leaves the server).
    validationError: { target: true, value: false },
    exceptionFactory: validationRefusal,
  });
}
