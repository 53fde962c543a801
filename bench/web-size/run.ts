/**
 * Compressed (gzip) size of what a browser must load before the first screen:
 *  - shell: main, polyfills and the bootstrap chunk, with everything they import
 *    statically (chunks and the shared packages of the import map);
 *  - each step app: its exposed first route with what it imports, beyond the
 *    packages the shell already shares.
 * Fails (exit 1) over budget: shell 250 kB, a step app's first route 150 kB.
 *   npm run bench:web-size        (builds first when the apps are stale)
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildWebApps, staleApps, WEB_APPS, type WebApp } from '../../tools/dev/web';

const ROOT = join(__dirname, '..', '..');
const BUDGET_KB: Record<WebApp, number> = { shell: 250, koploper: 150, masterclass: 150, chain: 150 };

function dist(app: WebApp) {
  return join(ROOT, 'dist', 'apps', app, 'browser');
}

function importMap(app: WebApp): Record<string, string> {
  const file = join(dist(app), 'importmap.json');
  const map = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { imports?: Record<string, string> }) : {};
  return map.imports ?? {};
}

/** Files reached from `entries` by static imports (relative or through the import map). */
function closure(app: WebApp, entries: string[]): Set<string> {
  const map = importMap(app);
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file) || !existsSync(join(dist(app), file))) continue;
    seen.add(file);
    const code = readFileSync(join(dist(app), file), 'utf8');
    for (const m of code.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[\w*${}\s,]+?\s*from\s*)?["']([^"']+)["']/g)) {
      const spec = m[1];
      const target = spec.startsWith('./') ? spec.slice(2) : map[spec]?.replace(/^\.\//, '');
      if (target) queue.push(target);
    }
  }
  return seen;
}

function gzipKb(app: WebApp, files: Iterable<string>): number {
  let bytes = 0;
  for (const f of files) bytes += gzipSync(readFileSync(join(dist(app), f)), { level: 9 }).length;
  return bytes / 1024;
}

function find(app: WebApp, prefix: string): string[] {
  return readdirSync(dist(app)).filter((f) => f.startsWith(prefix) && f.endsWith('.js'));
}

function main() {
  buildWebApps(staleApps(), (l) => process.stderr.write(l + '\n'));
  const shellFiles = closure('shell', [...find('shell', 'main-'), ...find('shell', 'polyfills-'), ...bootstrapChunks('shell')]);
  const sharedByShell = new Set(Object.keys(importMap('shell')));
  const rows: { app: WebApp; kb: number; files: number }[] = [{ app: 'shell', kb: gzipKb('shell', shellFiles), files: shellFiles.size }];
  for (const app of WEB_APPS.filter((a) => a !== 'shell')) {
    const routes = find(app, 'routes-');
    // The shell already loaded the shared packages; count only what this step app adds.
    const map = importMap(app);
    const sharedFiles = new Set(Object.entries(map).filter(([k]) => sharedByShell.has(k) && !k.startsWith('@nf-internal')).map(([, v]) => v.replace(/^\.\//, '')));
    const files = [...closure(app, routes)].filter((f) => !sharedFiles.has(f));
    rows.push({ app, kb: gzipKb(app, files), files: files.length });
  }
  console.log('bench/web-size: compressed (gzip -9) JavaScript before the first screen');
  let over = false;
  for (const r of rows) {
    const budget = BUDGET_KB[r.app];
    const ok = r.kb <= budget;
    over ||= !ok;
    console.log(`  ${r.app.padEnd(12)} ${r.kb.toFixed(1).padStart(7)} kB  (${r.files} files)  budget ${budget} kB  ratio ${(r.kb / budget).toFixed(2)}  ${ok ? 'ok' : 'OVER BUDGET'}`);
  }
  process.exit(over ? 1 : 0);
}

/** The chunk main.ts imports dynamically after federation starts: needed for the first screen too. */
function bootstrapChunks(app: WebApp): string[] {
  const main = find(app, 'main-')[0];
  const code = readFileSync(join(dist(app), main), 'utf8');
  return [...code.matchAll(/import\(["']\.\/([^"']+)["']\)/g)].map((m) => m[1]);
}

main();
