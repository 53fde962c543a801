import { Injectable } from '@nestjs/common';
import { ratiosOf, type Bilingual } from '@koers/domain';
import type { FootprintOutput } from '@koers/calc-footprint-ghg';
import type { Iso26000Output } from '@koers/calc-iso26000';
import { ActionPlanItem, Baseline, CalculationResult, ConflictError, Db, Enrolment, NotFoundError, SustainabilityProfile } from '@koers/server-db';
import { assertMaySignOff, traineeOn } from '@koers/server-programme';
import { JobQueue } from '@koers/server-queue';
import type { FastifyReply } from 'fastify';
import { Not, IsNull } from 'typeorm';
import { BaselineService, type InputAndResult } from '../baseline/baseline.service';
import { Files } from '@koers/server-files';
import { Participants } from '../shared/participants';
import { buildProfileContent, ProfileInputError, type ProfileContent, type ProfileRatios } from './profile-content';
import { BenchmarkPeers } from './benchmark-peers';
import type { ProfileSummaryView, ProfileView } from './profiles.dto';
import { PROFILE_PDF } from '../documents/kinds';

/** A jsonb column takes any JSON; TypeORM's partial-entity types cannot say so for a typed object. */
const jsonb = (content: ProfileContent) => content as never;

const PLUGIN_NAMES: Record<'footprint' | 'iso', Bilingual> = {
  footprint: { nl: 'footprint', en: 'footprint' },
  iso: { nl: 'ISO 26000-scan', en: 'ISO 26000 scan' },
};

/**
 * Duurzaamheidsprofielen: one draft per participant that an adviser generates
 * from the latest reviewed baseline and comments on, then publishes as version
 * 1, 2, ... Published versions are never changed (only the worker attaches the PDF).
 * Participants see published versions only.
 */
@Injectable()
export class ProfilesService {
  constructor(
    private readonly db: Db,
    private readonly participants: Participants,
    private readonly baselines: BaselineService,
    private readonly files: Files,
    private readonly jobs: JobQueue,
    private readonly peers: BenchmarkPeers,
  ) {}

  /** Generates the draft, or regenerates it (keeping the adviser's comment), from the latest reviewed baseline. */
  async generate(participantId: string): Promise<ProfileView> {
    const { participant, organisation } = await this.participants.loadActive(participantId);
    const em = this.db.em;
    const baseline = await em.findOne(Baseline, { where: { participantId, status: 'reviewed' }, order: { year: 'DESC' } });
    if (!baseline) throw new ConflictError({ nl: 'Er is nog geen beoordeelde nulmeting', en: 'There is no reviewed baseline yet' }, { code: 'profile.no_reviewed_baseline' });
    const footprint = ready(await this.baselines.inputAndResult(baseline.footprintInputId), 'footprint', baseline.year);
    // The ISO 26000 scan is optional: a profile can be made from the footprint alone.
    const iso = baseline.isoInputId ? ready(await this.baselines.inputAndResult(baseline.isoInputId), 'iso', baseline.year) : null;
    if (!organisation.sbiCode) throw new ConflictError({ nl: `${organisation.name} heeft nog geen SBI-code`, en: `${organisation.name} has no SBI code yet` }, { code: 'profile.sbi_code_missing', field: 'sbiCode' });
    if (!organisation.sizeClass) throw new ConflictError({ nl: `${organisation.name} heeft nog geen grootteklasse`, en: `${organisation.name} has no size class yet` }, { code: 'profile.size_class_missing', field: 'sizeClass' });

    const output = footprint.result.output as FootprintOutput;
    const ratios = ratiosFor(output, footprint.input.input, baseline);
    // Same year, reviewed, same SBI division and size class, across every partner: aggregates only.
    const benchmark = await this.peers.benchmark({ organisationId: organisation.id, sbiCode: organisation.sbiCode, sizeClass: organisation.sizeClass, year: baseline.year }, ratios);

    let content: ProfileContent;
    try {
      content = buildProfileContent({
        organisation: { name: organisation.name, sbiCode: organisation.sbiCode, sizeClass: organisation.sizeClass },
        adviserName: await this.participants.userName(participant.adviserUserId),
        year: baseline.year,
        footprint: { resultId: footprint.result.id, output: footprint.result.output as FootprintOutput },
        iso26000: iso ? { resultId: iso.result.id, output: iso.result.output as Iso26000Output } : null,
        measuresTaken: await this.measuresTaken(participantId),
        first: await this.firstFootprint(organisation.id, baseline.year),
        doneExpectedKgCO2e: await this.doneExpected(participantId),
        ratios,
        benchmark,
      });
    } catch (e) {
      if (e instanceof ProfileInputError) {
        throw new ConflictError({ nl: `De gegevens van ${organisation.name} passen niet (${e.field}): ${e.message}`, en: `${organisation.name}'s details do not fit (${e.field}): ${e.message}` }, { code: 'profile.input', field: e.field });
      }
      throw e;
    }

    const draft = await em.findOne(SustainabilityProfile, { where: { participantId, status: 'draft' } });
    // New content voids a trainee's pending publication: the mentor signs off what is published.
    const fields = { year: baseline.year, content: jsonb(content), createdBy: this.db.tenant.userId, publishRequestedBy: null, publishRequestedAt: null };
    if (draft) {
      await em.update(SustainabilityProfile, { id: draft.id }, { ...fields, createdAt: new Date() });
      return this.get(draft.id);
    }
    const id = this.db.newId();
    await em.insert(SustainabilityProfile, { id, partnerId: participant.partnerId, participantId, organisationId: organisation.id, status: 'draft', version: null, adviserComment: '', ...fields });
    return this.get(id);
  }

