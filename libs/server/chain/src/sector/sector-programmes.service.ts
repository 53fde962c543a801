import { Injectable } from '@nestjs/common';
import { WITHDRAWN_PHASE } from '@koers/domain';
import { BadInputError, ChainAgreement, ConflictError, Db, nameEntity, SectorConference, SectorProgramme, SectorQuestion, StoredFile } from '@koers/server-db';
import { JobQueue } from '@koers/server-queue';
import { SECTOR_RESULTS } from '../reports/kinds';
import { CHAIN_IMPACT_ID, projectSubject } from '../chain-calculations';
import {
  CONFERENCE_KINDS, type AgreementView, type ChainGroupView, type ConferenceDto, type ConferenceKind, type ConferenceView, type CreateAgreementDto, type CreateQuestionDto,
  type CreateSectorProgrammeDto, type QuestionView, type SectorFigureCountsView, type SectorFiguresView, type SectorProgrammeDetailView, type SectorProgrammeListView, type SectorProgrammeQuery, type SectorResultsView,
  type ThemeQuestionsView, type UpdateSectorProgrammeDto,
} from './sector-programmes.dto';

nameEntity('SectorProgramme', { nl: 'Sectorprogramma', en: 'Sector programme' });
nameEntity('SectorQuestion', { nl: 'Vraagstuk', en: 'Question' });
nameEntity('ChainAgreement', { nl: 'Afspraak', en: 'Agreement' });

/**
 * The sector-chain approach: a programme for one sector (care institutions and
 * their suppliers in a region) opens with a work conference where the chains
 * and their questions are mapped; chain groups (chain projects naming the
 * programme and a theme) work on them; a closing work conference links the
 * chains and records agreements between chain partners. The groups' results
 * (chain.impact) are added up across the programme, naming how many groups
 * they cover. Staff only (row-level security holds participants out).
 */
@Injectable()
export class SectorProgrammesService {
  constructor(
    private readonly db: Db,
    private readonly jobs: JobQueue,
  ) {}

  /** Has the worker render the programme's results report again. */
  async renderReport(id: string): Promise<SectorProgrammeDetailView> {
    const programme = await this.db.findOwned(SectorProgramme, id);
    await this.db.em.delete(StoredFile, { purpose: SECTOR_RESULTS, ownerId: id });
    await this.jobs.add('document.render', { kind: SECTOR_RESULTS, ownerId: id, partnerId: programme.partnerId }, { jobId: `sector-results-${id}-${Date.now()}` });
    return this.get(id);
  }

  async list(q: SectorProgrammeQuery): Promise<SectorProgrammeListView> {
    const rows: {
      id: string; name: string; sector: string; region: string | null; starts_on: string; ends_on: string; opening_on: string | null; closing_on: string | null;
      groups: number; questions: number; agreements: number;
    }[] = await this.db.em.query(
      `select p.id, p.name, p.sector, p.region, p.starts_on::text as starts_on, p.ends_on::text as ends_on,
              (select c.held_on::text from sector_conference c where c.programme_id = p.id and c.kind = 'opening') as opening_on,
              (select c.held_on::text from sector_conference c where c.programme_id = p.id and c.kind = 'closing') as closing_on,
              (select count(*)::int from chain_project cp where cp.sector_programme_id = p.id) as groups,
              (select count(*)::int from sector_question sq where sq.programme_id = p.id) as questions,
              (select count(*)::int from chain_agreement a where a.programme_id = p.id) as agreements
         from sector_programme p
        where ($1::text is null or lower(p.sector) = lower($1::text))
        order by p.starts_on desc, p.name, p.id`,
      [q.sector?.trim() || null],
    );
    const items = rows.map((r) => ({
      id: r.id, name: r.name, sector: r.sector, region: r.region, startsOn: r.starts_on, endsOn: r.ends_on, openingOn: r.opening_on, closingOn: r.closing_on,
      groups: r.groups, questions: r.questions, agreements: r.agreements,
    }));
    return { items, total: items.length };
  }

  async create(dto: CreateSectorProgrammeDto): Promise<SectorProgrammeDetailView> {
    assertDates(dto.startsOn, dto.endsOn);
    const id = this.db.newId();
    await this.db.em.insert(SectorProgramme, {
      id, partnerId: this.db.tenant.partnerId, name: dto.name.trim(), sector: dto.sector.trim(), region: dto.region?.trim() || null, startsOn: dto.startsOn, endsOn: dto.endsOn,
    });
    return this.get(id);
  }

