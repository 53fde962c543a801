import { Injectable } from '@nestjs/common';
import { WITHDRAWN_PHASE } from '@koers/domain';
import { CE_MODULES_V1, INNOVATION_FIELDS } from '@koers/reference-data';
import {
  BadInputError, ChainProposal, ConflictError, Db, Enrolment, Masterclass, MasterclassDecision, MasterclassOutcome, NotFoundError, ProgrammeGroup, ProgrammeSession, SessionModule,
  type CandidatePartner, type OutcomeChainPartner,
} from '@koers/server-db';
import { Groups } from '@koers/server-programme';
import { In } from 'typeorm';
import type {
  ChainProposalListView, ChainProposalView, CreateMasterclassDto, CreateProposalDto, DecisionDto, DecisionView, IntakeDto, MasterclassDetailView, MasterclassListView, ModuleListView,
  OpportunitiesView, OutcomeDto, OutcomeView, SessionModulesView, UpdateMasterclassDto,
} from './masterclasses.dto';

const STEP = 'masterclass' as const;

/**
 * CE-masterclasses: the core's groups of step 2 with an audience, goals and
 * co-organisers; the modules of each workshop; each entrepreneur's intake and
 * outcome; what recurs across the group; its go / no-go and the chain-project
 * proposals made from it.
 */
@Injectable()
export class MasterclassesService {
  constructor(
    private readonly db: Db,
    private readonly groups: Groups,
  ) {}

  async list(): Promise<MasterclassListView> {
    const rows = await this.groups.list(STEP);
    const ids = rows.map((r) => r.group.id);
    const own = ids.length ? await this.db.em.find(Masterclass, { where: { groupId: In(ids) } }) : [];
    const decisions = ids.length ? await this.db.em.find(MasterclassDecision, { where: { groupId: In(ids) } }) : [];
    const items = rows.map(({ group, participants }) => {
      const m = own.find((o) => o.groupId === group.id);
      return {
        id: group.id, name: group.name, audience: m?.audience ?? 'sme', region: m?.region ?? null, startsOn: group.startsOn, endsOn: group.endsOn, status: group.status, participants,
        decision: decisions.find((d) => d.groupId === group.id)?.decision ?? null,
      };
    });
    return { items, total: items.length };
  }

  async create(dto: CreateMasterclassDto): Promise<MasterclassDetailView> {
    const { audience, goals, coOrganisers, region, ...fields } = dto;
    const group = await this.groups.create(STEP, fields);
    await this.db.em.insert(Masterclass, { groupId: group.id, partnerId: group.partnerId, audience, goals: goals.trim(), coOrganisers: cleanList(coOrganisers ?? []), region: region?.trim() || null });
    return this.get(group.id);
  }

  async update(id: string, dto: UpdateMasterclassDto): Promise<MasterclassDetailView> {
    await this.groups.loadOf(STEP, id);
    const { audience, goals, coOrganisers, region, ...fields } = dto;
    await this.groups.update(id, fields);
    const own: Partial<Masterclass> = {};
    if (audience !== undefined) own.audience = audience;
    if (goals !== undefined) own.goals = goals.trim();
    if (coOrganisers !== undefined) own.coOrganisers = cleanList(coOrganisers);
    if (region !== undefined) own.region = region.trim() || null;
    if (Object.keys(own).length) await this.db.em.update(Masterclass, { groupId: id }, own);
    return this.get(id);
  }

  async get(id: string): Promise<MasterclassDetailView> {
    await this.groups.loadOf(STEP, id);
    const view = await this.groups.view(id);
    const em = this.db.em;
    const own = await em.findOne(Masterclass, { where: { groupId: id } });
    const modules = await em.find(SessionModule, { where: { groupId: id }, order: { position: 'ASC' } });
    const outcomes = await em.find(MasterclassOutcome, { where: { groupId: id } });
    const decision = await em.findOne(MasterclassDecision, { where: { groupId: id } });
    const proposals = this.db.tenant.role === 'participant' ? [] : await em.find(ChainProposal, { where: { groupId: id }, order: { createdAt: 'ASC' } });
    const sessionModules: Record<string, string[]> = Object.fromEntries(view.sessions.map((s) => [s.id, modules.filter((m) => m.sessionId === s.id).map((m) => m.moduleId)]));
    const order = view.participants.map((p) => p.id);
    const fellowParticipants = await this.groups.fellows(id);
    return {
      ...view,
      audience: own?.audience ?? 'sme', goals: own?.goals ?? '', coOrganisers: own?.coOrganisers ?? [], region: own?.region ?? null,
      sessionModules,
      outcomes: outcomes.sort((a, b) => order.indexOf(a.enrolmentId) - order.indexOf(b.enrolmentId)).map(outcomeView),
      decision: decision ? decisionView(decision) : null,
      proposals: proposals.map(proposalView),
      fellowParticipants,
    };
  }


