/**
 * Builds (when stale) and serves the shell and the three step apps, each on
 * its own port like separate deployments, with /api proxied to the API so the
 * session cookie stays first-party. The shell's federation manifest is written
 * at serve time with the real addresses, as a container would at start.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { webSecurityHeaders } from '../web/security-headers';
import { WORKSPACE_ROOT } from './postgres';

export const WEB_APPS = ['shell', 'koploper', 'masterclass', 'chain'] as const;
export type WebApp = (typeof WEB_APPS)[number];
const DEFAULT_PORTS: Record<WebApp, number> = { shell: 4200, koploper: 4201, masterclass: 4202, chain: 4203 };

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const p = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

/** WEB_DIST_DIR: serve the builds from another folder than dist/apps (a copy, while the sources keep being rebuilt). */
function distOf(app: WebApp) {
  return join(process.env.WEB_DIST_DIR ?? join(WORKSPACE_ROOT, 'dist', 'apps'), app, 'browser');
}

/** Apps whose build is missing or older than their sources (or the shared web libs). */
export function staleApps(): WebApp[] {
  const shared = Math.max(newestMtime(join(WORKSPACE_ROOT, 'libs', 'web')), newestMtime(join(WORKSPACE_ROOT, 'tools', 'web')));
  return WEB_APPS.filter((app) => {
    const marker = join(distOf(app), 'remoteEntry.json');
    if (!existsSync(marker)) return true;
    return Math.max(shared, newestMtime(join(WORKSPACE_ROOT, 'apps', app))) > statSync(marker).mtimeMs;
  });
}

function nxBuildArgs(apps: readonly WebApp[]): string[] {
  return [require.resolve('nx/bin/nx', { paths: [WORKSPACE_ROOT] }), 'run-many', '-t', 'build', '-p', apps.join(','), '--parallel=1', '--outputStyle=static'];
}

export function buildWebApps(apps: readonly WebApp[], log: (l: string) => void): void {
  if (apps.length === 0) return;
  log(`Web-apps bouwen / building web apps: ${apps.join(', ')} (eenmalig, ~1-2 min / once, ~1-2 min)`);
  execFileSync(process.execPath, nxBuildArgs(apps), { cwd: WORKSPACE_ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
}

/** The same build in a child process, so servers in this process keep answering meanwhile. */
export function buildWebAppsInBackground(apps: readonly WebApp[], log: (l: string) => void): Promise<void> {
  if (apps.length === 0) return Promise.resolve();
  log(`Web-apps bouwen / building web apps: ${apps.join(', ')} (eenmalig, ~1-2 min / once, ~1-2 min)`);
  const child = spawn(process.execPath, nxBuildArgs(apps), { cwd: WORKSPACE_ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`web build failed (exit code ${code})`))));
  });
}

/** What every web port answers while the apps are being built: a page that says so and looks again every few seconds. */
const BUILDING_PAGE = `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><meta http-equiv="refresh" content="5"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Koers wordt gebouwd / Koers is being built</title>
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;line-height:1.5;color:#1b1b1b}</style></head>
<body><main><h1>Koers wordt gebouwd</h1><p>De web-apps worden voor het eerst gebouwd (ongeveer twee minuten). Deze pagina ververst zichzelf; de API draait al.</p>
<h2 lang="en">Koers is being built</h2><p lang="en">The web apps are being built for the first time (about two minutes). This page reloads itself; the API is already running.</p></main></body></html>
`;

function proxy(req: IncomingMessage, res: ServerResponse, apiUrl: string) {
  const target = new URL(req.url ?? '/', apiUrl);
  const upstream = request(target, { method: req.method, headers: { ...req.headers, host: target.host } }, (up) => {
    res.writeHead(up.statusCode ?? 502, up.headers);
    up.pipe(res);
  });
  upstream.on('error', () => {
    res.writeHead(502, { 'content-type': 'application/problem+json' });
    res.end(JSON.stringify({ type: 'about:blank', title: 'API niet bereikbaar / API unreachable', status: 502 }));
  });
  req.pipe(upstream);
}

function serveApp(app: WebApp, port: number, apiUrl: string, manifest: Record<string, string>, state: { building: boolean }, headers: Record<string, string>): Promise<Server> {
  const root = distOf(app);
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname.startsWith('/api/') || url.pathname === '/api') return proxy(req, res, apiUrl);
    // The same security headers as nginx in the web image (tools/web/security-headers.ts); /api answers keep the API's own.
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    if (state.building) {
      res.writeHead(503, { 'content-type': TYPES['.html'], 'cache-control': 'no-store', 'retry-after': '5' });
      return res.end(BUILDING_PAGE);
    }
    // Step apps are loaded cross-origin by the shell.
    res.setHeader('access-control-allow-origin', '*');
    if (app === 'shell' && url.pathname === '/federation.manifest.json') {
      res.writeHead(200, { 'content-type': TYPES['.json'], 'cache-control': 'no-cache' });
      return res.end(JSON.stringify(manifest));
    }
    const file = normalize(join(root, decodeURIComponent(url.pathname)));
    const inside = file.startsWith(root);
    const isFile = inside && existsSync(file) && statSync(file).isFile();
    // SPA fallback: unknown paths without an extension get index.html.
    const path = isFile ? file : extname(url.pathname) ? null : join(root, 'index.html');
    if (!path) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      return res.end('Niet gevonden / not found');
    }
    const hashed = /[.-][A-Za-z0-9_]{8,}\.(js|css)$/.test(path);
    res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', 'cache-control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache' });
    res.end(readFileSync(path));
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

export interface WebOptions {
  apiUrl: string;
  log: (line: string) => void;
  ports?: Partial<Record<WebApp, number>>;
  /** Serve without rebuilding (tests that built already). */
  skipBuild?: boolean;
}

export interface RunningWeb {
  urls: Record<WebApp, string>;
  /** Whether stale apps are being built now (the ports answer a waiting page meanwhile). */
  building: boolean;
  /** Settles when the apps are built and served (at once when nothing was stale). */
  ready: Promise<void>;
  stop(): Promise<void>;
}

/**
 * Listens on every web port at once; stale apps are built in the background
 * while each port answers a waiting page (and /api already goes to the API).
 */
export async function startWeb(opts: WebOptions): Promise<RunningWeb> {
  const stale = opts.skipBuild ? [] : staleApps();
  const state = { building: stale.length > 0 };
  const ports = { ...DEFAULT_PORTS, ...opts.ports };
  const urls = Object.fromEntries(WEB_APPS.map((a) => [a, `http://localhost:${ports[a]}`])) as Record<WebApp, string>;
  const manifest = { koploper: `${urls.koploper}/remoteEntry.json`, masterclass: `${urls.masterclass}/remoteEntry.json`, chain: `${urls.chain}/remoteEntry.json` };
  const headers = webSecurityHeaders(Object.values(manifest).map((u) => new URL(u).origin));
  const servers = await Promise.all(WEB_APPS.map((a) => serveApp(a, ports[a], opts.apiUrl, manifest, state, headers)));
  const stop = () => Promise.all(servers.map((s) => new Promise<void>((r) => s.close(() => r())))).then(() => undefined);
  const ready = buildWebAppsInBackground(stale, opts.log).then(() => {
    state.building = false;
  });
  // A failed build leaves the waiting page up; the caller reports it through `ready`.
  ready.catch(() => undefined);
  return { urls, building: state.building, ready, stop };
}
