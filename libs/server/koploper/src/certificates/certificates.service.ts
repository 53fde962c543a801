import { Inject, Injectable } from '@nestjs/common';
import {
  approveCertificate,
  approveCertificateWithConditions,
  assertCertificateTransition,
  awardCertificate,
  CERTIFICATE_AWARD_PHASE,
  CERTIFICATE_STATUS_LABELS,
  KOPLOPER_STEP,
  phaseLabel,
  formatCertificateNumber,
  isInPublicRegister,
  newCertificateApplication,
  rejectCertificate,
  revokeCertificate,
  submitCertificate,
  validUntilFor,
  type Bilingual,
  type CertificateApplication,
  type CertificateStatus,
} from '@koers/domain';
import { APP_CONFIG, type AppConfig } from '@koers/server-config';
import { asConflict, BadInputError, ConflictError, CsrCertificate, Db, Enrolment, EnrolmentAdviser, ForbiddenError, Organisation, Partner, Refusal, StoredFile, SustainabilityProfile } from '@koers/server-db';
import { Files } from '@koers/server-files';
import { JobQueue } from '@koers/server-queue';
import type { FastifyReply } from 'fastify';
import { In, LessThanOrEqual, MoreThanOrEqual, type EntityManager, type FindOptionsWhere } from 'typeorm';
import { ActionPlanService } from '../action-plan';
import { Participants, today } from '../shared/participants';
import type { CsrCertificateView, CsrRegisterCertificateView, CsrRegisterQuery, CsrRegisterView, ReviewCsrCertificateDto } from './certificates.dto';
import { CSR_CERTIFICATE } from '../documents/kinds';
import { CSR_CERTIFICATE_MEANING, registerLink } from './register-link';

/** 404 of the register: no certificate has this number (named in the text and the params). */
export class RegisterNumberNotFoundError extends Refusal {
  readonly status = 404;
  constructor(number: string) {
    super('csr_register.not_found', { nl: `Certificaat ${number} staat niet in het MVO-register`, en: `Certificate ${number} is not in the CSR register` }, { number });
  }
}

/** What an application carries with it, as it was when the company applied. */
interface Attachments {
  profileVersion: number | null;
  vision: string;
  actionItems: number;
  organisationName: string;
}

const DEFAULT_VALID_YEARS = 3;
const OPEN: CertificateStatus[] = ['draft', 'submitted', 'approved', 'approved_with_conditions'];
/** A jsonb column takes any JSON; TypeORM's partial-entity types cannot say so for a typed object. */
const jsonb = (value: unknown) => value as never;

/**
 * MVO-certificaat: a participant (or its adviser) applies with its published
 * profile, action plan and vision attached; an administrator or coordinator who
 * is not the company's own adviser reviews it; an approved application is
 * awarded a number and a validity, and is listed in the public register until
 * it expires or is revoked. The state machine and the register rule are the
 * domain's (`@koers/domain` certificate.ts); this service stores and shows them.
 */
