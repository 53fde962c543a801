/**
 * The whole system for browser tests, in a child process: a fresh database,
 * api, worker and the four web apps on the ports given in KOERS_PORTS (JSON).
 * Prints `READY <json with urls>` once everything answers; SIGTERM stops it all.
 */
import { startSystem } from '../../../tools/dev/system';
import { buildWebApps, staleApps, startWeb } from '../../../tools/dev/web';

async function main() {
  const ports = JSON.parse(process.env.KOERS_PORTS ?? '{}') as { api?: number; shell?: number; koploper?: number; masterclass?: number; chain?: number };
  const log = (l: string) => process.stderr.write(`${l}\n`);
  // E2E_SKIP_BUILD=1: serve dist/ as it is (built already, while the sources keep changing).
  if (process.env.E2E_SKIP_BUILD !== '1') buildWebApps(staleApps(), log);
  const system = await startSystem({ port: ports.api ?? 3100, fresh: true, log });
  const web = await startWeb({ apiUrl: system.apiUrl, log, ports, skipBuild: true });
  // The database too: a walk may set up what only an installation's administrator does in SQL (the alliance's secretariat).
  process.stdout.write(`READY ${JSON.stringify({ api: system.apiUrl, ...web.urls, databaseUrl: system.databaseUrl })}\n`);
  const stop = async () => {
    await web.stop();
    await system.stop();
    process.exit(0);
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
