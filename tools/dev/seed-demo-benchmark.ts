/**
 * Demo data for the sector benchmark (issue 15 item 5; npm start only, the API
 * test uses seedReviewedBaseline for its own group): last year's Koplopergroepen
 * of both partners with seven food companies of SBI division 10, size class
 * small (bakeries, a butcher, a cheese maker ...), each with a reviewed baseline
 * of last year computed by the footprint calculator itself. One of them,
 * Slagerij Mulder (MVO Noord), has a published profile whose benchmark shows
 * (six others, two partners). Petra's bakery (SBI 10.71, small) is in the same
 * group: once its baseline of last year is reviewed and its profile generated,
 * it sees the benchmark too; the installer (SBI 43) does not (fewer than five).
 * Names and KvK numbers are made up.
 */
import { builtinReferenceProvider, createBuiltinRegistry } from '@koers/calc-builtin';
import { runCalculator, stableHash } from '@koers/calc-sdk';
import { benchmark, ratiosOf, type PeerRatios } from '@koers/domain';
import { loadCatalogue } from '@koers/server-calculations';
import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { buildProfileContent } from '../../libs/server/koploper/src/profiles/profile-content';
import type { DemoIds } from './seed-demo';

type FootprintInput = { year: number; organisation?: { employees?: number; floorAreaM2?: number; turnoverEurMillion?: number }; activities: object[] };

export interface SeededBaseline {
  organisationId: string;
  enrolmentId: string;
  resultId: string;
  output: { totalKgCO2e: number; year: number; factorSet: { id: string; title: string } } & Record<string, unknown>;
}

/** A closed Koplopergroep of a partner to hang last year's participants on. */
export async function seedClosedCohort(em: EntityManager, partnerId: string, coordinatorUserId: string, name: string, municipality: string, year: number): Promise<string> {
  const id = randomUUID();
  await em.query(
    `insert into programme_group (id, partner_id, step, name, starts_on, ends_on, coordinator_user_id, status, phase_plan, closed_at) values ($1, $2, 'koploper', $3, $4, $5, $6, 'closed', '{}', $7)`,
    [id, partnerId, name, `${year}-01-15`, `${year}-12-15`, coordinatorUserId, new Date(`${year}-12-16T12:00:00Z`)],
  );
  await em.query(`insert into koploper_cohort (group_id, partner_id, municipality) values ($1, $2, $3)`, [id, partnerId, municipality]);
  return id;
}

/**
 * One company with a reviewed baseline of `input.year` in a cohort: the organisation (new when `organisation` has a name),
 * its enrolment (alumni), the footprint input and the calculator's own result, the baseline (status `reviewed`).
 */