  async get(id: string): Promise<ProfileView> {
    const profile = await this.find(id);
    return { ...view(profile), awaitingSignOffByName: await this.participants.userName(profile.publishRequestedBy) };
  }

  async comment(id: string, adviserComment: string): Promise<ProfileView> {
    const profile = await this.find(id);
    if (profile.status !== 'draft') throw publishedAlready(profile);
    await this.participants.loadActive(profile.participantId);
    // A changed comment voids a trainee's pending publication, as new content does.
    await this.db.em.update(SustainabilityProfile, { id }, { adviserComment, publishRequestedBy: null, publishRequestedAt: null });
    return this.get(id);
  }

  /**
   * Publishes the draft as the next version and has the worker render its PDF. A trainee adviser's
   * publication waits for the mentor's sign-off: the draft is marked and stays a draft.
   */
  async publish(id: string): Promise<ProfileView> {
    const profile = await this.find(id);
    if (profile.status !== 'draft') throw publishedAlready(profile);
    const { participant } = await this.participants.loadActive(profile.participantId);
    const { userId } = this.db.tenant;
    if (await traineeOn(this.db.em, participant.groupId, userId)) {
      await this.db.em.update(SustainabilityProfile, { id, status: 'draft' }, { publishRequestedBy: userId, publishRequestedAt: new Date() });
      return this.get(id);
    }
    return this.release(profile, participant, userId, null);
  }

  /** The mentor (or a coordinator) signs off a trainee adviser's publication: the draft is published now. */
  async signOff(id: string): Promise<ProfileView> {
    const profile = await this.find(id);
    if (profile.status !== 'draft') throw publishedAlready(profile);
    if (!profile.publishRequestedBy) {
      throw new ConflictError({ nl: 'Dit profiel wacht niet op een aftekening', en: 'This profile is not waiting for a sign-off' }, { code: 'profile.no_sign_off_pending' });
    }
    const { participant } = await this.participants.loadActive(profile.participantId);
    await assertMaySignOff(this.db.em, participant.groupId, profile.publishRequestedBy, this.db.tenant);
    return this.release(profile, participant, profile.publishRequestedBy, this.db.tenant.userId);
  }

