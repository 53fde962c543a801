import { Injectable, inject } from '@angular/core';
import { ApiClient } from './api-client';
import { ProgrammeApi } from './programme';
import type { components } from './schema';

type Schemas = components['schemas'];

/*
 * Step 1, the Koploper track (docs/koploper-api.md). Requests and answers are
 * the generated schema's; only the calculators' outputs (free-form objects in
 * the document) are written out here, with the fields the pages draw.
 */

export type Phase = 'kickoff' | 'baseline' | 'profile' | 'action_plan' | 'communication' | 'symposium' | 'alumni';
export type ParticipantPhase = Phase | 'withdrawn';
export const PHASES: readonly Phase[] = ['kickoff', 'baseline', 'profile', 'action_plan', 'communication', 'symposium', 'alumni'];

export type CohortSummary = Schemas['CohortSummaryView'];
export type ParticipantRow = Schemas['ParticipantRowView'];
export type Meeting = Schemas['SessionView'];
export type Invitation = Schemas['GroupInvitationView'];
export type CohortDetail = Schemas['CohortDetailView'];
export type CalcResult = Schemas['CalcResultView'];
export type Baseline = Schemas['BaselineView'];
export type Iso26000Answer = Schemas['Iso26000AnswerDto'];
export type Activity = Schemas['ActivityDto'];
export type Iso26000Structure = Schemas['Iso26000StructureView'];

export interface Bilingual {
  nl: string;
  en: string;
}
export interface FootprintOutput {
  year: number;
  totalKgCO2e: number;
  scopes: { scope1: number; scope2LocationBased: number; scope2MarketBased: number; scope3: number };
  themes: Record<'energy' | 'mobility' | 'waste' | 'water' | 'materials', number>;
  lines: {
    type: string; label?: string; amount: number; unit: string; scope: number; theme: string; kgCO2e: number;
    factorKey?: string; factorUnit?: string; factorKgCO2ePerUnit?: number; factorSource?: string;
    /** Only where the user declared the factor (materials bought, rail and inland-ship freight: not on the list). */
    declaredFactor?: { source: string; year: number };
  }[];
}
export interface Iso26000Output {
  coreSubjects: { id: string; name: Bilingual; scorePercent: number | null }[];
  overallPercent: number | null;
}
export type ProfileSummary = Schemas['ProfileSummaryView'];
export type Profile = Omit<Schemas['ProfileView'], 'footprint' | 'iso26000' | 'createdAt' | 'publishedAt'> & {
  createdAt: string;
  publishedAt: string | null;
  footprint: FootprintOutput;
  iso26000: Iso26000Output | null;
};

export type ActionItem = Schemas['ActionItemView'];
export type ActionItemStatus = ActionItem['status'];
export type ActionPlan = Schemas['ActionPlanView'];
export type Submission = Schemas['SubmissionView'];
export type Prize = Schemas['PrizeView'];
export type CsrCertificate = Schemas['CsrCertificateView'];
export type CsrCertificateStatus = CsrCertificate['status'];
export type RegisterEntry = Schemas['CsrRegisterView']['items'][number];
/** One certificate's page in the public register: valid, expired or revoked, with what it means. */
export type RegisterCertificate = Schemas['CsrRegisterCertificateView'];
export type RegisterSearch = { company?: string; municipality?: string; number?: string };
export interface NewActionItem {
  measureId?: string;
  title: string;
  owner: string;
  dueOn: string;
  status?: ActionItemStatus;
  expectedKgCO2e?: number;
  expectedCostEur?: number;
}



export type ParticipantTrack = Schemas['ParticipantTrackView'];
export type AlumnusRow = Schemas['AlumnusView'];

const id = encodeURIComponent;

/** The Koploper track's endpoints, typed. */
@Injectable({ providedIn: 'root' })
export class KoploperApi {
  private readonly api = inject(ApiClient);
  private readonly core = inject(ProgrammeApi);

