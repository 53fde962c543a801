import { Injectable } from '@nestjs/common';
import { FOOTPRINT_GHG_ID, footprintInputSchema } from '@koers/calc-footprint-ghg';
import { ISO26000_SCAN_ID } from '@koers/calc-iso26000';
import { ISO26000_ISSUE_IDS } from '@koers/reference-data';
import { CalculationsService } from '@koers/server-calculations';
import { BadInputError, Baseline, CalculationInput, CalculationResult, ConflictError, Db, NotFoundError } from '@koers/server-db';
import type { FastifyRequest } from 'fastify';
import { assertMaySignOff, traineeOn } from '@koers/server-programme';
import { Participants, today, type ParticipantContext } from '../shared/participants';
import { readUpload } from '@koers/server-files';
import { EmptyScanError } from './empty-scan';
import { CSV_TYPES, MAX_FILE_BYTES, parseBaselineFile, XLSX_TYPE } from './baseline-file';
import type { BaselineView, CalcResultView, PutBaselineDto, PutIso26000Dto } from './baseline.dto';

type Answer = { issueId: string; maturity: number } | { issueId: string; notRelevant: true; reason: string };

/** What a baseline's calculation stands on: its stored input and the newest result for exactly that input. */
export interface InputAndResult {
  input: CalculationInput;
  result: CalculationResult | null;
}

const KNOWN_ISSUES = new Set(ISO26000_ISSUE_IDS);
/** Class instances from the validation pipe to the plain JSON the calculators store. */
const plain = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

/**
 * The nulmeting of one participant per year: the footprint (footprint.ghg) and
 * the ISO 26000 scan (iso26000.scan). Inputs go through CalculationsService in
 * the request's transaction; the worker computes. Staff entries count as
 * reviewed; a participant's own entry waits for an adviser's review.
 */
@Injectable()
export class BaselineService {
  constructor(
    private readonly db: Db,
    private readonly participants: Participants,
    private readonly calculations: CalculationsService,
  ) {}

  async get(participantId: string, year?: number): Promise<BaselineView> {
    await this.participants.load(participantId);
    const baseline = await this.find(participantId, year);
    if (!baseline) throw new NotFoundError('Baseline', year ? `${participantId} ${year}` : participantId);
    return this.view(baseline);
  }

  /** The latest year's baseline, or null (for the participant's track overview). */
  async latest(participantId: string): Promise<BaselineView | null> {
    const baseline = await this.find(participantId);
    return baseline ? this.view(baseline) : null;
  }

  async putFootprint(participantId: string, dto: PutBaselineDto, source: 'form' | 'upload' = 'form'): Promise<BaselineView> {
    checkYear(dto.year);
    const ctx = await this.participants.loadActive(participantId);
    const input = plain({ year: dto.year, ...(dto.organisation ? { organisation: dto.organisation } : {}), activities: dto.activities });
    // The calculator's schema has the cross-field rules (unit per type, contract for electricity ...).
    const parsed = footprintInputSchema.safeParse(input);
    if (!parsed.success) {
      throw BadInputError.many(parsed.error.issues.map((i) => ({ field: i.path.join('.') || 'activities', text: { nl: `Ongeldig: ${i.message}`, en: `Invalid: ${i.message}` }, code: 'baseline.invalid' })));
    }
    await this.calculations.submit(ctx.organisation.id, FOOTPRINT_GHG_ID, dto.year, input);
    await this.save(ctx, dto.year, { footprintInputId: await this.inputId(ctx, FOOTPRINT_GHG_ID, dto.year), source });
    return this.get(participantId, dto.year);
  }

  /** A filled-in template: every row is checked before anything is stored. */
  async upload(participantId: string, req: FastifyRequest): Promise<BaselineView> {
    // Whose baseline first: another company's upload is a 404 before its file is even read.
    const ctx = await this.participants.loadActive(participantId);
    const file = await readUpload(req, { maxBytes: MAX_FILE_BYTES, allowed: { csv: CSV_TYPES, xlsx: [XLSX_TYPE] } });
    const year = Number(file.fields['year']);
    if (!/^\d{4}$/.test(file.fields['year'] ?? '') || year < 1990 || year > 2100) {
      throw new BadInputError('year', { nl: 'Geef het jaar als getal, bijv. 2025', en: 'Give the year as a number, e.g. 2025' }, { code: 'baseline.year_format' });
    }
    checkYear(year);
    const activities = await parseBaselineFile(file.filename, file.content);
    // The file holds activities only; keep the employee and floor area figures entered earlier for that year.
    const previous = await this.db.em.findOne(CalculationInput, { where: { organisationId: ctx.organisation.id, pluginId: FOOTPRINT_GHG_ID, year } });
    const organisation = (previous?.input as { organisation?: PutBaselineDto['organisation'] } | undefined)?.organisation;
    return this.putFootprint(participantId, { year, ...(organisation ? { organisation } : {}), activities: activities as PutBaselineDto['activities'] }, 'upload');
  }