  private async release(profile: SustainabilityProfile, participant: Enrolment, publishedBy: string, signedOffBy: string | null): Promise<ProfileView> {
    const id = profile.id;
    const [{ next }]: { next: number }[] = await this.db.em.query(
      `select coalesce(max(version), 0) + 1 as next from sustainability_profile where participant_id = $1`,
      [profile.participantId],
    );
    // The adviser as it stands when publishing goes into the version; without one, whoever publishes it (as on the PDF).
    const adviserName = await this.participants.userName(participant.adviserUserId ?? publishedBy);
    const content = { ...(profile.content as unknown as ProfileContent), adviserName };
    await this.db.em.update(SustainabilityProfile, { id }, {
      status: 'published',
      version: next,
      publishedAt: new Date(),
      publishedBy,
      publishRequestedBy: null,
      publishRequestedAt: null,
      signedOffBy,
      signedOffAt: signedOffBy ? new Date() : null,
      content: jsonb(content),
    });
    // Job ids may not contain ':'.
    await this.jobs.add('document.render', { kind: PROFILE_PDF, ownerId: id, partnerId: profile.partnerId }, { jobId: `profile-pdf-${id}` });
    return this.get(id);
  }

  async pdf(id: string, reply: FastifyReply) {
    const profile = await this.find(id);
    if (profile.status !== 'published') throw new ConflictError({ nl: 'Dit profiel is nog niet gepubliceerd', en: 'This profile has not been published yet' }, { code: 'profile.not_published' });
    if (!profile.pdfFileId) throw new ConflictError({ nl: 'De PDF is nog niet klaar; probeer het zo opnieuw', en: 'The PDF is not ready yet; try again shortly' }, { code: 'profile.pdf_not_ready' });
    return Files.send(reply, await this.files.read(profile.pdfFileId));
  }

  /** The participant's profiles for its track overview: the draft first (staff only), then published versions newest first. */
  async summaries(participantId: string): Promise<ProfileSummaryView[]> {
    const where = this.participants.isParticipant ? { participantId, version: Not(IsNull()) } : { participantId };
    const profiles = await this.db.em.find(SustainabilityProfile, { where, order: { version: { direction: 'DESC', nulls: 'FIRST' } } });
    return profiles.map(summary);
  }

  /** A profile as the current user may see it: participants never see drafts (404, as if it did not exist). */
  private async find(id: string): Promise<SustainabilityProfile> {
    const profile = await this.db.findOwned(SustainabilityProfile, id);
    if (profile.status === 'draft' && this.participants.isParticipant) throw new NotFoundError('SustainabilityProfile', id);
    return profile;
  }

  private async measuresTaken(participantId: string): Promise<string[]> {
    const done = await this.db.em.find(ActionPlanItem, { where: { participantId, status: 'done', measureId: Not(IsNull()) } });
    return [...new Set(done.flatMap((i) => (i.measureId ? [i.measureId] : [])))];
  }

  /** The organisation's earliest baseline year before `year` with a computed footprint (possibly from an earlier cohort). */
  /** The expected CO2 reduction of each action-plan item marked done (those that name one). */
  private async doneExpected(participantId: string): Promise<number[]> {
    const done = await this.db.em.find(ActionPlanItem, { where: { participantId, status: 'done', expectedKgCO2e: Not(IsNull()) } });
    return done.map((i) => Number(i.expectedKgCO2e));
  }

  private async firstFootprint(organisationId: string, year: number): Promise<{ year: number; totalKgCO2e: number; output: FootprintOutput } | null> {
    const earlier = await this.db.em.find(Baseline, { where: { organisationId, footprintInputId: Not(IsNull()) }, order: { year: 'ASC' } });
    for (const b of earlier.filter((x) => x.year < year)) {
      const found = await this.baselines.inputAndResult(b.footprintInputId);
      if (found?.result?.status === 'succeeded') {
        const output = found.result.output as FootprintOutput;
        return { year: b.year, totalKgCO2e: output.totalKgCO2e, output };
      }
    }
    return null;
  }
}

