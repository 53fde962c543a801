import { Injectable, inject } from '@angular/core';
import { ApiClient } from './api-client';
import { ProgrammeApi } from './programme';
import type { components } from './schema';

type Schemas = components['schemas'];

/*
 * Step 3, the chain projects. A project is the programme core's group of step
 * `chain`: sessions, attendance, decisions and actions, invitations, staff
 * removal, start and close go through ProgrammeApi; this client adds the
 * step's own routes (projects, members, specialists, phases, flow maps,
 * business cases, reports, sector programmes, joint applications).
 */

export type ChainProjectSummary = Schemas['ChainProjectSummaryView'];
export type ChainProjectDetail = Schemas['ChainProjectDetailView'];
export type ChainMember = Schemas['ChainMemberView'];
export type Specialist = Schemas['SpecialistView'];
export type ProjectPhase = Schemas['ProjectPhaseView'];
export type CalculationOutcome = Schemas['CalculationOutcomeView'];
export type NewChainProject = Schemas['CreateChainProjectDto'];
export type ChainMemberFields = Schemas['ChainMemberDto'];
export type NewSpecialist = Schemas['AddSpecialistDto'];
export type FlowMap = Schemas['FlowMapView'];
export type FlowVariantView = Schemas['FlowVariantView'];
export type FlowVariantFields = Schemas['PutFlowVariantDto'];
export type BusinessCase = Schemas['BusinessCaseView'];
export type BusinessCaseFields = Schemas['BusinessCaseDto'];
export type SectorProgrammeSummary = Schemas['SectorProgrammeSummaryView'];
export type SectorProgramme = Schemas['SectorProgrammeDetailView'];
export type NewSectorProgramme = Schemas['CreateSectorProgrammeDto'];
export type Conference = Schemas['ConferenceView'];
export type ConferenceFields = Schemas['ConferenceDto'];
export type SectorQuestion = Schemas['QuestionView'];
export type Agreement = Schemas['AgreementView'];
export type ChainApplication = Schemas['ApplicationView'];
export type NewChainApplication = Schemas['CreateApplicationDto'];
export type SessionItem = Schemas['SessionItemView'];
export type FlowVariantKey = 'as_is' | 'redesign';

const id = encodeURIComponent;

/** Step 3's endpoints, typed; the core's through ProgrammeApi. */
@Injectable({ providedIn: 'root' })
export class ChainApi {
  private readonly api = inject(ApiClient);
  readonly core = inject(ProgrammeApi);

  // Projects
  projects() {
    return this.api.call<Schemas['ChainProjectListView']>('GET', '/api/chain/projects');
  }
  project(projectId: string) {
    return this.api.call<ChainProjectDetail>('GET', `/api/chain/projects/${id(projectId)}`);
  }
  create(body: NewChainProject) {
    return this.api.call<ChainProjectDetail>('POST', '/api/chain/projects', body);
  }
  update(projectId: string, body: Schemas['UpdateChainProjectDto']) {
    return this.api.call<ChainProjectDetail>('PATCH', `/api/chain/projects/${id(projectId)}`, body);
  }
  addMember(projectId: string, body: Schemas['AddChainMemberDto']) {
    return this.api.call<ChainProjectDetail>('POST', `/api/chain/projects/${id(projectId)}/members`, body);
  }
  setChainRole(participantId: string, chainRole: ChainMember['chainRole']) {
    return this.api.call<ChainProjectDetail>('PATCH', `/api/chain/members/${id(participantId)}`, { chainRole } satisfies Schemas['UpdateChainMemberDto']);
  }
  addSpecialist(projectId: string, body: NewSpecialist) {
    return this.api.call<ChainProjectDetail>('POST', `/api/chain/projects/${id(projectId)}/specialists`, body);
  }
  async removeSpecialist(projectId: string, staffId: string) {
    await this.core.removeStaff(projectId, staffId);
    return this.project(projectId);
  }
  /** Every active partner moves to `phase`; a coordinator may pass unmet conditions with a reason. */
  movePhase(projectId: string, phase: string, reason?: string) {
    return this.api.call<ChainProjectDetail>('POST', `/api/chain/projects/${id(projectId)}/phase`, { phase, ...(reason ? { reason } : {}) } satisfies Schemas['MoveProjectPhaseDto']);
  }
  async start(projectId: string) {
    await this.core.start(projectId);
    return this.project(projectId);
  }
  /** 409 `group.too_few_sessions` (params min, held) before four sessions took place. */
  async close(projectId: string) {
    await this.core.close(projectId);
    return this.project(projectId);
  }
  renderReport(projectId: string) {
    return this.api.call<ChainProjectDetail>('POST', `/api/chain/projects/${id(projectId)}/report`, {});
  }

  // Sessions (the core's) with decisions and actions
  planSession(projectId: string, body: Schemas['CreateSessionDto']) {
    return this.core.planSession(projectId, body);
  }
  setAttendance(sessionId: string, attendance: { participantId: string; present: boolean }[]) {
    return this.core.setAttendance(sessionId, attendance);
  }
  addSessionItem(sessionId: string, body: Schemas['CreateSessionItemDto']) {
    return this.api.call<SessionItem>('POST', `/api/programme/sessions/${id(sessionId)}/items`, body);
  }
  updateSessionItem(itemId: string, body: Schemas['UpdateSessionItemDto']) {
    return this.api.call<SessionItem>('PATCH', `/api/programme/session-items/${id(itemId)}`, body);
  }
  removeSessionItem(itemId: string) {
    return this.api.call<void>('DELETE', `/api/programme/session-items/${id(itemId)}`);
  }