  /** Enrols a known organisation by its scan key ('organisation:<id>'); an imported company ('imported:<id>') is made an organisation first by `importCompany`. */
  async addCandidate(id: string, key: string, importCompany: (scanCompanyId: string) => Promise<string>): Promise<MasterclassDetailView> {
    await this.groups.loadOf(STEP, id);
    const [kind, ref] = [key.slice(0, key.indexOf(':')), key.slice(key.indexOf(':') + 1).toLowerCase()];
    let organisationId: string;
    if (kind === 'organisation') {
      organisationId = ref;
    } else {
      organisationId = await importCompany(ref);
    }
    await this.groups.addEnrolment(id, organisationId, 'participant').catch((e: unknown) => {
      // The core names the field organisationId; here the client sent a key.
      if (e instanceof BadInputError && e.field === 'organisationId') throw new BadInputError('key', { nl: `Onbekende kandidaat: ${key}`, en: `Unknown candidate: ${key}` }, { code: 'candidate.unknown', params: { key } });
      throw e;
    });
    return this.get(id);
  }

  modules(): ModuleListView {
    return { items: CE_MODULES_V1.map((m) => ({ id: m.id, name: { ...m.name }, description: { ...m.description }, audiences: [...m.audiences] })) };
  }

  /** The modules a workshop treats, from the library and suited to the masterclass's audience; replaces the earlier list. */
  async setSessionModules(sessionId: string, moduleIds: string[]): Promise<SessionModulesView> {
    const session = await this.db.findOwned(ProgrammeSession, sessionId);
    const { group, step } = await this.groups.load(session.groupId);
    if (group.step !== STEP) throw new NotFoundError('ProgrammeSession', sessionId);
    Groups.assertOpen(group, step);
    const own = await this.db.em.findOneOrFail(Masterclass, { where: { groupId: group.id } });
    const problems: { field: string; text: { nl: string; en: string }; code: string; params: Record<string, string> }[] = [];
    moduleIds.forEach((moduleId, i) => {
      const module = CE_MODULES_V1.find((m) => m.id === moduleId);
      const field = `moduleIds.${i}`;
      if (!module) {
        problems.push({ field, code: 'module.unknown', params: { moduleId }, text: { nl: `Onbekende module: ${moduleId}`, en: `Unknown module: ${moduleId}` } });
      } else if (moduleIds.indexOf(moduleId) !== i) {
        problems.push({ field, code: 'module.duplicate', params: { moduleId }, text: { nl: `Module ${moduleId} staat er twee keer in`, en: `Module ${moduleId} is listed twice` } });
      } else if (!(module.audiences as readonly string[]).includes(own.audience)) {
        const audience = own.audience === 'sme' ? { nl: 'het mkb', en: 'SMEs' } : { nl: 'grote ondernemingen', en: 'large companies' };
        problems.push({ field, code: 'module.audience', params: { moduleId, audience: own.audience }, text: { nl: `Module ${moduleId} past niet bij een masterclass voor ${audience.nl}`, en: `Module ${moduleId} does not suit a masterclass for ${audience.en}` } });
      }
    });
    if (problems.length === 1) throw new BadInputError(problems[0].field, problems[0].text, { code: problems[0].code, params: problems[0].params });
    if (problems.length) throw BadInputError.many(problems, problems[0].code);
    await this.db.em.delete(SessionModule, { sessionId });
    if (moduleIds.length) {
      await this.db.em.insert(SessionModule, moduleIds.map((moduleId, position) => ({ sessionId, moduleId, partnerId: group.partnerId, groupId: group.id, position })));
    }
    return { sessionId, moduleIds: [...moduleIds] };
  }

  async intake(enrolmentId: string, dto: IntakeDto): Promise<OutcomeView> {
    const { enrolment } = await this.enrolmentOf(enrolmentId);
    const row = await this.outcomeRow(enrolment);
    Object.assign(row, { ambition: dto.ambition.trim(), rLadder: dto.rLadder, hopes: dto.hopes.trim(), intakeAt: row.intakeAt ?? new Date(), updatedAt: new Date() });
    await this.db.em.save(MasterclassOutcome, row);
    return outcomeView(row);
  }

