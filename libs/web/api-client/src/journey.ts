import { Injectable, inject } from '@angular/core';
import { ApiClient } from './api-client';
import type { components } from './schema';

/*
 * The journey of a company across steps and partners (/api/journey): the
 * journey view, its parts, the consent the company controls, the access log,
 * the funnel, leads, financing, follow-up and students.
 * Types come from the server's OpenAPI document (schema.ts), so a change of a
 * route's shape fails the web's typecheck.
 */

type Schemas = components['schemas'];

export type JourneyPartKey = Schemas['PartView']['part'];
/** A consent's part: the journey's parts and `showcase` (docs/alliance.md). */
export type ConsentPartKey = Schemas['ConsentsView']['holders'][number]['parts'][number]['part'];
export type FunnelStageKey = Schemas['StageView']['stage'];
export type StepKey = Schemas['JourneyStepView']['step'];

export type JourneyPartnerView = Schemas['JourneyPartnerView'];
export type JourneyStep = Schemas['JourneyStepView'];
export type TimelineEntry = Schemas['TimelineEntryView'];
export type LeadView = Schemas['LeadView'];
export type FinancingView = Schemas['FinancingView'];
export type StageView = Schemas['StageView'];
export type JourneyView = Schemas['JourneyView'];
export type JourneyPartView = Schemas['PartView'];
export type ConsentsView = Schemas['ConsentsView'];
export type AccessLogView = Schemas['AccessLogView'];
export type FunnelView = Schemas['FunnelView'];
export type NewLead = Schemas['NewLeadDto'];
export type NewLeadResult = Schemas['NewLeadView'];
export type LeadFields = Schemas['LeadDto'];
export type FinancingFields = Schemas['FinancingDto'];
export type FinancingUpdate = Schemas['UpdateFinancingDto'];
export type FollowUpView = Schemas['FollowUpView'];
export type FollowUpState = FollowUpView['state'];
export type FollowUpList = Schemas['WorklistView'];
export type FollowUpCall = Schemas['RecordCallDto'];
export type FollowUpSettings = Schemas['FollowUpSettingsView'];
export type FeedbackSessionBody = Schemas['FeedbackSessionDto'];
export type FeedbackSessionResult = Schemas['FeedbackSessionView'];
export type StudentAssignmentView = Schemas['AssignmentView'];
export type StudentView = Schemas['StudentView'];
export type StudentBody = Schemas['CreateStudentDto'];
export type AssignmentBody = Schemas['CreateAssignmentDto'];
export type AssignmentUpdate = Schemas['UpdateAssignmentDto'];

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
  setConsent(organisationId: string, partnerSlug: string, parts: ConsentPartKey[]) {
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
    return this.api.call<NewLeadResult>('POST', '/api/journey/leads', body);
  }
  putLead(organisationId: string, body: LeadFields) {
    return this.api.call<LeadView>('PUT', `/api/journey/organisations/${id(organisationId)}/lead`, body);
  }
  addFinancing(organisationId: string, body: FinancingFields) {
    return this.api.call<FinancingView>('POST', `/api/journey/organisations/${id(organisationId)}/financing`, body);
  }
  updateFinancing(financingId: string, body: FinancingUpdate) {
    return this.api.call<FinancingView>('PATCH', `/api/journey/financing/${id(financingId)}`, body);
  }
  // Follow-up
  followUpSettings() {
    return this.api.call<FollowUpSettings>('GET', '/api/journey/follow-up/settings');
  }
  setFollowUpWeeks(weeks: number) {
    return this.api.call<FollowUpSettings>('PUT', '/api/journey/follow-up/settings', { weeks });
  }
  followUps(state?: 'due' | 'planned' | 'done' | 'all') {
    return this.api.call<FollowUpList>('GET', '/api/journey/follow-ups', undefined, state ? { state } : undefined);
  }
  organisationFollowUps(organisationId: string) {
    return this.api.call<Schemas['FollowUpListView']>('GET', `/api/journey/organisations/${id(organisationId)}/follow-ups`);
  }
  recordCall(taskId: string, body: FollowUpCall) {
    return this.api.call<Schemas['CallRecordedView']>('POST', `/api/journey/follow-ups/${id(taskId)}/call`, body);
  }
  cancelFollowUp(taskId: string, reason: string) {
    return this.api.call<FollowUpView>('POST', `/api/journey/follow-ups/${id(taskId)}/cancel`, { reason });
  }
  planFeedbackSession(groupId: string, body: FeedbackSessionBody) {
    return this.api.call<FeedbackSessionResult>('POST', `/api/journey/groups/${id(groupId)}/feedback-session`, body);
  }
  students() {
    return this.api.call<Schemas['StudentListView']>('GET', '/api/journey/students');
  }
  createStudent(body: StudentBody) {
    return this.api.call<StudentView>('POST', '/api/journey/students', body);
  }
  updateStudent(studentId: string, body: Partial<StudentBody>) {
    return this.api.call<StudentView>('PATCH', `/api/journey/students/${id(studentId)}`, body);
  }
  assignStudent(studentId: string, body: AssignmentBody) {
    return this.api.call<StudentAssignmentView>('POST', `/api/journey/students/${id(studentId)}/assignments`, body);
  }
  updateAssignment(assignmentId: string, body: AssignmentUpdate) {
    return this.api.call<StudentAssignmentView>('PATCH', `/api/journey/student-assignments/${id(assignmentId)}`, body);
  }
  organisationStudentAssignments(organisationId: string) {
    return this.api.call<Schemas['AssignmentListView']>('GET', `/api/journey/organisations/${id(organisationId)}/student-assignments`);
  }
}