  async update(id: string, dto: UpdateSectorProgrammeDto): Promise<SectorProgrammeDetailView> {
    const programme = await this.db.findOwned(SectorProgramme, id);
    assertDates(dto.startsOn ?? programme.startsOn, dto.endsOn ?? programme.endsOn, dto.endsOn === undefined ? 'startsOn' : 'endsOn');
    const changes: Partial<SectorProgramme> = {};
    if (dto.name !== undefined) changes.name = dto.name.trim();
    if (dto.sector !== undefined) changes.sector = dto.sector.trim();
    if (dto.region !== undefined) changes.region = dto.region.trim() || null;
    if (dto.startsOn !== undefined) changes.startsOn = dto.startsOn;
    if (dto.endsOn !== undefined) changes.endsOn = dto.endsOn;
    if (Object.keys(changes).length) await this.db.em.update(SectorProgramme, { id }, changes);
    return this.get(id);
  }

  async get(id: string): Promise<SectorProgrammeDetailView> {
    const em = this.db.em;
    const programme = await this.db.findOwned(SectorProgramme, id);
    const conferences = await em.find(SectorConference, { where: { programmeId: id } });
    const questions = await em.find(SectorQuestion, { where: { programmeId: id }, order: { createdAt: 'ASC', id: 'ASC' } });
    const agreements = await em.find(ChainAgreement, { where: { programmeId: id }, order: { agreedOn: 'ASC', createdAt: 'ASC' } });
    const groups = await this.groupsOf(id);
    const conference = (kind: ConferenceKind) => {
      const c = conferences.find((x) => x.kind === kind);
      return c ? conferenceView(c) : null;
    };
    return {
      id: programme.id, name: programme.name, sector: programme.sector, region: programme.region, startsOn: programme.startsOn, endsOn: programme.endsOn, createdAt: programme.createdAt,
      conferences: { opening: conference('opening'), closing: conference('closing') },
      themes: byTheme(questions),
      agreements: agreements.map(agreementView),
      groups,
      results: await this.results(groups),
      reportFileId: (await em.findOne(StoredFile, { where: { purpose: SECTOR_RESULTS, ownerId: id }, order: { createdAt: 'DESC' }, select: { id: true, createdAt: true } }))?.id ?? null,
    };
  }

  /** Records or replaces a work conference. The closing one is not before the opening one, nor after an agreement already recorded at it. */
  async setConference(id: string, kind: string, dto: ConferenceDto): Promise<ConferenceView> {
    if (!(CONFERENCE_KINDS as readonly string[]).includes(kind)) {
      throw new BadInputError('kind', { nl: `Onbekende conferentie ${kind}: kies opening of closing`, en: `Unknown conference ${kind}: choose opening or closing` }, { code: 'sector.conference_kind', params: { kind, values: [...CONFERENCE_KINDS] } });
    }
    const k = kind as ConferenceKind;
    const em = this.db.em;
    const programme = await this.db.findOwned(SectorProgramme, id);
    const other = await em.findOne(SectorConference, { where: { programmeId: id, kind: k === 'opening' ? 'closing' : 'opening' } });
    const openingOn = k === 'opening' ? dto.heldOn : other?.heldOn;
    const closingOn = k === 'closing' ? dto.heldOn : other?.heldOn;
    if (openingOn && closingOn && closingOn < openingOn) {
      throw new ConflictError(
        { nl: `De slotconferentie (${closingOn}) kan niet vóór de startconferentie (${openingOn}) zijn`, en: `The closing conference (${closingOn}) cannot be before the opening conference (${openingOn})` },
        { code: 'sector.closing_before_opening', field: 'heldOn', params: { openingOn, closingOn } },
      );
    }
    if (k === 'closing') {
      const earliest = await em.findOne(ChainAgreement, { where: { programmeId: id }, order: { agreedOn: 'ASC' } });
      if (earliest && earliest.agreedOn < dto.heldOn) {
        throw new ConflictError(
          {
            nl: `De slotconferentie (${dto.heldOn}) kan niet na een afspraak die er al op is vastgelegd (${earliest.agreedOn}) zijn`,
            en: `The closing conference (${dto.heldOn}) cannot be after an agreement already recorded at it (${earliest.agreedOn})`,
          },
          { code: 'sector.closing_after_agreement', field: 'heldOn', params: { closingOn: dto.heldOn, agreedOn: earliest.agreedOn } },
        );
      }
    }
    const existing = await em.findOne(SectorConference, { where: { programmeId: id, kind: k } });
    const fields = { heldOn: dto.heldOn, location: dto.location?.trim() ?? '', notes: dto.notes?.trim() ?? '' };
    if (existing) {
      await em.update(SectorConference, { id: existing.id }, fields);
      return conferenceView({ ...existing, ...fields });
    }
    const row = { id: this.db.newId(), partnerId: programme.partnerId, programmeId: id, kind: k, ...fields };
    await em.insert(SectorConference, row);
    return conferenceView(row);
  }

