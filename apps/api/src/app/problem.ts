import type { Bilingual, RuleParams } from '@koers/domain';
import type { FieldProblem } from '@koers/server-db';

/**
 * The one error contract (docs/programme.md, "Errors: one contract"): RFC 9457
 * problem+json with a stable `code`, the values the text names (`params`), the
 * text in both languages and, for input, one entry per offending field.
 */
export interface Problem {
  type: string;
  title: string;
  status: number;
  code: string;
  params: RuleParams;
  text: Bilingual;
  /** The Dutch text, for tools that read only RFC 9457. */
  detail: string;
  errors: FieldProblem[];
  instance?: string;
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';
const PROBLEM_TYPE_BASE = 'https://koers.dev/problems/';

/** The HTTP reason phrases: RFC 9457's `title` is a short, fixed summary of the status. */
const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  408: 'Request Timeout',
  409: 'Conflict',
  410: 'Gone',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

export function statusTitle(status: number): string {
  return TITLES[status] ?? (status >= 500 ? 'Server Error' : 'Client Error');
}

/** What a status means when nothing more specific is known: a code and the text in both languages. */
export const STATUS_TEXTS: Record<number, { code: string; text: Bilingual }> = {
  400: { code: 'bad_request', text: { nl: 'Het verzoek is ongeldig', en: 'The request is invalid' } },
  401: { code: 'unauthenticated', text: { nl: 'U bent niet aangemeld', en: 'You are not signed in' } },
  403: { code: 'forbidden', text: { nl: 'U heeft geen toegang tot deze actie', en: 'You may not do this' } },
  404: { code: 'not_found', text: { nl: 'Niet gevonden', en: 'Not found' } },
  405: { code: 'method_not_allowed', text: { nl: 'Deze methode is hier niet toegestaan', en: 'This method is not allowed here' } },
  406: { code: 'not_acceptable', text: { nl: 'Het verzoek heeft niet de verwachte vorm', en: 'The request does not have the expected form' } },
  408: { code: 'request_timeout', text: { nl: 'Het verzoek duurde te lang', en: 'The request took too long' } },
  409: { code: 'conflict', text: { nl: 'Dit past niet bij de huidige stand van zaken', en: 'This conflicts with the current state' } },
  410: { code: 'gone', text: { nl: 'Dit bestaat niet meer', en: 'This no longer exists' } },
  413: { code: 'body.too_large', text: { nl: 'Het verzoek is te groot', en: 'The request is too large' } },
  415: { code: 'body.unsupported_media_type', text: { nl: 'Dit soort inhoud wordt hier niet aangenomen', en: 'This content type is not accepted here' } },
  422: { code: 'unprocessable', text: { nl: 'Het verzoek kan niet worden verwerkt', en: 'The request cannot be processed' } },
  429: { code: 'too_many_requests', text: { nl: 'Te veel verzoeken; probeer het zo opnieuw', en: 'Too many requests; try again shortly' } },
  500: { code: 'internal', text: { nl: 'Er ging iets mis aan onze kant; probeer het later opnieuw', en: 'Something went wrong on our side; please try again later' } },
  503: { code: 'service_unavailable', text: { nl: 'Tijdelijk niet beschikbaar; probeer het later opnieuw', en: 'Temporarily unavailable; please try again later' } },
};

export function statusText(status: number): { code: string; text: Bilingual } {
  return STATUS_TEXTS[status] ?? (status >= 500 ? STATUS_TEXTS[500] : STATUS_TEXTS[400]);
}

export function problem(status: number, code: string, text: Bilingual, params: RuleParams = {}, errors: FieldProblem[] = []): Problem {
  return {
    type: PROBLEM_TYPE_BASE + encodeURIComponent(code),
    title: statusTitle(status),
    status,
    code,
    params,
    text,
    detail: text.nl,
    errors,
  };
}

/**
 * The text of a refusal when it is `{ nl, en }`; anything else (a library's own
 * one-language message) gets the fallback, never a guess at splitting it.
 */
export function asBilingual(text: unknown, fallback: Bilingual): Bilingual {
  if (text && typeof text === 'object' && typeof (text as Bilingual).nl === 'string' && typeof (text as Bilingual).en === 'string') return text as Bilingual;
  return fallback;
}

/** The problem+json body as an OpenAPI schema, shared by every operation's 4xx/5xx answers. */
export const PROBLEM_SCHEMAS = {
  ProblemText: {
    type: 'object',
    description: 'A user-facing text in Dutch and English',
    required: ['nl', 'en'],
    properties: { nl: { type: 'string', example: 'naam mag hoogstens 200 tekens zijn' }, en: { type: 'string', example: 'name must be at most 200 characters' } },
  },
  ProblemParams: {
    type: 'object',
    description: 'The values the text names, so a client can build its own sentence',
    additionalProperties: {
      oneOf: [{ type: 'string', nullable: true }, { type: 'number' }, { type: 'boolean' }, { type: 'array', items: { type: 'string' } }],
    },
    example: { max: 200 },
  },
  ProblemField: {
    type: 'object',
    description: 'One field of the request the problem names',
    required: ['field', 'code', 'text'],
    properties: {
      field: { type: 'string', description: 'Path of the field in the request (body, query or path), e.g. `name` or `activities.0.amount`', example: 'name' },
      code: { type: 'string', description: 'Stable code, e.g. `validation.maxLength`', example: 'validation.maxLength' },
      params: { $ref: '#/components/schemas/ProblemParams' },
      text: { $ref: '#/components/schemas/ProblemText' },
    },
  },
  Problem: {
    type: 'object',
    description: 'RFC 9457 problem details with a stable code, its parameters and the text in Dutch and English',
    required: ['type', 'title', 'status', 'code', 'params', 'text', 'detail', 'errors'],
    properties: {
      type: { type: 'string', format: 'uri', example: 'https://koers.dev/problems/validation' },
      title: { type: 'string', description: 'The HTTP reason phrase', example: 'Bad Request' },
      status: { type: 'integer', example: 400 },
      code: { type: 'string', description: 'Stable code: clients and tests match on it', example: 'validation' },
      params: { $ref: '#/components/schemas/ProblemParams' },
      text: { $ref: '#/components/schemas/ProblemText' },
      detail: { type: 'string', description: 'The Dutch text', example: 'Ongeldige invoer: naam' },
      errors: { type: 'array', items: { $ref: '#/components/schemas/ProblemField' } },
      instance: { type: 'string', description: 'The path of the request', example: '/api/organisations' },
    },
  },
} as const;
