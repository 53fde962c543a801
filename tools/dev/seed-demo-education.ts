/**
 * Demo data for the education line (npm start only; the tests build their
 * own): Drenthe College, a school partner of the alliance (the seed's pilot
 * "de Groene Golf" ran there first), with its coordinator and a class of four
 * students. Sanne did the MVO scan at Fietsenmaker Bos, discussed it with the
 * company and is junior MVO ambassador; Tom handed in his scan at Kapsalon
 * Knip and has still to discuss it; Lisa's company has not consented yet;
 * Ahmed has no internship company yet. The consenting companies entered the
 * journey through the education line. The scans are computed here with the
 * iso26000.scan calculator, as the worker would. Names are made up; dates are
 * relative to today. The links below are fixed for the demo (only their hashes
 * are stored), so the pages can be opened after `npm start`.
 */
import { builtinReferenceProvider, createBuiltinRegistry } from '@koers/calc-builtin';
import { runCalculator, stableHash } from '@koers/calc-sdk';
import { ISO26000_ISSUE_IDS } from '@koers/reference-data';
import { hashPassword } from '@koers/server-auth';
import { loadCatalogue } from '@koers/server-calculations';
import { createHash, randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { DEMO_PASSWORD } from './seed-demo';

export const DEMO_SCHOOL_EMAIL = 'coordinator@drenthecollege.test';
/** The demo's personal links: /onderwijs/student/<token> and /onderwijs/toestemming/<token>. */
export const DEMO_EDUCATION_LINKS = {
  sanne: 'demo-sanne-de-boer-mvo-scan',
  tom: 'demo-tom-mulder-mvo-scan',
  lisaCompany: 'demo-bloemenhuis-de-tulp-toestemming',
} as const;

const day = (offset: number): string => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const at = (offset: number): Date => new Date(`${day(offset)}T10:00:00Z`);
const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** A complete scan: a maturity per issue from the pattern, the one governance issue not relevant for a small firm. */
function answers(pattern: number[]) {
  return ISO26000_ISSUE_IDS.map((issueId, i) =>
    i === 0 ? { issueId, notRelevant: true as const, reason: 'Eenmanszaak: geen bestuur naast de eigenaar' } : { issueId, maturity: pattern[i % pattern.length] },
  );
}

export async function seedDemoEducation(ds: DataSource): Promise<{ partnerId: string }> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const scan = createBuiltinRegistry().get('iso26000.scan');
  if (!scan) throw new Error('iso26000.scan is not registered');
  const referenceVersion = loadCatalogue('plugins').referenceVersionOf('iso26000.scan', scan.version);
  return ds.transaction(async (em) => {
    const sql = (text: string, params: unknown[]) => em.query(text, params);
    const [{ id: school }] = await sql(`insert into partner (slug, name, settings) values ('drenthe-college', 'Drenthe College', '{}') returning id`, []);
    await sql(`update alliance_partner set kind = 'school', description = $2 where partner_id = $1`, [
      school, 'Regionaal opleidingscentrum in Drenthe: studenten voeren de MVO-scan uit bij hun stagebedrijven (Groene Golf).',
    ]);
    const coordinator = randomUUID();
    await sql(`insert into app_user (id, email, name, password_hash, locale) values ($1, $2, 'Dirk Docent', $3, 'nl')`, [coordinator, DEMO_SCHOOL_EMAIL, passwordHash]);
    await sql(`insert into membership (id, user_id, partner_id, role) values ($1, $2, $3, 'coordinator')`, [randomUUID(), coordinator, school]);

    const student = async (name: string, email: string, token: string | null) => {
      const id = randomUUID();
      await sql(
        `insert into education_student (id, partner_id, name, email, class_name, study_programme, link_hash, created_by, created_at) values ($1, $2, $3, $4, 'MVO-3A', 'Ondernemer detailhandel (niveau 4)', $5, $6, $7)`,
        [id, school, name, email, token ? sha256(token) : null, coordinator, at(-120)],
      );
      return id;
    };
    const sanne = await student('Sanne de Boer', 'sanne.deboer@student.drenthecollege.test', DEMO_EDUCATION_LINKS.sanne);
    const tom = await student('Tom Mulder', 'tom.mulder@student.drenthecollege.test', DEMO_EDUCATION_LINKS.tom);
    const lisa = await student('Lisa Veenstra', 'lisa.veenstra@student.drenthecollege.test', null);
    await student('Ahmed Yilmaz', 'ahmed.yilmaz@student.drenthecollege.test', null);

    /** An internship; consented ones enter the journey (the organisation and the school's lead of source education) and get their scan. */
    const internship = async (o: {
      studentId: string; studentName: string; company: string; contact: string; consentToken?: string;
      consent?: { by: string; offset: number }; scan?: { pattern: number[]; offset: number }; followUp?: { offset: number; note: string; nextStep: string };
    }) => {
      const id = randomUUID();
      let organisationId: string | null = null;
      if (o.consent) {
        organisationId = randomUUID();
        await sql(`insert into organisation (id, name, kind, municipality, region) values ($1, $2, 'company', 'Assen', 'Drenthe')`, [organisationId, o.company]);
        await sql(`insert into journey_lead (id, partner_id, organisation_id, source, contacted_on, note, created_by) values ($1, $2, $3, 'education', $4, $5, $6)`, [
          randomUUID(), school, organisationId, day(o.consent.offset), `MVO-scan door stagiair(e) ${o.studentName}; toestemming van ${o.consent.by}`, coordinator,
        ]);
      }
      await sql(
        `insert into education_internship (id, partner_id, student_id, company_name, municipality, contact_name, starts_on, ends_on, consent_hash, consent_status, consent_by, consent_at, organisation_id, created_by, created_at)
         values ($1, $2, $3, $4, 'Assen', $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)`,
        [id, school, o.studentId, o.company, o.contact, day(-100), day(60), sha256(o.consentToken ?? randomUUID()), o.consent ? 'given' : 'requested', o.consent?.by ?? null,
          o.consent ? at(o.consent.offset) : null, organisationId, coordinator, at(-100)],
      );
      if (o.scan && organisationId) {
        const input = { answers: answers(o.scan.pattern) };
        const run = runCalculator(scan, input, builtinReferenceProvider);
        if (run.status !== 'ok') throw new Error(`demo scan did not compute: ${JSON.stringify(run)}`);
        const inputId = randomUUID();
        const hash = stableHash(input);
        const year = Number(day(o.scan.offset).slice(0, 4));
        await sql(`insert into calculation_input (id, partner_id, organisation_id, plugin_id, year, input, input_hash, submitted_by, submitted_at, subject) values ($1, $2, $3, 'iso26000.scan', $4, $5, $6, $7, $8, $9)`, [
          inputId, school, organisationId, year, JSON.stringify(input), hash, coordinator, at(o.scan.offset), `education:${id}`,
        ]);
        await sql(
          `insert into calculation_result (id, partner_id, organisation_id, input_id, plugin_id, plugin_version, input_hash, reference_version, reference_set, status, output, attempts, created_at, computed_at)
           values ($1, $2, $3, $4, 'iso26000.scan', $5, $6, $7, null, 'succeeded', $8, 1, $9, $9)`,
          [randomUUID(), school, organisationId, inputId, scan.version, hash, referenceVersion, JSON.stringify(run.output), at(o.scan.offset)],
        );
        await sql(`update education_internship set scan_input_id = $2, scan_year = $3, scan_complete = true, scan_submitted_at = $4 where id = $1`, [id, inputId, year, at(o.scan.offset)]);
      }
      if (o.followUp) {
        await sql(`update education_internship set follow_up_on = $2, follow_up_note = $3, follow_up_next_step = $4 where id = $1`, [id, day(o.followUp.offset), o.followUp.note, o.followUp.nextStep]);
      }
    };
    await internship({
      studentId: sanne, studentName: 'Sanne de Boer', company: 'Fietsenmaker Bos', contact: 'Henk Bos', consent: { by: 'Henk Bos', offset: -90 }, scan: { pattern: [2, 3, 1, 3], offset: -60 },
      followUp: { offset: -40, note: 'Uitkomst besproken met Henk Bos: hij pakt ledverlichting en afvalscheiding op en meldt zich voor het Koplopertraject.', nextStep: 'koploper' },
    });
    await internship({ studentId: tom, studentName: 'Tom Mulder', company: 'Kapsalon Knip', contact: 'Ria Knip', consent: { by: 'Ria Knip', offset: -50 }, scan: { pattern: [1, 2, 2, 0], offset: -10 } });
    await internship({ studentId: lisa, studentName: 'Lisa Veenstra', company: 'Bloemenhuis De Tulp', contact: 'Joke de Tulp', consentToken: DEMO_EDUCATION_LINKS.lisaCompany });
    await sql(`update education_student set ambassador_on = $2, ambassador_note = $3, ambassador_by = $4 where id = $1`, [
      sanne, day(-30), 'Presenteerde de scan aan het team van de fietsenmaker en op de MVO-dag van de school.', coordinator,
    ]);
    return { partnerId: school };
  });
}
