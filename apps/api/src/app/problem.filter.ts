import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { BadInputError, ConflictError, NotFoundError, ServiceUnavailableError } from '@koers/server-db';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { QueryFailedError } from 'typeorm';

export interface FieldError {
  field: string;
  message: string;
}

interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  errors?: FieldError[];
}

const TITLES: Record<number, string> = {
  400: 'Ongeldige invoer / bad request',
  401: 'Niet aangemeld / unauthenticated',
  403: 'Geen toegang / forbidden',
  404: 'Niet gevonden / not found',
  405: 'Methode niet toegestaan / method not allowed',
  409: 'Conflict',
  413: 'Te groot / payload too large',
  415: 'Niet-ondersteund formaat / unsupported media type',
  429: 'Te veel verzoeken / too many requests',
  500: 'Interne fout / internal error',
  503: 'Tijdelijk niet beschikbaar / service unavailable',
};

/**
 * Every error leaves as application/problem+json (RFC 9457). Anything a
 * client can cause maps to a 4xx; only real faults are 500, and those are logged.
 */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('Problem');

  catch(exception: unknown, host: ArgumentsHost) {
    const ctx = host.switchToHttp();
    const reply = ctx.getResponse<FastifyReply>();
    const request = ctx.getRequest<FastifyRequest>();
    const problem = this.toProblem(exception);
    problem.instance = request.url;
    if (problem.status >= 500 && problem.status !== 503) {
      this.logger.error({ msg: 'unhandled error', url: request.url, method: request.method, reqId: request.id, err: (exception as Error)?.stack ?? String(exception) });
    }
    reply.status(problem.status).header('content-type', 'application/problem+json; charset=utf-8').send(problem);
  }

  private toProblem(e: unknown): Problem {
    const make = (status: number, detail?: string, errors?: FieldError[]): Problem => ({
      type: status === 400 && errors ? 'https://koers.dev/problems/validation' : 'about:blank',
      title: TITLES[status] ?? 'Error',
      status,
      ...(detail ? { detail } : {}),
      ...(errors ? { errors } : {}),
    });
    if (e instanceof HttpException) {
      const status = e.getStatus();
      const body = e.getResponse() as string | { message?: string | string[]; errors?: FieldError[] };
      if (typeof body === 'string') return make(status, body);
      const message = Array.isArray(body.message) ? body.message.join('; ') : body.message;
      return make(status, message, body.errors);
    }
    if (e instanceof NotFoundError) return make(404, e.message);
    if (e instanceof BadInputError) return make(400, e.message, e.fields);
    if (e instanceof ConflictError) return make(409, e.message, e.field ? [{ field: e.field, message: e.message }] : undefined);
    if (e instanceof ServiceUnavailableError) return make(503, e.message);
    if (e instanceof QueryFailedError) {
      const code = (e as unknown as { code?: string }).code;
      // Constraint violations a client can provoke (a race past our own checks).
      if (code === '23505') return make(409, 'Bestaat al / already exists');
      if (code === '23503') return make(409, 'Verwijst naar iets dat niet (meer) bestaat / references a missing object');
      if (code === '22P02' || code === '22001' || code === '23514') return make(400, 'Ongeldige waarde / invalid value');
    }
    // Fastify's own errors (bad JSON, body too large, wrong content type) carry a 4xx statusCode.
    const statusCode = (e as { statusCode?: number })?.statusCode;
    if (typeof statusCode === 'number' && statusCode >= 400 && statusCode < 500) return make(statusCode, (e as Error).message);
    return make(HttpStatus.INTERNAL_SERVER_ERROR);
  }
}
