import { ApiError } from '@koers/web-api-client';

/** A 404 is an answer here (a row another partner may not see, a contract not yet recorded), never an error page. */
export async function orNotFound<T>(load: () => Promise<T>): Promise<T | 'not_found'> {
  try {
    return await load();
  } catch (e) {
    if (e instanceof ApiError && e.status === 404) return 'not_found';
    throw e;
  }
}

/** The text when a field is filled, else undefined (left out of the request). */
export const filled = (v: string): string | undefined => (v.trim() ? v.trim() : undefined);
