/**
 * The web apps' own security headers (docs/security.md, "The web apps' own
 * headers"): every answer of the shell and the step apps carries the strict
 * content security policy of tools/web/security-headers.ts (the same lines
 * nginx sends in the web image), frame-ancestors 'none', nosniff and the
 * referrer policy; the built pages hold no inline script or event handler;
 * and in Chromium the shell with every step app inside it, and each step app
 * on its own, still render with no CSP violation and their style sheets applied.
 */
import type { Page } from 'playwright-core';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { ARTIFACTS, launchBrowser, openPage, type WatchedPage } from './browser';
import { startTestSystem, type TestSystem } from './system';
import { DEMO_PASSWORD } from './walk';

const APPS = ['shell', 'koploper', 'masterclass', 'chain'] as const;
const STEP_PATHS = { koploper: '/koploper', masterclass: '/masterclass', chain: '/keten' } as const;
const STEP_TITLES = { koploper: 'Koplopertraject', masterclass: 'CE-masterclasses', chain: 'Ketenprojecten' } as const;
const ADMIN = 'beheer@mvo-noord.test';

let system: TestSystem;
let browser: Browser;
let stepOrigins: string[];

// tools/web/security-headers.ts, the source of both the development server's and nginx's headers, through its command line.
const ROOT = join(__dirname, '..', '..', '..');
const headersTool = (...args: string[]) => execFileSync(process.execPath, [join(ROOT, 'tools/dev/register.cjs'), 'tools/web/security-headers.ts', ...args], { cwd: ROOT }).toString();
const webSecurityHeaders = (origins: string[]): Record<string, string> => JSON.parse(headersTool('json', ...origins));
const nginxHeaders = () => headersTool('nginx');

beforeAll(async () => {
  system = await startTestSystem();
  browser = await launchBrowser();
  stepOrigins = [system.urls.koploper, system.urls.masterclass, system.urls.chain].map((u) => new URL(u).origin);
});

afterAll(async () => {
  await browser?.close();
  await system?.stop();
});

/** A page that records every CSP violation the browser reports (the event, and the console line). */
async function watchedPage(): Promise<WatchedPage & { violations: () => Promise<string[]> }> {
  const w = await openPage(browser);
  await w.page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const consoleLines: string[] = [];
  w.page.on('console', (m) => {
    if (m.text().includes('Content Security Policy')) consoleLines.push(m.text());
  });
  return { ...w, violations: async () => [...consoleLines, ...(await w.page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []))] };
}

/** Every style sheet linked from the page is loaded and applies to the screen (not left at media=print). */
async function styleSheetsApplied(page: Page) {
  return page.$$eval('link[rel=stylesheet]', (links) =>
    links.map((l) => ({ href: (l as HTMLLinkElement).getAttribute('href'), media: (l as HTMLLinkElement).media || 'all', loaded: ((l as HTMLLinkElement).sheet?.cssRules.length ?? 0) > 0 })),
  );
}

async function signIn(page: Page, base: string) {
  await page.goto(`${base}/aanmelden`);
  await page.fill('input#email', ADMIN);
  await page.fill('input#password', DEMO_PASSWORD);
  await page.click('button[type=submit]');
  await page.waitForURL((u) => !u.pathname.startsWith('/aanmelden'));
}

describe('headers', () => {
  for (const app of APPS) {
    it(`${app}: the page, a route, a module and a missing file carry the policy and the other headers`, async () => {
      const expected = webSecurityHeaders(stepOrigins);
      const index = await fetch(`${system.urls[app]}/`);
      const html = await index.text();
      const module = /src="([^"]+\.js)"/.exec(html)?.[1];
      expect(module).toBeTruthy();
      for (const path of ['/', '/een/route', `/${module}`, '/bestaat-niet.js']) {
        const res = path === '/' ? index : await fetch(`${system.urls[app]}${path}`);
        const got = Object.fromEntries(Object.keys(expected).map((h) => [h, res.headers.get(h)]));
        expect({ path, got }).toEqual({ path, got: expected });
      }
      const csp = index.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("object-src 'none'");
      // Scripts: own origin, the step apps, blob: for es-module-shims; never inline or eval.
      expect((/script-src ([^;]+)/.exec(csp)?.[1] ?? '').split(' ').sort()).toEqual(["'self'", 'blob:', ...stepOrigins].sort());
      // The built page has no script the browser would run inline, and no event-handler attribute.
      const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter(([, attrs, body]) => !/\bsrc=/.test(attrs) && body.trim() && !/type="(esms-options|importmap-shim|importmap)"/.test(attrs));
      expect(inline).toEqual([]);
      expect(html.match(/\son[a-z]+=/gi) ?? []).toEqual([]);
    });
  }

  it('the API answers through a web app keep the API’s own headers', async () => {
    const res = await fetch(`${system.urls.shell}/api/health`);
    expect(res.headers.get('content-security-policy')).not.toBe(webSecurityHeaders(stepOrigins)['content-security-policy']);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it("nginx's lines are the same headers, with the step apps' origins filled in at container start", () => {
    const lines = nginxHeaders()
      .replace(/\$\{STEP_KOPLOPER_URL\}/g, stepOrigins[0])
      .replace(/\$\{STEP_MASTERCLASS_URL\}/g, stepOrigins[1])
      .replace(/\$\{STEP_CHAIN_URL\}/g, stepOrigins[2]);
    const parsed = Object.fromEntries([...lines.matchAll(/^add_header (\S+) "([^"]*)" always;$/gm)].map((m) => [m[1], m[2]]));
    expect(parsed).toEqual(webSecurityHeaders(stepOrigins));
  });
});

describe('pages render under the policy', () => {
  it('the shell signs in and shows every step app inside it with no CSP violation', async () => {
    const w = await watchedPage();
    const { page } = w;
    await signIn(page, system.urls.shell);
    await expect.poll(() => page.textContent('h1')).toBe('Welkom, Anna Beheer');
    for (const step of ['koploper', 'masterclass', 'chain'] as const) {
      await page.click(`nav a[href="${STEP_PATHS[step]}"]`);
      await expect.poll(() => page.textContent('main h1').catch(() => null)).toBe(STEP_TITLES[step]);
      await page.waitForSelector('koers-empty-state, koers-data-table, table.koers-table');
      await page.screenshot({ path: `${ARTIFACTS}/csp-shell-${step}.png`, fullPage: true });
    }
    const sheets = await styleSheetsApplied(page);
    expect(sheets.length).toBeGreaterThan(0);
    expect(sheets.filter((s) => s.media !== 'all' || !s.loaded)).toEqual([]);
    expect(await w.violations()).toEqual([]);
    expect(w.errors).toEqual([]);
    await page.context().close();
  });

  for (const step of ['koploper', 'masterclass', 'chain'] as const) {
    it(`${step} on its own signs in and renders with no CSP violation`, async () => {
      const w = await watchedPage();
      const { page } = w;
      await signIn(page, system.urls[step]);
      await expect.poll(() => page.textContent('main h1').catch(() => null)).toBe(STEP_TITLES[step]);
      const sheets = await styleSheetsApplied(page);
      expect(sheets.filter((s) => s.media !== 'all' || !s.loaded)).toEqual([]);
      await page.screenshot({ path: `${ARTIFACTS}/csp-standalone-${step}.png`, fullPage: true });
      expect(await w.violations()).toEqual([]);
      expect(w.errors).toEqual([]);
      await page.context().close();
    });
  }
});
