/** `npm start`: the whole platform on one machine, with nothing installed but Node. */
import { DEMO_PASSWORD, DEMO_SIGN_INS } from './seed-demo';
import { startSystem } from './system';
import type { RunningWeb } from './web';

async function main() {
  const log = (l: string) => console.log(l);
  const apiUrl = `http://localhost:${Number(process.env.PORT ?? 3000)}`;
  // The web apps first: a stale build runs in the background while PostgreSQL,
  // migrations, api and worker start, and every web port answers a waiting page
  // meanwhile. They are optional for the server: a missing build tool must not stop the API.
  // KOERS_WEB=off: the server side only (a test of `npm start` itself, or a developer working on the API).
  let web: RunningWeb | null = null;
  if (process.env.KOERS_WEB !== 'off') {
    try {
      const { startWeb } = await import('./web');
      web = await startWeb({ apiUrl, log });
    } catch (e) {
      log(`Web-apps niet gestart / web apps not started: ${(e as Error).message}`);
    }
  }
  let system: Awaited<ReturnType<typeof startSystem>>;
  try {
    system = await startSystem({ log, verbose: process.env.VERBOSE === '1' });
  } catch (e) {
    await web?.stop();
    throw e;
  }
  // As soon as the API answers: the addresses and sign-ins, whether or not the web build is done.
  log('');
  log('Koers draait / is running:');
  log(`  API          ${system.apiUrl}/api   (docs: ${system.apiUrl}/api/docs, health: ${system.apiUrl}/api/health)`);
  log(`  Wachtrijen   ${system.apiUrl}/api/admin/queues (platformbeheerder / operator: operator@koers.test)`);
  log(`  Database     ${system.postgresKind === 'embedded' ? `ingebedde PostgreSQL / embedded PostgreSQL (${process.env.EMBEDDED_PG_DIR ?? 'var/postgres'})` : 'DATABASE_URL'}`);
  log(`  Queue        ${system.redisUrl ? `Redis ${system.redisUrl}` : "BullMQ PostgreSQL-backend (geen Redis / no Redis)"}`);
  for (const [name, url] of Object.entries(web?.urls ?? {})) log(`  ${name.padEnd(12)} ${url}`);
  if (web?.building) log('  (de web-apps worden nog gebouwd; tot dan tonen ze een wachtpagina / the web apps are still being built; until then they show a waiting page)');
  log('');
  log(`Demo-aanmeldingen / demo sign-ins (wachtwoord / password: ${DEMO_PASSWORD}):`);
  for (const s of DEMO_SIGN_INS) log(`  ${s.email.padEnd(40)} ${s.roles}`);
  log('');
  log('Stoppen / stop: Ctrl+C');

  let stopping = false;
  const shutdown = async () => {
    if (stopping) return;
    stopping = true;
    log('Stoppen... / stopping...');
    await web?.stop();
    await system.stop();
    process.exit(0);
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);

  if (web?.building) {
    await web.ready.then(
      () => log(`Web-apps gebouwd / web apps built: ${web?.urls.shell}`),
      (e: Error) => log(`Web-apps niet gebouwd / web apps not built: ${e.message}`),
    );
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
