/**
 * The demo track further along (issue 15 item 8; npm start only, after
 * seedDemoTrack): so every role finds work waiting once phases follow the work.
 *
 * In this year's Koplopergroep Midden-Drenthe (the bakery stays at the baseline,
 * its own work):
 * - Installatiebedrijf Bos (adviser Ada Veenstra) has a reviewed baseline and a
 *   published profile and is in the action-plan phase: its action plan and vision
 *   are still missing (the track's checklist says so);
 * - Zorggroep Drentse Aa (trainee Jelle Bakker) is in the communication phase
 *   with its action plan, vision and communication assignment submitted: the jury
 *   (the coordinator and Ada) has it to score, and its MVO-certificaat
 *   application waits for the coordinator's review.
 *
 * Last year's closed Koplopergroep Assen: three companies in the Koplopernetwerk
 * (alumni), each with a reviewed baseline, a published profile, an action plan, a
 * vision and a scored communication assignment; Garage Hoving won the
 * Koploperprijs, it and Hotel De Drentse Hoeve hold an MVO-certificaat in the
 * public register.
 *
 * Footprints are computed here by the calculator itself (as the worker would) and
 * profiles built with the profile service's own content builder, so figures and
 * profile content are what the services would have stored. Names and KvK
 * numbers are made up.
 */
import { builtinReferenceProvider, createBuiltinRegistry } from '@koers/calc-builtin';
import { runCalculator, stableHash } from '@koers/calc-sdk';
import { loadCatalogue } from '@koers/server-calculations';
import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { PRIZE_CRITERIA } from '../../libs/server/koploper/src/communication/criteria';
import { buildProfileContent } from '../../libs/server/koploper/src/profiles/profile-content';
import type { DemoIds } from './seed-demo';
import { seedClosedCohort, seedReviewedBaseline } from './seed-demo-benchmark';

type FootprintInput = { year: number; organisation?: { employees?: number; floorAreaM2?: number; turnoverEurMillion?: number }; activities: object[] };
type Output = { totalKgCO2e: number; factorSet: { id: string } } & Record<string, unknown>;

/** A year of a small company: gas, electricity (grey or Dutch green), a van, residual waste. */
function yearOf(year: number, fte: number, m2: number, turnover: number, gasM3: number, kWh: number, dieselL: number, contract: 'grey' | 'green-nl' = 'grey'): FootprintInput {
  return {
    year,
    organisation: { employees: fte, floorAreaM2: m2, turnoverEurMillion: turnover },
    activities: [
      { type: 'natural_gas', amount: gasM3, unit: 'm3', label: 'verwarming' },
      { type: 'electricity', amount: kWh, unit: 'kWh', contract },
      { type: 'diesel', amount: dieselL, unit: 'l', label: 'bedrijfsbus' },
      { type: 'waste', amount: 2.8, unit: 't', stream: 'residual' },
    ],
  };
}

/** A reviewed baseline of an enrolment that exists already, with the calculator's own result. */
async function reviewedBaseline(em: EntityManager, e: { id: string; partnerId: string; organisationId: string }, input: FootprintInput, adviserUserId: string, at: Date): Promise<{ resultId: string; output: Output }> {
  const footprint = createBuiltinRegistry().get('footprint.ghg');
  if (!footprint) throw new Error('footprint.ghg is not registered');
  const run = runCalculator(footprint, input, builtinReferenceProvider);
  if (run.status !== 'ok') throw new Error(`demo footprint did not compute: ${JSON.stringify(run)}`);
  const output = run.output as Output;
  const [inputId, resultId, hash] = [randomUUID(), randomUUID(), stableHash(input)];
  await em.query(`insert into calculation_input (id, partner_id, organisation_id, plugin_id, year, input, input_hash, submitted_by, submitted_at) values ($1, $2, $3, 'footprint.ghg', $4, $5, $6, $7, $8)`, [
    inputId, e.partnerId, e.organisationId, input.year, JSON.stringify(input), hash, adviserUserId, at,
  ]);
  await em.query(
    `insert into calculation_result (id, partner_id, organisation_id, input_id, plugin_id, plugin_version, input_hash, reference_version, reference_set, status, output, attempts, created_at, computed_at)
     values ($1, $2, $3, $4, 'footprint.ghg', $5, $6, $7, $8, 'succeeded', $9, 1, $10, $10)`,
    [resultId, e.partnerId, e.organisationId, inputId, footprint.version, hash, loadCatalogue('plugins').referenceVersionOf('footprint.ghg', footprint.version), output.factorSet.id, JSON.stringify(output), at],
  );
  await em.query(
    `insert into baseline (id, partner_id, participant_id, organisation_id, year, status, source, footprint_input_id, entered_by, entered_at, reviewed_by, reviewed_at)
     values ($1, $2, $3, $4, $5, 'reviewed', 'form', $6, $7, $8, $7, $8)`,
    [randomUUID(), e.partnerId, e.id, e.organisationId, input.year, inputId, adviserUserId, at],
  );
  return { resultId, output };
}

