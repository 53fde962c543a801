import { Injectable, inject } from '@angular/core';
import { ApiClient } from './api-client';
import type { components } from './schema';

type Schemas = components['schemas'];

/*
 * The education line (docs/alliance.md): the school's students and their
 * internship companies (staff, /api/education), the student's page and the
 * company's consent page by link (no account, /api/public/education).
 */

export type EducationStudent = Schemas['EducationStudentView'];
export type EducationStudentPage = Schemas['EducationStudentPageView'];
export type EducationStudentList = Schemas['EducationStudentListView'];
export type EducationRegistered = Schemas['EducationRegisteredStudentView'];
export type EducationInternship = Schemas['EducationInternshipView'];
export type EducationCreatedInternship = Schemas['EducationCreatedInternshipView'];
export type EducationScanAnswer = Schemas['EducationScanAnswerDto'];
export type EducationScanResult = Schemas['EducationScanResultView'];
export type EducationConsentPage = Schemas['EducationConsentPageView'];
export type EducationNextStep = Schemas['EducationFollowUpDto']['nextStep'];
export type EducationRegisterStudents = Schemas['EducationRegisterStudentsDto'];
export type EducationInternshipFields = Schemas['EducationInternshipDto'];
export type EducationFollowUp = Schemas['EducationFollowUpDto'];

const id = encodeURIComponent;

@Injectable({ providedIn: 'root' })
export class EducationApi {
  private readonly api = inject(ApiClient);

  students() {
    return this.api.call<EducationStudentList>('GET', '/api/education/students');
  }
  register(body: EducationRegisterStudents) {
    return this.api.call<Schemas['EducationRegisteredListView']>('POST', '/api/education/students', body);
  }
  student(studentId: string) {
    return this.api.call<EducationStudent>('GET', `/api/education/students/${id(studentId)}`);
  }
  renewLink(studentId: string) {
    return this.api.call<Schemas['EducationStudentLinkView']>('POST', `/api/education/students/${id(studentId)}/link`);
  }
  addInternship(studentId: string, body: EducationInternshipFields) {
    return this.api.call<EducationCreatedInternship>('POST', `/api/education/students/${id(studentId)}/internships`, body);
  }
  nameAmbassador(studentId: string, body: Schemas['EducationAmbassadorDto']) {
    return this.api.call<EducationStudent>('POST', `/api/education/students/${id(studentId)}/ambassador`, body);
  }
  // By link, no account.
  studentPage(token: string) {
    return this.api.call<EducationStudentPage>('GET', `/api/public/education/student/${id(token)}`);
  }
  submitScan(token: string, internshipId: string, answers: EducationScanAnswer[]) {
    return this.api.call<EducationStudent>('PUT', `/api/public/education/student/${id(token)}/internships/${id(internshipId)}/scan`, { answers });
  }
  recordFollowUp(token: string, internshipId: string, body: EducationFollowUp) {
    return this.api.call<EducationStudent>('PUT', `/api/public/education/student/${id(token)}/internships/${id(internshipId)}/follow-up`, body);
  }
  consentPage(token: string) {
    return this.api.call<EducationConsentPage>('GET', `/api/public/education/consent/${id(token)}`);
  }
  decideConsent(token: string, body: Schemas['EducationConsentDto']) {
    return this.api.call<EducationConsentPage>('POST', `/api/public/education/consent/${id(token)}`, body);
  }
}
