import { Inject, Injectable } from '@nestjs/common';
import { ISO26000_SCAN_ID } from '@koers/calc-iso26000';
import {
  INTERNSHIP_CONSENT_LABELS, INTERNSHIP_NEXT_STEP_LABELS, ambassadorRefusal, internshipStage,
  type Bilingual, type InternshipConsentStatus, type InternshipNextStep,
} from '@koers/domain';
import { ISO26000_CORE_SUBJECTS, ISO26000_ISSUE_IDS } from '@koers/reference-data';
import { CalculationsService } from '@koers/server-calculations';
import { APP_CONFIG, type AppConfig } from '@koers/server-config';
import { BadInputError, ConflictError, Db, nameEntity, NotFoundError } from '@koers/server-db';
import { createHash, randomBytes } from 'node:crypto';
import type {
  EducationAmbassadorDto, EducationConsentDto, EducationConsentPageView, EducationCreatedInternshipView, EducationFollowUpDto, EducationInternshipDto,
  EducationInternshipView, EducationRegisteredListView, EducationRegisterStudentsDto, EducationScanAnswerDto, EducationScanDto, EducationScanResultView,
  EducationStudentLinkView, EducationStudentListView, EducationStudentPageView, EducationStudentView,
} from './education.dto';

nameEntity('EducationStudent', { nl: 'Student', en: 'Student' });
nameEntity('EducationInternship', { nl: 'Stage', en: 'Internship' });
nameEntity('EducationLink', { nl: 'Link', en: 'Link' });

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const newToken = () => randomBytes(32).toString('base64url');
const TOKEN = /^[A-Za-z0-9_-]{20,100}$/;
const ISSUES = new Set(ISO26000_ISSUE_IDS);
const today = () => new Date().toISOString().slice(0, 10);

interface StudentRow {
  id: string; partner_id: string; name: string; email: string | null; class_name: string; study_programme: string;
  ambassador_on: string | null; ambassador_note: string; school_name: string; created_by: string | null;
}
interface InternshipRow {
  id: string; partner_id: string; student_id: string; student_name: string; company_name: string; municipality: string | null; contact_name: string;
  starts_on: string; ends_on: string; consent_status: InternshipConsentStatus; consent_by: string | null; consent_at: Date | null; organisation_id: string | null;
  scan_year: number | null; scan_input_id: string | null; scan_complete: boolean; scan_submitted_at: Date | null; answers: EducationScanAnswerDto[] | null;
  follow_up_on: string | null; follow_up_note: string | null; follow_up_next_step: InternshipNextStep | null;
  result_status: string | null; result_plugin_version: string | null; result_computed_at: Date | null; result_output: ResultOutput | null;
}
interface ResultOutput { overallPercent: number | null; coreSubjects: { id: string; name: Bilingual; scorePercent: number | null }[] }

const STUDENT_SQL = `select s.id, s.partner_id, s.name, s.email, s.class_name, s.study_programme, s.ambassador_on::text as ambassador_on, s.ambassador_note, s.created_by, p.name as school_name
  from education_student s join partner p on p.id = s.partner_id`;
const INTERNSHIP_SQL = `select i.id, i.partner_id, i.student_id, s.name as student_name, i.company_name, i.municipality, i.contact_name, i.starts_on::text as starts_on, i.ends_on::text as ends_on,
    i.consent_status, i.consent_by, i.consent_at, i.organisation_id, i.scan_year, i.scan_input_id, i.scan_complete, i.scan_submitted_at, ci.input->'answers' as answers,
    i.follow_up_on::text as follow_up_on, i.follow_up_note, i.follow_up_next_step,
    r.status as result_status, r.plugin_version as result_plugin_version, r.computed_at as result_computed_at, r.output as result_output
  from education_internship i join education_student s on s.id = i.student_id
  left join calculation_input ci on ci.id = i.scan_input_id
  left join lateral (select status, plugin_version, computed_at, output from calculation_result r where r.input_id = i.scan_input_id and r.input_hash = ci.input_hash
                     order by r.created_at desc limit 1) r on true`;

/**
 * The education line: a school partner registers students (or a class) and
 * their internship companies; the company consents through its own link; the
 * student does the ISO 26000 quick scan there through a personal link (the
 * iso26000.scan calculator, through CalculationsService like the Koploper
 * baseline), discusses the result with the company; the school names the
 * student junior MVO ambassador. Row-level security scopes every read.
 */