  async putIso26000(participantId: string, dto: PutIso26000Dto): Promise<BaselineView> {
    checkYear(dto.year);
    const answers = checkAnswers(dto.answers);
    if (!answers.some((a) => !('notRelevant' in a))) throw new EmptyScanError(answers.length, answers.length);
    const ctx = await this.participants.loadActive(participantId);
    await this.calculations.submit(ctx.organisation.id, ISO26000_SCAN_ID, dto.year, { answers });
    await this.save(ctx, dto.year, { isoInputId: await this.inputId(ctx, ISO26000_SCAN_ID, dto.year) });
    return this.get(participantId, dto.year);
  }

  /** Marks the baseline reviewed; a trainee adviser's review waits for the mentor's sign-off (status stays `submitted`). */
  async review(participantId: string, year: number): Promise<BaselineView> {
    const ctx = await this.participants.loadActive(participantId);
    const baseline = await this.find(participantId, year);
    if (!baseline) throw new NotFoundError('Baseline', `${participantId} ${year}`);
    if (!baseline.footprintInputId) throw new ConflictError({ nl: `De nulmeting van ${year} heeft nog geen footprint`, en: `The ${year} baseline has no footprint yet` }, { code: 'baseline.no_footprint', field: 'year' });
    if (baseline.status !== 'reviewed') {
      const { userId } = this.db.tenant;
      const review = (await traineeOn(this.db.em, ctx.participant.groupId, userId))
        ? { pendingReviewBy: userId, pendingReviewAt: new Date() }
        : { status: 'reviewed' as const, reviewedBy: userId, reviewedAt: new Date(), pendingReviewBy: null, pendingReviewAt: null, signedOffBy: null, signedOffAt: null };
      await this.db.em.update(Baseline, { id: baseline.id }, review);
    }
    return this.get(participantId, year);
  }

  /** The mentor (or a coordinator) signs off a trainee adviser's review: only then does the baseline count as reviewed. */
  async signOff(participantId: string, year: number): Promise<BaselineView> {
    const ctx = await this.participants.loadActive(participantId);
    const baseline = await this.find(participantId, year);
    if (!baseline) throw new NotFoundError('Baseline', `${participantId} ${year}`);
    if (!baseline.pendingReviewBy) {
      throw new ConflictError({ nl: `De nulmeting van ${year} wacht niet op een aftekening`, en: `The ${year} baseline is not waiting for a sign-off` }, { code: 'baseline.no_sign_off_pending', field: 'year' });
    }
    await assertMaySignOff(this.db.em, ctx.participant.groupId, baseline.pendingReviewBy, this.db.tenant);
    await this.db.em.update(Baseline, { id: baseline.id, pendingReviewBy: baseline.pendingReviewBy }, {
      status: 'reviewed',
      reviewedBy: baseline.pendingReviewBy,
      reviewedAt: baseline.pendingReviewAt ?? new Date(),
      pendingReviewBy: null,
      pendingReviewAt: null,
      signedOffBy: this.db.tenant.userId,
      signedOffAt: new Date(),
    });
    return this.get(participantId, year);
  }

  /** The stored input and its newest result (for the profile); null when there is no input. */
  async inputAndResult(inputId: string | null): Promise<InputAndResult | null> {
    if (!inputId) return null;
    const input = await this.db.em.findOne(CalculationInput, { where: { id: inputId } });
    if (!input) return null;
    // An input re-entered for the same year keeps its id; only results of its current content count.
    const result = await this.db.em.findOne(CalculationResult, { where: { inputId, inputHash: input.inputHash }, order: { createdAt: 'DESC' } });
    return { input, result };
  }

  private find(participantId: string, year?: number): Promise<Baseline | null> {
    return this.db.em.findOne(Baseline, { where: { participantId, ...(year ? { year } : {}) }, order: { year: 'DESC' } });
  }

  private async inputId(ctx: ParticipantContext, pluginId: string, year: number): Promise<string> {
    const input = await this.db.em.findOneOrFail(CalculationInput, { where: { organisationId: ctx.organisation.id, pluginId, year } });
    return input.id;
  }

