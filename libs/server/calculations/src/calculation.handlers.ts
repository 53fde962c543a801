import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@koers/server-config';
import { CalculationBulk, CalculatorRelease, Db } from '@koers/server-db';
import { JobHandler, JobQueue, type JobOf } from '@koers/server-queue';
import { CALCULATOR_CATALOGUE, type CalculatorCatalogue } from './catalogue';
import { ComputePool } from './compute-pool';
import { batchJobId } from './job-ids';

interface PendingRow {
  id: string;
  plugin_id: string;
  plugin_version: string;
  input: unknown;
  same_input: boolean;
}

const PLAN_PAGE = 5000;

@Injectable()
export class CalculationHandlers implements OnApplicationBootstrap {
  private readonly logger = new Logger('calculations');

  constructor(
    private readonly db: Db,
    private readonly jobs: JobQueue,
    private readonly pool: ComputePool,
    @Inject(CALCULATOR_CATALOGUE) private readonly catalogue: CalculatorCatalogue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Computes a batch of results; rows already succeeded are skipped, so a retried or duplicated job writes each result once. */
  @JobHandler('calculation.run')
  async run(job: JobOf<'calculation.run'>) {
    // The api enqueues inside its transaction (so a dead queue rolls the request back);
    // if we are faster than its commit, the rows are not visible yet: retry with backoff.
    const [{ visible }] = await this.db.dataSource.query('select count(*)::int as visible from calculation_result where id = any($1::uuid[])', [job.data.resultIds]);
    if (visible < job.data.resultIds.length) throw new Error(`${job.data.resultIds.length - visible} result(s) not (yet) visible`);
    const rows: PendingRow[] = await this.db.dataSource.query(
      `select r.id, r.plugin_id, r.plugin_version, i.input, (i.input_hash = r.input_hash) as same_input
         from calculation_result r join calculation_input i on i.id = r.input_id
        where r.id = any($1::uuid[]) and r.status <> 'succeeded'`,
      [job.data.resultIds],
    );
    if (rows.length === 0) return { computed: 0 };
    const lastAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
    const groups = new Map<string, PendingRow[]>();
    const superseded: string[] = [];
    for (const r of rows) {
      if (!r.same_input) {
        superseded.push(r.id);
        continue;
      }
      const key = `${r.plugin_id}@${r.plugin_version}`;
      groups.set(key, [...(groups.get(key) ?? []), r]);
    }
    const ok: { id: string; output: unknown; ref: string | null }[] = [];
    const failed: { id: string; error: string }[] = superseded.map((id) => ({ id, error: 'invoer is intussen gewijzigd / input changed since; see the newer result' }));
    for (const group of groups.values()) {
      const outcomes = await this.pool.run({ pluginId: group[0].plugin_id, pluginVersion: group[0].plugin_version, items: group.map((r) => ({ id: r.id, input: r.input })) });
      for (const o of outcomes) {
        if (o.result.status === 'ok') ok.push({ id: o.id, output: o.result.output, ref: o.referenceIds.join(',') || null });
        else failed.push({ id: o.id, error: o.result.status === 'failed' ? o.result.error : `${o.result.status}: ${o.result.issues.map((i) => `${i.path} ${i.message}`).join('; ')}` });
      }
    }
    await this.db.dataSource.transaction(async (em) => {
      if (ok.length) {
        await em.query(
          `update calculation_result r set status = 'succeeded', output = v.output, reference_set = v.ref, error = null,
                  attempts = r.attempts + 1, computed_at = now()
             from unnest($1::uuid[], $2::jsonb[], $3::text[]) as v(id, output, ref)
            where r.id = v.id and r.status <> 'succeeded'`,
          [ok.map((o) => o.id), ok.map((o) => JSON.stringify(o.output)), ok.map((o) => o.ref)],
        );
      }
      if (failed.length) {
        // Before the last attempt only count it; the error becomes the result once retries are used up.
        await em.query(
          `update calculation_result r set attempts = r.attempts + 1,
                  status = case when $3 then 'failed' else r.status end,
                  error = v.error, computed_at = case when $3 then now() else r.computed_at end
             from unnest($1::uuid[], $2::text[]) as v(id, error)
            where r.id = v.id and r.status <> 'succeeded'`,
          [failed.map((f) => f.id), failed.map((f) => f.error), lastAttempt],
        );
      }
    });
    if (failed.length && !lastAttempt) {
      throw new Error(`${failed.length} berekening(en) mislukt, nieuwe poging volgt / calculation(s) failed, will retry: ${failed[0].error}`);
    }
    return { computed: ok.length, failed: failed.length };
  }

  /**
   * Plans a bulk recompute: pages through the inputs (keyset, PLAN_PAGE per
   * query), creates pending results with one multi-row insert per page and
   * enqueues them in batches with addBulk. Safe to run twice.
   */
  @JobHandler('calculation.plan-recompute')
  async plan(job: JobOf<'calculation.plan-recompute'>) {
    const bulk = await this.db.dataSource.getRepository(CalculationBulk).findOneByOrFail({ id: job.data.bulkId });
    const batch = this.config.CALC_BATCH_SIZE;
    let after = '00000000-0000-0000-0000-000000000000';
    let total = 0;
    for (;;) {
      const rows: { id: string; result_id: string; status: string }[] = await this.db.dataSource.query(
        `with page as (
           select id, partner_id, organisation_id, input_hash from calculation_input
            where plugin_id = $1 and id > $2 and ($3::uuid is null or partner_id = $3)
            order by id limit $4
         ), upserted as (
           insert into calculation_result (id, partner_id, organisation_id, input_id, plugin_id, plugin_version, input_hash, reference_version, status, bulk_id)
           select gen_random_uuid(), partner_id, organisation_id, id, $1, $5, input_hash, $6, 'pending', $7 from page
           on conflict (input_id, plugin_version, input_hash, reference_version) do update set bulk_id = excluded.bulk_id
           returning input_id, id, status
         )
         select p.id, u.id as result_id, u.status from page p join upserted u on u.input_id = p.id order by p.id`,
        [bulk.pluginId, after, bulk.partnerId, PLAN_PAGE, bulk.pluginVersion, bulk.referenceVersion, bulk.id],
      );
      if (rows.length === 0) break;
      total += rows.length;
      const todo = rows.filter((r) => r.status !== 'succeeded');
      const jobs = [];
      for (let i = 0; i < todo.length; i += batch) {
        const slice = todo.slice(i, i + batch);
        jobs.push({ data: { resultIds: slice.map((r) => r.result_id) }, opts: { jobId: batchJobId(bulk.id, slice[0].id) } });
      }
      if (jobs.length) await this.jobs.addBulk('calculation.run', jobs);
      after = rows[rows.length - 1].id;
      await job.updateProgress({ planned: total });
    }
    await this.db.dataSource.query(`update calculation_bulk set total = $2, planned_at = now() where id = $1`, [bulk.id, total]);
    return { total };
  }

  /** A calculator version or reference data the platform has not seen yet starts a platform-wide recompute. */
  async onApplicationBootstrap() {
    for (const c of this.catalogue.registry.list()) {
      const inserted = await this.db.dataSource
        .createQueryBuilder()
        .insert()
        .into(CalculatorRelease)
        .values({ pluginId: c.id, pluginVersion: c.version, referenceVersion: this.catalogue.referenceVersion })
        .orIgnore()
        .returning(['plugin_id'])
        .execute();
      if (!inserted.raw?.length) continue;
      const [{ n }] = await this.db.dataSource.query(`select count(*)::int as n from calculation_input where plugin_id = $1`, [c.id]);
      if (n === 0) continue;
      const id = this.db.newId();
      await this.db.dataSource.getRepository(CalculationBulk).insert({
        id,
        partnerId: null,
        pluginId: c.id,
        pluginVersion: c.version,
        referenceVersion: this.catalogue.referenceVersion,
        reason: 'new calculator version or reference data',
      });
      await this.jobs.add('calculation.plan-recompute', { bulkId: id }, { jobId: `plan-${id}` });
      this.logger.log(`nieuwe versie / new release ${c.id}@${c.version} (${this.catalogue.referenceVersion}): ${n} invoer wordt herberekend / inputs recomputed`);
    }
    for (const r of this.catalogue.refused) this.logger.warn(`plugin geweigerd / refused: ${r.package}: ${r.reason}`);
  }
}
