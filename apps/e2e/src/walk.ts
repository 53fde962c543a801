/** What the browser walks of every step share: signing in as a demo user, the mailed invitation link, page checks. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import { axeViolations, openPage, type WatchedPage } from './browser';

export const DEMO_PASSWORD = 'koers-demo-2026';
/** The development mail folder the API writes to. */
export const MAIL_DIR = join(__dirname, '..', '..', '..', 'var', 'mail');

/** A call of the API as a signed-in client: throws on an answer of 300 or more; `raw` answers the status too. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the walks read answers loosely, as a client would
export type ApiCall = ((method: string, path: string, body?: unknown) => Promise<any>) & { raw: (method: string, path: string, body?: unknown) => Promise<{ status: number; body: any }> };

/** The API as a client of it: sign in as a demo user, then call with the session cookie. */
export async function apiAs(apiUrl: string, email: string): Promise<ApiCall> {
  const signedIn = await fetch(`${apiUrl}/api/auth/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: DEMO_PASSWORD }) });
  const cookie = (signedIn.headers.get('set-cookie') ?? '').split(';')[0];
  const raw = async (method: string, path: string, body?: unknown) => {
    const res = await fetch(`${apiUrl}${path}`, { method, headers: { cookie, ...(body === undefined ? {} : { 'content-type': 'application/json' }) }, body: body === undefined ? undefined : JSON.stringify(body) });
    return { status: res.status, body: res.status === 204 ? null : await res.json() };
  };
  const call = async (method: string, path: string, body?: unknown) => {
    const res = await raw(method, path, body);
    if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };
  return Object.assign(call, { raw });
}

export async function signIn(browser: Browser, base: string, email: string): Promise<WatchedPage> {
  const w = await openPage(browser);
  await w.page.goto(`${base}/aanmelden`);
  await w.page.fill('input#email', email);
  await w.page.fill('input#password', DEMO_PASSWORD);
  await w.page.click('button[type=submit]');
  await w.page.waitForURL((u) => !u.pathname.startsWith('/aanmelden'));
  return w;
}

/** The invitation link (`/<stepPath>/uitnodiging/<token>`) from the mail the API wrote to `email`. */
export async function invitationLink(email: string, stepPath: string): Promise<string> {
  let link: string | null = null;
  const pattern = new RegExp(`/${stepPath}/uitnodiging/[A-Za-z0-9_-]+`);
  await expect
    .poll(
      () => {
        const file = readdirSync(MAIL_DIR).find((f) => f.includes(email.replace(/[^a-z0-9@.-]/gi, '_')));
        if (!file) return null;
        // Quoted-printable: join soft line breaks, decode '='.
        const text = readFileSync(join(MAIL_DIR, file), 'utf8').replace(/=\r?\n/g, '').replace(/=3D/g, '=');
        link = pattern.exec(text)?.[0] ?? null;
        return link;
      },
      { timeout: 10_000 },
    )
    .not.toBeNull();
  return link!;
}

export const text = (page: Page, selector: string) => page.locator(selector).first().innerText();

export async function expectNoA11yViolations(page: Page) {
  expect(await axeViolations(page)).toEqual([]);
}
