import { Injectable, inject } from '@angular/core';
import { ApiClient } from './api-client';
import type { Bilingual } from './koploper';
import { ProgrammeApi, type GroupView } from './programme';
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

export type Audience = 'sme' | 'large';
export const AUDIENCES: readonly Audience[] = ['sme', 'large'];

export interface ScanReason {
  code: 'sector' | 'size' | 'interest';
  points: number;
  text: Bilingual;
}
export interface ScanCandidate {
  /** `organisation:<uuid>` or `imported:<uuid>`: what POST /masterclasses/:id/candidates takes. */
  key: string;
  name: string;
  kvkNumber: string | null;
  sbiCode: string | null;
  municipality: string | null;
  sizeClass: string | null;
  employees: number | null;
  source: 'participant' | 'alumnus' | 'consent' | 'imported';
  /** The sum of the reasons' points. */
  score: number;
  reasons: ScanReason[];
}
export interface SectorCount {
  sbiSection: string;
  sbiDivision: string;
  name: Bilingual;
  organisations: number;
  employees: number | null;
  ceWeight: number | null;
}
export interface RegionScan {
  id: string;
  municipalities: string[];
  audience: Audience;
  createdAt: string;
  sectors: SectorCount[];
  candidates: ScanCandidate[];
}
/** A saved scan in the list: its inputs and date (the API may add counts). */
export interface RegionScanSummary {
  id: string;
  municipalities: string[];
  audience: Audience;
  createdAt: string;
  candidates?: number;
}

export interface MasterclassSummary {
  id: string;
  name: string;
  audience?: Audience;
  status?: 'planned' | 'running' | 'closed';
  startsOn?: string;
  endsOn?: string;
  participants?: number;
}
export interface Intake {
  ambition: string;
  /** 'R0' .. 'R9' */
  rLadder: string;
  hopes: string;
}
export interface OutcomeFields {
  fields: { fieldId: string; note?: string }[];
  chainPartners: { organisationId?: string; name?: string }[];
  opportunities: { title: string; withEnrolmentIds: string[] }[];
}
export interface Outcome {
  enrolmentId: string;
  intake: Intake | null;
  fields: { fieldId: string; note: string }[];
  chainPartners: { organisationId: string | null; name: string }[];
  opportunities: { title: string; withEnrolmentIds: string[] }[];
  updatedAt: string | null;
}
export interface Decision {
  decision: 'go' | 'no_go';
  reasons: string;
  decidedAt: string;
  decidedBy: string | null;
}
export interface CandidatePartner {
  enrolmentId: string | null;
  organisationId: string | null;
  name: string;
}
export interface ChainProposal {
  id: string;
  masterclassId: string;
  title: string;
  description: string;
  candidatePartners: CandidatePartner[];
  status: 'open' | 'picked_up';
  createdAt: string;
}
export interface NewProposal {
  title: string;
  description: string;
  candidatePartners: { enrolmentId?: string; organisationId?: string; name?: string }[];
}
export type MasterclassDetail = GroupView & {
  audience: Audience;
  goals: string;
  coOrganisers: string[];
  /** Session id -> the library's module ids. */
  sessionModules: Record<string, string[] | undefined>;
  outcomes: Outcome[];
  decision: Decision | null;
  proposals: ChainProposal[];
};
export interface MasterclassFields {
  name: string;
  audience: Audience;
  goals: string;
  startsOn: string;
  endsOn: string;
  coOrganisers?: string[];
}
export interface CeModule {
  id: string;
  name: Bilingual;
  description: Bilingual;
  audiences: Audience[];
}
export interface Opportunities {
  /** Innovation fields several participants named. */
  fields: { fieldId: string; count: number; enrolmentIds: string[] }[];
  /** Enrolments that named each other (as partners or in a shared opportunity). */
  pairs: { a: string; b: string; count: number }[];
  opportunities: { title: string; enrolmentId?: string; withEnrolmentIds: string[]; count?: number }[];
}

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
  scan(body: { municipalities: string[]; audience: Audience }) {
    return this.api.call<RegionScan>('POST', '/api/masterclass/scans', body);
  }
  scans() {
    return this.api.call<{ items: RegionScanSummary[] }>('GET', '/api/masterclass/scans');
  }
  savedScan(scanId: string) {
    return this.api.call<RegionScan>('GET', `/api/masterclass/scans/${id(scanId)}`);
  }
  /** A company list (.csv or .xlsx); a 400 names every rejected row (`line N`) and stores nothing. */
  importCompanies(file: File) {
    const body = new FormData();
    body.append('file', file, file.name);
    return this.api.call<{ imported: number }>('POST', '/api/masterclass/scan-companies/import', body);
  }

  // Masterclasses
  masterclasses() {
    return this.api.call<{ items: MasterclassSummary[]; total: number }>('GET', '/api/masterclass/masterclasses');
  }
  masterclass(masterclassId: string) {
    return this.api.call<MasterclassDetail>('GET', `/api/masterclass/masterclasses/${id(masterclassId)}`);
  }
  create(body: MasterclassFields) {
    return this.api.call<MasterclassDetail>('POST', '/api/masterclass/masterclasses', body);
  }
  update(masterclassId: string, body: Partial<MasterclassFields>) {
    return this.api.call<MasterclassDetail>('PATCH', `/api/masterclass/masterclasses/${id(masterclassId)}`, body);
  }
  /** A scan candidate joins (an imported company becomes an organisation first). */
  addCandidate(masterclassId: string, key: string) {
    return this.api.call<MasterclassDetail>('POST', `/api/masterclass/masterclasses/${id(masterclassId)}/candidates`, { key });
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
    return this.api.call<{ sessionId: string; moduleIds: string[] }>('PUT', `/api/masterclass/sessions/${id(sessionId)}/modules`, { moduleIds });
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
    return this.core.addStaff(masterclassId, body as Schemas['AddStaffDto']);
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
  decide(masterclassId: string, body: { decision: 'go' | 'no_go'; reasons: string }) {
    return this.api.call<Decision>('PUT', `/api/masterclass/masterclasses/${id(masterclassId)}/decision`, body);
  }
  propose(masterclassId: string, body: NewProposal) {
    return this.api.call<ChainProposal>('POST', `/api/masterclass/masterclasses/${id(masterclassId)}/proposals`, body);
  }
  proposals() {
    return this.api.call<{ items: ChainProposal[] }>('GET', '/api/masterclass/proposals');
  }
}