  // A Koplopergroep is the programme core's group of step 1: the core's writes (ProgrammeApi) are followed
  // by a read of the cohort, so a page always gets the cohort with its municipality back.
  cohorts() {
    return this.api.call<Schemas['CohortListView']>('GET', '/api/koploper/cohorts');
  }
  cohort(cohortId: string) {
    return this.api.call<CohortDetail>('GET', `/api/koploper/cohorts/${id(cohortId)}`);
  }
  createCohort(body: Schemas['CreateCohortDto']) {
    return this.api.call<CohortDetail>('POST', '/api/koploper/cohorts', body);
  }
  updateCohort(cohortId: string, body: { name?: string; municipality?: string; startsOn?: string; endsOn?: string; phasePlan?: Partial<Record<Phase, string | null>> }) {
    return this.api.call<CohortDetail>('PATCH', `/api/koploper/cohorts/${id(cohortId)}`, body);
  }
  addParticipant(cohortId: string, organisationId: string) {
    return this.core.enrol(cohortId, { organisationId });
  }
  async startCohort(cohortId: string) {
    await this.core.start(cohortId);
    return this.cohort(cohortId);
  }
  async closeCohort(cohortId: string) {
    await this.core.close(cohortId);
    return this.cohort(cohortId);
  }
  moveParticipant(_cohortId: string, participantId: string, body: { phase?: ParticipantPhase; adviserUserId?: string | null; reason?: string }) {
    return this.core.updateEnrolment(participantId, body);
  }
  async addAdviser(cohortId: string, body: { userId: string; trainee: boolean; mentorUserId?: string }) {
    await this.core.addStaff(cohortId, { role: 'adviser', ...body });
    return this.cohort(cohortId);
  }
  async removeStaff(cohortId: string, staffId: string) {
    await this.core.removeStaff(cohortId, staffId);
    return this.cohort(cohortId);
  }
  staff(role?: 'administrator' | 'coordinator' | 'adviser' | 'analyst') {
    return this.core.staffPicker(role);
  }
  invite(cohortId: string, body: Schemas['CreateInvitationDto']) {
    return this.core.invite(cohortId, body);
  }
  resendInvitation(invitationId: string) {
    return this.core.resendInvitation(invitationId);
  }
  withdrawInvitation(invitationId: string) {
    return this.core.withdrawInvitation(invitationId);
  }
  invitation(token: string) {
    return this.core.invitation(token);
  }
  acceptInvitation(token: string, body: Schemas['AcceptInvitationDto']) {
    return this.core.acceptInvitation(token, body);
  }
  createMeeting(cohortId: string, body: Schemas['CreateSessionDto']) {
    return this.core.planSession(cohortId, body);
  }
  setAttendance(meetingId: string, attendance: { participantId: string; present: boolean }[]) {
    return this.core.setAttendance(meetingId, attendance);
  }

  track(participantId: string) {
    return this.api.call<ParticipantTrack>('GET', `/api/koploper/participants/${id(participantId)}`);
  }
  baseline(participantId: string, year?: number) {
    return this.api.call<Baseline>('GET', `/api/koploper/participants/${id(participantId)}/baseline`, undefined, year ? { year } : undefined);
  }
  putBaseline(participantId: string, body: Schemas['PutBaselineDto']) {
    return this.api.call<Baseline>('PUT', `/api/koploper/participants/${id(participantId)}/baseline`, body);
  }
  uploadBaseline(participantId: string, year: number, file: File) {
    const form = new FormData();
    form.append('year', String(year));
    form.append('file', file, file.name);
    return this.api.call<Baseline>('POST', `/api/koploper/participants/${id(participantId)}/baseline/upload`, form);
  }
  reviewBaseline(participantId: string, year: number) {
    return this.api.call<Baseline>('POST', `/api/koploper/participants/${id(participantId)}/baseline/review`, { year });
  }
  /** The adviser confirms a plausibility warning on the baseline: the figure is right, with a note. */
  confirmPlausibility(participantId: string, body: Schemas['ConfirmPlausibilityDto']) {
    return this.api.call<Baseline>('POST', `/api/koploper/participants/${id(participantId)}/baseline/plausibility`, body);
  }
  /** The mentor (or a coordinator) signs off a trainee adviser's review. */
  signOffBaseline(participantId: string, year: number) {
    return this.api.call<Baseline>('POST', `/api/koploper/participants/${id(participantId)}/baseline/sign-off`, { year });
  }
  iso26000Structure() {
    return this.api.call<Iso26000Structure>('GET', '/api/koploper/iso26000');
  }
  putIso26000(participantId: string, year: number, answers: Iso26000Answer[]) {
    return this.api.call<Baseline>('PUT', `/api/koploper/participants/${id(participantId)}/iso26000`, { year, answers } satisfies Schemas['PutIso26000Dto']);
  }

  generateProfile(participantId: string) {
    return this.api.call<Profile>('POST', `/api/koploper/participants/${id(participantId)}/profiles`, {});
  }
  profile(profileId: string) {
    return this.api.call<Profile>('GET', `/api/koploper/profiles/${id(profileId)}`);
  }
  commentProfile(profileId: string, adviserComment: string) {
    return this.api.call<Profile>('PATCH', `/api/koploper/profiles/${id(profileId)}`, { adviserComment } satisfies Schemas['UpdateSustainabilityProfileDto']);
  }
  publishProfile(profileId: string) {
    return this.api.call<Profile>('POST', `/api/koploper/profiles/${id(profileId)}/publish`, {});
  }
  /** The mentor (or a coordinator) signs off a trainee adviser's publication: the draft is published. */
  signOffProfile(profileId: string) {
    return this.api.call<Profile>('POST', `/api/koploper/profiles/${id(profileId)}/sign-off`, {});
  }

