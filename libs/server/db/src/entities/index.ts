export * from './alliance/alliance-partner.entity';
export * from './alliance/alliance-application.entity';
export * from './alliance/knowledge-item.entity';
export * from './alliance/showcase.entity';
export * from './alliance/budget.entity';
export * from './alliance/budget-line.entity';
export * from './alliance/commitment-fulfilment.entity';
export * from './alliance/contract-commitment.entity';
export * from './alliance/csr-platform.entity';
export * from './alliance/csr-platform-event.entity';
export * from './alliance/csr-platform-member.entity';
export * from './alliance/partner-contract.entity';
export * from './alliance/pilot-impact-figure.entity';
export * from './alliance/pilot-project.entity';
export * from './alliance/programme-line.entity';
export * from './audit/audit-log.entity';
export * from './calculations/calculation-bulk.entity';
export * from './chain/business-case.entity';
export * from './chain/chain-application.entity';
export * from './chain/chain-member.entity';
export * from './chain/chain-project.entity';
export * from './chain/chain-specialist.entity';
export * from './chain/flow-map.entity';
export * from './chain/sector-programme.entity';
export * from './calculations/calculation-input.entity';
export * from './calculations/calculation-result.entity';
export * from './evaluation/evaluation-invitation.entity';
export * from './evaluation/evaluation-link.entity';
export * from './evaluation/evaluation-question.entity';
export * from './evaluation/evaluation-response.entity';
export * from './evaluation/evaluation-run.entity';
export * from './evaluation/evaluation-survey.entity';
export * from './education/education-student.entity';
export * from './education/education-internship.entity';
export * from './calculations/calculator-release.entity';
export * from './diagnostics/diagnostic-ping.entity';
export * from './files/stored-file.entity';
export * from './identity/membership.entity';
export * from './identity/membership-invitation.entity';
export * from './identity/password-reset.entity';
export * from './identity/session.entity';
export * from './identity/user.entity';
export * from './journey/financing-step.entity';
export * from './journey/follow-up.entity';
export * from './journey/funnel-stage.entity';
export * from './journey/journey-access.entity';
export * from './journey/journey-lead.entity';
export * from './journey/student.entity';
export * from './koploper/action-plan-item.entity';
export * from './koploper/alumni-invitation.entity';
export * from './koploper/baseline.entity';
export * from './koploper/communication-submission.entity';
export * from './koploper/csr-certificate.entity';
export * from './koploper/jury-member.entity';
export * from './koploper/jury-score.entity';
export * from './koploper/koploper-cohort.entity';
export * from './koploper/koploper-enrolment.entity';
export * from './koploper/sustainability-profile.entity';
export * from './masterclass/chain-proposal.entity';
export * from './masterclass/masterclass-decision.entity';
export * from './masterclass/masterclass-outcome.entity';
export * from './masterclass/masterclass.entity';
export * from './masterclass/session-module.entity';
export * from './masterclass/region-scan.entity';
export * from './masterclass/scan-company.entity';
export * from './organisations/consent.entity';
export * from './organisations/organisation.entity';
export * from './organisations/participation.entity';
export * from './programme/enrolment.entity';
export * from './programme/enrolment-adviser.entity';
export * from './programme/phase-override.entity';
export * from './programme/group-invitation.entity';
export * from './programme/group-staff.entity';
export * from './programme/programme-group.entity';
export * from './programme/programme-session.entity';
export * from './programme/session-attendance.entity';
export * from './programme/session-item.entity';
export * from './tenancy/partner.entity';

