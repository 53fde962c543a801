import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger, NotFoundException } from '@nestjs/common';
import { RuleError, type Bilingual, type RuleParams } from '@koers/domain';
import { Refusal, type FieldProblem } from '@koers/server-db';
import { errorCodes, type FastifyReply, type FastifyRequest } from 'fastify';
import { QueryFailedError } from 'typeorm';
import { asBilingual, problem, PROBLEM_CONTENT_TYPE, statusText, type Problem } from './problem';

/**
 * Fastify's (and @fastify/multipart's) own errors, by their `code`: what the
 * client did wrong, in both languages. `message` is the error's fixed message,
 * for when Nest hands it over re-wrapped as a bare HttpException (it does so for
 * errors of Fastify's body parsers, and the code is lost on the way).
 */
const FASTIFY_ERRORS: Record<string, { code: string; text: Bilingual; message?: string }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: { code: 'body.invalid_json', text: { nl: 'De inhoud is geen geldige JSON', en: 'The body is not valid JSON' } },
  FST_ERR_CTP_EMPTY_JSON_BODY: { code: 'body.empty_json', text: { nl: 'De inhoud is leeg, maar het inhoudstype zegt JSON', en: 'The body is empty but its content type says JSON' } },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { code: 'body.content_length_mismatch', text: { nl: 'De inhoud is niet zo lang als Content-Length zegt', en: 'The body does not have the length Content-Length states' } },
  FST_ERR_CTP_BODY_TOO_LARGE: { code: 'body.too_large', text: { nl: 'De inhoud is te groot', en: 'The body is too large' } },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { code: 'body.unsupported_media_type', text: { nl: 'Dit inhoudstype wordt hier niet aangenomen', en: 'This content type is not accepted here' } },
  FST_REQ_FILE_TOO_LARGE: { code: 'upload.file_too_large', text: { nl: 'Het bestand is te groot', en: 'The file is too large' }, message: 'request file too large' },
  FST_FILES_LIMIT: { code: 'upload.too_many_files', text: { nl: 'Stuur één bestand per verzoek', en: 'Send one file per request' }, message: 'reach files limit' },
  FST_PARTS_LIMIT: { code: 'upload.too_many_parts', text: { nl: 'Het formulier heeft te veel delen', en: 'The form has too many parts' }, message: 'reach parts limit' },
  FST_FIELDS_LIMIT: { code: 'upload.too_many_fields', text: { nl: 'Het formulier heeft te veel velden', en: 'The form has too many fields' }, message: 'reach fields limit' },
  FST_INVALID_MULTIPART_CONTENT_TYPE: { code: 'upload.not_multipart', text: { nl: 'Stuur het bestand als multipart/form-data', en: 'Send the file as multipart/form-data' }, message: 'the request is not multipart' },
  FST_PROTO_VIOLATION: { code: 'upload.forbidden_field_name', text: { nl: 'Het formulier gebruikt een verboden veldnaam', en: 'The form uses a forbidden field name' }, message: 'prototype property is not allowed as field name' },
  FST_ERR_BAD_URL: { code: 'url.invalid', text: { nl: 'Het pad van het verzoek is geen geldige URL (verkeerde %-codering)', en: 'The request path is not a valid URL (bad percent-encoding)' } },
  FST_ERR_MAX_PARAM_LENGTH: { code: 'url.parameter_too_long', text: { nl: 'Een deel van het pad is te lang', en: 'A part of the path is too long' } },
  FST_MP_PREMATURE_CLOSE: {
    code: 'upload.incomplete',
    text: { nl: 'Het verzoek werd afgebroken voordat het bestand binnen was', en: 'The request was closed before the file was received' },
    message: 'the request was closed before the multipart data was fully parsed',
  },
};

const FASTIFY_ERRORS_BY_MESSAGE = new Map(
  Object.entries(FASTIFY_ERRORS).flatMap(([code, known]) => {
    const Known = (errorCodes as unknown as Record<string, new () => Error>)[code];
    const message = known.message ?? (Known ? new Known().message : undefined);
    return message ? [[message, known] as const] : [];
  }),
);

/** PostgreSQL constraint violations a client can provoke (a race past the services' own checks). */
const DATABASE_ERRORS: Record<string, { status: number; code: string; text: Bilingual }> = {
  '23505': { status: 409, code: 'already_exists', text: { nl: 'Dit bestaat al', en: 'This already exists' } },
  '23503': { status: 409, code: 'reference_missing', text: { nl: 'Dit verwijst naar iets dat niet (meer) bestaat', en: 'This refers to something that does not exist (any more)' } },
  '22P02': { status: 400, code: 'invalid_value', text: { nl: 'Een waarde heeft niet de juiste vorm', en: 'A value does not have the right form' } },
  '22001': { status: 400, code: 'invalid_value', text: { nl: 'Een waarde is te lang', en: 'A value is too long' } },
  // A number larger than its column holds (numeric field overflow): the client sent it, so no 500.
  '22003': { status: 400, code: 'invalid_value', text: { nl: 'Een getal is te groot', en: 'A number is too large' } },
  '23514': { status: 400, code: 'invalid_value', text: { nl: 'Een waarde ligt buiten wat is toegestaan', en: 'A value is outside what is allowed' } },
};

