import { Injectable, inject } from '@angular/core';
import { ApiClient } from './api-client';

/*
 * The journey of a company across steps and partners (/api/journey): the
 * journey view, its parts, the consent the company controls, the access log,
 * the funnel, leads, financing, follow-up and students. Written by hand after
 * the endpoint list of issue 12 while the server was being built; replace with
 * schema.ts types once openapi.json is regenerated with these routes.
 */

type Text = { nl: string; en: string };
export type JourneyPartKey = 'organisation' | 'profile_footprint' | 'action_plan' | 'certificate' | 'masterclass_outcome' | 'chain_results';
export type FunnelStageKey = 'unknown' | 'interested' | 'taking_part' | 'implementing' | 'financing';
export type StepKey = 'koploper' | 'masterclass' | 'chain';

export interface JourneyPartnerView {
  id: string;
  slug: string;
  name: string;
}
export interface JourneyStep {
  enrolmentId: string;
  partnerId: string;
  partnerName: string;
  step: StepKey;
  stepName: Text;
  groupId: string;
  groupName: string;
  phase: string;
  phaseLabel: Text;
  joinedAt: string;
  phaseReachedAt: string;
  closedAt: string | null;
  withdrawn: boolean;
  own: boolean;
}
export interface TimelineEntry {
  at: string;
  kind: string;
  partnerName: string;
  title: Text;
  detail?: Text;
  part?: JourneyPartKey;
}
export interface LeadView {
  partnerName?: string;
  source: string;
  contactedOn: string;
  note?: string | null;
  [key: string]: unknown;
}
export interface FinancingView {
  id: string;
  kind: string;
  provider: string;
  amountEur: number | null;
  status: 'applied' | 'granted' | 'refused';
  appliedOn: string;
  decidedOn: string | null;
  note?: string | null;
  partnerName?: string;
}
export interface StageView {
  stage: FunnelStageKey;
  changedAt: string | null;
  changedBy: { partnerName: string } | null;
  derived: boolean;
}
export interface JourneyView {
  organisation: { id: string; name: string; kvkNumber: string | null; municipality: string | null; region: string | null; sizeClass: string | null };
  stage: StageView;
  steps: JourneyStep[];
  parts: { part: JourneyPartKey; label: Text; available: boolean; holders: { partnerId: string; partnerName: string }[] }[];
  timeline: TimelineEntry[];
  leads: LeadView[];
  financing: FinancingView[];
  suggestion: { step: StepKey; reason: Text } | null;
  reader: { partnerId: string; partnerName: string; own: boolean };
}
export interface JourneyPartView {
  part: JourneyPartKey;
  label: Text;
  sources: ({ partnerId: string; partnerName: string } & Record<string, unknown>)[];
}
export interface ConsentsView {
  holders: { partner: JourneyPartnerView; parts: { part: JourneyPartKey; label: Text; grantedAt: string; grantedBy: string | null }[] }[];
  history: { partnerName: string; part: JourneyPartKey; grantedAt: string; revokedAt: string | null }[];
}
export interface AccessLogView {
  entries: { readAt: string; readerPartnerName: string; readerName: string | null; part: JourneyPartKey; partLabel: Text; ownerPartnerName: string }[];
}
export interface FunnelView {
  stages: FunnelStageKey[];
  regions: { region: string | null; counts: Record<FunnelStageKey, number>; total: number }[];
  total: Record<FunnelStageKey, number>;
  n: number;
  source: Text;
}
export interface NewLead {
  organisation: { name: string; kind: string; kvkNumber?: string; municipality?: string; region?: string; sizeClass?: string };
  source: string;
  contactedOn: string;
  note?: string;
}
export type FollowUpState = 'planned' | 'due' | 'overdue' | 'done' | 'cancelled';
export interface FollowUpView {
  id: string;
  organisation: { id: string; name: string };
  group: { id: string; name: string; step: StepKey } | null;
  dueOn: string;
  state: FollowUpState;
  daysOverdue: number | null;
  outcome: 'picked_up' | 'in_drawer' | 'done' | null;
  helpNeeded: string[];
  note: string | null;
  nextContactOn: string | null;
  recordedAt: string | null;
  recordedBy: string | null;
  previousTaskId: string | null;
  contact: { name: string; email: string; phone?: string | null } | null;
}
export interface FollowUpList {
  items: FollowUpView[];
  counts: { due: number; overdue: number; planned: number; done: number };
}
export interface FollowUpCall {
  outcome: 'picked_up' | 'in_drawer' | 'done';
  helpNeeded: string[];
  note?: string;
  nextContactOn?: string;
}
export interface FeedbackSessionResult {
  session: { id: string; startsAt: string; location: string | null } & Record<string, unknown>;
  invited: number;
  notReached: { organisationName: string }[];
}
export interface StudentAssignmentView {
  id: string;
  studentId: string;
  studentName: string;
  institution: string;
  studyProgramme: string;
  periodStart: string;
  periodEnd: string;
  organisationId: string;
  organisationName: string | null;
  task: string;
  status: 'planned' | 'active' | 'done' | 'stopped';
  result: string;
}