  async outcome(enrolmentId: string, dto: OutcomeDto): Promise<OutcomeView> {
    const { enrolment } = await this.enrolmentOf(enrolmentId);
    const problems: { field: string; text: { nl: string; en: string }; code: string; params?: Record<string, string> }[] = [];
    dto.fields.forEach((f, i) => {
      if (!INNOVATION_FIELDS.some((k) => k.id === f.fieldId)) problems.push({ field: `fields.${i}.fieldId`, code: 'outcome.field_unknown', params: { fieldId: f.fieldId }, text: { nl: `Onbekend innovatieveld: ${f.fieldId}`, en: `Unknown innovation field: ${f.fieldId}` } });
      else if (dto.fields.findIndex((x) => x.fieldId === f.fieldId) !== i) problems.push({ field: `fields.${i}.fieldId`, code: 'outcome.field_duplicate', params: { fieldId: f.fieldId }, text: { nl: `Innovatieveld ${f.fieldId} staat er twee keer in`, en: `Innovation field ${f.fieldId} is listed twice` } });
    });
    const named = await this.visibleOrganisations(dto.chainPartners.flatMap((p) => (p.organisationId ? [p.organisationId] : [])));
    const chainPartners: OutcomeChainPartner[] = [];
    dto.chainPartners.forEach((p, i) => {
      if (p.organisationId) {
        const org = named.get(p.organisationId.toLowerCase());
        if (!org) problems.push({ field: `chainPartners.${i}.organisationId`, code: 'organisation.unknown', text: { nl: 'Onbekende organisatie', en: 'Unknown organisation' } });
        else chainPartners.push({ organisationId: p.organisationId.toLowerCase(), name: p.name?.trim() || org });
      } else if (p.name?.trim()) {
        chainPartners.push({ organisationId: null, name: p.name.trim() });
      } else {
        problems.push({ field: `chainPartners.${i}.name`, code: 'outcome.partner_missing', text: { nl: 'Kies een organisatie of geef een naam', en: 'Choose an organisation or give a name' } });
      }
    });
    const others = await this.enrolmentsOfGroup(enrolment.groupId);
    dto.opportunities.forEach((o, i) => {
      o.withEnrolmentIds.forEach((eid, j) => {
        const id = eid.toLowerCase();
        if (id === enrolment.id || !others.has(id)) {
          problems.push({ field: `opportunities.${i}.withEnrolmentIds.${j}`, code: 'outcome.not_a_participant', params: { enrolmentId: eid }, text: { nl: `${eid} is geen andere deelnemer van deze masterclass`, en: `${eid} is not another participant of this masterclass` } });
        }
      });
    });
    if (problems.length === 1) throw new BadInputError(problems[0].field, problems[0].text, { code: problems[0].code, params: problems[0].params });
    if (problems.length) throw BadInputError.many(problems, problems[0].code);
    const row = await this.outcomeRow(enrolment);
    Object.assign(row, {
      fields: dto.fields.map((f) => ({ fieldId: f.fieldId, note: f.note?.trim() ?? '' })),
      chainPartners,
      opportunities: dto.opportunities.map((o) => ({ title: o.title.trim(), withEnrolmentIds: [...new Set(o.withEnrolmentIds.map((x) => x.toLowerCase()))] })),
      updatedAt: new Date(),
    });
    await this.db.em.save(MasterclassOutcome, row);
    return outcomeView(row);
  }

  /** What recurs across the group's outcomes: the innovation fields and the pairs of participants who name a shared opportunity. */
  async opportunities(id: string): Promise<OpportunitiesView> {
    await this.groups.loadOf(STEP, id);
    const active = await this.enrolmentsOfGroup(id);
    const outcomes = (await this.db.em.find(MasterclassOutcome, { where: { groupId: id } })).filter((o) => active.has(o.enrolmentId));
    const fields = new Map<string, string[]>();
    const pairs = new Map<string, number>();
    const opportunities: OpportunitiesView['opportunities'] = [];
    for (const o of outcomes) {
      for (const f of o.fields) fields.set(f.fieldId, [...(fields.get(f.fieldId) ?? []), o.enrolmentId]);
      for (const op of o.opportunities) {
        opportunities.push({ enrolmentId: o.enrolmentId, title: op.title, withEnrolmentIds: op.withEnrolmentIds });
        const members = [...new Set([o.enrolmentId, ...op.withEnrolmentIds.filter((e) => active.has(e))])].sort();
        for (let i = 0; i < members.length; i++) {
          for (let j = i + 1; j < members.length; j++) {
            const k = `${members[i]}|${members[j]}`;
            pairs.set(k, (pairs.get(k) ?? 0) + 1);
          }
        }
      }
    }
    return {
      fields: [...fields].map(([fieldId, enrolmentIds]) => ({ fieldId, count: enrolmentIds.length, enrolmentIds })).sort((x, y) => y.count - x.count || x.fieldId.localeCompare(y.fieldId)),
      pairs: [...pairs].map(([k, count]) => ({ a: k.split('|')[0], b: k.split('|')[1], count })).sort((x, y) => y.count - x.count || x.a.localeCompare(y.a) || x.b.localeCompare(y.b)),
      opportunities,
    };
  }

