import { AuthService } from '@koers/web-auth';
import { openProgrammePage } from '@koers/web-programme/testing';
import { masterclassRoutes } from '../routes';

// jsdom has no ResizeObserver; the chart (ngx-echarts) asks for one.
globalThis.ResizeObserver ??= class {
  observe() {
    // jsdom lays nothing out: nothing to observe.
  }
  unobserve() {
    // as observe
  }
  disconnect() {
    // as observe
  }
} as unknown as typeof ResizeObserver;

/** For the page specs: the step's routes with a signed-in user of `role`, the HTTP backend under test, and helpers to act on the page (the programme core's harness). */
export function openPage(url: string, role: 'coordinator' | 'participant' = 'coordinator', setup?: () => void) {
  return openProgrammePage(url, { routes: masterclassRoutes(), auth: AuthService, role, setup });
}

/** A refusal as the API sends it (docs/programme.md "Errors: one contract"). */
export function problem(status: number, code: string, nl: string, en: string, params: Record<string, unknown> = {}, errors: unknown[] = []) {
  return [{ status, code, params, text: { nl, en }, detail: nl, errors }, { status, statusText: status === 400 ? 'Bad Request' : 'Conflict' }] as const;
}