export interface StudentView {
  id: string;
  name: string;
  email: string | null;
  institution: string;
  studyProgramme: string;
  periodStart: string;
  periodEnd: string;
  assignments: StudentAssignmentView[];
}
export interface StudentBody {
  name: string;
  email?: string;
  institution: string;
  studyProgramme: string;
  periodStart: string;
  periodEnd: string;
}

const id = encodeURIComponent;

/** The journey's endpoints (/api/journey), typed. */
@Injectable({ providedIn: 'root' })
export class JourneyApi {
  private readonly api = inject(ApiClient);

  partners() {
    return this.api.call<JourneyPartnerView[]>('GET', '/api/journey/partners');
  }
  journey(organisationId: string) {
    return this.api.call<JourneyView>('GET', `/api/journey/organisations/${id(organisationId)}`);
  }
  part(organisationId: string, part: JourneyPartKey) {
    return this.api.call<JourneyPartView>('GET', `/api/journey/organisations/${id(organisationId)}/parts/${id(part)}`);
  }
  consents(organisationId: string) {
    return this.api.call<ConsentsView>('GET', `/api/journey/organisations/${id(organisationId)}/consents`);
  }
  setConsent(organisationId: string, partnerSlug: string, parts: JourneyPartKey[]) {
    return this.api.call<ConsentsView>('PUT', `/api/journey/organisations/${id(organisationId)}/consents/${id(partnerSlug)}`, { parts });
  }
  withdrawConsent(organisationId: string, partnerSlug: string) {
    return this.api.call<void>('DELETE', `/api/journey/organisations/${id(organisationId)}/consents/${id(partnerSlug)}`);
  }
  accessLog(organisationId: string) {
    return this.api.call<AccessLogView>('GET', `/api/journey/organisations/${id(organisationId)}/access-log`);
  }
  setStage(organisationId: string, stage: FunnelStageKey) {
    return this.api.call<StageView>('PUT', `/api/journey/organisations/${id(organisationId)}/stage`, { stage });
  }
  funnel() {
    return this.api.call<FunnelView>('GET', '/api/journey/funnel');
  }
  createLead(body: NewLead) {
    return this.api.call<{ organisation?: { id: string } } & Record<string, unknown>>('POST', '/api/journey/leads', body);
  }
  putLead(organisationId: string, body: { source: string; contactedOn: string; note?: string }) {
    return this.api.call<LeadView>('PUT', `/api/journey/organisations/${id(organisationId)}/lead`, body);
  }
  addFinancing(organisationId: string, body: { kind: string; provider: string; amountEur?: number; appliedOn: string; note?: string }) {
    return this.api.call<FinancingView>('POST', `/api/journey/organisations/${id(organisationId)}/financing`, body);
  }
  updateFinancing(financingId: string, body: { status?: string; decidedOn?: string; amountEur?: number; provider?: string; note?: string }) {
    return this.api.call<FinancingView>('PATCH', `/api/journey/financing/${id(financingId)}`, body);
  }
  // Follow-up
  followUpSettings() {
    return this.api.call<{ weeks: number; default: number }>('GET', '/api/journey/follow-up/settings');
  }
  setFollowUpWeeks(weeks: number) {
    return this.api.call<{ weeks: number; default: number }>('PUT', '/api/journey/follow-up/settings', { weeks });
  }
  followUps(state?: 'due' | 'planned' | 'done' | 'all') {
    return this.api.call<FollowUpList>('GET', '/api/journey/follow-ups', undefined, state ? { state } : undefined);
  }
  organisationFollowUps(organisationId: string) {
    return this.api.call<{ items: FollowUpView[] }>('GET', `/api/journey/organisations/${id(organisationId)}/follow-ups`);
  }
  recordCall(taskId: string, body: FollowUpCall) {
    return this.api.call<{ task: FollowUpView; next: FollowUpView | null }>('POST', `/api/journey/follow-ups/${id(taskId)}/call`, body);
  }
  cancelFollowUp(taskId: string, reason: string) {
    return this.api.call<FollowUpView>('POST', `/api/journey/follow-ups/${id(taskId)}/cancel`, { reason });
  }
  planFeedbackSession(groupId: string, body: { startsAt: string; endsAt?: string; location: string; title?: string; agenda?: string }) {
    return this.api.call<FeedbackSessionResult>('POST', `/api/journey/groups/${id(groupId)}/feedback-session`, body);
  }
  students() {
    return this.api.call<{ items: StudentView[] }>('GET', '/api/journey/students');
  }
  createStudent(body: StudentBody) {
    return this.api.call<StudentView>('POST', '/api/journey/students', body);
  }
  updateStudent(studentId: string, body: Partial<StudentBody>) {
    return this.api.call<StudentView>('PATCH', `/api/journey/students/${id(studentId)}`, body);
  }
  assignStudent(studentId: string, body: { organisationId: string; task: string }) {
    return this.api.call<StudentAssignmentView>('POST', `/api/journey/students/${id(studentId)}/assignments`, body);
  }
  updateAssignment(assignmentId: string, body: { status?: StudentAssignmentView['status']; result?: string }) {
    return this.api.call<StudentAssignmentView>('PATCH', `/api/journey/student-assignments/${id(assignmentId)}`, body);
  }
  organisationStudentAssignments(organisationId: string) {
    return this.api.call<{ items: StudentAssignmentView[] }>('GET', `/api/journey/organisations/${id(organisationId)}/student-assignments`);
  }
}