@Injectable()
export class CertificatesService {
  constructor(
    private readonly db: Db,
    private readonly participants: Participants,
    private readonly actionPlans: ActionPlanService,
    private readonly files: Files,
    private readonly jobs: JobQueue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** A new application (status `submitted`); 409 naming everything that is still missing. */
  async apply(participantId: string): Promise<CsrCertificateView> {
    const { participant, organisation } = await this.participants.load(participantId);
    if (participant.phase === 'withdrawn') throw new ConflictError({ nl: 'Deze deelnemer is gestopt met het traject', en: 'This participant has withdrawn from the track' }, { code: 'enrolment.withdrawn' });
    const em = this.db.em;
    const open = await em.findOne(CsrCertificate, { where: { participantId, status: In(OPEN) } });
    if (open) {
      throw new ConflictError({ nl: `Er loopt al een aanvraag ('${label(open.status).nl}'); wacht op de beoordeling`, en: `An application is already open ('${label(open.status).en}'); wait for its review` }, { code: 'csr_certificate.open_exists' });
    }
    const found = await this.attachmentsOf(participant);
    const missing: Bilingual[] = [];
    if (!found.profile) missing.push({ nl: 'een gepubliceerd duurzaamheidsprofiel', en: 'a published sustainability profile' });
    if (found.actionItems < 1) missing.push({ nl: 'ten minste één actie in het actieplan (DuOn-agenda)', en: 'at least one action-plan item' });
    if (!found.vision.trim()) missing.push({ nl: 'een MVO-visie', en: 'a CSR vision' });
    if (missing.length) {
      throw new ConflictError(
        {
          nl: `${organisation.name} kan nog geen MVO-certificaat aanvragen; nog nodig: ${missing.map((m) => m.nl).join(', ')}`,
          en: `${organisation.name} cannot apply for the CSR certificate yet; still needed: ${missing.map((m) => m.en).join(', ')}`,
        },
        { code: 'csr_certificate.incomplete', params: { missing: missing.map((m) => m.en) } },
      );
    }
    const app = submitCertificate(newCertificateApplication());
    const attachments: Attachments = { profileVersion: found.profile?.version ?? null, vision: found.vision, actionItems: found.actionItems, organisationName: organisation.name };
    const id = this.db.newId();
    await em.insert(CsrCertificate, {
      id,
      partnerId: participant.partnerId,
      participantId,
      organisationId: organisation.id,
      status: app.status,
      profileId: found.profile?.id ?? null,
      attachments: jsonb(attachments),
      conditions: jsonb([]),
      reason: null,
      submittedAt: new Date(),
    });
    return this.get(id);
  }

  async list(status?: CertificateStatus): Promise<{ items: CsrCertificateView[] }> {
    // Expired is also what an awarded certificate past its validity is, before anyone marks it so.
    const stored: CertificateStatus[] | undefined = status === 'expired' ? ['awarded', 'expired'] : status ? [status] : undefined;
    const rows = await this.db.em.find(CsrCertificate, { where: stored ? { status: In(stored) } : {}, order: { submittedAt: 'DESC', createdAt: 'DESC' } });
    const day = today();
    const chosen = status ? rows.filter((c) => effectiveStatus(c, day) === status) : rows;
    return { items: await this.views(chosen) };
  }

  async get(id: string): Promise<CsrCertificateView> {
    return (await this.views([await this.db.findOwned(CsrCertificate, id)]))[0];
  }

  /** The participant's latest application, for its track overview. */
  async latest(participantId: string): Promise<CsrCertificateView | null> {
    const cert = await this.db.em.findOne(CsrCertificate, { where: { participantId }, order: { createdAt: 'DESC' } });
    return cert ? (await this.views([cert]))[0] : null;
  }

  /** Approve, approve with conditions or reject; never by anyone who advised the company in the track (403). */
  async review(id: string, dto: ReviewCsrCertificateDto): Promise<CsrCertificateView> {
    // Which fields go with which decision is checked before anything is looked up (400).
    if (dto.decision !== 'approve_with_conditions' && dto.conditions !== undefined) {
      throw new BadInputError('conditions', { nl: 'Alleen bij approve_with_conditions', en: 'Only with approve_with_conditions' }, { code: 'csr_certificate.conditions_only_with_conditions' });
    }
    if (dto.decision !== 'reject' && dto.reason !== undefined) throw new BadInputError('reason', { nl: 'Alleen bij reject', en: 'Only with reject' }, { code: 'csr_certificate.reason_only_with_reject' });
    const cert = await this.db.findOwned(CsrCertificate, id);
    await this.assertNotOwnAdviser(cert, 'review');
    const app = application(cert, today());
    const next = asConflict(() => {
      if (dto.decision === 'approve') return approveCertificate(app);
      if (dto.decision === 'approve_with_conditions') return approveCertificateWithConditions(app, (dto.conditions ?? []).map((c) => c.trim()));
      return rejectCertificate(app, (dto.reason ?? '').trim());
    });
    await this.move(cert, {
      status: next.status,
      conditions: jsonb(next.conditions ?? []),
      reason: next.reason ?? null,
      reviewedBy: this.db.tenant.userId,
      reviewedAt: new Date(),
    });
    return this.get(id);
  }

  /** Gives an approved application its number (MVO-YYYY-NNNN, unique across partners) and validity from today. */
  async award(id: string, validYears = DEFAULT_VALID_YEARS): Promise<CsrCertificateView> {
    const cert = await this.db.findOwned(CsrCertificate, id);
    await this.assertNotOwnAdviser(cert, 'award');
    const day = today();
    const app = application(cert, day);
    // Refuse before a number is taken (it would be rolled back anyway, but this keeps the counter quiet).
    asConflict(() => assertCertificateTransition(app.status, 'awarded'));
    await this.assertFarEnough(cert);
    const number = await this.nextNumber(this.db.em, Number(day.slice(0, 4)));
    const next = asConflict(() => awardCertificate(app, { number, awardedOn: day, validUntil: validUntilFor(day, validYears) }));
    await this.move(cert, { status: next.status, number: next.number, awardedOn: next.awardedOn, validUntil: next.validUntil, awardedBy: this.db.tenant.userId });
    // The certificate as a document, rendered on the worker (job ids may not contain ':').
    await this.jobs.add('document.render', { kind: CSR_CERTIFICATE, ownerId: id, partnerId: cert.partnerId }, { jobId: renderJobId(id) });
    return this.get(id);
  }

  /** Takes an awarded certificate out of the register, with the reason. */
  async revoke(id: string, reason: string): Promise<CsrCertificateView> {
    const cert = await this.db.findOwned(CsrCertificate, id);
    await this.assertNotOwnAdviser(cert, 'revoke');
    const day = today();
    const next = asConflict(() => revokeCertificate(application(cert, day), reason.trim(), day));
    await this.move(cert, { status: next.status, reason: next.reason, endedOn: next.endedOn });
    return this.get(id);
  }

  /**
   * An MVO-certificaat follows the work: it is awarded only once the company has
   * reached the communication phase (its action plan and vision are in, or the
   * coordinator moved it on saying why), never at the baseline (409 naming the
   * phase it is in and the one it needs).
   */
  private async assertFarEnough(cert: CsrCertificate): Promise<void> {
    const participant = await this.db.em.findOneOrFail(Enrolment, { where: { id: cert.participantId } });
    if (participant.phase === 'withdrawn') throw new ConflictError({ nl: 'Deze deelnemer is gestopt met het traject', en: 'This participant has withdrawn from the track' }, { code: 'enrolment.withdrawn' });
    const phases = KOPLOPER_STEP.phases;
    if (phases.indexOf(participant.phase) >= phases.indexOf(CERTIFICATE_AWARD_PHASE)) return;
    const now = phaseLabel(KOPLOPER_STEP, participant.phase);
    const needed = phaseLabel(KOPLOPER_STEP, CERTIFICATE_AWARD_PHASE);
    throw new ConflictError(
      {
        nl: `Het MVO-certificaat kan pas worden toegekend als het bedrijf de fase ${needed.nl} heeft bereikt (actieplan en MVO-visie ingeleverd); het staat nu in de fase ${now.nl}`,
        en: `The CSR certificate can only be awarded once the company has reached the ${needed.en} phase (action plan and CSR vision in); it is now in the ${now.en} phase`,
      },
      { code: 'csr_certificate.too_early', params: { phase: participant.phase, needed: CERTIFICATE_AWARD_PHASE } },
    );
  }

  /**
   * "Never the company's own adviser", over the whole track: whoever advised the
   * enrolment at any time (enrolment_adviser, kept by a trigger on every change of
   * enrolment.adviser_user_id) may not review, award or revoke its certificate,
   * whatever role they act in now, and unassigning oneself first does not help (403).
   */
  private async assertNotOwnAdviser(cert: CsrCertificate, action: 'review' | 'award' | 'revoke'): Promise<void> {
    const userId = this.db.tenant.userId;
    const advised =
      (await this.db.em.exists(EnrolmentAdviser, { where: { enrolmentId: cert.participantId, userId } })) ||
      (await this.db.em.exists(Enrolment, { where: { id: cert.participantId, adviserUserId: userId } }));
    if (!advised) return;
    const what = { review: { nl: 'beoordelen', en: 'review' }, award: { nl: 'toekennen', en: 'award' }, revoke: { nl: 'intrekken', en: 'revoke' } }[action];
    throw new ForbiddenError(
      {
        nl: `U bent (of was) adviseur van dit bedrijf in dit traject en mag het certificaat daarom niet ${what.nl}; laat een andere beheerder of coördinator dit doen`,
        en: `You advise (or advised) this company in this track, so you may not ${what.en} its certificate; ask another administrator or coordinator`,
      },
      { code: 'csr_certificate.own_adviser', params: { action } },
    );
  }

  /**
   * The MVO-certificaat as a PDF, once awarded (also after it expired or was
   * revoked: the register says which). Rendered on the worker at the award; when
   * it is not stored yet this asks for it again and answers 409 "not ready yet".
   */
  async pdf(id: string, reply: FastifyReply) {
    const cert = await this.db.findOwned(CsrCertificate, id);
    if (!cert.number) {
      throw new ConflictError(
        { nl: `Deze aanvraag is nog niet toegekend ('${label(effectiveStatus(cert, today())).nl}'); het certificaat komt er bij de toekenning`, en: `This application has not been awarded ('${label(effectiveStatus(cert, today())).en}'); the certificate comes with the award` },
        { code: 'csr_certificate.not_awarded' },
      );
    }
    const stored = await this.db.em.findOne(StoredFile, { where: { ownerId: id, purpose: CSR_CERTIFICATE }, order: { createdAt: 'DESC' } });
    if (!stored) {
      if (cert.status === 'awarded') await this.jobs.add('document.render', { kind: CSR_CERTIFICATE, ownerId: id, partnerId: cert.partnerId }, { jobId: renderJobId(id) });
      throw new ConflictError({ nl: 'Het certificaat wordt nog gemaakt; probeer het zo opnieuw', en: 'The certificate is not ready yet; try again shortly' }, { code: 'csr_certificate.rendering' });
    }
    return Files.send(reply, await this.files.read(stored.id));
  }

  /**
   * One certificate's page in the public register, by its number: valid, expired
   * or revoked (withdrawn), with what the certificate means. 404 naming the number
   * when no certificate has it. No session, so a system query.
   */
  async registerEntry(number: string): Promise<CsrRegisterCertificateView> {
    const day = today();
    return this.db.system(async (em) => {
      const cert = await em.findOne(CsrCertificate, { where: { number } });
      if (!cert || !cert.number || !cert.awardedOn || !cert.validUntil || !['awarded', 'expired', 'revoked'].includes(cert.status)) throw new RegisterNumberNotFoundError(number);
      const org = await em.findOne(Organisation, { where: { id: cert.organisationId } });
      const partner = await em.findOne(Partner, { where: { id: cert.partnerId } });
      const effective = effectiveStatus(cert, day);
      const status = effective === 'revoked' ? 'revoked' : effective === 'expired' || cert.awardedOn > day ? 'expired' : 'valid';
      return {
        number: cert.number,
        company: org?.name ?? attachments(cert).organisationName,
        municipality: org?.municipality ?? null,
        awardedOn: cert.awardedOn,
        validUntil: cert.validUntil,
        status,
        revokedOn: status === 'revoked' ? (cert.endedOn ?? null) : null,
        issuedBy: partner?.name ?? '',
        meaning: [...CSR_CERTIFICATE_MEANING],
        url: registerLink(this.config.PUBLIC_WEB_URL, cert.number),
      };
    });
  }

  /**
   * The public register: every partner's certificates that are awarded and valid
   * today, with only what the public may know. No session, so a system query.
   */
  async register(query: Pick<CsrRegisterQuery, 'q' | 'number' | 'company' | 'municipality'> = {}): Promise<CsrRegisterView> {
    const day = today();
    return this.db.system(async (em) => {
      const certs = await em.find(CsrCertificate, { where: { status: 'awarded', awardedOn: LessThanOrEqual(day), validUntil: MoreThanOrEqual(day) } });
      const shown = certs.flatMap((c) =>
        c.number && c.awardedOn && c.validUntil && isInPublicRegister(application(c, day), day) ? [{ cert: c, number: c.number, awardedOn: c.awardedOn, validUntil: c.validUntil }] : [],
      );
      const orgs = shown.length ? await em.find(Organisation, { where: { id: In(shown.map((s) => s.cert.organisationId)) } }) : [];
      const items = shown.map(({ cert, number, awardedOn, validUntil }) => {
        const org = orgs.find((o) => o.id === cert.organisationId);
        return { number, company: org?.name ?? attachments(cert).organisationName, municipality: org?.municipality ?? null, awardedOn, validUntil };
      });
      const lower = (x: string | null | undefined) => (x ?? '').trim().toLocaleLowerCase('nl');
      const needle = lower(query.q);
      const company = lower(query.company);
      const municipality = lower(query.municipality);
      const found = items.filter(
        (i) =>
          (!query.number || i.number === query.number) &&
          (!needle || lower(i.company).includes(needle) || lower(i.municipality).includes(needle)) &&
          (!company || lower(i.company).includes(company)) &&
          (!municipality || lower(i.municipality).includes(municipality)),
      );
      found.sort((a, b) => a.company.localeCompare(b.company, 'nl') || a.number.localeCompare(b.number));
      return { items: found };
    });
  }

  /**
   * What the application attaches: the latest published profile, the action-plan
   * items that are not dropped, and the MVO-visie (kept on cohort_participant).
   * Read straight from the tables for now; the one place to switch to the action
   * plan's service once it exists.
   */
  private async attachmentsOf(participant: Enrolment): Promise<{ profile: SustainabilityProfile | null; actionItems: number; vision: string }> {
    const em = this.db.em;
    const profile = await em.findOne(SustainabilityProfile, { where: { participantId: participant.id, status: 'published' }, order: { version: 'DESC' } });
    // The action plan's own count (dropped items do not count), so the rule lives in one place.
    const plan = await this.actionPlans.get(participant.id);
    return { profile, actionItems: plan.progress.total, vision: plan.vision ?? '' };
  }

  /**
   * The next certificate number of `year`, unique across partners. The counter row
   * stays locked until this request's transaction ends, so awards never share a number.
   */
  private async nextNumber(em: EntityManager, year: number): Promise<string> {
    const [{ last }]: { last: number }[] = await em.query(
      `insert into csr_certificate_number (year, last) values ($1, 1)
       on conflict (year) do update set last = csr_certificate_number.last + 1
       returning last`,
      [year],
    );
    return formatCertificateNumber(year, last);
  }

  /** Writes a transition only if nobody moved the application meanwhile (409 otherwise). */
  private async move(cert: CsrCertificate, changes: Partial<CsrCertificate>): Promise<void> {
    const where: FindOptionsWhere<CsrCertificate> = { id: cert.id, status: cert.status };
    const result = await this.db.em.update(CsrCertificate, where, changes as never);
    if (!result.affected) throw new ConflictError({ nl: 'De aanvraag is intussen gewijzigd; laad haar opnieuw', en: 'The application changed meanwhile; reload it' }, { code: 'csr_certificate.changed' });
  }

  private async views(certs: CsrCertificate[]): Promise<CsrCertificateView[]> {
    if (!certs.length) return [];
    const ids = [...new Set(certs.map((c) => c.organisationId))];
    const orgs = await this.db.em.find(Organisation, { where: { id: In(ids) } });
    const day = today();
    return certs.map((c) => {
      const a = attachments(c);
      return {
        id: c.id,
        participantId: c.participantId,
        // The current name; the one at application when the organisation is out of sight (its participation ended).
        organisationName: orgs.find((o) => o.id === c.organisationId)?.name ?? a.organisationName,
        status: effectiveStatus(c, day),
        profileVersion: a.profileVersion,
        attachments: { vision: a.vision, actionItems: a.actionItems },
        conditions: c.conditions ?? [],
        reason: c.reason,
        number: c.number,
        awardedOn: c.awardedOn,
        validUntil: c.validUntil,
        submittedAt: c.submittedAt ?? c.createdAt,
        reviewedAt: c.reviewedAt,
      };
    });
  }
}

function attachments(c: CsrCertificate): Attachments {
  const a = c.attachments as Partial<Attachments>;
  return { profileVersion: a.profileVersion ?? null, vision: a.vision ?? '', actionItems: a.actionItems ?? 0, organisationName: a.organisationName ?? '' };
}

/** An awarded certificate past its last valid day is expired, whether or not anyone has marked it so. */
function effectiveStatus(c: CsrCertificate, day: string): CertificateStatus {
  return c.status === 'awarded' && c.validUntil !== null && c.validUntil < day ? 'expired' : c.status;
}

/** The stored row as the domain's application, with its status as of `day`. */
function application(c: CsrCertificate, day: string): CertificateApplication {
  return {
    status: effectiveStatus(c, day),
    conditions: c.conditions ?? [],
    reason: c.reason ?? undefined,
    number: c.number ?? undefined,
    awardedOn: c.awardedOn ?? undefined,
    validUntil: c.validUntil ?? undefined,
    endedOn: c.endedOn ?? undefined,
  };
}

/** The one job id of a certificate's PDF, so the award and a later download render it once. */
const renderJobId = (id: string) => `csr-certificate-${id}`;

function label(status: CertificateStatus): Bilingual {
  return CERTIFICATE_STATUS_LABELS[status];
}
