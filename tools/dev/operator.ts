/**
 * `npm run operator -- grant|revoke|list [e-mail]`: the platform's operator (queue dashboard, /api/metrics), a flag on
 * an account above every partner (app_user.operator). Only this CLI and the demo seed set it: the API cannot
 * (koers_tenant may not write the column). The account signs in as usual, so it needs a membership somewhere;
 * the flag gives it nothing of any partner's data.
 */
import { Client } from 'pg';
import { databaseExists, startEmbeddedPostgres } from './postgres';

async function main() {
  const [command, email] = process.argv.slice(2);
  if (!['grant', 'revoke', 'list'].includes(command ?? '') || (command !== 'list' && !email)) {
    console.error('Gebruik / usage: npm run operator -- grant|revoke <e-mail> | list');
    process.exit(2);
  }
  let url = process.env.DATABASE_URL;
  let stop = async () => undefined as void;
  if (!url) {
    const server = await startEmbeddedPostgres((l) => console.error(l));
    stop = server.stop;
    if (!(await databaseExists(server.adminUrl, 'koers'))) throw new Error('Geen database koers / no database koers: run npm start or npm run db:migrate first');
    const u = new URL(server.adminUrl);
    u.pathname = '/koers';
    url = u.toString();
  }
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    if (command === 'list') {
      const { rows } = await client.query('select email from app_user where operator order by email');
      console.log(rows.length ? rows.map((r) => r.email).join('\n') : 'Geen operator / no operator');
    } else {
      const { rowCount } = await client.query('update app_user set operator = $2 where email = $1', [email.trim().toLowerCase(), command === 'grant']);
      if (!rowCount) throw new Error(`Onbekend account / unknown account: ${email}`);
      await client.query(`insert into audit_log (partner_id, actor_user_id, action, entity, entity_id, changes) select null, null, $2, 'User', id::text, jsonb_build_object('operator', $3::boolean) from app_user where email = $1`, [
        email.trim().toLowerCase(),
        command === 'grant' ? 'grant-operator' : 'revoke-operator',
        command === 'grant',
      ]);
      console.log(`${email}: operator ${command === 'grant' ? 'aan / on' : 'uit / off'}`);
    }
  } finally {
    await client.end();
    await stop();
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