interface Company {
  id: string;
  partnerId: string;
  organisationId: string;
  name: string;
  sbiCode: string;
  sizeClass: string;
}

/** Profile version 1, generated from the footprint as the profile service would, and published. */
async function publishedProfile(em: EntityManager, c: Company, year: number, fp: { resultId: string; output: Output }, adviser: { id: string; name: string }, comment: string, at: Date): Promise<string> {
  const content = buildProfileContent({
    organisation: { name: c.name, sbiCode: c.sbiCode, sizeClass: c.sizeClass },
    adviserName: adviser.name,
    year,
    footprint: { resultId: fp.resultId, output: fp.output as never },
    iso26000: null,
    measuresTaken: [],
    first: null,
  });
  const id = randomUUID();
  await em.query(
    `insert into sustainability_profile (id, partner_id, participant_id, organisation_id, status, version, year, content, adviser_comment, created_by, created_at, published_by, published_at)
     values ($1, $2, $3, $4, 'published', 1, $5, $6, $7, $8, $9, $8, $9)`,
    [id, c.partnerId, c.id, c.organisationId, year, JSON.stringify(content), comment, adviser.id, at],
  );
  return id;
}

/** The action plan (measures as the action-plan endpoints store them) and the MVO-visie. */
async function planAndVision(em: EntityManager, c: Company, items: { title: string; owner: string; dueOn: string; status: string; kg: number; eur: number }[], vision: string, by: string) {
  for (const i of items) {
    await em.query(
      `insert into action_plan_item (id, partner_id, participant_id, organisation_id, title, owner, due_on, status, expected_kg_co2e, expected_cost_eur, created_by) values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [randomUUID(), c.partnerId, c.id, c.organisationId, i.title, i.owner, i.dueOn, i.status, i.kg, i.eur, by],
    );
  }
  await em.query(
    `insert into koploper_enrolment (enrolment_id, partner_id, organisation_id, csr_vision, csr_vision_updated_at) values ($1, $2, $3, $4, now())
     on conflict (enrolment_id) do update set csr_vision = excluded.csr_vision, csr_vision_updated_at = excluded.csr_vision_updated_at`,
    [c.id, c.partnerId, c.organisationId, vision],
  );
}

async function submittedCommunication(em: EntityManager, c: Company, text: string, at: Date): Promise<string> {
  const id = randomUUID();
  await em.query(`insert into communication_submission (id, partner_id, participant_id, organisation_id, text, status, submitted_at, updated_at) values ($1, $2, $3, $4, $5, 'submitted', $6, $6)`, [
    id, c.partnerId, c.id, c.organisationId, text, at,
  ]);
  return id;
}

/** An MVO-certificaat application as the certificate service stores it (attachments as they were when applying). */
async function certificate(em: EntityManager, c: Company, profileId: string, vision: string, actionItems: number, award: { on: string; by: string } | null, submittedAt: Date) {
  const attachments = JSON.stringify({ profileVersion: 1, vision, actionItems, organisationName: c.name });
  if (!award) {
    await em.query(`insert into csr_certificate (id, partner_id, participant_id, organisation_id, status, profile_id, attachments, submitted_at) values ($1, $2, $3, $4, 'submitted', $5, $6, $7)`, [
      randomUUID(), c.partnerId, c.id, c.organisationId, profileId, attachments, submittedAt,
    ]);
    return;
  }
  const year = Number(award.on.slice(0, 4));
  const [{ last }] = await em.query(`insert into csr_certificate_number (year, last) values ($1, 1) on conflict (year) do update set last = csr_certificate_number.last + 1 returning last`, [year]);
  const validUntil = new Date(Date.UTC(year + 3, Number(award.on.slice(5, 7)) - 1, Number(award.on.slice(8, 10))) - 86_400_000).toISOString().slice(0, 10);
  await em.query(
    `insert into csr_certificate (id, partner_id, participant_id, organisation_id, status, profile_id, attachments, number, awarded_on, valid_until, submitted_at, reviewed_by, reviewed_at, awarded_by)
     values ($1, $2, $3, $4, 'awarded', $5, $6, $7, $8, $9, $10, $11, $10, $11)`,
    [randomUUID(), c.partnerId, c.id, c.organisationId, profileId, attachments, `MVO-${year}-${String(last).padStart(4, '0')}`, award.on, validUntil, submittedAt, award.by],
  );
}

export async function seedDemoTrackProgress(ds: DataSource, ids: DemoIds): Promise<void> {
  const year = new Date().getFullYear();
  const noord = ids.partners.noord;
  const ada = { id: ids.users.adviser, name: 'Ada Veenstra' };
  const jelle = { id: ids.users.trainee, name: 'Jelle Bakker' };
  await ds.transaction(async (em) => {
    // ---- this year's Koplopergroep Midden-Drenthe (seedDemoTrack) ----
    const [cohort]: { id: string }[] = await em.query(`select id from programme_group where partner_id = $1 and step = 'koploper' and status = 'running' and name = $2`, [noord, `Koplopergroep Midden-Drenthe ${year}`]);
    if (!cohort) throw new Error('seedDemoTrack first: no Koplopergroep Midden-Drenthe');
    const enrolment = async (orgKey: string, name: string, sbiCode: string, sizeClass: string): Promise<Company> => {
      const [e]: { id: string }[] = await em.query(`select id from enrolment where group_id = $1 and organisation_id = $2`, [cohort.id, ids.organisations[orgKey]]);
      return { id: e.id, partnerId: noord, organisationId: ids.organisations[orgKey], name, sbiCode, sizeClass };
    };
    const bos = await enrolment('installateur', 'Installatiebedrijf Bos', '43.22', 'small');
    const zorg = await enrolment('zorg', 'Zorggroep Drentse Aa', '87.10', 'medium');
    const at = (month: number, day = 10) => new Date(`${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}T10:00:00Z`);
    const move = (e: Company, phase: string, reached: Date) => em.query(`update enrolment set phase = $2, phase_reached_at = $3 where id = $1`, [e.id, phase, reached]);

    // Installatiebedrijf Bos: baseline reviewed, profile published; now its action plan and vision are due.
    const bosFootprint = await reviewedBaseline(em, bos, yearOf(year - 1, 12, 650, 2.3, 4800, 21000, 7400), ada.id, at(4, 2));
    await publishedProfile(em, bos, year - 1, bosFootprint, ada, 'De bedrijfsbussen zijn uw grootste post; kijk eerst naar elektrisch rijden en slimme ritplanning.', at(5, 20));
    await move(bos, 'profile', at(4, 3));
    await move(bos, 'action_plan', at(5, 21));

    // Zorggroep Drentse Aa: everything in up to the communication assignment; the jury and the certificate reviewer have it waiting.
    const zorgFootprint = await reviewedBaseline(em, zorg, yearOf(year - 1, 85, 4200, 6.5, 38000, 160000, 900, 'green-nl'), jelle.id, at(4, 8));
    // The trainee's review was signed off by the mentor.
    await em.query(`update baseline set signed_off_by = $2, signed_off_at = $3 where participant_id = $1`, [zorg.id, ada.id, at(4, 9)]);
    const zorgProfile = await publishedProfile(em, zorg, year - 1, zorgFootprint, jelle, 'Uw stroom is al groen; de ketels voor verwarming en warm water zijn nu de grootste post.', at(5, 28));
    const zorgVision = 'Zorg die de aarde niet belast: in 2030 verwarmen wij onze locaties zonder aardgas en scheiden wij 80% van ons afval.';
    await planAndVision(em, zorg, [
      { title: 'Warmtepomp voor de nieuwbouwvleugel', owner: 'Facilitair bedrijf', dueOn: `${year + 1}-09-30`, status: 'planned', kg: 21000, eur: 85000 },
      { title: 'Waterbesparende douchekoppen op alle afdelingen', owner: 'Teamleiders wonen', dueOn: `${year}-11-30`, status: 'in_progress', kg: 1800, eur: 4500 },
      { title: 'LED-verlichting in gangen en parkeergarage', owner: 'Facilitair bedrijf', dueOn: `${year}-06-30`, status: 'done', kg: 6400, eur: 12000 },
    ], zorgVision, jelle.id);
    await submittedCommunication(em, zorg, 'Onze bewoners en medewerkers vertellen in een korte film hoe de Zorggroep met LED, groene stroom en minder afval werkt; de film draait in de hal en op de website.', at(10, 15));
    await move(zorg, 'profile', at(4, 10));
    await move(zorg, 'action_plan', at(5, 29));
    await move(zorg, 'communication', at(8, 28));
    await certificate(em, zorg, zorgProfile, zorgVision, 3, null, at(11, 3));
    await em.query(`insert into jury_member (partner_id, group_id, user_id) values ($1, $2, $3), ($1, $2, $4)`, [noord, cohort.id, ids.users.coordinator, ids.users.adviser]);

    // ---- last year's Koplopergroep Assen, closed: the Koplopernetwerk ----
    const closed = await seedClosedCohort(em, noord, ids.users.coordinator, `Koplopergroep Assen ${year - 1}`, 'Assen', year - 1);
    await em.query(`insert into group_staff (id, partner_id, group_id, role, user_id, trainee, mentor_user_id, external_name, external_organisation, external_email, contribution) values ($1, $2, $3, 'adviser', $4, false, null, null, null, null, '')`, [randomUUID(), noord, closed, ada.id]);
    await em.query(`insert into jury_member (partner_id, group_id, user_id) values ($1, $2, $3), ($1, $2, $4)`, [noord, closed, ids.users.coordinator, ids.users.adviser]);
    const alumni = [
      { name: 'Garage Hoving', kvk: '40120001', sbi: '45.20', size: 'small', input: yearOf(year - 2, 9, 900, 1.6, 6200, 26000, 3100), vision: 'Wij houden auto’s langer op de weg en laden elektrische auto’s met stroom van ons eigen dak.', text: 'Een open dag met proefritten in elektrische auto’s en een spreekuur over zuinig rijden voor onze klanten.', scores: [9, 9, 8, 5], certificate: true },
      { name: 'Hotel De Drentse Hoeve', kvk: '40120002', sbi: '55.10', size: 'small', input: yearOf(year - 2, 22, 2600, 2.9, 21000, 74000, 600), vision: 'Gasten slapen bij ons duurzaam: streekproducten aan tafel, groene stroom en geen voedselverspilling.', text: 'Een menukaart met de CO₂ van elk gerecht en een kaartje op de kamer over handdoeken en water.', scores: [8, 7, 7, 4], certificate: true },
      { name: 'Kapsalon Knip', kvk: '40120003', sbi: '96.02', size: 'micro', input: yearOf(year - 2, 3, 110, 0.2, 1400, 6800, 0), vision: 'Een kapsalon zonder onnodig afval: navulbare producten en gescheiden haar- en verpakkingsafval.', text: 'Posters in de salon en een actie op Instagram over navulbare shampoo.', scores: [6, 6, 8, 3], certificate: false },
    ];
    const submissions: { company: Company; submission: string; total: number }[] = [];
    for (const a of alumni) {
      const seeded = await seedReviewedBaseline(em, { partnerId: noord, cohortId: closed, adviserUserId: ada.id, organisation: { name: a.name, kvkNumber: a.kvk, sbiCode: a.sbi, sizeClass: a.size, municipality: 'Assen' }, input: a.input });
      const company: Company = { id: seeded.enrolmentId, partnerId: noord, organisationId: seeded.organisationId, name: a.name, sbiCode: a.sbi, sizeClass: a.size };
      const profileId = await publishedProfile(em, company, year - 2, { resultId: seeded.resultId, output: seeded.output }, ada, 'Een goede basis; het actieplan pakt de grootste posten aan.', new Date(`${year - 1}-04-15T10:00:00Z`));
      await planAndVision(em, company, [{ title: 'LED-verlichting', owner: 'Directie', dueOn: `${year - 1}-09-01`, status: 'done', kg: 1200, eur: 3500 }], a.vision, ada.id);
      const submission = await submittedCommunication(em, company, a.text, new Date(`${year - 1}-10-20T10:00:00Z`));
      for (const juror of [ids.users.coordinator, ids.users.adviser]) {
        for (const [i, c] of PRIZE_CRITERIA.entries()) {
          await em.query(`insert into jury_score (partner_id, submission_id, juror_user_id, criterion_id, score, scored_at) values ($1, $2, $3, $4, $5, $6)`, [noord, submission, juror, c.id, Math.min(a.scores[i] ?? 0, c.max), new Date(`${year - 1}-11-20T10:00:00Z`)]);
        }
      }
      submissions.push({ company, submission, total: a.scores.reduce((s, x) => s + x, 0) });
      if (a.certificate) await certificate(em, company, profileId, a.vision, 1, { on: `${year - 1}-12-10`, by: ids.users.coordinator }, new Date(`${year - 1}-11-01T10:00:00Z`));
    }
    // The Koploperprijs went to the highest score (Garage Hoving), as the coordinator chose at the symposium.
    const winner = submissions.reduce((best, s) => (s.total > best.total ? s : best));
    await em.query(`update koploper_cohort set prize_winner_enrolment_id = $2 where group_id = $1`, [closed, winner.company.id]);
  });
}