export async function seedReviewedBaseline(
  em: EntityManager,
  o: {
    partnerId: string;
    cohortId: string;
    adviserUserId: string;
    organisation: { id?: string; name?: string; kvkNumber?: string; sbiCode?: string; sizeClass?: string; municipality?: string };
    input: FootprintInput;
    status?: 'reviewed' | 'submitted';
    production?: { unit: string; amount: number };
  },
): Promise<SeededBaseline> {
  const organisationId = o.organisation.id ?? randomUUID();
  if (!o.organisation.id) {
    await em.query(`insert into organisation (id, name, kind, kvk_number, sbi_code, size_class, municipality, region) values ($1, $2, 'company', $3, $4, $5, $6, 'Drenthe')`, [
      organisationId, o.organisation.name, o.organisation.kvkNumber, o.organisation.sbiCode, o.organisation.sizeClass, o.organisation.municipality ?? 'Assen',
    ]);
    await em.query(`insert into participation (id, partner_id, organisation_id, step) values ($1, $2, $3, 'koploper')`, [randomUUID(), o.partnerId, organisationId]);
  }
  const enrolmentId = randomUUID();
  const year = o.input.year;
  const at = new Date(`${year + 1}-02-01T10:00:00Z`);
  await em.query(`insert into enrolment (id, partner_id, group_id, organisation_id, role, phase, phase_reached_at, joined_at, adviser_user_id) values ($1, $2, $3, $4, 'participant', 'alumni', $5, $6, $7)`, [
    enrolmentId, o.partnerId, o.cohortId, organisationId, at, new Date(`${year}-01-15T10:00:00Z`), o.adviserUserId,
  ]);
  await em.query(`insert into koploper_enrolment (enrolment_id, partner_id, organisation_id) values ($1, $2, $3)`, [enrolmentId, o.partnerId, organisationId]);

  const footprint = createBuiltinRegistry().get('footprint.ghg');
  if (!footprint) throw new Error('footprint.ghg is not registered');
  const run = runCalculator(footprint, o.input, builtinReferenceProvider);
  if (run.status !== 'ok') throw new Error(`benchmark footprint did not compute: ${JSON.stringify(run)}`);
  const output = run.output as SeededBaseline['output'];
  const [inputId, resultId, hash] = [randomUUID(), randomUUID(), stableHash(o.input)];
  await em.query(`insert into calculation_input (id, partner_id, organisation_id, plugin_id, year, input, input_hash, submitted_by, submitted_at) values ($1, $2, $3, 'footprint.ghg', $4, $5, $6, $7, $8)`, [
    inputId, o.partnerId, organisationId, year, JSON.stringify(o.input), hash, o.adviserUserId, at,
  ]);
  await em.query(
    `insert into calculation_result (id, partner_id, organisation_id, input_id, plugin_id, plugin_version, input_hash, reference_version, reference_set, status, output, attempts, created_at, computed_at)
     values ($1, $2, $3, $4, 'footprint.ghg', $5, $6, $7, $8, 'succeeded', $9, 1, $10, $10)`,
    [resultId, o.partnerId, organisationId, inputId, footprint.version, hash, loadCatalogue('plugins').referenceVersionOf('footprint.ghg', footprint.version), output.factorSet.id, JSON.stringify(output), at],
  );
  const reviewed = (o.status ?? 'reviewed') === 'reviewed';
  await em.query(
    `insert into baseline (id, partner_id, participant_id, organisation_id, year, status, source, footprint_input_id, entered_by, entered_at, reviewed_by, reviewed_at, production_unit, production_amount)
     values ($1, $2, $3, $4, $5, $6, 'form', $7, $8, $9, $10, $11, $12, $13)`,
    [randomUUID(), o.partnerId, enrolmentId, organisationId, year, reviewed ? 'reviewed' : 'submitted', inputId, o.adviserUserId, at, reviewed ? o.adviserUserId : null, reviewed ? at : null, o.production?.unit ?? null, o.production?.amount ?? null],
  );
  return { organisationId, enrolmentId, resultId, output };
}

/** A food company's year: gas for the ovens, electricity, a van; scaled by its size. */
function foodInput(year: number, fte: number, m2: number, turnoverEurMillion: number, gasM3: number, kWh: number, dieselL: number): FootprintInput {
  return {
    year,
    organisation: { employees: fte, floorAreaM2: m2, turnoverEurMillion },
    activities: [
      { type: 'natural_gas', amount: gasM3, unit: 'm3', label: 'ovens en verwarming' },
      { type: 'electricity', amount: kWh, unit: 'kWh', contract: 'grey' },
      { type: 'diesel', amount: dieselL, unit: 'l', label: 'bestelbus' },
      { type: 'waste', amount: 4.2, unit: 't', stream: 'residual' },
    ],
  };
}

const PEERS = [
  { partner: 'noord', name: 'Slagerij Mulder', kvk: '40110001', sbi: '10.11', municipality: 'Beilen', figures: [9, 380, 1.4, 6800, 52000, 2100] },
  { partner: 'noord', name: 'Bakkerij Hofstede', kvk: '40110002', sbi: '10.71', municipality: 'Hoogeveen', figures: [14, 520, 2.1, 11500, 61000, 3600] },
  { partner: 'noord', name: 'Kaasmakerij Drentse Hooghe', kvk: '40110003', sbi: '10.51', municipality: 'Westerbork', figures: [11, 700, 2.6, 15800, 88000, 2800] },
  { partner: 'noord', name: 'Banketbakkerij Meijer', kvk: '40110004', sbi: '10.71', municipality: 'Meppel', figures: [7, 260, 0.9, 5200, 31000, 1500] },
  { partner: 'groningen', name: 'Bakkerij Oosterhuis', kvk: '02110005', sbi: '10.71', municipality: 'Winsum', figures: [18, 640, 2.8, 14800, 79000, 4800] },
  { partner: 'groningen', name: 'Jamfabriekje Ommelanden', kvk: '02110006', sbi: '10.39', municipality: 'Bedum', figures: [6, 300, 0.8, 3900, 24000, 900] },
  { partner: 'groningen', name: 'Visrokerij Lauwersoog', kvk: '02110007', sbi: '10.20', municipality: 'Lauwersoog', figures: [10, 420, 1.7, 9600, 47000, 3900] },
] as const;

