import type { EntityManager, QueryRunner } from 'typeorm';
import { requestScope, type TenantContext } from './request-scope';

/**
 * One request's database connection (its transaction), shared by the tenant
 * work and the privileged work the request needs, so a request never asks the
 * pool for a second connection while it holds one (docs/security.md section 10:
 * at a concurrency near the pool size every request would wait for the others
 * until the pool times out).
 *
 * Privileged work (`Db.system` inside a request) runs in a savepoint with the
 * tenant role dropped (`role` back to the session user, who bypasses row-level
 * security) and is put back afterwards: role `koers_tenant` and the tenant's
 * settings, also when it fails (rolling back to the savepoint undoes the
 * switch). While such a block runs, no other query of the request may reach
 * the connection, or a tenant query started in parallel (Promise.all) would run
 * with the privileged role: every query of the transaction passes `admit`,
 * which holds back queries from outside the block until it is over, and a block
 * starts only once the queries already sent have answered.
 */
export class RequestConnection {
  /** The privileged block running now, by the token its async context carries. */
  private block: symbol | null = null;
  private blockDone: Promise<void> = Promise.resolve();
  /** Queries sent outside any block and not answered yet. */
  private readonly inFlight = new Set<Promise<unknown>>();

  constructor(
    readonly em: EntityManager,
    /** The tenant the transaction runs as, or null for a system transaction (nothing to switch). */
    readonly tenant: TenantContext | null,
  ) {
    const runner = em.queryRunner as QueryRunner;
    const send = runner.query.bind(runner) as (...args: unknown[]) => Promise<unknown>;
    const admitted = (...args: unknown[]): Promise<unknown> => {
      if (this.block && requestScope.getStore()?.block !== this.block) return this.blockDone.then(() => admitted(...args));
      const answer = send(...args);
      if (!this.block) {
        this.inFlight.add(answer);
        const done = () => void this.inFlight.delete(answer);
        answer.then(done, done);
      }
      return answer;
    };
    runner.query = admitted as QueryRunner['query'];
  }

  /** Whether the transaction still runs (work a request started may go on after its answer). */
  get open(): boolean {
    const runner = this.em.queryRunner;
    return !!runner && !runner.isReleased && runner.isTransactionActive;
  }

  /** Runs `fn` on this connection with row-level security out of the way (see the class). */
  async privileged<T>(fn: (em: EntityManager) => Promise<T>, actorUserId: string | null): Promise<T> {
    const outer = requestScope.getStore();
    const requestId = outer?.requestId ?? null;
    if (this.block && outer?.block === this.block) {
      // Nested in a block: already privileged; a savepoint of its own so its failure stays its own.
      return requestScope.run({ ...outer, actorUserId }, () => this.em.transaction((em) => fn(em)));
    }
    while (this.block) await this.blockDone;
    const token = Symbol('privileged');
    let finish!: () => void;
    this.block = token;
    this.blockDone = new Promise<void>((resolve) => (finish = resolve));
    try {
      await Promise.allSettled([...this.inFlight]);
      return await requestScope.run({ tenant: null, em: this.em, actorUserId, requestId, connection: this, block: token }, () =>
        this.em.transaction(async (em) => {
          if (this.tenant) await em.query(`select set_config('role', 'none', true)`);
          const result = await fn(em);
          if (this.tenant) await restoreTenant(em, this.tenant);
          return result;
        }),
      );
    } finally {
      this.block = null;
      finish();
    }
  }
}

/** The settings Db.inTenant starts a tenant transaction with. */
export async function restoreTenant(em: EntityManager, tenant: TenantContext): Promise<void> {
  await em.query(`select set_config('app.partner_id', $1, true), set_config('app.user_id', $2, true), set_config('app.organisation_id', $3, true), set_config('role', 'koers_tenant', true)`, [
    tenant.partnerId,
    tenant.userId,
    tenant.organisationId ?? '',
  ]);
}
