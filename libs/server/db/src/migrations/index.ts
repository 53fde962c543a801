import { Foundation1764000000000 } from './1764000000000-foundation';
import { Diagnostics1764000001000 } from './1764000001000-diagnostics';
import { Calculations1764000002000 } from './1764000002000-calculations';
import { Cohorts1764000003000 } from './1764000003000-cohorts';
import { KoploperTrack1764000004000 } from './1764000004000-koploper-track';
import { ProgrammeCore1764000005000 } from './1764000005000-programme-core';
import { MasterclassScan1764000006000 } from './1764000006000-masterclass-scan';
import { Masterclass1764000006100 } from './1764000006100-masterclass';
import { GroupFellows1764000006200 } from './1764000006200-group-fellows';
import { GroupMaterials1764000006300 } from './1764000006300-group-materials';
import { ProgrammeCoreNames1764000006400 } from './1764000006400-programme-core-names';
import { MembershipNames1764000006500 } from './1764000006500-membership-names';
import { Chain1764000007000 } from './1764000007000-chain';
import { ChainResults1764000007100 } from './1764000007100-chain-results';
import { Journey1764000008000 } from './1764000008000-journey';
import { AuthThrottle1764000009000 } from './1764000009000-auth-throttle';
import { Alliance1764000010000 } from './1764000010000-alliance';
import { Evaluation1764000011000 } from './1764000011000-evaluation';
import { SecurityRules1764000012000 } from './1764000012000-security-rules';
import { AuditStripContent1764000013000 } from './1764000013000-audit-strip-content';
import { AllianceKnowledge1764000015000 } from './1764000015000-alliance-knowledge';
import { Education1764000016000 } from './1764000016000-education';
import { PhaseOverrides1764000019000 } from './1764000019000-phase-overrides';
import { BaselineRatios1764000020000 } from './1764000020000-baseline-ratios';
import { SessionEnrolment1764000022000 } from './1764000022000-session-enrolment';

/** Every migration in order; feature libs append theirs through DbModule.forRoot({ migrations }). */
export const coreMigrations = [Foundation1764000000000, Diagnostics1764000001000, Calculations1764000002000, Cohorts1764000003000, KoploperTrack1764000004000, ProgrammeCore1764000005000, MasterclassScan1764000006000, Masterclass1764000006100, GroupFellows1764000006200, GroupMaterials1764000006300, ProgrammeCoreNames1764000006400, MembershipNames1764000006500, Chain1764000007000, ChainResults1764000007100, Journey1764000008000, AuthThrottle1764000009000, Alliance1764000010000, Evaluation1764000011000, SecurityRules1764000012000, AuditStripContent1764000013000, AllianceKnowledge1764000015000, Education1764000016000, PhaseOverrides1764000019000, BaselineRatios1764000020000, SessionEnrolment1764000022000];