/** Last year's SBI 10 / small group across both partners, and Slagerij Mulder's published profile with its benchmark. */
export async function seedDemoBenchmark(ds: DataSource, ids: DemoIds): Promise<void> {
  const year = new Date().getFullYear() - 1;
  await ds.transaction(async (em) => {
    const cohorts = {
      noord: await seedClosedCohort(em, ids.partners.noord, ids.users.coordinator, `Koplopergroep Zuidwest-Drenthe ${year}`, 'Hoogeveen', year),
      groningen: await seedClosedCohort(em, ids.partners.groningen, ids.users.gCoordinator, `Koploperproject Het Hogeland ${year}`, 'Het Hogeland', year),
    };
    const seeded: { name: string; partner: 'noord' | 'groningen'; baseline: SeededBaseline; ratios: PeerRatios; organisation: { sbiCode: string } }[] = [];
    for (const p of PEERS) {
      const [fte, m2, turnover, gas, kWh, diesel] = p.figures;
      const input = foodInput(year, fte, m2, turnover, gas, kWh, diesel);
      const baseline = await seedReviewedBaseline(em, {
        partnerId: ids.partners[p.partner], cohortId: cohorts[p.partner], adviserUserId: p.partner === 'noord' ? ids.users.adviser : ids.users.gAdviser,
        organisation: { name: p.name, kvkNumber: p.kvk, sbiCode: p.sbi, sizeClass: 'small', municipality: p.municipality },
        input,
        ...(p.name === 'Slagerij Mulder' ? { production: { unit: 'ton vlees', amount: 85 } } : {}),
      });
      const r = ratiosOf({ totalKgCO2e: baseline.output.totalKgCO2e, employees: fte, floorAreaM2: m2, turnoverEurMillion: turnover });
      seeded.push({ name: p.name, partner: p.partner, baseline, ratios: { perFte: r.perFte, perM2: r.perM2, perThousandEur: r.perThousandEur }, organisation: { sbiCode: p.sbi } });
    }

    // Slagerij Mulder's profile, as the adviser would generate it now: the benchmark against the six others.
    const mulder = seeded.find((s) => s.name === 'Slagerij Mulder');
    if (!mulder) throw new Error('Slagerij Mulder not seeded');
    const [fte, m2, turnover] = PEERS[0].figures;
    const own = ratiosOf({ totalKgCO2e: mulder.baseline.output.totalKgCO2e, employees: fte, floorAreaM2: m2, turnoverEurMillion: turnover, production: { unit: 'ton vlees', amount: 85 } });
    const others = seeded.filter((s) => s !== mulder).map((s) => s.ratios);
    const content = buildProfileContent({
      organisation: { name: mulder.name, sbiCode: mulder.organisation.sbiCode, sizeClass: 'small' },
      adviserName: 'Ada Veenstra',
      year,
      footprint: { resultId: mulder.baseline.resultId, output: mulder.baseline.output as never },
      iso26000: null,
      measuresTaken: [],
      first: null,
      ratios: { ...own, basis: { employees: fte, floorAreaM2: m2, turnoverEur: Math.round(turnover * 1_000_000) }, source: { year, factorSet: { id: mulder.baseline.output.factorSet.id, title: mulder.baseline.output.factorSet.title } } },
      benchmark: benchmark({ perFte: own.perFte, perM2: own.perM2, perThousandEur: own.perThousandEur }, others, { sbiDivision: '10', sizeClass: 'small', year }),
    });
    const publishedAt = new Date(`${year + 1}-02-20T10:00:00Z`);
    await em.query(
      `insert into sustainability_profile (id, partner_id, participant_id, organisation_id, status, version, year, content, adviser_comment, created_by, created_at, published_by, published_at)
       values ($1, $2, $3, $4, 'published', 1, $5, $6, 'De koelcellen en de rookkast zijn uw grootste verbruikers; zie de kengetallen voor de vergelijking met de sector.', $7, $8, $7, $8)`,
      [randomUUID(), ids.partners.noord, mulder.baseline.enrolmentId, mulder.baseline.organisationId, year, JSON.stringify(content), ids.users.adviser, publishedAt],
    );
  });
}