  /**
   * Staff entries are reviewed by whoever enters them, a trainee adviser's once the mentor signs off;
   * a participant's entry (re)opens the review.
   */
  private async save(ctx: ParticipantContext, year: number, patch: Partial<Pick<Baseline, 'footprintInputId' | 'isoInputId' | 'source'>>) {
    const { userId } = this.db.tenant;
    const now = new Date();
    const cleared = { pendingReviewBy: null, pendingReviewAt: null, signedOffBy: null, signedOffAt: null };
    const status = this.participants.isParticipant
      ? { status: 'submitted' as const, reviewedBy: null, reviewedAt: null, ...cleared }
      : (await traineeOn(this.db.em, ctx.participant.groupId, userId))
        ? { status: 'submitted' as const, reviewedBy: null, reviewedAt: null, ...cleared, pendingReviewBy: userId, pendingReviewAt: now }
        : { status: 'reviewed' as const, reviewedBy: userId, reviewedAt: now, ...cleared };
    const existing = await this.find(ctx.participant.id, year);
    if (existing) {
      await this.db.em.update(Baseline, { id: existing.id }, { ...patch, ...status, enteredBy: userId, enteredAt: now });
    } else {
      await this.db.em.insert(Baseline, {
        id: this.db.newId(),
        partnerId: ctx.participant.partnerId,
        participantId: ctx.participant.id,
        organisationId: ctx.organisation.id,
        year,
        source: 'form',
        footprintInputId: null,
        isoInputId: null,
        ...patch,
        ...status,
        enteredBy: userId,
        enteredAt: now,
      });
    }
  }

  private async view(b: Baseline): Promise<BaselineView> {
    const [footprint, iso] = await Promise.all([this.inputAndResult(b.footprintInputId), this.inputAndResult(b.isoInputId)]);
    return {
      year: b.year,
      status: b.status,
      source: b.source,
      enteredAt: b.enteredAt,
      reviewedAt: b.reviewedAt,
      awaitingSignOff: b.pendingReviewBy ? { byName: (await this.participants.userName(b.pendingReviewBy)) ?? '', at: b.pendingReviewAt ?? b.enteredAt } : null,
      signedOffAt: b.signedOffAt,
      footprint: { input: (footprint?.input.input ?? null) as BaselineView['footprint']['input'], result: resultView(footprint?.result) },
      iso26000: { input: iso ? { answers: (iso.input.input as { answers: Answer[] }).answers } : null, result: resultView(iso?.result) },
    };
  }
}

function resultView(r: CalculationResult | null | undefined): CalcResultView | null {
  return r ? { status: r.status, output: r.output ?? null, error: r.error, computedAt: r.computedAt } : null;
}

/** A baseline is about a year that has begun (usually the last full one). */
function checkYear(year: number) {
  const current = Number(today().slice(0, 4));
  if (year > current) throw new BadInputError('year', { nl: `${year} ligt in de toekomst`, en: `${year} is in the future` }, { code: 'baseline.year_future' });
}

/** Each answer is a maturity or "not relevant" with a reason, about a known issue, once. */
function checkAnswers(answers: PutIso26000Dto['answers']): Answer[] {
  const errors: { field: string; text: { nl: string; en: string } }[] = [];
  const seen = new Map<string, number>();
  const out = answers.map((a, i): Answer => {
    const at = `answers.${i}`;
    if (!KNOWN_ISSUES.has(a.issueId)) {
      errors.push({ field: `${at}.issueId`, text: { nl: `onbekend ISO 26000-onderwerp "${a.issueId}"`, en: `unknown ISO 26000 issue id "${a.issueId}"` } });
    } else if (seen.has(a.issueId)) {
      errors.push({ field: `${at}.issueId`, text: { nl: `"${a.issueId}" staat er twee keer in (ook bij answers.${seen.get(a.issueId)})`, en: `"${a.issueId}" is answered twice (also at answers.${seen.get(a.issueId)})` } });
    } else seen.set(a.issueId, i);
    if (a.notRelevant) {
      if (a.maturity !== undefined) errors.push({ field: `${at}.maturity`, text: { nl: 'geef een volwassenheid óf "niet relevant", niet allebei', en: 'give a maturity or "not relevant", not both' } });
      if (!a.reason?.trim()) errors.push({ field: `${at}.reason`, text: { nl: 'geef een reden waarom dit niet relevant is', en: 'give a reason why this is not relevant' } });
      return { issueId: a.issueId, notRelevant: true, reason: (a.reason ?? '').trim() };
    }
    if (a.maturity === undefined) errors.push({ field: `${at}.maturity`, text: { nl: 'geef een volwassenheid 0-4 of "niet relevant"', en: 'give a maturity 0-4 or "not relevant"' } });
    if (a.reason !== undefined) errors.push({ field: `${at}.reason`, text: { nl: 'een reden hoort alleen bij "niet relevant"', en: 'a reason only goes with "not relevant"' } });
    return { issueId: a.issueId, maturity: a.maturity ?? 0 };
  });
  if (errors.length) throw BadInputError.many(errors);
  return out;
}
