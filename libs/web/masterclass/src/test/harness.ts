import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, type TestRequest } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { AuthService } from '@koers/web-auth';
import { provideKoersI18n, ToastService } from '@koers/web-ui';
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

/** For the page specs: the step's routes with a signed-in user of `role`, the HTTP backend under test, and helpers to act on the page. */
export async function openPage(url: string, role: 'coordinator' | 'participant' = 'coordinator', setup?: () => void) {
  localStorage.clear();
  TestBed.configureTestingModule({
    providers: [provideZonelessChangeDetection(), provideHttpClient(), provideHttpClientTesting(), provideKoersI18n(), provideRouter(masterclassRoutes(), withComponentInputBinding())],
  });
  setup?.();
  const auth = TestBed.inject(AuthService);
  auth.session.set({
    user: { id: 'u1', email: role === 'participant' ? 'deelnemer@bakkerij-devries.test' : 'coordinator@mvo-noord.test', name: 'Cor', locale: 'nl' },
    memberships: [{ id: 'm1', role, partner: { id: 'pa', name: 'MVO Alliantie Noord-Nederland' }, organisation: role === 'participant' ? { id: 'o-1', name: 'Bakkerij De Vries' } : null }],
    activeMembershipId: 'm1',
  } as never);
  auth.checked.set(true);
  const toasts: string[] = [];
  vi.spyOn(TestBed.inject(ToastService), 'show').mockImplementation((m: string) => void toasts.push(m));
  const http = TestBed.inject(HttpTestingController);
  const harness = await RouterTestingHarness.create();
  const settle = async () => {
    await new Promise((r) => setTimeout(r));
    await harness.fixture.whenStable();
  };
  /** A request once the page has made it. */
  const requested = async (match: (r: TestRequest['request']) => boolean) => {
    for (let i = 0; i < 50; i++) {
      const [req] = http.match(match);
      if (req) return req;
      await new Promise((r) => setTimeout(r, 10));
    }
    throw new Error('no such request');
  };
  const navigation = harness.navigateByUrl(url);
  const el: HTMLElement = harness.fixture.nativeElement;
  const text = (node: Element | null = el) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const button = (name: string) => {
    const found = [...el.querySelectorAll<HTMLButtonElement>('button')].find((b) => text(b) === name);
    if (!found) throw new Error(`no button ${name}`);
    return found;
  };
  const type = async (selector: string, value: string) => {
    const field = el.querySelector<HTMLInputElement | HTMLTextAreaElement>(selector)!;
    field.value = value;
    field.dispatchEvent(new Event('input'));
    await settle();
  };
  const choose = async (selector: string, value: string) => {
    const select = el.querySelector<HTMLSelectElement>(selector)!;
    select.value = value;
    select.dispatchEvent(new Event('change'));
    await settle();
  };
  const click = async (selector: string) => {
    el.querySelector<HTMLElement>(selector)!.click();
    await settle();
  };
  return { http, harness, navigation, el, settle, requested, text, button, type, choose, click, toasts };
}

/** A refusal as the API sends it (docs/programme.md "Errors: one contract"). */
export function problem(status: number, code: string, nl: string, en: string, params: Record<string, unknown> = {}, errors: unknown[] = []) {
  return [{ status, code, params, text: { nl, en }, detail: nl, errors }, { status, statusText: status === 400 ? 'Bad Request' : 'Conflict' }] as const;
}
