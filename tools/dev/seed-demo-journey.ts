/**
 * Demo data for the journey (npm start only; the tests build their own): a
 * painting company from Tynaarlo that did the Koploper track with MVO Noord
 * (lead at a symposium, footprint, published profile, action plan, CSR
 * certificate) and then a CE-masterclass with Koploperproject Groningen; it let
 * Groningen see its profile and footprint (and withdrew the action plan it had
 * shared first), Groningen read the profile twice, MVO Noord called it after
 * the track, a student helped with the plan, and a subsidy was granted.
 * Dates are relative to today, so the worklist shows a due and an overdue call.
 * Names and KvK numbers are made up.
 */
import { builtinReferenceProvider, createBuiltinRegistry } from '@koers/calc-builtin';
import { runCalculator, stableHash } from '@koers/calc-sdk';
import { hashPassword } from '@koers/server-auth';
import { loadCatalogue } from '@koers/server-calculations';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { buildProfileContent } from '../../libs/server/koploper/src/profiles/profile-content';
import { DEMO_PASSWORD, type DemoIds } from './seed-demo';

export const DEMO_JOURNEY_EMAIL = 'deelnemer@schildersbedrijf-vanderveen.test';

const day = (offset: number): string => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const at = (offset: number): Date => new Date(`${day(offset)}T10:00:00Z`);

