import { Injectable, inject } from '@angular/core';
import { ApiClient } from './api-client';
import type { Bilingual } from './koploper';
import { ProgrammeApi } from './programme';
import type { components } from './schema';

type Schemas = components['schemas'];

/*
 * Step 2, the CE-masterclasses (docs/masterclass-api.md). A masterclass is the
 * programme core's group of step `masterclass`: enrolling, speakers (staff),
 * sessions, attendance, invitations and start go through ProgrammeApi; this
 * client adds the step's own routes (region scan, masterclasses, modules,
 * intake and outcome, opportunities, decision, chain-project proposals).
 * The types follow the contract; where the generated schema names them the
 * same fields, both fit.
 */

export type Audience = Schemas['MasterclassDetailView']['audience'];
export const AUDIENCES: readonly Audience[] = ['sme', 'large'];

export type ScanReason = Schemas['ScanReasonView'];
/** `key` is `organisation:<uuid>` or `imported:<uuid>`: what POST /masterclasses/:id/candidates takes; the score is the sum of the reasons' points. */
export type ScanCandidate = Schemas['ScanCandidateView'];
export type SectorCount = Schemas['SectorCountView'];
export type RegionScan = Schemas['RegionScanView'];
export type RegionScanSummary = Schemas['RegionScanSummaryView'];
export type MasterclassSummary = Schemas['MasterclassSummaryView'];
export type Intake = Schemas['IntakeDto'];
export type OutcomeFields = Schemas['OutcomeDto'];
export type Outcome = Schemas['OutcomeView'];
export type Decision = Schemas['DecisionView'];
export type CandidatePartner = Schemas['CandidatePartnerView'];
export type ChainProposal = Schemas['ChainProposalView'];
export type NewProposal = Schemas['CreateProposalDto'];
/** Session id -> the library's module ids (every session's id, [] when none). */
export type MasterclassDetail = Schemas['MasterclassDetailView'];
export type MasterclassFields = Schemas['CreateMasterclassDto'];
/** A module of the library; the document leaves its name and description optional, the API always gives them. */
export type CeModule = Omit<Schemas['ModuleView'], 'name' | 'description'> & { name: Bilingual; description: Bilingual };
export type Opportunities = Schemas['OpportunitiesView'];

/** A speaker on a masterclass: a user, an outside speaker by name, or an entrepreneur speaking for an organisation. */
export type NewSpeaker =
  | { kind: 'user'; userId: string; contribution?: string }
  | { kind: 'outside'; name: string; organisation?: string; contribution?: string }
  | { kind: 'entrepreneur'; organisationId: string; name: string; contribution?: string };

const id = encodeURIComponent;

/** Step 2's endpoints, typed; the core's through ProgrammeApi, each followed by a read of the masterclass. */
@Injectable({ providedIn: 'root' })
export class MasterclassApi {
  private readonly api = inject(ApiClient);
  private readonly core = inject(ProgrammeApi);

  // Region scan
  scan(body: Schemas['CreateRegionScanDto']) {
    return this.api.call<RegionScan>('POST', '/api/masterclass/scans', body);
  }
  scans() {
    return this.api.call<Schemas['RegionScanListView']>('GET', '/api/masterclass/scans');
  }
  savedScan(scanId: string) {
    return this.api.call<RegionScan>('GET', `/api/masterclass/scans/${id(scanId)}`);
  }
  /** A company list (.csv or .xlsx); a 400 names every rejected row (`line N`) and stores nothing. */
  importCompanies(file: File) {
    const body = new FormData();
    body.append('file', file, file.name);
    return this.api.call<Schemas['ScanImportView']>('POST', '/api/masterclass/scan-companies/import', body);
  }

