/** `npm run db:migrate`: applies pending migrations to DATABASE_URL (or the embedded dev database). */
import { runMigrations } from '@koers/server-db';
import { createDatabase, databaseExists, startEmbeddedPostgres } from './postgres';

async function main() {
  let url = process.env.DATABASE_URL;
  let stop = async () => undefined as void;
  if (!url) {
    const server = await startEmbeddedPostgres((l) => console.error(l));
    stop = server.stop;
    const u = new URL(server.adminUrl);
    u.pathname = '/koers';
    url = (await databaseExists(server.adminUrl, 'koers')) ? u.toString() : await createDatabase(server.adminUrl, 'koers');
  }
  const ran = await runMigrations(url, (l) => console.log(l));
  console.log(ran.length ? `${ran.length} migratie(s) uitgevoerd / migration(s) applied` : 'Database is bij / up to date');
  await stop();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
