import { Injectable, inject } from '@angular/core';
import { ApiClient } from './api-client';
import type { components } from './schema';

type Schemas = components['schemas'];

/*
 * The programme core (docs/programme.md): what every step does the same with
 * its groups. A step's own client (KoploperApi, ...) adds its own routes and
 * reads its own view of a group after a core write.
 */

export type GroupView = Schemas['GroupView'];
export type GroupStaff = Schemas['GroupStaffView'];
export type Session = Schemas['SessionView'];
export type GroupInvitation = Schemas['GroupInvitationView'];
export type InvitationPreview = Schemas['InvitationPreviewView'];
export type AcceptedInvitation = Schemas['AcceptedInvitationView'];
export type Enrolment = Schemas['EnrolmentView'];
export type StaffMember = Schemas['StaffMemberView'];
export type GroupMaterial = Schemas['GroupMaterialView'];
export type GroupMaterialList = Schemas['GroupMaterialListView'];

const id = encodeURIComponent;

@Injectable({ providedIn: 'root' })
export class ProgrammeApi {
  private readonly api = inject(ApiClient);

  group(groupId: string) {
    return this.api.call<GroupView>('GET', `/api/programme/groups/${id(groupId)}`);
  }
  updateGroup(groupId: string, body: Schemas['GroupFieldsDto']) {
    return this.api.call<GroupView>('PATCH', `/api/programme/groups/${id(groupId)}`, body);
  }
  start(groupId: string) {
    return this.api.call<GroupView>('POST', `/api/programme/groups/${id(groupId)}/start`, {});
  }
  close(groupId: string) {
    return this.api.call<GroupView>('POST', `/api/programme/groups/${id(groupId)}/close`, {});
  }
  enrol(groupId: string, body: Schemas['AddEnrolmentDto']) {
    return this.api.call<Enrolment>('POST', `/api/programme/groups/${id(groupId)}/enrolments`, body);
  }
  updateEnrolment(enrolmentId: string, body: Schemas['UpdateEnrolmentDto']) {
    return this.api.call<Enrolment>('PATCH', `/api/programme/enrolments/${id(enrolmentId)}`, body);
  }
  addStaff(groupId: string, body: Schemas['AddStaffDto']) {
    return this.api.call<GroupView>('POST', `/api/programme/groups/${id(groupId)}/staff`, body);
  }
  removeStaff(groupId: string, staffId: string) {
    return this.api.call<void>('DELETE', `/api/programme/groups/${id(groupId)}/staff/${id(staffId)}`);
  }
  staffPicker(role?: 'administrator' | 'coordinator' | 'adviser' | 'analyst') {
    return this.api.call<Schemas['StaffListView']>('GET', '/api/programme/staff-picker', undefined, role ? { role } : undefined);
  }
  planSession(groupId: string, body: Schemas['CreateSessionDto']) {
    return this.api.call<Session>('POST', `/api/programme/groups/${id(groupId)}/sessions`, body);
  }
  updateSession(sessionId: string, body: Schemas['UpdateSessionDto']) {
    return this.api.call<Session>('PATCH', `/api/programme/sessions/${id(sessionId)}`, body);
  }
  setAttendance(sessionId: string, attendance: Schemas['AttendanceEntryDto'][]) {
    return this.api.call<Session>('PUT', `/api/programme/sessions/${id(sessionId)}/attendance`, { attendance } satisfies Schemas['AttendanceDto']);
  }
  invite(groupId: string, body: Schemas['CreateInvitationDto']) {
    return this.api.call<GroupInvitation>('POST', `/api/programme/groups/${id(groupId)}/invitations`, body);
  }
  resendInvitation(invitationId: string) {
    return this.api.call<GroupInvitation>('POST', `/api/programme/invitations/${id(invitationId)}/resend`, {});
  }
  withdrawInvitation(invitationId: string) {
    return this.api.call<GroupInvitation>('DELETE', `/api/programme/invitations/${id(invitationId)}`);
  }
  /** Public: what an invitation link offers, before signing in. */
  invitation(token: string) {
    return this.api.call<InvitationPreview>('GET', `/api/public/invitations/${id(token)}`);
  }
  /** Public: registers (or links) the organisation and the person; the answer signs them in. */
  acceptInvitation(token: string, body: Schemas['AcceptInvitationDto']) {
    return this.api.call<AcceptedInvitation>('POST', `/api/public/invitations/${id(token)}/accept`, body);
  }
  /** A group's materials (slides, handouts): staff and the group's participants read them. */
  materials(groupId: string) {
    return this.api.call<GroupMaterialList>('GET', `/api/programme/groups/${id(groupId)}/materials`);
  }
  /**
   * Adds a material (multipart field `file`; pdf, pptx, docx, xlsx, png, jpeg or mp4, at most 20 MB)
   * and answers the whole list. 400 `upload.content_mismatch` when the content is not what the
   * extension says; 409 `material.too_many` past 50.
   */
  addMaterial(groupId: string, file: File) {
    const form = new FormData();
    form.append('file', file, file.name);
    return this.api.call<GroupMaterialList>('POST', `/api/programme/groups/${id(groupId)}/materials`, form);
  }
  removeMaterial(groupId: string, fileId: string) {
    return this.api.call<void>('DELETE', `/api/programme/groups/${id(groupId)}/materials/${id(fileId)}`);
  }
  /** Where the browser downloads a stored file (same origin: the web servers proxy /api). */
  fileUrl(fileId: string) {
    return `/api/files/${id(fileId)}`;
  }
}
