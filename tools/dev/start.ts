/** `npm start`: the whole platform on one machine, with nothing installed but Node. */
import { DEMO_PASSWORD, DEMO_SIGN_INS } from './seed-demo';
import { startSystem } from './system';

async function main() {
  const log = (l: string) => console.log(l);
  const system = await startSystem({ log, verbose: process.env.VERBOSE === '1' });
  let web: { urls: Record<string, string>; stop(): Promise<void> } | null = null;
  try {
    // The web apps are optional for the server: a missing build tool must not stop the API.
    const { startWeb } = await import('./web');
    web = await startWeb({ apiUrl: system.apiUrl, log });
  } catch (e) {
    log(`Web-apps niet gestart / web apps not started: ${(e as Error).message}`);
  }
  log('');
  log('Koers draait / is running:');
  log(`  API          ${system.apiUrl}/api   (docs: ${system.apiUrl}/api/docs, health: ${system.apiUrl}/api/health)`);
  log(`  Wachtrijen   ${system.apiUrl}/api/admin/queues (beheerders / administrators)`);
  log(`  Database     ${system.postgresKind === 'embedded' ? 'ingebedde PostgreSQL / embedded PostgreSQL (var/postgres)' : 'DATABASE_URL'}`);
  log(`  Queue        ${system.redisUrl ? `Redis ${system.redisUrl}` : "BullMQ PostgreSQL-backend (geen Redis / no Redis)"}`);
  for (const [name, url] of Object.entries(web?.urls ?? {})) log(`  ${name.padEnd(12)} ${url}`);
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
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