  async addQuestion(id: string, dto: CreateQuestionDto): Promise<QuestionView> {
    const programme = await this.db.findOwned(SectorProgramme, id);
    const row = { id: this.db.newId(), partnerId: programme.partnerId, programmeId: id, theme: dto.theme.trim(), question: dto.question.trim(), raisedBy: dto.raisedBy?.trim() ?? '' };
    await this.db.em.insert(SectorQuestion, row);
    return questionView(await this.db.em.findOneByOrFail(SectorQuestion, { id: row.id }));
  }

  async removeQuestion(questionId: string): Promise<void> {
    const question = await this.db.findOwned(SectorQuestion, questionId);
    await this.db.em.delete(SectorQuestion, { id: question.id });
  }

  /** An agreement between chain partners, at or after the closing conference; from one of the programme's chain groups when it names one. */
  async addAgreement(id: string, dto: CreateAgreementDto): Promise<AgreementView> {
    const em = this.db.em;
    const programme = await this.db.findOwned(SectorProgramme, id);
    const parties = dto.parties.map((p) => p.trim());
    const seen = new Map<string, number>();
    const doubles: { field: string; text: { nl: string; en: string }; code: string; params: Record<string, string> }[] = [];
    parties.forEach((p, i) => {
      const key = p.toLocaleLowerCase('nl');
      if (seen.has(key)) doubles.push({ field: `parties.${i}`, code: 'sector.agreement_party_twice', params: { party: p }, text: { nl: `${p} staat twee keer in de partijen`, en: `${p} is named twice among the parties` } });
      else seen.set(key, i);
    });
    if (doubles.length) throw BadInputError.many(doubles, 'sector.agreement_party_twice');
    if (dto.groupId) {
      const inProgramme = await em.query(`select 1 from chain_project where group_id = $1 and sector_programme_id = $2`, [dto.groupId, id]);
      if (!inProgramme.length) {
        throw new BadInputError(
          'groupId',
          { nl: `${dto.groupId} is geen ketengroep van dit sectorprogramma`, en: `${dto.groupId} is not a chain group of this sector programme` },
          { code: 'sector.group_not_in_programme', params: { groupId: dto.groupId, programmeId: id } },
        );
      }
    }
    const closing = await em.findOne(SectorConference, { where: { programmeId: id, kind: 'closing' } });
    if (!closing) {
      throw new ConflictError(
        { nl: 'Afspraken worden vastgelegd op de slotconferentie: leg die eerst vast', en: 'Agreements are recorded at the closing conference: record it first' },
        { code: 'sector.no_closing_conference', params: { programmeId: id } },
      );
    }
    if (dto.agreedOn < closing.heldOn) {
      throw new ConflictError(
        { nl: `Een afspraak (${dto.agreedOn}) kan niet vóór de slotconferentie (${closing.heldOn}) zijn gemaakt`, en: `An agreement (${dto.agreedOn}) cannot be made before the closing conference (${closing.heldOn})` },
        { code: 'sector.agreement_before_closing', field: 'agreedOn', params: { agreedOn: dto.agreedOn, closingOn: closing.heldOn } },
      );
    }
    const row = { id: this.db.newId(), partnerId: programme.partnerId, programmeId: id, groupId: dto.groupId ?? null, parties, text: dto.text.trim(), agreedOn: dto.agreedOn };
    await em.insert(ChainAgreement, row);
    return agreementView(await em.findOneByOrFail(ChainAgreement, { id: row.id }));
  }

  async removeAgreement(agreementId: string): Promise<void> {
    const agreement = await this.db.findOwned(ChainAgreement, agreementId);
    await this.db.em.delete(ChainAgreement, { id: agreement.id });
  }

  /** The chain projects naming the programme, with their lead and chain partners that have not withdrawn. */
  private async groupsOf(id: string): Promise<ChainGroupView[]> {
    const rows: { id: string; name: string; theme: string | null; status: ChainGroupView['status']; starts_on: string; ends_on: string; active_partners: number }[] = await this.db.em.query(
      `select g.id, g.name, cp.theme, g.status, g.starts_on::text as starts_on, g.ends_on::text as ends_on,
              (select count(*)::int from enrolment e where e.group_id = g.id and e.phase <> $2) as active_partners
         from chain_project cp
         join programme_group g on g.id = cp.group_id
        where cp.sector_programme_id = $1
        order by cp.theme nulls last, g.starts_on, g.name, g.id`,
      [id, WITHDRAWN_PHASE],
    );
    return rows.map((r) => ({ id: r.id, name: r.name, theme: r.theme, status: r.status, startsOn: r.starts_on, endsOn: r.ends_on, activePartners: r.active_partners }));
  }