  /** The group's go / no-go, once it has started; a later decision replaces the earlier one. */
  async decide(id: string, dto: DecisionDto): Promise<DecisionView> {
    const group = await this.groups.loadOf(STEP, id);
    if (group.status === 'planned') {
      throw new ConflictError({ nl: 'Een masterclass besluit pas over go of no go als ze gestart is', en: 'A masterclass decides on go or no go only once it has started' }, { code: 'masterclass.not_started' });
    }
    const row = this.db.em.create(MasterclassDecision, { groupId: id, partnerId: group.partnerId, decision: dto.decision, reasons: dto.reasons.trim(), decidedAt: new Date(), decidedBy: this.db.tenant.userId });
    await this.db.em.save(MasterclassDecision, row);
    return decisionView(row);
  }

  /** A chain-project proposal from a shared opportunity, only after the group's 'go'; the participants and named parties are its candidate chain partners. */
  async propose(id: string, dto: CreateProposalDto): Promise<ChainProposalView> {
    const group = await this.groups.loadOf(STEP, id);
    const decision = await this.db.em.findOne(MasterclassDecision, { where: { groupId: id } });
    if (!decision) {
      throw new ConflictError(
        { nl: 'Eerst besluit de groep tot go; er is nog geen besluit', en: 'The group decides on go first; there is no decision yet' },
        { code: 'proposal.no_decision', params: { decision: 'none' } },
      );
    }
    if (decision.decision !== 'go') {
      throw new ConflictError(
        { nl: 'De groep besloot tot no go; een ketenproject voorstellen kan alleen na go', en: 'The group decided no go; a chain project can be proposed only after go' },
        { code: 'proposal.no_go', params: { decision: decision.decision } },
      );
    }
    const enrolments = await this.db.em.find(Enrolment, { where: { groupId: id } });
    const orgs = await this.visibleOrganisations([...dto.candidatePartners.flatMap((p) => (p.organisationId ? [p.organisationId] : [])), ...enrolments.map((e) => e.organisationId)]);
    const problems: { field: string; text: { nl: string; en: string }; code: string }[] = [];
    const partners: CandidatePartner[] = [];
    dto.candidatePartners.forEach((p, i) => {
      const given = [p.enrolmentId, p.organisationId].filter(Boolean).length;
      if (given > 1) {
        problems.push({ field: `candidatePartners.${i}`, code: 'proposal.partner_ambiguous', text: { nl: 'Geef een deelnemer, een organisatie of een naam', en: 'Give a participant, an organisation or a name' } });
      } else if (p.enrolmentId) {
        const enrolmentId = p.enrolmentId.toLowerCase();
        const e = enrolments.find((x) => x.id === enrolmentId && x.phase !== WITHDRAWN_PHASE);
        if (!e) problems.push({ field: `candidatePartners.${i}.enrolmentId`, code: 'proposal.not_a_participant', text: { nl: 'Geen deelnemer van deze masterclass', en: 'Not a participant of this masterclass' } });
        else partners.push({ enrolmentId: e.id, organisationId: e.organisationId, name: orgs.get(e.organisationId) ?? p.name?.trim() ?? '' });
      } else if (p.organisationId) {
        const name = orgs.get(p.organisationId.toLowerCase());
        if (!name) problems.push({ field: `candidatePartners.${i}.organisationId`, code: 'organisation.unknown', text: { nl: 'Onbekende organisatie', en: 'Unknown organisation' } });
        else partners.push({ enrolmentId: null, organisationId: p.organisationId.toLowerCase(), name });
      } else if (p.name?.trim()) {
        partners.push({ enrolmentId: null, organisationId: null, name: p.name.trim() });
      } else {
        problems.push({ field: `candidatePartners.${i}.name`, code: 'proposal.partner_missing', text: { nl: 'Kies een deelnemer of organisatie, of geef een naam', en: 'Choose a participant or organisation, or give a name' } });
      }
    });
    if (!dto.candidatePartners.length) problems.push({ field: 'candidatePartners', code: 'proposal.no_partners', text: { nl: 'Noem ten minste één kandidaat-ketenpartner', en: 'Name at least one candidate chain partner' } });
    if (problems.length === 1) throw new BadInputError(problems[0].field, problems[0].text, { code: problems[0].code });
    if (problems.length) throw BadInputError.many(problems, problems[0].code);
    const row = this.db.em.create(ChainProposal, {
      id: this.db.newId(), partnerId: group.partnerId, groupId: id, title: dto.title.trim(), description: dto.description.trim(), candidatePartners: partners, status: 'open', createdBy: this.db.tenant.userId,
    });
    await this.db.em.insert(ChainProposal, row);
    const saved = await this.db.em.findOneByOrFail(ChainProposal, { id: row.id });
    return proposalView(saved);
  }