  actionPlan(participantId: string) {
    return this.api.call<ActionPlan>('GET', `/api/koploper/participants/${id(participantId)}/action-plan`);
  }
  addActionItem(participantId: string, body: NewActionItem) {
    return this.api.call<ActionItem>('POST', `/api/koploper/participants/${id(participantId)}/action-plan/items`, body);
  }
  updateActionItem(itemId: string, body: Partial<NewActionItem>) {
    return this.api.call<ActionItem>('PATCH', `/api/koploper/action-plan-items/${id(itemId)}`, body);
  }
  deleteActionItem(itemId: string) {
    return this.api.call<void>('DELETE', `/api/koploper/action-plan-items/${id(itemId)}`);
  }
  putVision(participantId: string, text: string) {
    return this.api.call<ActionPlan>('PUT', `/api/koploper/participants/${id(participantId)}/vision`, { text });
  }

  putCommunication(participantId: string, text: string) {
    return this.api.call<Submission>('PUT', `/api/koploper/participants/${id(participantId)}/communication`, { text });
  }
  addCommunicationFile(participantId: string, file: File) {
    const form = new FormData();
    form.append('file', file, file.name);
    return this.api.call<Submission>('POST', `/api/koploper/participants/${id(participantId)}/communication/files`, form);
  }
  submitCommunication(participantId: string) {
    return this.api.call<Submission>('POST', `/api/koploper/participants/${id(participantId)}/communication/submit`, {});
  }
  prize(cohortId: string) {
    return this.api.call<Prize>('GET', `/api/koploper/cohorts/${id(cohortId)}/prize`);
  }
  setJury(cohortId: string, userIds: string[]) {
    return this.api.call<Prize>('PUT', `/api/koploper/cohorts/${id(cohortId)}/jury`, { userIds });
  }
  score(submissionId: string, scores: Record<string, number>) {
    return this.api.call<Prize>('PUT', `/api/koploper/communication/${id(submissionId)}/scores`, { scores });
  }
  awardPrize(cohortId: string, participantId: string) {
    return this.api.call<Prize>('POST', `/api/koploper/cohorts/${id(cohortId)}/prize`, { participantId });
  }

  applyForCertificate(participantId: string) {
    return this.api.call<CsrCertificate>('POST', `/api/koploper/participants/${id(participantId)}/csr-certificate`, {});
  }
  certificates(status?: CsrCertificateStatus) {
    return this.api.call<{ items: CsrCertificate[] }>('GET', '/api/koploper/csr-certificates', undefined, status ? { status } : undefined);
  }
  reviewCertificate(certificateId: string, body: { decision: 'approve' | 'approve_with_conditions' | 'reject'; conditions?: string[]; reason?: string }) {
    return this.api.call<CsrCertificate>('POST', `/api/koploper/csr-certificates/${id(certificateId)}/review`, body);
  }
  awardCertificate(certificateId: string, validYears?: number) {
    return this.api.call<CsrCertificate>('POST', `/api/koploper/csr-certificates/${id(certificateId)}/award`, validYears ? { validYears } : {});
  }
  revokeCertificate(certificateId: string, reason: string) {
    return this.api.call<CsrCertificate>('POST', `/api/koploper/csr-certificates/${id(certificateId)}/revoke`, { reason });
  }
  /** The public register, searched by company and municipality (parts, case does not matter) or one number. */
  register(search: RegisterSearch = {}) {
    const query = Object.fromEntries(Object.entries(search).filter(([, v]) => typeof v === 'string' && v.trim() !== '').map(([k, v]) => [k, (v as string).trim()]));
    return this.api.call<{ items: RegisterEntry[] }>('GET', '/api/public/csr-register', undefined, Object.keys(query).length ? query : undefined);
  }
  /** One certificate's page in the public register (404 naming an unknown number). */
  registerEntry(number: string) {
    return this.api.call<RegisterCertificate>('GET', `/api/public/csr-register/${encodeURIComponent(number)}`);
  }

  alumni() {
    return this.api.call<Schemas['AlumniListView']>('GET', '/api/koploper/alumni');
  }
  inviteAlumni(body: Schemas['InviteAlumniDto']) {
    /** `sent`: mails to the companies' users; `organisations`: companies invited. */
    return this.api.call<{ sent: number; organisations: number }>('POST', '/api/koploper/alumni/invitations', body);
  }
}

/** Where the browser downloads documents (same origin: the web servers proxy /api). */
export const koploperDownloads = {
  baselineTemplate: (format: 'csv' | 'xlsx') => `/api/koploper/baseline-template.${format}`,
  profilePdf: (profileId: string) => `/api/koploper/profiles/${id(profileId)}/pdf`,
  participationCertificate: (participantId: string) => `/api/koploper/participants/${id(participantId)}/participation-certificate.pdf`,
  csrCertificate: (certificateId: string) => `/api/koploper/csr-certificates/${id(certificateId)}/pdf`,
  file: (fileId: string) => `/api/files/${id(fileId)}`,
};