@Injectable()
export class EducationService {
  constructor(
    private readonly db: Db,
    private readonly calculations: CalculationsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  // --- the school's staff -----------------------------------------------------------------------

  async students(): Promise<EducationStudentListView> {
    const students: StudentRow[] = await this.db.em.query(`${STUDENT_SQL} order by s.class_name, s.name, s.id`);
    const internships = await this.internships(null);
    const items = students.map((s) => this.studentView(s, internships.filter((i) => i.studentId === s.id)));
    return {
      items,
      figures: {
        students: items.length,
        companies: internships.filter((i) => i.consentStatus === 'given').length,
        scans: internships.filter((i) => i.scan !== null).length,
        ambassadors: items.filter((s) => s.ambassador !== null).length,
      },
    };
  }

  async register(dto: EducationRegisterStudentsDto): Promise<EducationRegisteredListView> {
    const { partnerId, userId } = this.db.tenant;
    const items = [];
    for (const s of dto.students) {
      const id = this.db.newId();
      const token = newToken();
      await this.db.em.query(
        `insert into education_student (id, partner_id, name, email, class_name, study_programme, link_hash, created_by) values ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [id, partnerId, s.name.trim(), s.email?.trim().toLowerCase() ?? null, dto.className.trim(), dto.studyProgramme.trim(), sha256(token), userId],
      );
      items.push({ ...(await this.student(id)), studentLink: this.link('student', token) });
    }
    return { items };
  }

  async student(id: string): Promise<EducationStudentView> {
    const row = await this.studentRow(id);
    return this.studentView(row, await this.internships(id));
  }

  async renewLink(id: string): Promise<EducationStudentLinkView> {
    await this.studentRow(id);
    const token = newToken();
    await this.db.em.query(`update education_student set link_hash = $2, updated_at = now() where id = $1`, [id, sha256(token)]);
    return { studentLink: this.link('student', token) };
  }

  async addInternship(studentId: string, dto: EducationInternshipDto): Promise<EducationCreatedInternshipView> {
    const s = await this.studentRow(studentId);
    if (dto.endsOn < dto.startsOn) {
      throw new BadInputError('endsOn', { nl: 'De stage eindigt voor ze begint', en: 'The internship ends before it starts' }, { code: 'education.period' });
    }
    const id = this.db.newId();
    const token = newToken();
    await this.db.em.query(
      `insert into education_internship (id, partner_id, student_id, company_name, municipality, contact_name, contact_email, starts_on, ends_on, consent_hash, created_by)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [id, s.partner_id, studentId, dto.companyName.trim(), dto.municipality?.trim() || null, dto.contactName.trim(), dto.contactEmail?.trim().toLowerCase() ?? null, dto.startsOn, dto.endsOn, sha256(token), this.db.tenant.userId],
    );
    const [view] = await this.internships(studentId, id);
    return { ...view, consentLink: this.link('consent', token) };
  }

  async nameAmbassador(id: string, dto: EducationAmbassadorDto): Promise<EducationStudentView> {
    const s = await this.studentRow(id);
    if (dto.namedOn > today()) {
      throw new BadInputError('namedOn', { nl: `De benoeming ligt niet in de toekomst (vandaag is ${today()})`, en: `The nomination is not in the future (today is ${today()})` }, { code: 'education.named_in_future' });
    }
    const view = this.studentView(s, await this.internships(id));
    if (view.ambassador) {
      throw new ConflictError({ nl: `${s.name} is al junior MVO-ambassadeur (sinds ${view.ambassador.namedOn})`, en: `${s.name} is a junior CSR ambassador already (since ${view.ambassador.namedOn})` }, { code: 'education.ambassador_already' });
    }
    if (view.ambassadorRefusal) throw new ConflictError(view.ambassadorRefusal, { code: 'education.not_eligible' });
    const done = view.internships.filter((i) => i.stage === 'done').map((i) => i.followUp?.discussedOn ?? '').sort();
    if (dto.namedOn < done[0]) {
      throw new BadInputError('namedOn', { nl: `De benoeming ligt niet voor het gesprek met het bedrijf (${done[0]})`, en: `The nomination is not before the talk with the company (${done[0]})` }, { code: 'education.named_before_follow_up' });
    }
    await this.db.em.query(`update education_student set ambassador_on = $2, ambassador_note = $3, ambassador_by = $4, updated_at = now() where id = $1`, [id, dto.namedOn, dto.note?.trim() ?? '', this.db.tenant.userId]);
    return this.student(id);
  }

  // --- the student's link -------------------------------------------------------------------------

  studentPage(token: string): Promise<EducationStudentPageView> {
    return this.asStudent(token, async (studentId) => ({
      ...(await this.student(studentId)),
      coreSubjects: ISO26000_CORE_SUBJECTS.map((c) => ({ id: c.id, clause: c.clause, name: c.name, issues: c.issues.map((i) => ({ id: i.id, clause: i.clause, name: i.name })) })),
    }));
  }

  submitScan(token: string, internshipId: string, dto: EducationScanDto): Promise<EducationStudentView> {
    return this.asStudent(token, async (studentId) => {
      const i = await this.ownInternship(studentId, internshipId);
      if (i.consentStatus !== 'given' || !i.organisationId) {
        throw new ConflictError({ nl: `${i.companyName} heeft (nog) geen toestemming gegeven voor de scan`, en: `${i.companyName} has not consented to the scan (yet)` }, { code: 'education.no_consent' });
      }
      const answers = checkAnswers(dto.answers);
      const year = Number(today().slice(0, 4));
      const subject = `education:${internshipId}`;
      await this.calculations.submit(i.organisationId, ISO26000_SCAN_ID, year, { answers }, subject);
      const [input]: { id: string }[] = await this.db.em.query(
        `select id from calculation_input where partner_id = koers_tenant_id() and organisation_id = $1 and plugin_id = $2 and year = $3 and subject = $4`,
        [i.organisationId, ISO26000_SCAN_ID, year, subject],
      );
      const complete = ISO26000_ISSUE_IDS.every((id) => answers.some((a) => a.issueId === id));
      await this.db.em.query(
        `update education_internship set scan_input_id = $2, scan_year = $3, scan_complete = $4, scan_submitted_at = now(), updated_at = now() where id = $1`,
        [internshipId, input.id, year, complete],
      );
      return this.student(studentId);
    });
  }

  recordFollowUp(token: string, internshipId: string, dto: EducationFollowUpDto): Promise<EducationStudentView> {
    return this.asStudent(token, async (studentId) => {
      const i = await this.ownInternship(studentId, internshipId);
      if (!i.scan) throw new ConflictError({ nl: 'Eerst de MVO-scan, dan het gesprek over de uitkomst', en: 'First the CSR scan, then the talk about its result' }, { code: 'education.no_scan' });
      const submitted = new Date(i.scan.submittedAt).toISOString().slice(0, 10);
      if (dto.discussedOn > today()) {
        throw new BadInputError('discussedOn', { nl: `Het gesprek ligt niet in de toekomst (vandaag is ${today()})`, en: `The talk is not in the future (today is ${today()})` }, { code: 'education.discussed_in_future' });
      }
      if (dto.discussedOn < submitted) {
        throw new BadInputError('discussedOn', { nl: `Het gesprek ligt niet voor de scan (${submitted})`, en: `The talk is not before the scan (${submitted})` }, { code: 'education.discussed_before_scan' });
      }
      await this.db.em.query(
        `update education_internship set follow_up_on = $2, follow_up_note = $3, follow_up_next_step = $4, updated_at = now() where id = $1`,
        [internshipId, dto.discussedOn, dto.note.trim(), dto.nextStep],
      );
      return this.student(studentId);
    });
  }

  // --- the company's consent link -----------------------------------------------------------------

  consentPage(token: string): Promise<EducationConsentPageView> {
    return this.asCompany(token, (internshipId) => this.consentView(internshipId));
  }

  decideConsent(token: string, dto: EducationConsentDto): Promise<EducationConsentPageView> {
    return this.asCompany(token, async (internshipId) => {
      const [row]: { consent_status: InternshipConsentStatus; company_name: string; municipality: string | null; student_name: string }[] = await this.db.em.query(
        `select i.consent_status, i.company_name, i.municipality, s.name as student_name from education_internship i join education_student s on s.id = i.student_id where i.id = $1 for update of i`,
        [internshipId],
      );
      if (row.consent_status !== 'requested') {
        throw new ConflictError({ nl: `Hierover is al besloten (${INTERNSHIP_CONSENT_LABELS[row.consent_status].nl.toLowerCase()})`, en: `This was decided already (${INTERNSHIP_CONSENT_LABELS[row.consent_status].en.toLowerCase()})` }, { code: 'education.consent_decided' });
      }
      if (dto.decision === 'declined') {
        await this.db.em.query(`update education_internship set consent_status = 'declined', consent_by = $2, consent_at = now(), updated_at = now() where id = $1`, [internshipId, dto.name.trim()]);
        return this.consentView(internshipId);
      }
      // The company enters the journey through the education line: its record and the school's lead
      // (the lead first, deferred foreign key: it is what makes the new organisation visible to the school).
      const organisationId = this.db.newId();
      await this.db.em.query(
        `insert into journey_lead (id, partner_id, organisation_id, source, contacted_on, note, created_by) values ($1, koers_tenant_id(), $2, 'education', $3, $4, koers_user_id())`,
        [this.db.newId(), organisationId, today(), `MVO-scan door stagiair(e) ${row.student_name}; toestemming van ${dto.name.trim()}`],
      );
      await this.db.em.query(`insert into organisation (id, name, kind, municipality) values ($1, $2, 'company', $3)`, [organisationId, row.company_name, row.municipality]);
      await this.db.em.query(
        `update education_internship set consent_status = 'given', consent_by = $2, consent_at = now(), organisation_id = $3, updated_at = now() where id = $1`,
        [internshipId, dto.name.trim(), organisationId],
      );
      return this.consentView(internshipId);
    });
  }

  // --- helpers ------------------------------------------------------------------------------------

  private link(kind: 'student' | 'consent', token: string): string {
    return `${this.config.PUBLIC_WEB_URL}/onderwijs/${kind === 'student' ? 'student' : 'toestemming'}/${token}`;
  }

  private async consentView(internshipId: string): Promise<EducationConsentPageView> {
    const [row]: { school_name: string; student_name: string; student_id: string }[] = await this.db.em.query(
      `select p.name as school_name, s.name as student_name, s.id as student_id from education_internship i join education_student s on s.id = i.student_id join partner p on p.id = i.partner_id where i.id = $1`,
      [internshipId],
    );
    const [internship] = await this.internships(row.student_id, internshipId);
    return { schoolName: row.school_name, studentName: row.student_name, internship };
  }

  /**
   * Runs as the school whose student holds the link, with app.student_id set: the restrictive
   * policies then show only this student and its internships. Writes are attributed to the staff
   * member who registered the student (the student has no account).
   */
  private async asStudent<T>(token: string, fn: (studentId: string) => Promise<T>): Promise<T> {
    const found = TOKEN.test(token)
      ? await this.db.system(async (em) => (await em.query(`select id, partner_id, created_by from education_student where link_hash = $1`, [sha256(token)]))[0] as { id: string; partner_id: string; created_by: string | null } | undefined)
      : undefined;
    if (!found) throw new NotFoundError('EducationLink', token.slice(0, 12));
    return this.db.inTenant({ partnerId: found.partner_id, userId: found.created_by ?? '', membershipId: '', role: 'coordinator', organisationId: null }, async (em) => {
      await em.query(`select set_config('app.student_id', $1, true)`, [found.id]);
      return fn(found.id);
    });
  }

  /** Runs as the school of the internship, with app.internship_id set: only that internship and its student. */
  private async asCompany<T>(token: string, fn: (internshipId: string) => Promise<T>): Promise<T> {
    const found = TOKEN.test(token)
      ? await this.db.system(async (em) => (await em.query(`select i.id, i.partner_id, i.created_by from education_internship i where i.consent_hash = $1`, [sha256(token)]))[0] as { id: string; partner_id: string; created_by: string | null } | undefined)
      : undefined;
    if (!found) throw new NotFoundError('EducationLink', token.slice(0, 12));
    return this.db.inTenant({ partnerId: found.partner_id, userId: found.created_by ?? '', membershipId: '', role: 'coordinator', organisationId: null }, async (em) => {
      await em.query(`select set_config('app.internship_id', $1, true)`, [found.id]);
      return fn(found.id);
    });
  }

  private async studentRow(id: string): Promise<StudentRow> {
    if (!/^[0-9a-f-]{36}$/i.test(id)) throw new NotFoundError('EducationStudent', id);
    const [row]: StudentRow[] = await this.db.em.query(`${STUDENT_SQL} where s.id = $1`, [id]);
    if (!row) throw new NotFoundError('EducationStudent', id);
    return row;
  }

  private async ownInternship(studentId: string, id: string): Promise<EducationInternshipView> {
    const [found] = /^[0-9a-f-]{36}$/i.test(id) ? await this.internships(studentId, id) : [];
    if (!found) throw new NotFoundError('EducationInternship', id);
    return found;
  }

  private async internships(studentId: string | null, id: string | null = null): Promise<EducationInternshipView[]> {
    const rows: InternshipRow[] = await this.db.em.query(
      `${INTERNSHIP_SQL} where ($1::uuid is null or i.student_id = $1) and ($2::uuid is null or i.id = $2) order by i.starts_on, i.created_at`,
      [studentId, id],
    );
    return rows.map(internshipView);
  }

  private studentView(s: StudentRow, internships: EducationInternshipView[]): EducationStudentView {
    const ambassador = s.ambassador_on ? { namedOn: s.ambassador_on, note: s.ambassador_note } : null;
    const facts = internships.map((i) => ({ consentStatus: i.consentStatus, scanSubmitted: i.scan !== null, scanComplete: i.scan?.complete ?? false, followUpRecorded: i.followUp !== null }));
    return {
      id: s.id, name: s.name, email: s.email, className: s.class_name, studyProgramme: s.study_programme, schoolName: s.school_name,
      ambassador, ambassadorRefusal: ambassador ? null : ambassadorRefusal(facts), internships,
    };
  }
}

function internshipView(r: InternshipRow): EducationInternshipView {
  const scan = r.scan_submitted_at && r.scan_year !== null
    ? {
        year: r.scan_year, submittedAt: r.scan_submitted_at, complete: r.scan_complete, answered: r.answers?.length ?? 0, answers: r.answers ?? [],
        result: r.result_status ? resultView(r) : null,
      }
    : null;
  const followUp = r.follow_up_on && r.follow_up_next_step
    ? { discussedOn: r.follow_up_on, note: r.follow_up_note ?? '', nextStep: r.follow_up_next_step, nextStepLabel: INTERNSHIP_NEXT_STEP_LABELS[r.follow_up_next_step] }
    : null;
  return {
    id: r.id, studentId: r.student_id, studentName: r.student_name, companyName: r.company_name, municipality: r.municipality, contactName: r.contact_name,
    startsOn: r.starts_on, endsOn: r.ends_on, consentStatus: r.consent_status, consentLabel: INTERNSHIP_CONSENT_LABELS[r.consent_status], consentBy: r.consent_by,
    consentAt: r.consent_at, organisationId: r.organisation_id,
    stage: internshipStage({ consentStatus: r.consent_status, scanSubmitted: scan !== null, scanComplete: r.scan_complete, followUpRecorded: followUp !== null }),
    scan, followUp,
  };
}

function resultView(r: InternshipRow): EducationScanResultView {
  const out = r.result_status === 'succeeded' ? r.result_output : null;
  return {
    status: r.result_status ?? 'pending', pluginId: ISO26000_SCAN_ID, pluginVersion: r.result_plugin_version ?? '', computedAt: r.result_computed_at,
    overallPercent: out?.overallPercent ?? null,
    coreSubjects: (out?.coreSubjects ?? []).map((c) => ({ id: c.id, name: c.name, scorePercent: c.scorePercent })),
  };
}

type Answer = { issueId: string; maturity: number } | { issueId: string; notRelevant: true; reason: string };

/** The scan's answers as the calculator takes them, every problem named by its field (the calculator's schema checks them again). */
function checkAnswers(answers: EducationScanAnswerDto[]): Answer[] {
  const errors: { field: string; text: Bilingual }[] = [];
  const seen = new Map<string, number>();
  const out = answers.map((a, i): Answer => {
    const at = `answers.${i}`;
    if (!ISSUES.has(a.issueId)) errors.push({ field: `${at}.issueId`, text: { nl: `onbekend ISO 26000-onderwerp "${a.issueId}"`, en: `unknown ISO 26000 issue id "${a.issueId}"` } });
    else if (seen.has(a.issueId)) errors.push({ field: `${at}.issueId`, text: { nl: `"${a.issueId}" staat er twee keer in (ook bij answers.${seen.get(a.issueId)})`, en: `"${a.issueId}" is answered twice (also at answers.${seen.get(a.issueId)})` } });
    else seen.set(a.issueId, i);
    if (a.notRelevant) {
      if (a.maturity !== undefined) errors.push({ field: `${at}.maturity`, text: { nl: 'geef een volwassenheid óf "niet relevant", niet allebei', en: 'give a maturity or "not relevant", not both' } });
      if (!a.reason?.trim()) errors.push({ field: `${at}.reason`, text: { nl: 'geef een reden waarom dit niet relevant is', en: 'give a reason why this is not relevant' } });
      return { issueId: a.issueId, notRelevant: true, reason: (a.reason ?? '').trim() };
    }
    if (a.maturity === undefined) errors.push({ field: `${at}.maturity`, text: { nl: 'geef een volwassenheid 0-4 of "niet relevant"', en: 'give a maturity 0-4 or "not relevant"' } });
    if (a.reason !== undefined) errors.push({ field: `${at}.reason`, text: { nl: 'een reden hoort alleen bij "niet relevant"', en: 'a reason only goes with "not relevant"' } });
    return { issueId: a.issueId, maturity: a.maturity ?? 0 };
  });
  if (errors.length) throw BadInputError.many(errors.map((e) => ({ ...e, code: 'education.scan_answer' })));
  return out;
}
