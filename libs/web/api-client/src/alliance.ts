import { Injectable, inject } from '@angular/core';
import { ApiClient } from './api-client';
import type { components, operations } from './schema';

type Schemas = components['schemas'];

/*
 * The alliance (docs/alliance.md): partners and their contracts, commitments
 * and fulfilment, the CSR platforms, the programme lines with their pilots,
 * and the budgets. Every route is under /api/alliance; staff only.
 */

export type AllianceOverview = Schemas['AllianceOverviewView'];
export type AlliancePartner = Schemas['AlliancePartnerView'];
export type AlliancePartnerRef = Schemas['AlliancePartnerRefView'];
export type AllianceText = Schemas['AllianceTextView'];
export type FulfilmentSummary = Schemas['FulfilmentSummaryView'];
export type OverviewCommitment = Schemas['OverviewCommitmentView'];
export type PartnerContract = Schemas['PartnerContractView'];
export type ContractFields = Schemas['ContractDto'];
export type Commitment = Schemas['CommitmentView'];
export type NewCommitment = Schemas['CommitmentDto'];
export type CommitmentChanges = Schemas['UpdateCommitmentDto'];
export type Fulfilment = Schemas['FulfilmentView'];
export type NewFulfilment = Schemas['FulfilmentDto'];
export type EvidenceFile = Schemas['EvidenceFileView'];
export type CommitmentPoint = Commitment['point'];
export type FulfilmentStatus = Fulfilment['status'];
export type PartnerKind = AlliancePartner['kind'];

export type PlatformSummary = Schemas['PlatformSummaryView'];
export type Platform = Schemas['PlatformView'];
export type NewPlatform = Schemas['CreatePlatformDto'];
export type PlatformChanges = Schemas['UpdatePlatformDto'];
export type PlatformMember = Schemas['PlatformMemberView'];
export type NewPlatformMember = Schemas['PlatformMemberDto'];
export type PlatformEvent = Schemas['PlatformEventView'];
export type NewPlatformEvent = Schemas['PlatformEventDto'];

export type ProgrammeLine = Schemas['ProgrammeLineView'];
export type ProgrammeLineCode = ProgrammeLine['code'];
export type PilotSummary = Schemas['PilotSummaryView'];
export type Pilot = Schemas['PilotView'];
export type NewPilot = Schemas['CreatePilotDto'];
export type PilotChanges = Schemas['UpdatePilotDto'];
export type ImpactFigure = Schemas['ImpactFigureView'];
export type ImpactFigureFields = Schemas['ImpactFigureDto'];

export type BudgetList = Schemas['BudgetListView'];
export type BudgetSummary = Schemas['BudgetSummaryView'];
export type Budget = Schemas['BudgetView'];
export type BudgetLine = Schemas['BudgetLineView'];
export type BudgetLineFields = Schemas['BudgetLineDto'];
export type BudgetTotals = Schemas['BudgetTotalsView'];
export type NewBudget = Schemas['CreateBudgetDto'];
export type BudgetChanges = Schemas['UpdateBudgetDto'];
export type BudgetCategory = BudgetLine['category'];
export type BudgetQuery = NonNullable<operations['BudgetsController_list']['parameters']['query']>;

const id = encodeURIComponent;

/** The alliance's endpoints, typed. */
@Injectable({ providedIn: 'root' })
export class AllianceApi {
  private readonly api = inject(ApiClient);