  // Flow maps
  createFlowMap(projectId: string, subject: string) {
    return this.api.call<FlowMap>('POST', `/api/chain/projects/${id(projectId)}/flow-maps`, { subject } satisfies Schemas['CreateFlowMapDto']);
  }
  flowMap(mapId: string) {
    return this.api.call<FlowMap>('GET', `/api/chain/flow-maps/${id(mapId)}`);
  }
  renameFlowMap(mapId: string, subject: string) {
    return this.api.call<FlowMap>('PATCH', `/api/chain/flow-maps/${id(mapId)}`, { subject } satisfies Schemas['CreateFlowMapDto']);
  }
  removeFlowMap(mapId: string) {
    return this.api.call<void>('DELETE', `/api/chain/flow-maps/${id(mapId)}`);
  }
  /** Replaces the variant whole; a 400 names each field (`flows.2.to`) and keeps what was there. */
  saveVariant(mapId: string, variant: FlowVariantKey, body: FlowVariantFields) {
    return this.api.call<FlowMap>('PUT', `/api/chain/flow-maps/${id(mapId)}/variants/${variant}`, body);
  }
  /** A CSV or Excel file, one row per flow; a 400 names every rejected row (`line N`) and stores nothing. */
  importVariant(mapId: string, variant: FlowVariantKey, file: File) {
    const body = new FormData();
    body.append('file', file, file.name);
    return this.api.call<FlowMap>('POST', `/api/chain/flow-maps/${id(mapId)}/variants/${variant}/import`, body);
  }
  readonly flowTemplateUrl = '/api/chain/flow-map-template';

  // Business cases
  businessCases(projectId: string) {
    return this.api.call<Schemas['BusinessCaseListView']>('GET', `/api/chain/projects/${id(projectId)}/business-cases`);
  }
  addBusinessCase(projectId: string, body: BusinessCaseFields) {
    return this.api.call<BusinessCase>('POST', `/api/chain/projects/${id(projectId)}/business-cases`, body);
  }
  replaceBusinessCase(optionId: string, body: BusinessCaseFields) {
    return this.api.call<BusinessCase>('PUT', `/api/chain/business-cases/${id(optionId)}`, body);
  }
  chooseBusinessCase(optionId: string) {
    return this.api.call<BusinessCase>('POST', `/api/chain/business-cases/${id(optionId)}/choose`, {});
  }
  removeBusinessCase(optionId: string) {
    return this.api.call<void>('DELETE', `/api/chain/business-cases/${id(optionId)}`);
  }

  // Sector programmes
  sectorProgrammes() {
    return this.api.call<Schemas['SectorProgrammeListView']>('GET', '/api/chain/sector-programmes');
  }
  sectorProgramme(programmeId: string) {
    return this.api.call<SectorProgramme>('GET', `/api/chain/sector-programmes/${id(programmeId)}`);
  }
  createSectorProgramme(body: NewSectorProgramme) {
    return this.api.call<SectorProgramme>('POST', '/api/chain/sector-programmes', body);
  }
  updateSectorProgramme(programmeId: string, body: Schemas['UpdateSectorProgrammeDto']) {
    return this.api.call<SectorProgramme>('PATCH', `/api/chain/sector-programmes/${id(programmeId)}`, body);
  }
  setConference(programmeId: string, kind: 'opening' | 'closing', body: ConferenceFields) {
    return this.api.call<Conference>('PUT', `/api/chain/sector-programmes/${id(programmeId)}/conferences/${kind}`, body);
  }
  addQuestion(programmeId: string, body: Schemas['CreateQuestionDto']) {
    return this.api.call<SectorQuestion>('POST', `/api/chain/sector-programmes/${id(programmeId)}/questions`, body);
  }
  removeQuestion(questionId: string) {
    return this.api.call<void>('DELETE', `/api/chain/sector-questions/${id(questionId)}`);
  }
  addAgreement(programmeId: string, body: Schemas['CreateAgreementDto']) {
    return this.api.call<Agreement>('POST', `/api/chain/sector-programmes/${id(programmeId)}/agreements`, body);
  }
  removeAgreement(agreementId: string) {
    return this.api.call<void>('DELETE', `/api/chain/agreements/${id(agreementId)}`);
  }
  renderSectorReport(programmeId: string) {
    return this.api.call<SectorProgramme>('POST', `/api/chain/sector-programmes/${id(programmeId)}/report`, {});
  }

  // Joint applications
  applications(status?: 'submitted' | 'accepted' | 'declined') {
    return this.api.call<Schemas['ApplicationListView']>('GET', '/api/chain/applications', undefined, status ? { status } : undefined);
  }
  apply(body: NewChainApplication) {
    return this.api.call<ChainApplication>('POST', '/api/chain/applications', body);
  }
  declineApplication(applicationId: string, reason: string) {
    return this.api.call<ChainApplication>('POST', `/api/chain/applications/${id(applicationId)}/decline`, { reason } satisfies Schemas['DeclineApplicationDto']);
  }

  // Step 2's proposals, to take up
  proposals() {
    return this.api.call<Schemas['ChainProposalListView']>('GET', '/api/masterclass/proposals');
  }

  fileUrl(fileId: string) {
    return this.core.fileUrl(fileId);
  }
}