import { AlliancePartner } from './alliance/alliance-partner.entity';
import { Budget } from './alliance/budget.entity';
import { BudgetLine } from './alliance/budget-line.entity';
import { CommitmentFulfilment } from './alliance/commitment-fulfilment.entity';
import { ContractCommitment } from './alliance/contract-commitment.entity';
import { CsrPlatform } from './alliance/csr-platform.entity';
import { CsrPlatformEvent } from './alliance/csr-platform-event.entity';
import { CsrPlatformMember } from './alliance/csr-platform-member.entity';
import { PartnerContract } from './alliance/partner-contract.entity';
import { PilotImpactFigure } from './alliance/pilot-impact-figure.entity';
import { PilotProject } from './alliance/pilot-project.entity';
import { AllianceApplication } from './alliance/alliance-application.entity';
import { KnowledgeItem } from './alliance/knowledge-item.entity';
import { Showcase } from './alliance/showcase.entity';
import { ProgrammeLineRow } from './alliance/programme-line.entity';
import { AuditLog } from './audit/audit-log.entity';
import { BusinessCaseLineRow, BusinessCaseOption } from './chain/business-case.entity';
import { ChainApplication } from './chain/chain-application.entity';
import { ChainMember } from './chain/chain-member.entity';
import { ChainProject } from './chain/chain-project.entity';
import { ChainSpecialist } from './chain/chain-specialist.entity';
import { FlowMap, FlowNodeRow, FlowVariant, MaterialFlowRow } from './chain/flow-map.entity';
import { ChainAgreement, SectorConference, SectorProgramme, SectorQuestion } from './chain/sector-programme.entity';
import { SessionItem } from './programme/session-item.entity';
import { CalculationBulk } from './calculations/calculation-bulk.entity';
import { CalculationInput } from './calculations/calculation-input.entity';
import { CalculationResult } from './calculations/calculation-result.entity';
import { CalculatorRelease } from './calculations/calculator-release.entity';
import { EvaluationInvitation } from './evaluation/evaluation-invitation.entity';
import { EvaluationLink } from './evaluation/evaluation-link.entity';
import { EvaluationQuestion } from './evaluation/evaluation-question.entity';
import { EvaluationResponse } from './evaluation/evaluation-response.entity';
import { EvaluationRun } from './evaluation/evaluation-run.entity';
import { EvaluationSurvey } from './evaluation/evaluation-survey.entity';
import { EducationStudent } from './education/education-student.entity';
import { EducationInternship } from './education/education-internship.entity';
import { DiagnosticPing } from './diagnostics/diagnostic-ping.entity';
import { StoredFile } from './files/stored-file.entity';
import { Membership } from './identity/membership.entity';
import { MembershipInvitation } from './identity/membership-invitation.entity';
import { PasswordReset } from './identity/password-reset.entity';
import { Session } from './identity/session.entity';
import { User } from './identity/user.entity';
import { FinancingStep } from './journey/financing-step.entity';
import { FollowUpSetting, FollowUpTask } from './journey/follow-up.entity';
import { FunnelStageRow } from './journey/funnel-stage.entity';
import { JourneyAccess } from './journey/journey-access.entity';
import { JourneyLead } from './journey/journey-lead.entity';
import { Student, StudentAssignment } from './journey/student.entity';
import { ActionPlanItem } from './koploper/action-plan-item.entity';
import { AlumniInvitation } from './koploper/alumni-invitation.entity';
import { Baseline } from './koploper/baseline.entity';
import { CommunicationSubmission } from './koploper/communication-submission.entity';
import { CsrCertificate } from './koploper/csr-certificate.entity';
import { JuryMember } from './koploper/jury-member.entity';
import { JuryScore } from './koploper/jury-score.entity';
import { KoploperCohort } from './koploper/koploper-cohort.entity';
import { KoploperEnrolment } from './koploper/koploper-enrolment.entity';
import { SustainabilityProfile } from './koploper/sustainability-profile.entity';
import { ChainProposal } from './masterclass/chain-proposal.entity';
import { MasterclassDecision } from './masterclass/masterclass-decision.entity';
import { MasterclassOutcome } from './masterclass/masterclass-outcome.entity';
import { Masterclass } from './masterclass/masterclass.entity';
import { SessionModule } from './masterclass/session-module.entity';
import { RegionScan } from './masterclass/region-scan.entity';
import { ScanCompany } from './masterclass/scan-company.entity';
import { Consent } from './organisations/consent.entity';
import { Organisation } from './organisations/organisation.entity';
import { Participation } from './organisations/participation.entity';
import { Enrolment } from './programme/enrolment.entity';
import { EnrolmentAdviser } from './programme/enrolment-adviser.entity';
import { PhaseOverride } from './programme/phase-override.entity';
import { GroupInvitation } from './programme/group-invitation.entity';
import { GroupStaff } from './programme/group-staff.entity';
import { ProgrammeGroup } from './programme/programme-group.entity';
import { ProgrammeSession } from './programme/programme-session.entity';
import { SessionAttendance } from './programme/session-attendance.entity';
import { Partner } from './tenancy/partner.entity';

/** Every entity of the platform, one per file under its area's folder. */
export const coreEntities = [
  AlliancePartner,
  AllianceApplication,
  KnowledgeItem,
  Showcase,
  Budget,
  BudgetLine,
  CommitmentFulfilment,
  ContractCommitment,
  CsrPlatform,
  CsrPlatformEvent,
  CsrPlatformMember,
  PartnerContract,
  PilotImpactFigure,
  PilotProject,
  ProgrammeLineRow,
  AuditLog,
  CalculationBulk,
  CalculationInput,
  CalculationResult,
  CalculatorRelease,
  EvaluationInvitation,
  EvaluationLink,
  EvaluationQuestion,
  EvaluationResponse,
  EvaluationRun,
  EvaluationSurvey,
  EducationStudent,
  EducationInternship,
  DiagnosticPing,
  StoredFile,
  Membership,
  MembershipInvitation,
  PasswordReset,
  Session,
  User,
  FinancingStep,
  FollowUpSetting,
  FollowUpTask,
  FunnelStageRow,
  JourneyAccess,
  JourneyLead,
  Student,
  StudentAssignment,
  ActionPlanItem,
  AlumniInvitation,
  Baseline,
  CommunicationSubmission,
  CsrCertificate,
  JuryMember,
  JuryScore,
  KoploperCohort,
  KoploperEnrolment,
  SustainabilityProfile,
  ChainProposal,
  MasterclassDecision,
  MasterclassOutcome,
  Masterclass,
  SessionModule,
  RegionScan,
  ScanCompany,
  Consent,
  Organisation,
  Participation,
  Enrolment,
  EnrolmentAdviser,
  PhaseOverride,
  GroupInvitation,
  GroupStaff,
  ProgrammeGroup,
  ProgrammeSession,
  SessionAttendance,
  SessionItem,
  Partner,
  BusinessCaseLineRow,
  BusinessCaseOption,
  ChainApplication,
  ChainMember,
  ChainProject,
  ChainSpecialist,
  FlowMap,
  FlowNodeRow,
  FlowVariant,
  MaterialFlowRow,
  ChainAgreement,
  SectorConference,
  SectorProgramme,
  SectorQuestion,
];
