import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, type TestRequest } from '@angular/common/http/testing';
import { provideZonelessChangeDetection, type Type } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding, type Routes } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { provideKoersI18n, ToastService } from '@koers/web-ui';

/** The session service the pages read (the web auth lib's AuthService fits; a step's spec passes it). */
export type SessionService = Type<{ session: { set(session: never): void }; checked: { set(checked: boolean): void } }>;

export interface PageHarnessOptions {
  /** The step's routes, mounted at the root. */
  routes: Routes;
  auth: SessionService;
  /** Who is signed in: a coordinator of the partner, or a participant of Bakkerij De Vries. */
  role?: 'coordinator' | 'participant';
  /** The signed-in user's name. */
  name?: string;
  /** Runs after TestBed is configured, before anything is injected. */
  setup?: () => void;
}

/**
 * For a step's page specs: the step's routes with a signed-in user, the HTTP
 * backend under test, the toasts shown, and helpers to act on the page. The
 * navigation to `url` has started; await `navigation` where the spec wants it
 * done (the page stays busy while its requests are open).
 */
export async function openProgrammePage(url: string, { routes, auth: authService, role = 'coordinator', name = 'Cor', setup }: PageHarnessOptions) {
  localStorage.clear();
  TestBed.configureTestingModule({
    providers: [provideZonelessChangeDetection(), provideHttpClient(), provideHttpClientTesting(), provideKoersI18n(), provideRouter(routes, withComponentInputBinding())],
  });
  setup?.();
  const auth = TestBed.inject(authService);
  auth.session.set({
    user: { id: 'u1', email: role === 'participant' ? 'deelnemer@bakkerij-devries.test' : 'coordinator@mvo-noord.test', name, locale: 'nl' },
    memberships: [{ id: 'm1', role, partner: { id: 'pa', name: 'MVO Alliantie Noord-Nederland' }, organisation: role === 'participant' ? { id: 'o-1', name: 'Bakkerij De Vries' } : null }],
    activeMembershipId: 'm1',
  } as never);
  auth.checked.set(true);
  const toasts: string[] = [];
  vi.spyOn(TestBed.inject(ToastService), 'show').mockImplementation((m: string) => void toasts.push(m));
  const http = TestBed.inject(HttpTestingController);
  const harness = await RouterTestingHarness.create();
  /** Lets a request leave without waiting for stability (the app is busy until it is answered). */
  const tick = () => new Promise((r) => setTimeout(r));
  const settle = async () => {
    await tick();
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
  const button = (label: string) => {
    const found = [...el.querySelectorAll<HTMLButtonElement>('button')].find((b) => text(b) === label);
    if (!found) throw new Error(`no button ${label}`);
    return found;
  };
  const type = async (selector: string, value: string) => {
    const field = el.querySelector(selector) as HTMLInputElement | HTMLTextAreaElement;
    field.value = value;
    field.dispatchEvent(new Event('input'));
    await settle();
  };
  const choose = async (selector: string, value: string) => {
    const select = el.querySelector(selector) as HTMLSelectElement;
    select.value = value;
    select.dispatchEvent(new Event('change'));
    await settle();
  };
  const click = async (selector: string) => {
    (el.querySelector(selector) as HTMLElement).click();
    await settle();
  };
  return { http, harness, navigation, el, tick, settle, requested, text, button, type, choose, click, toasts };
}

export type PageHarness = Awaited<ReturnType<typeof openProgrammePage>>;
