/**
 * Builds (when stale) and serves the shell and the three step apps, each on
 * its own port like separate deployments, with /api proxied to the API so the
 * session cookie stays first-party. The shell's federation manifest is written
 * at serve time with the real addresses, as a container would at start.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize } from 'node:path';
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

function distOf(app: WebApp) {
  return join(WORKSPACE_ROOT, 'dist', 'apps', app, 'browser');
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

export function buildWebApps(apps: readonly WebApp[], log: (l: string) => void): void {
  if (apps.length === 0) return;
  log(`Web-apps bouwen / building web apps: ${apps.join(', ')} (eenmalig, ~1-2 min / once, ~1-2 min)`);
  execFileSync(process.execPath, [require.resolve('nx/bin/nx', { paths: [WORKSPACE_ROOT] }), 'run-many', '-t', 'build', '-p', apps.join(','), '--parallel=1', '--outputStyle=static'], {
    cwd: WORKSPACE_ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

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

function serveApp(app: WebApp, port: number, apiUrl: string, manifest: Record<string, string>): Promise<Server> {
  const root = distOf(app);
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname.startsWith('/api/') || url.pathname === '/api') return proxy(req, res, apiUrl);
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

export async function startWeb(opts: WebOptions): Promise<{ urls: Record<WebApp, string>; stop(): Promise<void> }> {
  if (!opts.skipBuild) buildWebApps(staleApps(), opts.log);
  const ports = { ...DEFAULT_PORTS, ...opts.ports };
  const urls = Object.fromEntries(WEB_APPS.map((a) => [a, `http://localhost:${ports[a]}`])) as Record<WebApp, string>;
  const manifest = { koploper: `${urls.koploper}/remoteEntry.json`, masterclass: `${urls.masterclass}/remoteEntry.json`, chain: `${urls.chain}/remoteEntry.json` };
  const servers = await Promise.all(WEB_APPS.map((a) => serveApp(a, ports[a], opts.apiUrl, manifest)));
  return {
    urls,
    stop: () => Promise.all(servers.map((s) => new Promise<void>((r) => s.close(() => r())))).then(() => undefined),
  };
}
