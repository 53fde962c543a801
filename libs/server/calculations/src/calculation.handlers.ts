import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@koers/server-config';
import { CalculationBulk, CalculatorRelease, Db } from '@koers/server-db';
import { JobHandler, JobQueue, type JobOf } from '@koers/server-queue';
import { CALCULATOR_CATALOGUE, type CalculatorCatalogue } from './catalogue';
import { ComputePool } from './compute-pool';
import type { ComputeFailure } from './compute-thread';
import { batchJobId } from './job-ids';

interface PendingRow {
  id: string;
  plugin_id: string;
  plugin_version: string;
  input: string;
  same_input: boolean;
}

const PLAN_PAGE = 5000;
const FIRST_ID = '00000000-0000-0000-0000-000000000000';

function describeFailure(r: ComputeFailure): string {
  return r.status === 'failed' ? r.error : `${r.status}: ${r.issues.map((i) => `${i.path} ${i.message}`).join('; ')}`;
}

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
      `select r.id, r.plugin_id, r.plugin_version, i.input::text as input, (i.input_hash = r.input_hash) as same_input
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
    const ok: { id: string; output: string; ref: string | null }[] = [];
    const failed: { id: string; error: string }[] = superseded.map((id) => ({ id, error: 'invoer is intussen gewijzigd / input changed since; see the newer result' }));
    for (const group of groups.values()) {
      const outcomes = await this.pool.run({ pluginId: group[0].plugin_id, pluginVersion: group[0].plugin_version, items: group.map((r) => ({ id: r.id, input: r.input })) });
      for (const o of outcomes) {
        if (o.result.status === 'ok') ok.push({ id: o.id, output: o.result.outputJson, ref: o.referenceIds.join(',') || null });
        else failed.push({ id: o.id, error: describeFailure(o.result) });
      }
    }
    await this.db.dataSource.transaction(async (em) => {
      if (ok.length) {
        await em.query(
          `update calculation_result r set status = 'succeeded', output = v.output, reference_set = v.ref, error = null,
                  attempts = r.attempts + 1, computed_at = now()
             from unnest($1::uuid[], $2::jsonb[], $3::text[]) as v(id, output, ref)
            where r.id = v.id and r.status <> 'succeeded'`,
          [ok.map((o) => o.id), ok.map((o) => o.output), ok.map((o) => o.ref)],
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
   * Plans a bulk recompute: pages through the input ids (keyset, PLAN_PAGE per
   * query) and enqueues one job per key range of CALC_BATCH_SIZE inputs with
   * addBulk. Deterministic job ids make a re-run of the planner harmless.
   */
  @JobHandler('calculation.plan-recompute')
  async plan(job: JobOf<'calculation.plan-recompute'>) {
    const bulk = await this.db.dataSource.getRepository(CalculationBulk).findOneByOrFail({ id: job.data.bulkId });
    const batch = this.config.CALC_BATCH_SIZE;
    let after = FIRST_ID;
    let total = 0;
    for (;;) {
      const rows: { id: string }[] = await this.db.dataSource.query(
        `select id from calculation_input where plugin_id = $1 and id > $2 and ($3::uuid is null or partner_id = $3) order by id limit $4`,
        [bulk.pluginId, after, bulk.partnerId, PLAN_PAGE],
      );
      if (rows.length === 0) break;
      const jobs = [];
      for (let i = 0; i < rows.length; i += batch) {
        const last = rows[Math.min(i + batch, rows.length) - 1].id;
        const from = i === 0 ? after : rows[i - 1].id;
        jobs.push({ data: { bulkId: bulk.id, afterId: from, lastId: last }, opts: { jobId: batchJobId(bulk.id, last) } });
      }
      await this.jobs.addBulk('calculation.run-range', jobs);
      total += rows.length;
      after = rows[rows.length - 1].id;
      await job.updateProgress({ planned: total });
    }
    await this.db.dataSource.query(`update calculation_bulk set total = $2, planned_at = now() where id = $1`, [bulk.id, total]);
    return { total };
  }

  /**
   * Recomputes one key range of a bulk: one read, compute in a thread, one
   * multi-row upsert. A result that already exists for this version, input and
   * reference data is only tagged with the bulk, never written twice.
   */
  @JobHandler('calculation.run-range')
  async runRange(job: JobOf<'calculation.run-range'>) {
    const { bulkId, afterId, lastId } = job.data;
    const bulk = await this.db.dataSource.getRepository(CalculationBulk).findOneByOrFail({ id: bulkId });
    // A lateral lookup per input on the result's unique key. (As `exists (...)` the planner, which
    // thinks the results table small while a bulk fills it, hashed every result of the version on each
    // batch: reads grew with the table, from 14 to over 100 µs per row across 100,000 inputs.)
    const rows: { id: string; partner_id: string; organisation_id: string; input_hash: string; input: string | null; done: boolean }[] = await this.db.dataSource.query(
      `select i.id, i.partner_id, i.organisation_id, i.input_hash, case when d.done then null else i.input::text end as input, coalesce(d.done, false) as done
         from calculation_input i
         left join lateral (select true as done from calculation_result r
                             where r.input_id = i.id and r.plugin_version = $4 and r.input_hash = i.input_hash
                               and r.reference_version = $5 and r.status = 'succeeded' limit 1) d on true
        where i.plugin_id = $1 and i.id > $2 and i.id <= $3 and ($6::uuid is null or i.partner_id = $6)`,
      [bulk.pluginId, afterId, lastId, bulk.pluginVersion, bulk.referenceVersion, bulk.partnerId],
    );
    const todo = rows.filter((r) => !r.done);
    const lastAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
    let failed = 0;
    let firstFailure: ComputeFailure | null = null;
    let written = 0;
    if (todo.length) {
      // The thread hands back the outputs as one JSON array text and the rest per row, in todo's
      // order: the upsert takes them as they are (no jsonb[] literal escaped row by row here).
      const batch = await this.pool.runBatch({ pluginId: bulk.pluginId, pluginVersion: bulk.pluginVersion, items: todo.map((r) => ({ id: r.id, input: r.input as string })) });
      const status: string[] = new Array(todo.length);
      const error: (string | null)[] = new Array(todo.length);
      for (let i = 0; i < todo.length; i++) {
        const f = batch.failures[i];
        status[i] = f ? 'failed' : 'succeeded';
        error[i] = f ? describeFailure(f) : null;
        if (f) {
          failed++;
          firstFailure ??= f;
        }
      }
      // Succeeded rows always; failed ones once retries are used up ($13); already-done ones only get the bulk tag (below).
      written = lastAttempt ? todo.length : todo.length - failed;
      if (written) {
        await this.db.dataSource.query(
          `insert into calculation_result (id, partner_id, organisation_id, input_id, input_hash, status, output, error, reference_set,
                                           plugin_id, plugin_version, reference_version, bulk_id, attempts, computed_at)
           select gen_random_uuid(), v.partner, v.org, v.input, v.hash, v.status, case when v.status = 'succeeded' then v.output end, v.error, v.ref,
                  $8, $9, $10, $11, $12, now()
             from rows from (unnest($1::uuid[]), unnest($2::uuid[]), unnest($3::uuid[]), unnest($4::text[]), unnest($5::text[]), unnest($6::text[]),
                             unnest($7::text[]), jsonb_array_elements($14::jsonb))
                  as v(partner, org, input, hash, status, error, ref, output)
            where v.status = 'succeeded' or $13
           on conflict (input_id, plugin_version, input_hash, reference_version) do update
             set bulk_id = excluded.bulk_id, status = excluded.status, output = excluded.output, error = excluded.error,
                 reference_set = excluded.reference_set, attempts = excluded.attempts, computed_at = excluded.computed_at
             where calculation_result.status <> 'succeeded'`,
          [
            todo.map((r) => r.partner_id),
            todo.map((r) => r.organisation_id),
            todo.map((r) => r.id),
            todo.map((r) => r.input_hash),
            status,
            error,
            batch.refs,
            bulk.pluginId,
            bulk.pluginVersion,
            bulk.referenceVersion,
            bulk.id,
            job.attemptsMade + 1,
            lastAttempt,
            batch.outputsJson,
          ],
        );
      }
    }
    const alreadyDone = rows.filter((r) => r.done).map((r) => r.id);
    if (alreadyDone.length) {
      await this.db.dataSource.query(
        `update calculation_result set bulk_id = $1 where input_id = any($2::uuid[]) and plugin_version = $3 and reference_version = $4 and status = 'succeeded' and bulk_id is distinct from $1`,
        [bulk.id, alreadyDone, bulk.pluginVersion, bulk.referenceVersion],
      );
    }
    if (firstFailure && !lastAttempt) throw new Error(`${failed} berekening(en) mislukt, nieuwe poging volgt / will retry: ${describeFailure(firstFailure)}`);
    return { computed: written, skipped: alreadyDone.length };
  }

  /** A calculator version or reference data the platform has not seen yet starts a platform-wide recompute. */
  async onApplicationBootstrap() {
    for (const c of this.catalogue.registry.list()) {
      const inserted = await this.db.dataSource
        .createQueryBuilder()
        .insert()
        .into(CalculatorRelease)
        .values({ pluginId: c.id, pluginVersion: c.version, referenceVersion: this.catalogue.referenceVersionOf(c.id, c.version) })
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
        referenceVersion: this.catalogue.referenceVersionOf(c.id, c.version),
        reason: 'new calculator version or reference data',
      });
      await this.jobs.add('calculation.plan-recompute', { bulkId: id }, { jobId: `plan-${id}` });
      this.logger.log(`nieuwe versie / new release ${c.id}@${c.version} (${this.catalogue.referenceVersionOf(c.id, c.version)}): ${n} invoer wordt herberekend / inputs recomputed`);
    }
    for (const r of this.catalogue.refused) this.logger.warn(`plugin geweigerd / refused: ${r.package}: ${r.reason}`);
  }
}
