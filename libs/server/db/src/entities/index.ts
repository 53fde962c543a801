import { AuditLog } from './audit-log.entity';
import { Consent, Organisation, Participation } from './organisation.entity';
import { Partner } from './partner.entity';
import { DiagnosticPing } from './diagnostic-ping.entity';
import { Cohort, CohortParticipant } from './cohort.entity';
import { ActionPlanItem, AlumniInvitation, Baseline, CohortAdviser, CohortInvitation, CommunicationSubmission, CsrCertificate, JuryMember, JuryScore, Meeting, MeetingAttendance, StoredFile, SustainabilityProfile } from './koploper.entity';
import { CalculationBulk, CalculationInput, CalculationResult, CalculatorRelease } from './calculation.entity';
import { Membership, PasswordReset, Session, User } from './user.entity';

export * from './audit-log.entity';
export * from './diagnostic-ping.entity';
export * from './cohort.entity';
export * from './koploper.entity';
export * from './calculation.entity';
export * from './organisation.entity';
export * from './partner.entity';
export * from './user.entity';

export const coreEntities = [Partner, Organisation, Participation, Consent, User, Membership, Session, PasswordReset, AuditLog, DiagnosticPing, CalculationInput, CalculationResult, CalculationBulk, CalculatorRelease, Cohort, CohortParticipant,
  CohortAdviser, CohortInvitation, Meeting, MeetingAttendance, Baseline, StoredFile, SustainabilityProfile, ActionPlanItem, CommunicationSubmission, JuryMember, JuryScore, CsrCertificate, AlumniInvitation];
