/**
 * Password reset in a real browser, from the sign-in page to signing in with
 * the new password: "Wachtwoord vergeten?", the request (the same answer for an
 * unknown address), the link read from the mail the API wrote, the page that
 * sets the new password, the old password refused, the new one accepted, and
 * the used link refused.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, launchBrowser, openPage } from './browser';
import { startTestSystem, type TestSystem } from './system';
import { DEMO_PASSWORD, MAIL_DIR, expectNoA11yViolations } from './walk';

const EMAIL = 'deelnemer@bakkerij-devries.test';
const NAME = 'Petra de Vries';
const NEW_PASSWORD = 'een-nieuw-wachtwoord-2026';
const REQUESTED = 'Als er een account met dit e-mailadres is, staat de link binnen enkele minuten in uw mailbox. Kijk ook bij ongewenste mail.';

let system: TestSystem;
let browser: Browser;

beforeAll(async () => {
  system = await startTestSystem();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await system?.stop();
});

/** The reset link (`/wachtwoord-herstellen?token=…`) of the newest mail to `email` written since `since` (the mail folder keeps older runs' mails). */
async function resetLink(email: string, since: number): Promise<string> {
  let link: string | null = null;
  const name = email.replace(/[^a-z0-9@.-]/gi, '_');
  await expect
    .poll(
      () => {
        const files = readdirSync(MAIL_DIR)
          .filter((f) => f.includes(name))
          .map((f) => ({ f, t: statSync(join(MAIL_DIR, f)).mtimeMs }))
          .filter((x) => x.t >= since - 1000)
          .sort((a, b) => b.t - a.t);
        for (const { f } of files) {
          // Quoted-printable: join soft line breaks, decode '='.
          const text = readFileSync(join(MAIL_DIR, f), 'utf8').replace(/=\r?\n/g, '').replace(/=3D/g, '=');
          link = /\/wachtwoord-herstellen\?token=[A-Za-z0-9_-]+/.exec(text)?.[0] ?? null;
          if (link) return link;
        }
        return null;
      },
      { timeout: 15_000 },
    )
    .not.toBeNull();
  return link!;
}

describe('password reset', () => {
  it('from "Wachtwoord vergeten?" through the mail to signing in with the new password', async () => {
    const { page } = await openPage(browser);
    const shell = system.urls.shell;

    // The sign-in page offers it, carrying the address typed.
    await page.goto(`${shell}/aanmelden`);
    await expect.poll(() => page.textContent('h1')).toBe('Aanmelden bij Koers');
    // Let the shell finish its start (the session check) first: a click during it was once lost under CI load.
    await page.waitForLoadState('networkidle');
    await page.fill('input#email', EMAIL);
    await page.click('a[data-testid=forgot-password]');
    // A navigation inside the app (the page is loaded lazily): poll the address rather than wait for a load event.
    await expect.poll(() => new URL(page.url()).pathname, { timeout: 15_000 }).toBe('/wachtwoord-vergeten');
    await expect.poll(() => page.textContent('h1')).toBe('Wachtwoord vergeten');
    expect(await page.inputValue('input#reset-email')).toBe(EMAIL);
    await expectNoA11yViolations(page);

    // An unknown address gets the very same answer.
    await page.fill('input#reset-email', 'niemand@voorbeeld.test');
    await page.click('button[type=submit]');
    await expect.poll(() => page.textContent('[data-testid=reset-requested]').catch(() => null)).toBe(REQUESTED);

    const since = Date.now();
    await page.goto(`${shell}/wachtwoord-vergeten?email=${encodeURIComponent(EMAIL)}`);
    await page.click('button[type=submit]');
    await expect.poll(() => page.textContent('[data-testid=reset-requested]').catch(() => null)).toBe(REQUESTED);
    await page.screenshot({ path: `${ARTIFACTS}/password-reset-requested.png`, fullPage: true });

    // The link in the mail lands on the page that sets the new password.
    const link = await resetLink(EMAIL, since);
    await page.goto(`${shell}${link}`);
    await expect.poll(() => page.textContent('h1')).toBe('Nieuw wachtwoord instellen');
    await expectNoA11yViolations(page);
    await page.fill('input#new-password', 'te-kort');
    await page.fill('input#repeat-password', 'te-kort');
    await page.click('button[type=submit]');
    await expect.poll(() => page.textContent('#new-password-error').catch(() => null)).toBe('Kies een wachtwoord van minstens 12 tekens.');
    await page.fill('input#new-password', NEW_PASSWORD);
    await page.fill('input#repeat-password', NEW_PASSWORD);
    await page.click('button[type=submit]');
    await expect.poll(() => { const u = new URL(page.url()); return u.pathname + u.search; }, { timeout: 15_000 }).toBe('/aanmelden?wachtwoord=nieuw');
    await expect.poll(() => page.textContent('[data-testid=password-changed]').catch(() => null)).toBe('Uw nieuwe wachtwoord is opgeslagen. Meld u nu aan met het nieuwe wachtwoord.');

    // The old password no longer works; the new one does.
    await page.fill('input#email', EMAIL);
    await page.fill('input#password', DEMO_PASSWORD);
    await page.click('button[type=submit]');
    await expect.poll(() => page.textContent('.koers-form-error').catch(() => null)).toBe('Onjuist e-mailadres of wachtwoord.');
    await page.fill('input#password', NEW_PASSWORD);
    await page.click('button[type=submit]');
    await page.waitForURL((u) => !u.pathname.startsWith('/aanmelden'));
    await expect.poll(() => page.textContent('h1')).toBe(`Welkom, ${NAME}`);

    // The link is used up.
    const other = await openPage(browser);
    await other.page.goto(`${shell}${link}`);
    await other.page.fill('input#new-password', 'nog-een-ander-wachtwoord');
    await other.page.fill('input#repeat-password', 'nog-een-ander-wachtwoord');
    await other.page.click('button[type=submit]');
    await expect
      .poll(() => other.page.textContent('[data-testid=reset-token-invalid]').catch(() => null))
      .toBe('Deze link is onbekend, al gebruikt of verlopen. Vraag een nieuwe link aan.');
    await other.page.context().close();
    await page.context().close();
  });
});