/** The field problems of an HttpException body that still uses `{ field, message }` (code outside this change). */
function legacyFields(errors: unknown, code: string): FieldProblem[] {
  if (!Array.isArray(errors)) return [];
  return errors
    .filter((e): e is { field: string; message?: unknown; code?: string; text?: unknown; params?: RuleParams } => !!e && typeof (e as { field?: unknown }).field === 'string')
    .map((e) => {
      const text = asBilingual(e.text ?? e.message, { nl: String(e.message ?? e.field), en: String(e.message ?? e.field) });
      return { field: e.field, code: e.code ?? code, params: e.params ?? {}, text };
    });
}

/**
 * Every error leaves as application/problem+json (RFC 9457) with a stable
 * `code`, its `params` and the text in Dutch and English (docs/programme.md).
 * Anything a client can cause maps to a 4xx; only real faults are 500, and
 * those are logged.
 */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('Problem');

  catch(exception: unknown, host: ArgumentsHost) {
    const ctx = host.switchToHttp();
    const reply = ctx.getResponse<FastifyReply>();
    const request = ctx.getRequest<FastifyRequest>();
    const answer = toProblem(exception, request);
    answer.instance = request.url;
    if (answer.status >= 500 && answer.status !== 503) {
      this.logger.error({ msg: 'unhandled error', url: request.url, method: request.method, reqId: request.id, err: (exception as Error)?.stack ?? String(exception) });
    }
    // A refusal that says when to come back (429 of the sign-in and reset limits) says it in Retry-After too.
    const retryAfter = (exception as { retryAfterSeconds?: unknown })?.retryAfterSeconds;
    if (typeof retryAfter === 'number' && retryAfter > 0) reply.header('retry-after', String(Math.ceil(retryAfter)));
    reply.status(answer.status).header('content-type', `${PROBLEM_CONTENT_TYPE}; charset=utf-8`).send(answer);
  }
}

/** Fastify's `frameworkErrors`: what its router refuses before any route runs, answered as a problem naming the path. */
export function sendFrameworkError(error: Error & { statusCode?: number; code?: string }, request: FastifyRequest, reply: FastifyReply): void {
  const status = typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 400;
  const known = FASTIFY_ERRORS[error.code ?? ''] ?? { ...statusText(status) };
  const answer = problem(status, known.code, known.text, {}, [{ field: 'path', code: known.code, params: {}, text: known.text }]);
  answer.instance = request.url.slice(0, 200);
  reply.status(status).header('content-type', `${PROBLEM_CONTENT_TYPE}; charset=utf-8`).send(answer);
}

export function toProblem(e: unknown, request?: Pick<FastifyRequest, 'method' | 'url'>): Problem {
  if (e instanceof Refusal) {
    const fallback = statusText(e.status).text;
    // A library outside this change may still pass one "nl / en" string where `{ nl, en }` belongs.
    const text = asBilingual(e.text, asBilingual(e.message, fallback));
    const fields = (e.fields ?? []).map((f) => ({ ...f, params: f.params ?? {}, text: asBilingual(f.text, text) }));
    return problem(e.status, e.code, text, e.params ?? {}, fields);
  }
  if (e instanceof RuleError) return problem(409, e.code, e.text, e.params);
  if (e instanceof HttpException) return fromHttpException(e, request);
  if (e instanceof QueryFailedError) {
    const known = DATABASE_ERRORS[(e as unknown as { code?: string }).code ?? ''];
    if (known) return problem(known.status, known.code, known.text);
  }
  // Fastify's own errors (bad JSON, body too large, wrong content type) carry a 4xx statusCode and a code.
  const { statusCode, code } = (e ?? {}) as { statusCode?: unknown; code?: unknown };
  if (typeof statusCode === 'number' && statusCode >= 400 && statusCode < 500) {
    const known = typeof code === 'string' ? FASTIFY_ERRORS[code] : undefined;
    if (known) return problem(statusCode, known.code, known.text);
    // A body the JSON parser refused for another reason (e.g. a forbidden __proto__ key).
    if (statusCode === 400 && e instanceof SyntaxError) return problem(400, FASTIFY_ERRORS.FST_ERR_CTP_INVALID_JSON_BODY.code, FASTIFY_ERRORS.FST_ERR_CTP_INVALID_JSON_BODY.text);
    const generic = statusText(statusCode);
    return problem(statusCode, generic.code, generic.text);
  }
  const internal = statusText(500);
  return problem(500, internal.code, internal.text);
}

function fromHttpException(e: HttpException, request?: Pick<FastifyRequest, 'method' | 'url'>): Problem {
  const status = e.getStatus();
  const generic = statusText(status);
  const body = e.getResponse() as string | { message?: unknown; code?: unknown; text?: unknown; params?: RuleParams; errors?: unknown };
  // Nest's answer for a path no controller has.
  if (e instanceof NotFoundException && typeof body === 'object' && typeof body.message === 'string' && /^Cannot [A-Z]+ /.test(body.message) && request) {
    const path = request.url.split('?')[0];
    return problem(404, 'route.not_found', { nl: `Deze route bestaat niet: ${request.method} ${path}`, en: `There is no route ${request.method} ${path}` }, { method: request.method, path });
  }
  const fastify = FASTIFY_ERRORS_BY_MESSAGE.get(typeof body === 'string' ? body : String(body.message));
  if (fastify && e.constructor === HttpException) return problem(status, fastify.code, fastify.text);
  if (typeof body === 'string') return problem(status, generic.code, asBilingual(body, generic.text));
  const code = typeof body.code === 'string' ? body.code : generic.code;
  const message = Array.isArray(body.message) ? body.message.join('; ') : body.message;
  const text = asBilingual(body.text ?? message, generic.text);
  return problem(status, code, text, body.params ?? {}, legacyFields(body.errors, code));
}