  async proposals(): Promise<ChainProposalListView> {
    const rows = await this.db.em.find(ChainProposal, { order: { createdAt: 'DESC' } });
    return { items: rows.map(proposalView) };
  }

  /** An enrolment of a masterclass the reader may see (a participant: its own), in a group not closed. */
  private async enrolmentOf(enrolmentId: string): Promise<{ enrolment: Enrolment; group: ProgrammeGroup }> {
    const enrolment = await this.db.findOwned(Enrolment, enrolmentId);
    const { group, step } = await this.groups.load(enrolment.groupId);
    if (group.step !== STEP) throw new NotFoundError('Enrolment', enrolmentId);
    Groups.assertOpen(group, step);
    if (enrolment.phase === WITHDRAWN_PHASE) {
      throw new ConflictError({ nl: 'Deze deelnemer heeft zich teruggetrokken', en: 'This participant has withdrawn' }, { code: 'enrolment.withdrawn' });
    }
    return { enrolment, group };
  }

  private async outcomeRow(enrolment: Enrolment): Promise<MasterclassOutcome> {
    return (
      (await this.db.em.findOne(MasterclassOutcome, { where: { enrolmentId: enrolment.id } })) ??
      this.db.em.create(MasterclassOutcome, {
        enrolmentId: enrolment.id, partnerId: enrolment.partnerId, groupId: enrolment.groupId, organisationId: enrolment.organisationId,
        ambition: null, rLadder: null, hopes: null, intakeAt: null, fields: [], chainPartners: [], opportunities: [], updatedAt: new Date(),
      })
    );
  }

  /** The active enrolments of a group (a participant sees only its own under RLS): the core's fellows, on the request's own connection. */
  private async enrolmentsOfGroup(groupId: string): Promise<Set<string>> {
    return new Set((await this.groups.fellows(groupId)).map((f) => f.enrolmentId));
  }

  /** Names of the organisations this partner may see (taking part or consented), by id; a participant may name them too. */
  private async visibleOrganisations(ids: string[]): Promise<Map<string, string>> {
    if (!ids.length) return new Map();
    const partnerId = this.db.tenant.partnerId;
    const rows: { id: string; name: string }[] = await this.db.system((em) =>
      em.query(
        `select o.id, o.name from organisation o where o.id = any($1::uuid[])
           and (exists (select 1 from participation p where p.organisation_id = o.id and p.partner_id = $2 and p.ended_at is null)
             or exists (select 1 from consent c where c.organisation_id = o.id and c.partner_id = $2 and c.revoked_at is null))`,
        [[...new Set(ids.map((i) => i.toLowerCase()))], partnerId],
      ),
    );
    return new Map(rows.map((r) => [r.id, r.name]));
  }
}

function cleanList(list: string[]): string[] {
  return [...new Set(list.map((s) => s.trim()).filter(Boolean))];
}

function outcomeView(o: MasterclassOutcome): OutcomeView {
  return {
    enrolmentId: o.enrolmentId,
    intake: o.rLadder !== null ? { ambition: o.ambition ?? '', rLadder: o.rLadder, hopes: o.hopes ?? '' } : null,
    fields: o.fields, chainPartners: o.chainPartners, opportunities: o.opportunities, updatedAt: o.updatedAt,
  };
}

function decisionView(d: MasterclassDecision): DecisionView {
  return { decision: d.decision, reasons: d.reasons, decidedAt: d.decidedAt, decidedBy: d.decidedBy };
}

function proposalView(p: ChainProposal): ChainProposalView {
  return { id: p.id, masterclassId: p.groupId, title: p.title, description: p.description, candidatePartners: p.candidatePartners, status: p.status, createdAt: p.createdAt };
}