  /** Per group the latest succeeded chain.impact result of its project subject; the totals add up only the groups that have the figure, and say how many. */
  private async results(groups: ChainGroupView[]): Promise<SectorResultsView> {
    const subjects = groups.map((g) => projectSubject(g.id));
    const rows: { subject: string; output: unknown; computed_at: Date | null; plugin_version: string }[] = subjects.length
      ? await this.db.em.query(
        `select distinct on (i.subject) i.subject, r.output, r.computed_at, r.plugin_version
           from calculation_input i
           join calculation_result r on r.input_id = i.id
          where i.plugin_id = $1 and i.subject = any($2::text[]) and r.status = 'succeeded'
          order by i.subject, r.computed_at desc nulls last, r.created_at desc`,
        [CHAIN_IMPACT_ID, subjects],
      )
      : [];
    const perGroup = groups.map((g) => {
      const row = rows.find((r) => r.subject === projectSubject(g.id));
      return {
        groupId: g.id, name: g.name, theme: g.theme, hasResult: !!row, computedAt: row?.computed_at ?? null, pluginVersion: row?.plugin_version ?? null,
        figures: impactFigures(row ? row.output : undefined),
      };
    });
    const { totals, counted } = sumFigures(perGroup.filter((g) => g.hasResult).map((g) => g.figures));
    return { pluginId: CHAIN_IMPACT_ID, groupsTotal: groups.length, groupsWithResults: perGroup.filter((g) => g.hasResult).length, totals, counted, groups: perGroup };
  }
}

function assertDates(startsOn: string, endsOn: string, field: 'startsOn' | 'endsOn' = 'endsOn'): void {
  if (endsOn < startsOn) {
    throw new BadInputError(
      field,
      { nl: `Het einde (${endsOn}) ligt vóór het begin (${startsOn})`, en: `The end (${endsOn}) is before the start (${startsOn})` },
      { code: 'sector.dates', params: { startsOn, endsOn } },
    );
  }
}

function byTheme(questions: SectorQuestion[]): ThemeQuestionsView[] {
  const themes: ThemeQuestionsView[] = [];
  for (const q of questions) {
    const key = q.theme.toLocaleLowerCase('nl');
    let theme = themes.find((t) => t.theme.toLocaleLowerCase('nl') === key);
    if (!theme) themes.push((theme = { theme: q.theme, questions: [] }));
    theme.questions.push(questionView(q));
  }
  return themes;
}

function conferenceView(c: Pick<SectorConference, 'id' | 'kind' | 'heldOn' | 'location' | 'notes'>): ConferenceView {
  return { id: c.id, kind: c.kind, heldOn: c.heldOn, location: c.location, notes: c.notes };
}

function questionView(q: SectorQuestion): QuestionView {
  return { id: q.id, theme: q.theme, question: q.question, raisedBy: q.raisedBy, createdAt: q.createdAt };
}

function agreementView(a: ChainAgreement): AgreementView {
  return { id: a.id, programmeId: a.programmeId, groupId: a.groupId, parties: a.parties, text: a.text, agreedOn: a.agreedOn, createdAt: a.createdAt };
}

type Figure = keyof SectorFiguresView;
const FIGURES: Figure[] = ['costSavingEurPerYear', 'co2KgPerYear', 'waterM3PerYear', 'fte'];

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const finite = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** The figures of a chain.impact output (its `totals`, libs/calc/chain-impact); null for each it does not have. */
export function impactFigures(output: unknown): SectorFiguresView {
  const t = isRecord(output) && isRecord(output['totals']) ? output['totals'] : {};
  return { costSavingEurPerYear: finite(t['yearlyBenefitEur']), co2KgPerYear: finite(t['kgCO2eReductionPerYear']), waterM3PerYear: finite(t['waterSavedM3']), fte: finite(t['fteChange']) };
}

/** Each figure summed over the groups that have it (null when none has), and how many groups each sum covers. */
export function sumFigures(list: SectorFiguresView[]): { totals: SectorFiguresView; counted: SectorFigureCountsView } {
  const totals = { costSavingEurPerYear: null, co2KgPerYear: null, waterM3PerYear: null, fte: null } as SectorFiguresView;
  const counted = { costSavingEurPerYear: 0, co2KgPerYear: 0, waterM3PerYear: 0, fte: 0 } as SectorFigureCountsView;
  for (const figure of FIGURES) {
    const values = list.map((f) => f[figure]).filter((v): v is number => v !== null);
    counted[figure] = values.length;
    totals[figure] = values.length ? Math.round(values.reduce((a, b) => a + b, 0) * 1000) / 1000 : null;
  }
  return { totals, counted };
}
