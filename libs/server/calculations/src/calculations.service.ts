import { Inject, Injectable } from '@nestjs/common';
import { stableHash } from '@koers/calc-sdk';
import { BadInputError, CalculationBulk, CalculationInput, CalculationResult, Db, nameEntity, NotFoundError, Organisation } from '@koers/server-db';
import { JobQueue } from '@koers/server-queue';
import { In } from 'typeorm';
import { CALCULATOR_CATALOGUE, type CalculatorCatalogue } from './catalogue';
import { runJobId } from './job-ids';

nameEntity('CalculationResult', { nl: 'Berekening', en: 'Calculation' });
nameEntity('CalculationBulk', { nl: 'Herberekening', en: 'Recompute' });

function unknownCalculator(pluginId: string): BadInputError {
  return new BadInputError('pluginId', { nl: `Onbekende rekenmodule: ${pluginId}`, en: `Unknown calculator: ${pluginId}` }, { code: 'calculation.unknown_calculator', params: { pluginId } });
}

export interface ResultView {
  id: string;
  organisationId: string;
  pluginId: string;
  pluginVersion: string;
  year: number | null;
  status: CalculationResult['status'];
  output: unknown;
  error: string | null;
  attempts: number;
  provenance: { pluginId: string; pluginVersion: string; referenceSet: string | null; referenceVersion: string; inputHash: string; computedAt: Date | null };
  createdAt: Date;
}

export function toView(r: CalculationResult, year: number | null = null): ResultView {
  return {
    id: r.id,
    organisationId: r.organisationId,
    pluginId: r.pluginId,
    pluginVersion: r.pluginVersion,
    year,
    status: r.status,
    output: r.output,
    error: r.error,
    attempts: r.attempts,
    provenance: { pluginId: r.pluginId, pluginVersion: r.pluginVersion, referenceSet: r.referenceSet, referenceVersion: r.referenceVersion, inputHash: r.inputHash, computedAt: r.computedAt },
    createdAt: r.createdAt,
  };
}

/** Stores calculation inputs and hands the computing to the worker; never computes inline. */
@Injectable()
export class CalculationsService {
  constructor(
    private readonly db: Db,
    private readonly jobs: JobQueue,
    @Inject(CALCULATOR_CATALOGUE) private readonly catalogue: CalculatorCatalogue,
  ) {}

  calculators() {
    return {
      calculators: this.catalogue.registry.list().map((c) => ({ ...c, referenceVersion: this.catalogue.referenceVersionOf(c.id, c.version) })),
    };
  }

  async submit(organisationId: string, pluginId: string, year: number, input: Record<string, unknown>, subject = ''): Promise<ResultView> {
    await this.db.findOwned(Organisation, organisationId);
    const plugin = this.catalogue.registry.get(pluginId);
    if (!plugin) throw unknownCalculator(pluginId);
    const parsed = plugin.inputSchema.safeParse(input);
    if (!parsed.success) {
      // The calculator's own messages (a plugin's schema) are English; the Dutch text frames them.
      const fields = parsed.error.issues.map((i) => {
        const field = ['input', ...i.path.map(String)].join('.');
        return {
          field,
          code: `calculation.input.${i.code}`,
          params: { issue: i.message },
          text: { nl: `${field} klopt niet: ${i.message}`, en: `${field} is invalid: ${i.message}` },
        };
      });
      throw new BadInputError(
        fields[0].field,
        { nl: `De invoer past niet bij rekenmodule ${pluginId}: ${fields.map((f) => f.field).join(', ')}`, en: `The input does not fit calculator ${pluginId}: ${fields.map((f) => f.field).join(', ')}` },
        { code: 'calculation.input_invalid', params: { pluginId, fields: fields.map((f) => f.field) }, fields },
      );
    }
    const em = this.db.em;
    const { partnerId, userId } = this.db.tenant;
    const inputHash = stableHash(input);
    const [stored] = await em.query(
      `insert into calculation_input (id, partner_id, organisation_id, plugin_id, year, input, input_hash, submitted_by, subject)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       on conflict (partner_id, organisation_id, plugin_id, year, subject)
       do update set input = excluded.input, input_hash = excluded.input_hash, submitted_by = excluded.submitted_by, submitted_at = now()
       returning id`,
      [this.db.newId(), partnerId, organisationId, pluginId, year, JSON.stringify(input), inputHash, userId, subject],
    );
    const key = { inputId: stored.id as string, pluginId, pluginVersion: plugin.version, inputHash, referenceVersion: this.catalogue.referenceVersionOf(pluginId, plugin.version) };
    await em.query(
      `insert into calculation_result (id, partner_id, organisation_id, input_id, plugin_id, plugin_version, input_hash, reference_version, status)
       values ($1, $2, $3, $4, $5, $6, $7, $8, 'pending')
       on conflict (input_id, plugin_version, input_hash, reference_version) do nothing`,
      [this.db.newId(), partnerId, organisationId, key.inputId, pluginId, plugin.version, inputHash, key.referenceVersion],
    );
    const result = await em.findOneOrFail(CalculationResult, {
      where: { inputId: key.inputId, pluginVersion: plugin.version, inputHash, referenceVersion: key.referenceVersion },
    });
    // Same input, version and reference data as a finished result: nothing to compute.
    if (result.status !== 'succeeded') await this.jobs.add('calculation.run', { resultIds: [result.id] }, { jobId: runJobId(key) });
    return toView(result, year);
  }