/** The result must be in and succeeded; otherwise 409 naming what is missing. */
function ready(found: InputAndResult | null, what: 'footprint' | 'iso', year: number): InputAndResult & { result: CalculationResult } {
  const name = PLUGIN_NAMES[what];
  if (!found) {
    throw new ConflictError({ nl: `De nulmeting van ${year} heeft nog geen ${name.nl}`, en: `The ${year} baseline has no ${name.en} yet` }, { code: 'profile.result_missing' });
  }
  const r = found.result;
  if (r?.status === 'succeeded') return { ...found, result: r };
  if (r?.status === 'failed') {
    throw new ConflictError({ nl: `De berekening van de ${name.nl} (${year}) is mislukt: ${r.error ?? ''}`, en: `The ${name.en} calculation (${year}) failed: ${r.error ?? ''}` }, { code: 'profile.calculation_failed' });
  }
  throw new ConflictError({ nl: `De ${name.nl} van ${year} wordt nog berekend; probeer het zo opnieuw`, en: `The ${year} ${name.en} is still being calculated; try again shortly` }, { code: 'profile.calculating' });
}

/** The baseline's ratios: the footprint's market-based total over the key figures of its input and the baseline's production unit. */
function ratiosFor(output: FootprintOutput, input: unknown, baseline: Baseline): ProfileRatios {
  const org = (input as { organisation?: { employees?: number; floorAreaM2?: number; turnoverEurMillion?: number } } | null)?.organisation ?? {};
  const production = baseline.productionUnit && baseline.productionAmount !== null ? { unit: baseline.productionUnit, amount: Number(baseline.productionAmount) } : null;
  return {
    ...ratiosOf({ totalKgCO2e: output.totalKgCO2e, employees: org.employees, floorAreaM2: org.floorAreaM2, turnoverEurMillion: org.turnoverEurMillion, production }),
    basis: { employees: org.employees ?? null, floorAreaM2: org.floorAreaM2 ?? null, turnoverEur: org.turnoverEurMillion === undefined ? null : Math.round(org.turnoverEurMillion * 1_000_000) },
    source: { year: output.year, factorSet: { id: output.factorSet.id, title: output.factorSet.title } },
  };
}

function publishedAlready(p: SustainabilityProfile) {
  return new ConflictError({ nl: `Versie ${p.version} is al gepubliceerd en blijft zoals hij is`, en: `Version ${p.version} has been published and stays as it is` }, { code: 'profile.published_final' });
}

function summary(p: SustainabilityProfile): ProfileSummaryView {
  return {
    id: p.id, status: p.status, version: p.version, year: p.year, createdAt: p.createdAt, publishedAt: p.publishedAt, pdfReady: p.pdfFileId !== null,
    awaitingSignOffAt: p.publishRequestedAt, signedOffAt: p.signedOffAt,
  };
}

function view(p: SustainabilityProfile): Omit<ProfileView, 'awaitingSignOffByName'> {
  const c = p.content as unknown as ProfileContent;
  return {
    ...summary(p),
    organisationName: c.organisationName,
    adviserName: c.adviserName,
    adviserComment: p.adviserComment,
    footprint: c.footprint,
    iso26000: c.iso26000,
    goingWell: c.goingWell,
    canImprove: c.canImprove,
    recommendations: c.recommendations as ProfileView['recommendations'],
    energySavingDuty: (c.energySavingDuty ?? null) as ProfileView['energySavingDuty'],
    comparison: c.comparison,
    yearOnYear: (c.yearOnYear ?? null) as ProfileView['yearOnYear'],
    ratios: (c.ratios ?? null) as ProfileView['ratios'],
    benchmark: (c.benchmark ?? null) as ProfileView['benchmark'],
  };
}