  // Partners and contracts
  overview() {
    return this.api.call<AllianceOverview>('GET', '/api/alliance/partners');
  }
  updatePartner(slug: string, body: Schemas['UpdateAlliancePartnerDto']) {
    return this.api.call<AlliancePartner>('PATCH', `/api/alliance/partners/${id(slug)}`, body);
  }
  /** 404 while the partner has no contract recorded. */
  contract(slug: string) {
    return this.api.call<PartnerContract>('GET', `/api/alliance/partners/${id(slug)}/contract`);
  }
  putContract(slug: string, body: ContractFields) {
    return this.api.call<PartnerContract>('PUT', `/api/alliance/partners/${id(slug)}/contract`, body);
  }
  addCommitment(slug: string, body: NewCommitment) {
    return this.api.call<Commitment>('POST', `/api/alliance/partners/${id(slug)}/contract/commitments`, body);
  }
  updateCommitment(commitmentId: string, body: CommitmentChanges) {
    return this.api.call<Commitment>('PATCH', `/api/alliance/commitments/${id(commitmentId)}`, body);
  }
  removeCommitment(commitmentId: string) {
    return this.api.call<void>('DELETE', `/api/alliance/commitments/${id(commitmentId)}`);
  }
  addFulfilment(commitmentId: string, body: NewFulfilment) {
    return this.api.call<Fulfilment>('POST', `/api/alliance/commitments/${id(commitmentId)}/fulfilments`, body);
  }
  /** Multipart field `file`: pdf, png, jpeg, docx, pptx or xlsx, at most 10 MB; replaces an earlier file of the entry. */
  attachEvidence(fulfilmentId: string, file: File) {
    const form = new FormData();
    form.append('file', file, file.name);
    return this.api.call<Fulfilment>('POST', `/api/alliance/fulfilments/${id(fulfilmentId)}/evidence`, form);
  }
  /** Where the browser downloads an entry's evidence file (same origin: the web servers proxy /api). */
  evidenceUrl(fulfilmentId: string) {
    return `/api/alliance/fulfilments/${id(fulfilmentId)}/evidence`;
  }

  // CSR platforms
  platforms() {
    return this.api.call<Schemas['PlatformListView']>('GET', '/api/alliance/platforms');
  }
  platform(platformId: string) {
    return this.api.call<Platform>('GET', `/api/alliance/platforms/${id(platformId)}`);
  }
  createPlatform(body: NewPlatform) {
    return this.api.call<Platform>('POST', '/api/alliance/platforms', body);
  }
  updatePlatform(platformId: string, body: PlatformChanges) {
    return this.api.call<Platform>('PATCH', `/api/alliance/platforms/${id(platformId)}`, body);
  }
  addMember(platformId: string, body: NewPlatformMember) {
    return this.api.call<PlatformMember>('POST', `/api/alliance/platforms/${id(platformId)}/members`, body);
  }
  removeMember(platformId: string, memberId: string) {
    return this.api.call<void>('DELETE', `/api/alliance/platforms/${id(platformId)}/members/${id(memberId)}`);
  }
  addEvent(platformId: string, body: NewPlatformEvent) {
    return this.api.call<PlatformEvent>('POST', `/api/alliance/platforms/${id(platformId)}/events`, body);
  }
  removeEvent(platformId: string, eventId: string) {
    return this.api.call<void>('DELETE', `/api/alliance/platforms/${id(platformId)}/events/${id(eventId)}`);
  }

  // Programme lines and pilots
  lines() {
    return this.api.call<Schemas['ProgrammeLineListView']>('GET', '/api/alliance/programme-lines');
  }
  pilots(line?: ProgrammeLineCode) {
    return this.api.call<Schemas['PilotListView']>('GET', '/api/alliance/pilots', undefined, line ? { line } : undefined);
  }
  pilot(pilotId: string) {
    return this.api.call<Pilot>('GET', `/api/alliance/pilots/${id(pilotId)}`);
  }
  createPilot(body: NewPilot) {
    return this.api.call<Pilot>('POST', '/api/alliance/pilots', body);
  }
  updatePilot(pilotId: string, body: PilotChanges) {
    return this.api.call<Pilot>('PATCH', `/api/alliance/pilots/${id(pilotId)}`, body);
  }

  // Budgets
  budgets(query: BudgetQuery = {}) {
    return this.api.call<BudgetList>('GET', '/api/alliance/budgets', undefined, query as Record<string, string>);
  }
  budget(budgetId: string) {
    return this.api.call<Budget>('GET', `/api/alliance/budgets/${id(budgetId)}`);
  }
  createBudget(body: NewBudget) {
    return this.api.call<Budget>('POST', '/api/alliance/budgets', body);
  }
  updateBudget(budgetId: string, body: BudgetChanges) {
    return this.api.call<Budget>('PATCH', `/api/alliance/budgets/${id(budgetId)}`, body);
  }
  /** Every line in order; replaces the earlier lines. */
  putLines(budgetId: string, lines: BudgetLineFields[]) {
    return this.api.call<Budget>('PUT', `/api/alliance/budgets/${id(budgetId)}/lines`, { lines } satisfies Schemas['BudgetLinesDto']);
  }
}
