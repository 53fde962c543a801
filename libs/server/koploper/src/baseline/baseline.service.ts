import { Injectable } from '@nestjs/common';
import { FOOTPRINT_GHG_ID, footprintInputSchema } from '@koers/calc-footprint-ghg';
import { ISO26000_SCAN_ID } from '@koers/calc-iso26000';
import { BASELINE_PLAUSIBILITY, checkBaselinePlausibility, ISO26000_ISSUE_IDS, type PlausibilityFinding } from '@koers/reference-data';
import { CalculationsService } from '@koers/server-calculations';
import { BadInputError, Baseline, CalculationInput, CalculationResult, ConflictError, Db, NotFoundError, type PlausibilityConfirmation } from '@koers/server-db';
import type { FastifyRequest } from 'fastify';
import { assertMaySignOff, traineeOn } from '@koers/server-programme';
import { Participants, today, type ParticipantContext } from '../shared/participants';
import { readUpload } from '@koers/server-files';
import { EmptyScanError } from './empty-scan';
import { CSV_TYPES, MAX_FILE_BYTES, readBaselineFile, XLSX_TYPE } from './baseline-file';
import type { BaselineView, CalcResultView, ConfirmPlausibilityDto, PlausibilityWarningView, PutBaselineDto, PutIso26000Dto } from './baseline.dto';

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
    const production = dto.production === undefined ? undefined : checkProduction(dto.production);
    await this.calculations.submit(ctx.organisation.id, FOOTPRINT_GHG_ID, dto.year, input);
    const existing = await this.find(ctx.participant.id, dto.year);
    // A staff entry with a warning nobody confirmed yet waits for the review: the adviser confirms or corrects first.
    const unconfirmed = open(checkBaselinePlausibility(parsed.data), existing?.plausibilityConfirmations ?? []).length > 0;
    await this.save(ctx, dto.year, { footprintInputId: await this.inputId(ctx, FOOTPRINT_GHG_ID, dto.year), source, ...(production === undefined ? {} : production) }, unconfirmed);
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
    const { activities, figures, production } = await readBaselineFile(file.filename, file.content);
    // Key figures the file leaves out (fte, m², turnover) stay as entered earlier for that year; those in the file replace them.
    const previous = await this.db.em.findOne(CalculationInput, { where: { organisationId: ctx.organisation.id, pluginId: FOOTPRINT_GHG_ID, year } });
    const earlier = (previous?.input as { organisation?: PutBaselineDto['organisation'] } | undefined)?.organisation;
    const organisation = { ...(earlier ?? {}), ...figures };
    return this.putFootprint(participantId, {
      year,
      ...(Object.keys(organisation).length ? { organisation } : {}),
      ...(production ? { production } : {}),
      activities: activities as PutBaselineDto['activities'],
    }, 'upload');
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
      await this.assertConfirmed(baseline);
      const { userId } = this.db.tenant;
      const review = (await traineeOn(this.db.em, ctx.participant.groupId, userId))
        ? { pendingReviewBy: userId, pendingReviewAt: new Date() }
        : { status: 'reviewed' as const, reviewedBy: userId, reviewedAt: new Date(), pendingReviewBy: null, pendingReviewAt: null, signedOffBy: null, signedOffAt: null };
      await this.db.em.update(Baseline, { id: baseline.id }, review);
    }
    return this.get(participantId, year);
  }

  /**
   * The adviser confirms a plausibility warning ("klopt", with a note): it holds for the figure shown now;
   * a corrected figure inside the range needs none, a changed figure still outside warns again.
   */
  async confirmPlausibility(participantId: string, dto: ConfirmPlausibilityDto): Promise<BaselineView> {
    await this.participants.loadActive(participantId);
    const baseline = await this.find(participantId, dto.year);
    if (!baseline) throw new NotFoundError('Baseline', `${participantId} ${dto.year}`);
    const note = dto.note.trim();
    if (!note) throw new BadInputError('note', { nl: 'Zeg waarom het cijfer klopt', en: 'Say why the figure is right' }, { code: 'baseline.plausibility_note' });
    const finding = (await this.findings(baseline)).find((f) => f.ruleId === dto.ruleId);
    if (!finding) {
      const known = BASELINE_PLAUSIBILITY.rules.some((r) => r.id === dto.ruleId);
      throw new BadInputError('ruleId', known
        ? { nl: `De nulmeting van ${dto.year} geeft geen waarschuwing "${dto.ruleId}" (meer)`, en: `The ${dto.year} baseline has no warning "${dto.ruleId}" (any more)` }
        : { nl: `Onbekende controle "${dto.ruleId}"`, en: `Unknown check "${dto.ruleId}"` }, { code: 'baseline.plausibility_rule' });
    }
    const confirmation: PlausibilityConfirmation = { ruleId: finding.ruleId, value: finding.value, note, by: this.db.tenant.userId, at: new Date().toISOString() };
    const kept = baseline.plausibilityConfirmations.filter((c) => c.ruleId !== finding.ruleId);
    await this.db.em.update(Baseline, { id: baseline.id }, { plausibilityConfirmations: [...kept, confirmation] as never });
    return this.get(participantId, dto.year);
  }

  /** 409 naming every warning not yet confirmed. */
  private async assertConfirmed(baseline: Baseline) {
    const unconfirmed = open(await this.findings(baseline), baseline.plausibilityConfirmations);
    if (unconfirmed.length) {
      const list = (l: 'nl' | 'en') => unconfirmed.map((f) => `${f.text[l]} (${formatValue(f.value, l)} ${f.unit})`).join('; ');
      throw new ConflictError(
        { nl: `Bevestig of corrigeer eerst: ${list('nl')}`, en: `Confirm or correct first: ${list('en')}` },
        { code: 'baseline.plausibility_unconfirmed', field: 'plausibility', params: { rules: unconfirmed.map((f) => f.ruleId).join(',') } },
      );
    }
  }

  /** The plausibility warnings of a baseline's stored footprint input. */
  private async findings(b: Baseline): Promise<PlausibilityFinding[]> {
    if (!b.footprintInputId) return [];
    const input = await this.db.em.findOne(CalculationInput, { where: { id: b.footprintInputId } });
    const parsed = footprintInputSchema.safeParse(input?.input);
    return parsed.success ? checkBaselinePlausibility(parsed.data) : [];
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
  private async save(ctx: ParticipantContext, year: number, patch: Partial<Pick<Baseline, 'footprintInputId' | 'isoInputId' | 'source' | 'productionUnit' | 'productionAmount'>>, unconfirmedWarnings = false) {
    const { userId } = this.db.tenant;
    const now = new Date();
    const cleared = { pendingReviewBy: null, pendingReviewAt: null, signedOffBy: null, signedOffAt: null };
    const status = this.participants.isParticipant || unconfirmedWarnings
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
      production: b.productionUnit && b.productionAmount !== null ? { unit: b.productionUnit, amount: Number(b.productionAmount) } : null,
      plausibility: await this.warnings(b, footprint?.input.input),
    };
  }

  private async warnings(b: Baseline, input: unknown): Promise<PlausibilityWarningView[]> {
    const parsed = footprintInputSchema.safeParse(input);
    if (!parsed.success) return [];
    const out: PlausibilityWarningView[] = [];
    for (const f of checkBaselinePlausibility(parsed.data)) {
      const c = confirmationOf(f, b.plausibilityConfirmations);
      out.push({
        ruleId: f.ruleId, value: f.value, unit: f.unit, range: f.range ? { ...f.range } : null, text: { ...f.text }, justification: { ...f.justification },
        sources: f.sources.map((x) => ({ ...x })), ruleSet: BASELINE_PLAUSIBILITY.id,
        confirmed: c ? { note: c.note, byName: (await this.participants.userName(c.by)) ?? '', at: c.at } : null,
      });
    }
    return out;
  }
}

