import { Refusal } from '@koers/server-db';

/** The methods that change something; the only ones the write guard looks at. */
export const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Every write takes JSON; an operation may declare more (multipart/form-data on the upload routes). */
export const JSON_MEDIA_TYPE = 'application/json';

/** 415: a write with a body of a type the route does not take (a form or text body is how a cross-site form writes). */
export class UnsupportedMediaTypeError extends Refusal {
  readonly status = 415;
  constructor(contentType: string, accepted: readonly string[]) {
    const text = {
      nl: `Dit verzoek moet ${accepted.join(' of ')} zijn, niet ${contentType || 'zonder inhoudstype'}`,
      en: `This request must be ${accepted.join(' or ')}, not ${contentType || 'without a content type'}`,
    };
    super('body.unsupported_media_type', text, { contentType, accepted: [...accepted] }, [
      { field: 'content-type', code: 'body.unsupported_media_type', params: { contentType, accepted: [...accepted] }, text },
    ]);
  }
}

/** 403: a write from a page of another site (or another origin of this site) than the web apps. */
export class CrossSiteWriteError extends Refusal {
  readonly status = 403;
  constructor(origin: string | null) {
    const from = origin ?? 'een andere site';
    const text = {
      nl: `Dit verzoek komt van een pagina die hier niet mag schrijven (${from}); gebruik de Koers-app zelf`,
      en: `This request comes from a page that may not write here (${origin ?? 'another site'}); use the Koers app itself`,
    };
    super('csrf.origin_refused', text, { origin }, [{ field: origin === null ? 'sec-fetch-site' : 'origin', code: 'csrf.origin_refused', params: { origin }, text }]);
  }
}

export interface WriteRequest {
  method: string;
  /** The Content-Type header as sent, if any. */
  contentType: string | undefined;
  /** Whether the request has a body (Content-Length above 0 or a Transfer-Encoding). */
  hasBody: boolean;
  origin: string | undefined;
  secFetchSite: string | undefined;
  /** scheme://host[:port] the request was addressed to, as the API sees it (behind TRUST_PROXY). */
  ownOrigin: string;
}

/** The media type without its parameters, lower case ("application/json; charset=utf-8" -> "application/json"). */
export function mediaType(contentType: string | undefined): string {
  return (contentType ?? '').split(';')[0].trim().toLowerCase();
}

/**
 * The check every write passes before its body is read (CSRF, docs/security.md):
 *
 * 1. its body is JSON, or a type its operation declares (multipart/form-data on
 *    upload routes); a write without a body passes (sign-out, DELETE);
 * 2. it comes from one of the web apps: an `Origin` of the configured web
 *    origins or the API's own; without `Origin`, a browser's `Sec-Fetch-Site`
 *    must say same-origin (or none: typed by the user). A request with neither
 *    header is no browser's (server to server, scripts, tests) and passes: a
 *    cross-site page cannot make a browser leave both out.
 *
 * Returns the refusal, or null when the write may go on.
 */
export function checkWrite(req: WriteRequest, allowedOrigins: ReadonlySet<string>, acceptedTypes: readonly string[]): Refusal | null {
  if (!WRITE_METHODS.has(req.method.toUpperCase())) return null;
  const type = mediaType(req.contentType);
  if ((req.hasBody || type) && !acceptedTypes.includes(type)) return new UnsupportedMediaTypeError(type, acceptedTypes);
  const site = req.secFetchSite?.toLowerCase();
  if (req.origin !== undefined) {
    // The browser says the page is of the origin the request goes to (through any proxy in front of the API).
    if (site === 'same-origin') return null;
    const origin = normaliseOrigin(req.origin);
    if (origin && (allowedOrigins.has(origin) || origin === normaliseOrigin(req.ownOrigin))) return null;
    return new CrossSiteWriteError(req.origin);
  }
  if (site === undefined || site === 'same-origin' || site === 'none') return null;
  return new CrossSiteWriteError(null);
}

function normaliseOrigin(value: string): string | null {
  if (value === 'null') return null;
  try {
    return new URL(value).origin;
  } catch {
    return null;
  }
}