  async list(organisationId: string, pluginId?: string, year?: number): Promise<ResultView[]> {
    await this.db.findOwned(Organisation, organisationId);
    const inputs = await this.db.em.find(CalculationInput, { where: { organisationId, ...(pluginId ? { pluginId } : {}), ...(year ? { year } : {}) } });
    if (inputs.length === 0) return [];
    const results = await this.db.em.find(CalculationResult, { where: { inputId: In(inputs.map((i) => i.id)) }, order: { createdAt: 'DESC' }, take: 200 });
    return results.map((r) => toView(r, inputs.find((i) => i.id === r.inputId)?.year ?? null));
  }

  async get(id: string): Promise<ResultView> {
    const r = await this.db.findOwned(CalculationResult, id);
    const input = await this.db.em.findOneBy(CalculationInput, { id: r.inputId });
    return toView(r, input?.year ?? null);
  }

  /** Recomputes this partner's inputs of one calculator with its newest version and the current reference data. */
  async recompute(pluginId: string): Promise<{ bulkId: string }> {
    const plugin = this.catalogue.registry.get(pluginId);
    if (!plugin) throw unknownCalculator(pluginId);
    const bulk = this.db.em.create(CalculationBulk, {
      id: this.db.newId(),
      partnerId: this.db.tenant.partnerId,
      pluginId,
      pluginVersion: plugin.version,
      referenceVersion: this.catalogue.referenceVersionOf(pluginId, plugin.version),
      reason: 'requested',
      requestedBy: this.db.tenant.userId,
    });
    await this.db.em.insert(CalculationBulk, bulk);
    await this.jobs.add('calculation.plan-recompute', { bulkId: bulk.id }, { jobId: `plan-${bulk.id}` });
    return { bulkId: bulk.id };
  }

  async progress(bulkId: string) {
    const bulk = await this.db.findOwned(CalculationBulk, bulkId);
    const rows: { status: string; n: number }[] = await this.db.em.query(
      `select status, count(*)::int as n from calculation_result where bulk_id = $1 group by status`,
      [bulk.id],
    );
    const counts = Object.fromEntries(rows.map((r) => [r.status, r.n]));
    const done = (counts['succeeded'] ?? 0) + (counts['failed'] ?? 0);
    return {
      id: bulk.id,
      pluginId: bulk.pluginId,
      pluginVersion: bulk.pluginVersion,
      referenceVersion: bulk.referenceVersion,
      planned: bulk.plannedAt !== null,
      total: bulk.total,
      succeeded: counts['succeeded'] ?? 0,
      failed: counts['failed'] ?? 0,
      pending: counts['pending'] ?? 0,
      finished: bulk.plannedAt !== null && bulk.total !== null && done >= bulk.total,
    };
  }
}

export { NotFoundError };