function resultView(r: CalculationResult | null | undefined): CalcResultView | null {
  return r ? { status: r.status, output: r.output ?? null, error: r.error, computedAt: r.computedAt } : null;
}

/** The confirmation of a warning, if one was given for exactly this figure. */
function confirmationOf(f: PlausibilityFinding, confirmations: readonly PlausibilityConfirmation[]): PlausibilityConfirmation | undefined {
  return confirmations.find((c) => c.ruleId === f.ruleId && c.value === f.value);
}

/** The warnings without a confirmation of their figure. */
function open(findings: PlausibilityFinding[], confirmations: readonly PlausibilityConfirmation[]): PlausibilityFinding[] {
  return findings.filter((f) => !confirmationOf(f, confirmations));
}

const formatValue = (x: number, l: 'nl' | 'en') => new Intl.NumberFormat(l === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: 1 }).format(x);

/** The production unit as stored: trimmed; null clears it. */
function checkProduction(p: PutBaselineDto['production']): { productionUnit: string | null; productionAmount: string | null } {
  if (p === null || p === undefined) return { productionUnit: null, productionAmount: null };
  const unit = p.unit.trim();
  if (!unit) throw new BadInputError('production.unit', { nl: 'Noem de productie-eenheid, bijv. ton brood', en: 'Name the production unit, e.g. tonnes of bread' }, { code: 'baseline.production_unit' });
  return { productionUnit: unit, productionAmount: String(p.amount) };
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