  // Masterclasses
  masterclasses() {
    return this.api.call<Schemas['MasterclassListView']>('GET', '/api/masterclass/masterclasses');
  }
  masterclass(masterclassId: string) {
    return this.api.call<MasterclassDetail>('GET', `/api/masterclass/masterclasses/${id(masterclassId)}`);
  }
  create(body: MasterclassFields) {
    return this.api.call<MasterclassDetail>('POST', '/api/masterclass/masterclasses', body);
  }
  update(masterclassId: string, body: Schemas['UpdateMasterclassDto']) {
    return this.api.call<MasterclassDetail>('PATCH', `/api/masterclass/masterclasses/${id(masterclassId)}`, body);
  }
  /** A scan candidate joins (an imported company becomes an organisation first). */
  addCandidate(masterclassId: string, key: string) {
    return this.api.call<MasterclassDetail>('POST', `/api/masterclass/masterclasses/${id(masterclassId)}/candidates`, { key } satisfies Schemas['AddCandidateDto']);
  }
  async start(masterclassId: string) {
    await this.core.start(masterclassId);
    return this.masterclass(masterclassId);
  }
  invite(masterclassId: string, body: Schemas['CreateInvitationDto']) {
    return this.core.invite(masterclassId, body);
  }
  resendInvitation(invitationId: string) {
    return this.core.resendInvitation(invitationId);
  }
  withdrawInvitation(invitationId: string) {
    return this.core.withdrawInvitation(invitationId);
  }

  // Sessions, modules, speakers, attendance
  modules() {
    return this.api.call<{ items: CeModule[] }>('GET', '/api/masterclass/modules');
  }
  planSession(masterclassId: string, body: Schemas['CreateSessionDto']) {
    return this.core.planSession(masterclassId, body);
  }
  setSessionModules(sessionId: string, moduleIds: string[]) {
    return this.api.call<Schemas['SessionModulesView']>('PUT', `/api/masterclass/sessions/${id(sessionId)}/modules`, { moduleIds } satisfies Schemas['SessionModulesDto']);
  }
  setAttendance(sessionId: string, attendance: { participantId: string; present: boolean }[]) {
    return this.core.setAttendance(sessionId, attendance);
  }
  staff(role?: 'administrator' | 'coordinator' | 'adviser' | 'analyst') {
    return this.core.staffPicker(role);
  }
  addSpeaker(masterclassId: string, speaker: NewSpeaker) {
    const contribution = speaker.contribution ? { contribution: speaker.contribution } : {};
    const body =
      speaker.kind === 'user'
        ? { role: 'speaker' as const, userId: speaker.userId, ...contribution }
        : speaker.kind === 'outside'
          ? { role: 'speaker' as const, externalName: speaker.name, ...(speaker.organisation ? { externalOrganisation: speaker.organisation } : {}), ...contribution }
          : { role: 'speaker' as const, externalName: speaker.name, organisationId: speaker.organisationId, ...contribution };
    return this.core.addStaff(masterclassId, body satisfies Schemas['AddStaffDto']);
  }
  removeStaff(masterclassId: string, staffId: string) {
    return this.core.removeStaff(masterclassId, staffId);
  }

  // Intake, outcome, opportunities, decision, proposals
  saveIntake(enrolmentId: string, body: Intake) {
    return this.api.call<Outcome>('PUT', `/api/masterclass/enrolments/${id(enrolmentId)}/intake`, body);
  }
  saveOutcome(enrolmentId: string, body: OutcomeFields) {
    return this.api.call<Outcome>('PUT', `/api/masterclass/enrolments/${id(enrolmentId)}/outcome`, body);
  }
  opportunities(masterclassId: string) {
    return this.api.call<Opportunities>('GET', `/api/masterclass/masterclasses/${id(masterclassId)}/opportunities`);
  }
  decide(masterclassId: string, body: Schemas['DecisionDto']) {
    return this.api.call<Decision>('PUT', `/api/masterclass/masterclasses/${id(masterclassId)}/decision`, body);
  }
  propose(masterclassId: string, body: NewProposal) {
    return this.api.call<ChainProposal>('POST', `/api/masterclass/masterclasses/${id(masterclassId)}/proposals`, body);
  }
  proposals() {
    return this.api.call<Schemas['ChainProposalListView']>('GET', '/api/masterclass/proposals');
  }
}
