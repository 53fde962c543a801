/**
 * Db.system inside a request's transaction (issue 14 item 10, docs/security.md
 * section 10): on the request's own connection, proved with a pool of one
 * connection, with row-level security out of the way only inside the block and
 * back afterwards, also when the block fails or tenant queries run alongside it.
 */
import { Db, dataSourceOptions, type TenantContext } from '@koers/server-db';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { cloneTestDatabase } from '../../../tools/testing/test-database';

let ds: DataSource;
let db: Db;
let tenant: TenantContext;
let allOrganisations: number;

const count = async (em: EntityManager, sql = 'select count(*)::int as n from organisation'): Promise<number> => (await em.query(sql))[0].n;
const who = async (em: EntityManager): Promise<{ user: string; partner: string; pid: number }> =>
  (await em.query(`select current_user as user, current_setting('app.partner_id', true) as partner, pg_backend_pid() as pid`))[0];

beforeAll(async () => {
  // One connection: any second one a transaction asks for would wait for itself and time out after 2 s.
  ds = new DataSource(dataSourceOptions(await cloneTestDatabase(), { extra: { max: 1, connectionTimeoutMillis: 2000 } }));
  await ds.initialize();
  db = new Db(ds);
  const [m] = await ds.query(`select m.id, m.user_id, m.partner_id from membership m join app_user u on u.id = m.user_id where u.email = 'beheer@mvo-noord.test'`);
  tenant = { partnerId: m.partner_id, userId: m.user_id, membershipId: m.id, role: 'administrator', organisationId: null };
  allOrganisations = await count(ds.manager);
});
afterAll(() => ds?.destroy());

describe('Db.system inside a tenant transaction', () => {
  it('runs on the transaction’s own connection, sees every partner’s rows, and leaves the tenant’s view as it was', async () => {
    await db.inTenant(tenant, async () => {
      const before = await who(db.em);
      const own = await count(db.em);
      expect(own).toBeLessThan(allOrganisations);
      const inside = await db.system(async (em) => ({ who: await who(em), n: await count(em) }));
      expect(inside.who.pid).toBe(before.pid);
      expect(inside.who.user).not.toBe('koers_tenant');
      expect(inside.n).toBe(allOrganisations);
      expect(await who(db.em)).toEqual(before);
      expect(before.user).toBe('koers_tenant');
      expect(await count(db.em)).toBe(own);
    });
  });

  it('puts the role and the tenant back when the block fails, and the request goes on', async () => {
    await db.inTenant(tenant, async () => {
      const before = await who(db.em);
      await expect(
        db.system(async (em) => {
          await em.query(`select set_config('app.partner_id', '', true)`);
          await em.query('select 1 / 0');
        }),
      ).rejects.toThrow(/division by zero/);
      await expect(db.system((em) => em.query(`select set_config('app.partner_id', $1, true)`, [randomUUID()]))).resolves.toBeDefined();
      expect(await who(db.em)).toEqual(before);
    });
  });

  it('holds back a tenant query sent while a block runs until the block is over, so it never runs privileged', async () => {
    await db.inTenant(tenant, async () => {
      let entered!: () => void;
      const inBlock = new Promise<void>((resolve) => (entered = resolve));
      const block = db.system(async (em) => {
        entered();
        await em.query('select pg_sleep(0.05)');
        return (await who(em)).user;
      });
      await Promise.race([inBlock, block]);
      // Sent while the block's role is the privileged one: it must wait for the block to end.
      const read = await who(db.em);
      expect(read).toEqual(expect.objectContaining({ user: 'koers_tenant', partner: tenant.partnerId }));
      expect(await block).not.toBe('koers_tenant');
    });
  });

  it('keeps tenant queries and blocks sent at once (Promise.all) apart', async () => {
    await db.inTenant(tenant, async () => {
      const own = await count(db.em);
      const tenantReads = Array.from({ length: 20 }, async () => ({ who: await who(db.em), n: await count(db.em) }));
      const blocks = Array.from({ length: 5 }, () =>
        db.system(async (em) => {
          await em.query('select pg_sleep(0.01)');
          return count(em);
        }),
      );
      const [reads, privileged] = await Promise.all([Promise.all(tenantReads), Promise.all(blocks)]);
      for (const r of reads) expect(r).toEqual({ who: expect.objectContaining({ user: 'koers_tenant', partner: tenant.partnerId }), n: own });
      expect(privileged).toEqual(Array(5).fill(allOrganisations));
    });
  });

  it('nests: a system block inside a system block, each failing on its own', async () => {
    await db.inTenant(tenant, async () => {
      const n = await db.system(async () => {
        await expect(db.system((em) => em.query('select 1 / 0'))).rejects.toThrow(/division by zero/);
        return db.system((inner) => count(inner));
      });
      expect(n).toBe(allOrganisations);
      expect((await who(db.em)).user).toBe('koers_tenant');
    });
  });

  it('commits its writes with the request and rolls them back with it', async () => {
    const kept = randomUUID();
    const dropped = randomUUID();
    const write = (id: string) => db.system((em) => em.query(`insert into diagnostic_ping (id, partner_id, requested_by) values ($1, $2, $3)`, [id, tenant.partnerId, tenant.userId]));
    await db.inTenant(tenant, () => write(kept));
    await expect(
      db.inTenant(tenant, async () => {
        await write(dropped);
        throw new Error('refused after the write');
      }),
    ).rejects.toThrow('refused after the write');
    const rows: { id: string }[] = await ds.query('select id from diagnostic_ping where id = any($1::uuid[])', [[kept, dropped]]);
    expect(rows.map((r) => r.id)).toEqual([kept]);
  });

  it('work a request started that goes on after its transaction ended gets a transaction of its own', async () => {
    let later: Promise<number> | undefined;
    await db.inTenant(tenant, async () => {
      later = new Promise((resolve) => setTimeout(resolve, 20)).then(() => db.system((em) => count(em)));
    });
    await expect(later).resolves.toBe(allOrganisations);
  });
});
