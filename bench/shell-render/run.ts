/**
 * Benchmark: the Koploper app's first render inside the shell (Native
 * Federation: the shell, its manifest, the remote's entry and first route)
 * against the same app standalone on its own port, in Chromium, in one run.
 * The whole system as the browser tests start it (apps/e2e: fresh database,
 * api, worker, the four web apps built when stale and served on free ports).
 * Signed in as the coordinator (the session cookie set in the browser context);
 * each load in a fresh context (empty cache), shell and standalone alternating.
 * First render: the moment the Koploper home's heading is in the document
 * (a MutationObserver, in the page's own clock from navigation start).
 * Prints the median of each and the ratio shell/standalone (goal <= 1.2).
 *   npm run bench:shell-render -- [loads=7]
 */
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../apps/e2e/src/browser';
import { startTestSystem, type TestSystem } from '../../apps/e2e/src/system';
import { DEMO_PASSWORD } from '../../tools/dev/seed-demo';

const LOADS = Number(process.argv[2] ?? 7);
const HEADING = 'Koplopertraject';
const log = (s: string) => process.stderr.write(s + '\n');

/** Records, in the page, when an h1 with the Koploper home's heading first appears. */
function watchHeading(text: string) {
  const w = window as unknown as { __firstRender?: number };
  const check = () => {
    if (w.__firstRender === undefined && Array.from(document.querySelectorAll('h1')).some((h) => h.textContent?.includes(text))) w.__firstRender = performance.now();
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true, characterData: true });
}

async function firstRender(browser: Browser, url: string, cookie: { name: string; value: string }): Promise<{ ms: number }> {
  const context = await browser.newContext({ locale: 'nl-NL' });
  try {
    const { hostname } = new URL(url);
    await context.addCookies([{ name: cookie.name, value: cookie.value, domain: hostname, path: '/' }]);
    await context.addInitScript(watchHeading, HEADING);
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'commit' });
    const handle = await page.waitForFunction(() => (window as unknown as { __firstRender?: number }).__firstRender, undefined, { timeout: 30_000 });
    return { ms: (await handle.jsonValue()) as number };
  } finally {
    await context.close();
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main() {
  let system: TestSystem | undefined;
  let browser: Browser | undefined;
  try {
    log('starting the system (builds stale web apps first)...');
    system = await startTestSystem();
    browser = await launchBrowser();
    const signIn = await fetch(`${system.urls.shell}/api/auth/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'coordinator@mvo-noord.test', password: DEMO_PASSWORD }) });
    if (signIn.status >= 300) throw new Error(`sign-in: ${signIn.status}`);
    const [name, value] = signIn.headers.getSetCookie()[0].split(';')[0].split('=');
    const cookie = { name, value };
    const targets = { shell: `${system.urls.shell}/koploper`, standalone: `${system.urls.koploper}/` };
    // One load of each first: the servers' and the browser's own first-time costs.
    for (const url of Object.values(targets)) await firstRender(browser, url, cookie);
    const times: Record<keyof typeof targets, number[]> = { shell: [], standalone: [] };
    for (let i = 0; i < LOADS; i++) {
      for (const k of Object.keys(targets) as (keyof typeof targets)[]) times[k].push((await firstRender(browser, targets[k], cookie)).ms);
    }
    const shell = median(times.shell);
    const standalone = median(times.standalone);
    console.log(`bench/shell-render  Koploper home, first render in Chromium (fresh context each load, median of ${LOADS})`);
    console.log(`  (a) standalone  ${targets.standalone.padEnd(32)} ${standalone.toFixed(0).padStart(5)} ms   (${times.standalone.map((t) => t.toFixed(0)).join(', ')})`);
    console.log(`  (b) in shell    ${targets.shell.padEnd(32)} ${shell.toFixed(0).padStart(5)} ms   (${times.shell.map((t) => t.toFixed(0)).join(', ')})`);
    console.log(`  ratio (b)/(a): ${(shell / standalone).toFixed(2)}   goal <= 1.20  ${shell / standalone <= 1.2 ? 'ok' : 'MISSED'}`);
  } finally {
    await browser?.close();
    await system?.stop();
  }
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