export async function seedDemoJourney(ds: DataSource, ids: DemoIds): Promise<{ organisationId: string }> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  return ds.transaction(async (em) => {
    const noord = ids.partners.noord;
    const groningen = ids.partners.groningen;
    const org = randomUUID();
    const sql = (text: string, params: unknown[]) => em.query(text, params);

    await sql(
      `insert into organisation (id, name, kind, kvk_number, sbi_code, size_class, municipality, region) values ($1, 'Schildersbedrijf Van der Veen', 'company', '41077889', '43.34', 'small', 'Tynaarlo', 'Drenthe')`,
      [org],
    );
    await sql(`insert into participation (id, partner_id, organisation_id, step, started_at) values ($1, $2, $3, 'koploper', $4), ($5, $6, $3, 'masterclass', $7)`, [randomUUID(), noord, org, at(-520), randomUUID(), groningen, at(-260)]);
    const user = randomUUID();
    await sql(`insert into app_user (id, email, name, password_hash, locale) values ($1, $2, 'Hanna van der Veen', $3, 'nl')`, [user, DEMO_JOURNEY_EMAIL, passwordHash]);
    await sql(`insert into membership (id, user_id, partner_id, organisation_id, role) values ($1, $2, $3, $4, 'participant'), ($5, $2, $6, $4, 'participant')`, [randomUUID(), user, noord, org, randomUUID(), groningen]);

    // MVO Noord: first contact at a symposium, then a Koplopergroep that closed 13 months ago.
    await sql(`insert into journey_lead (id, partner_id, organisation_id, source, contacted_on, note, created_by) values ($1, $2, $3, 'event', $4, 'Sprak ons aan op het Koplopersymposium in Assen', $5)`, [randomUUID(), noord, org, day(-540), ids.users.coordinator]);
    const cohort = randomUUID();
    const closedAt = at(-395);
    await sql(
      `insert into programme_group (id, partner_id, step, name, starts_on, ends_on, coordinator_user_id, status, phase_plan, closed_at) values ($1, $2, 'koploper', 'Koplopergroep Tynaarlo', $3, $4, $5, 'closed', '{}', $6)`,
      [cohort, noord, day(-520), day(-395), ids.users.coordinator, closedAt],
    );
    await sql(`insert into koploper_cohort (group_id, partner_id, municipality) values ($1, $2, 'Tynaarlo')`, [cohort, noord]);
    const enrolment = randomUUID();
    await sql(`insert into enrolment (id, partner_id, group_id, organisation_id, role, phase, phase_reached_at, joined_at, adviser_user_id) values ($1, $2, $3, $4, 'participant', 'alumni', $5, $6, $7)`, [enrolment, noord, cohort, org, closedAt, at(-520), ids.users.adviser]);
    await sql(`insert into koploper_enrolment (enrolment_id, partner_id, organisation_id, csr_vision) values ($1, $2, $3, 'Wij schilderen met watergedragen verf en laten geen restverf achter.')`, [enrolment, noord, org]);

    // The baseline's footprint, computed here by the calculator itself (the worker would do the same).
    const year = Number(day(-400).slice(0, 4)) - 1;
    const input = {
      year,
      organisation: { employees: 14, floorAreaM2: 900, turnoverEurMillion: 1.9 },
      activities: [
        { type: 'natural_gas', amount: 5200, unit: 'm3', label: 'werkplaats' },
        { type: 'electricity', amount: 18000, unit: 'kWh', contract: 'grey' },
        { type: 'diesel', amount: 9400, unit: 'l', label: 'bedrijfsbussen' },
        { type: 'waste', amount: 3.2, unit: 't', stream: 'residual' },
        { type: 'water', amount: 120, unit: 'm3' },
      ],
    };
    const footprint = createBuiltinRegistry().get('footprint.ghg');
    if (!footprint) throw new Error('footprint.ghg is not registered');
    const run = runCalculator(footprint, input, builtinReferenceProvider);
    if (run.status !== 'ok') throw new Error(`demo footprint did not compute: ${JSON.stringify(run)}`);
    const output = run.output as { totalKgCO2e: number; factorSet: { id: string } };
    const inputId = randomUUID();
    const resultId = randomUUID();
    const hash = stableHash(input);
    await sql(`insert into calculation_input (id, partner_id, organisation_id, plugin_id, year, input, input_hash, submitted_by, submitted_at) values ($1, $2, $3, 'footprint.ghg', $4, $5, $6, $7, $8)`, [inputId, noord, org, year, JSON.stringify(input), hash, ids.users.adviser, at(-470)]);
    await sql(
      `insert into calculation_result (id, partner_id, organisation_id, input_id, plugin_id, plugin_version, input_hash, reference_version, reference_set, status, output, attempts, created_at, computed_at)
       values ($1, $2, $3, $4, 'footprint.ghg', $5, $6, $7, $8, 'succeeded', $9, 1, $10, $10)`,
      [resultId, noord, org, inputId, footprint.version, hash, loadCatalogue('plugins').referenceVersionOf('footprint.ghg', footprint.version), output.factorSet.id, JSON.stringify(output), at(-470)],
    );
    await sql(
      `insert into baseline (id, partner_id, participant_id, organisation_id, year, status, source, footprint_input_id, entered_by, entered_at, reviewed_by, reviewed_at)
       values ($1, $2, $3, $4, $5, 'reviewed', 'form', $6, $7, $8, $9, $10)`,
      [randomUUID(), noord, enrolment, org, year, inputId, user, at(-470), ids.users.adviser, at(-465)],
    );
    const content = buildProfileContent({
      organisation: { name: 'Schildersbedrijf Van der Veen', sbiCode: '43.34', sizeClass: 'small' },
      adviserName: 'Ada Veenstra',
      year,
      footprint: { resultId, output: output as never },
      iso26000: null,
      measuresTaken: [],
      first: null,
    });
    const profile = randomUUID();
    await sql(
      `insert into sustainability_profile (id, partner_id, participant_id, organisation_id, status, version, year, content, adviser_comment, created_by, created_at, published_by, published_at)
       values ($1, $2, $3, $4, 'published', 1, $5, $6, 'De bedrijfsbussen zijn de grootste post: begin daar.', $7, $8, $7, $9)`,
      [profile, noord, enrolment, org, year, JSON.stringify(content), ids.users.adviser, at(-450), at(-448)],
    );
    await sql(
      `insert into action_plan_item (id, partner_id, participant_id, organisation_id, title, owner, due_on, status, expected_kg_co2e, expected_cost_eur, created_by)
       values ($1, $2, $3, $4, 'Twee bedrijfsbussen vervangen door elektrische', 'Hanna van der Veen', $5, 'in_progress', 12400, 58000, $6),
              ($7, $2, $3, $4, 'Restverf inzamelen en laten verwerken', 'Jan van der Veen', $8, 'done', 900, 1200, $6)`,
      [randomUUID(), noord, enrolment, org, day(-60), user, randomUUID(), day(-300)],
    );
    const awardYear = Number(day(-395).slice(0, 4));
    const [{ last }] = await sql(
      `insert into csr_certificate_number (year, last) values ($1, 1) on conflict (year) do update set last = csr_certificate_number.last + 1 returning last`,
      [awardYear],
    );
    await sql(
      `insert into csr_certificate (id, partner_id, participant_id, organisation_id, status, profile_id, number, awarded_on, valid_until, submitted_at, reviewed_by, reviewed_at, awarded_by)
       values ($1, $2, $3, $4, 'awarded', $5, $6, $7, $8, $9, $10, $9, $10)`,
      [randomUUID(), noord, enrolment, org, profile, `MVO-${awardYear}-${String(last).padStart(4, '0')}`, day(-395), day(-395 + 3 * 365), at(-410), ids.users.coordinator],
    );

    // A second year's baseline after the paint collection was done (issue 15 item 7): less gas and diesel, and
    // profile version 2 that sets it against the first year, so the year-on-year effect shows after `npm start`.
    const next = {
      ...input,
      year: year + 1,
      activities: [
        { type: 'natural_gas', amount: 4600, unit: 'm3', label: 'werkplaats' },
        { type: 'electricity', amount: 17500, unit: 'kWh', contract: 'grey' },
        { type: 'diesel', amount: 8300, unit: 'l', label: 'bedrijfsbussen' },
        { type: 'waste', amount: 2.6, unit: 't', stream: 'residual' },
        { type: 'water', amount: 115, unit: 'm3' },
      ],
    };
    const nextRun = runCalculator(footprint, next, builtinReferenceProvider);
    if (nextRun.status !== 'ok') throw new Error(`demo footprint did not compute: ${JSON.stringify(nextRun)}`);
    const nextOutput = nextRun.output as { totalKgCO2e: number; factorSet: { id: string } };
    const [nextInputId, nextResultId, nextHash] = [randomUUID(), randomUUID(), stableHash(next)];
    await sql(`insert into calculation_input (id, partner_id, organisation_id, plugin_id, year, input, input_hash, submitted_by, submitted_at) values ($1, $2, $3, 'footprint.ghg', $4, $5, $6, $7, $8)`, [nextInputId, noord, org, next.year, JSON.stringify(next), nextHash, ids.users.adviser, at(-40)]);
    await sql(
      `insert into calculation_result (id, partner_id, organisation_id, input_id, plugin_id, plugin_version, input_hash, reference_version, reference_set, status, output, attempts, created_at, computed_at)
       values ($1, $2, $3, $4, 'footprint.ghg', $5, $6, $7, $8, 'succeeded', $9, 1, $10, $10)`,
      [nextResultId, noord, org, nextInputId, footprint.version, nextHash, loadCatalogue('plugins').referenceVersionOf('footprint.ghg', footprint.version), nextOutput.factorSet.id, JSON.stringify(nextOutput), at(-40)],
    );
    await sql(
      `insert into baseline (id, partner_id, participant_id, organisation_id, year, status, source, footprint_input_id, entered_by, entered_at, reviewed_by, reviewed_at)
       values ($1, $2, $3, $4, $5, 'reviewed', 'form', $6, $7, $8, $9, $10)`,
      [randomUUID(), noord, enrolment, org, next.year, nextInputId, user, at(-40), ids.users.adviser, at(-38)],
    );
    const nextContent = buildProfileContent({
      organisation: { name: 'Schildersbedrijf Van der Veen', sbiCode: '43.34', sizeClass: 'small' },
      adviserName: 'Ada Veenstra',
      year: next.year,
      footprint: { resultId: nextResultId, output: nextOutput as never },
      iso26000: null,
      measuresTaken: [],
      first: { year, totalKgCO2e: output.totalKgCO2e, output: output as never },
      doneExpectedKgCO2e: [900],
    });
    await sql(
      `insert into sustainability_profile (id, partner_id, participant_id, organisation_id, status, version, year, content, adviser_comment, created_by, created_at, published_by, published_at)
       values ($1, $2, $3, $4, 'published', 2, $5, $6, 'Minder gas en diesel dan in het eerste jaar; de elektrische bussen zijn de volgende stap.', $7, $8, $7, $9)`,
      [randomUUID(), noord, enrolment, org, next.year, JSON.stringify(nextContent), ids.users.adviser, at(-36), at(-35)],
    );

    // Koploperproject Groningen: a CE-masterclass that closed four months ago.
    const masterclass = randomUUID();
    const mcClosed = at(-120);
    await sql(
      `insert into programme_group (id, partner_id, step, name, starts_on, ends_on, coordinator_user_id, status, phase_plan, closed_at) values ($1, $2, 'masterclass', 'CE-masterclass Groningen en Noord-Drenthe', $3, $4, $5, 'closed', '{}', $6)`,
      [masterclass, groningen, day(-260), day(-120), ids.users.gCoordinator, mcClosed],
    );
    await sql(`insert into masterclass (group_id, partner_id, audience, region, goals, co_organisers) values ($1, $2, 'sme', 'Groningen', 'Circulair ondernemen in de bouw en afbouw', '[]')`, [masterclass, groningen]);
    const mcEnrolment = randomUUID();
    await sql(`insert into enrolment (id, partner_id, group_id, organisation_id, role, phase, phase_reached_at, joined_at) values ($1, $2, $3, $4, 'participant', 'completed', $5, $6)`, [mcEnrolment, groningen, masterclass, org, mcClosed, at(-260)]);
    await sql(
      `insert into masterclass_outcome (enrolment_id, partner_id, group_id, organisation_id, ambition, r_ladder, hopes, intake_at, fields, chain_partners, opportunities)
       values ($1, $2, $3, $4, 'In 2030 alle restverf en verpakkingen terug in de keten', 'R3', 'Een verfleverancier die emmers terugneemt', $5, $6, $7, $8)`,
      [
        mcEnrolment, groningen, masterclass, org, at(-250),
        JSON.stringify([{ fieldId: 'return-logistics', note: 'Emmers en restverf terug naar de leverancier' }]),
        JSON.stringify([{ organisationId: null, name: 'Verfgroothandel Noord' }, { organisationId: null, name: 'Kringloopbedrijf De Wissel' }]),
        JSON.stringify([{ title: 'Retoursysteem voor verfemmers met de groothandel', withEnrolmentIds: [] }]),
      ],
    );

    // The company let Groningen see its profile and footprint; the action plan it shared at first it withdrew.
    await sql(`insert into consent (id, organisation_id, partner_id, part, granted_by_user_id, granted_at) values ($1, $2, $3, 'profile_footprint', $4, $5)`, [randomUUID(), org, groningen, user, at(-270)]);
    await sql(`insert into consent (id, organisation_id, partner_id, part, granted_by_user_id, granted_at, revoked_at, revoked_by_user_id) values ($1, $2, $3, 'action_plan', $4, $5, $6, $4)`, [randomUUID(), org, groningen, user, at(-270), at(-200)]);
    for (const offset of [-262, -205]) {
      await sql(`insert into journey_access (id, organisation_id, reader_partner_id, reader_user_id, owner_partner_id, part, read_at) values ($1, $2, $3, $4, $5, 'profile_footprint', $6)`, [randomUUID(), org, groningen, ids.users.gCoordinator, noord, at(offset)]);
    }
    await sql(`insert into journey_access (id, organisation_id, reader_partner_id, reader_user_id, owner_partner_id, part, read_at) values ($1, $2, $3, $4, $5, 'action_plan', $6)`, [randomUUID(), org, groningen, ids.users.gCoordinator, noord, at(-262)]);

    // Follow-up: MVO Noord called six weeks after the track, agreed a next contact (due in a week);
    // Groningen's call after its masterclass is overdue.
    const firstCall = randomUUID();
    await sql(
      `insert into follow_up_task (id, partner_id, organisation_id, group_id, enrolment_id, due_on, status, outcome, help_needed, note, next_contact_on, recorded_by, recorded_at, created_at)
       values ($1, $2, $3, $4, $5, $6, 'done', 'picked_up', '["financing", "student"]', 'Bussen vervangen loopt; zoekt subsidie en een student voor het verfplan.', $7, $8, $9, $10)`,
      [firstCall, noord, org, cohort, enrolment, day(-353), day(7), ids.users.coordinator, at(-350), closedAt],
    );
    await sql(`insert into follow_up_task (id, partner_id, organisation_id, group_id, enrolment_id, previous_task_id, due_on, created_at) values ($1, $2, $3, $4, $5, $6, $7, $8)`, [randomUUID(), noord, org, cohort, enrolment, firstCall, day(7), at(-350)]);
    await sql(`insert into follow_up_task (id, partner_id, organisation_id, group_id, enrolment_id, due_on, created_at) values ($1, $2, $3, $4, $5, $6, $7)`, [randomUUID(), groningen, org, masterclass, mcEnrolment, day(-78), mcClosed]);

    // Financing and a student, both through MVO Noord.
    await sql(
      `insert into financing_step (id, partner_id, organisation_id, kind, status, provider, amount_eur, applied_on, decided_on, note, created_by) values ($1, $2, $3, 'subsidy', 'granted', 'Provincie Drenthe, regeling Duurzaam mkb', 12500, $4, $5, 'Voor de elektrische bussen', $6)`,
      [randomUUID(), noord, org, day(-330), day(-280), ids.users.coordinator],
    );
    const student = randomUUID();
    await sql(`insert into student (id, partner_id, name, email, institution, study_programme, period_start, period_end) values ($1, $2, 'Sanne Bakker', 'sanne.bakker@student.hanze.test', 'Hanzehogeschool Groningen', 'Bedrijfskunde', $3, $4)`, [student, noord, day(-320), day(-200)]);
    await sql(
      `insert into student_assignment (id, partner_id, student_id, organisation_id, task, status, result) values ($1, $2, $3, $4, 'Plan voor inzameling en verwerking van restverf', 'done', 'Inzameling met de verfgroothandel geregeld; 900 kg CO2e per jaar minder volgens het actieplan.')`,
      [randomUUID(), noord, student, org],
    );
    await sql(`insert into funnel_stage (organisation_id, stage, changed_by_partner_id, changed_by_user_id, changed_at) values ($1, 'implementing', $2, $3, $4)`, [org, noord, ids.users.coordinator, at(-350)]);
    return { organisationId: org };
  });
}

