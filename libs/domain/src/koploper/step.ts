import { FEEDBACK_SESSION_KIND, FEEDBACK_SESSION_LABEL, type StepDefinition } from '../programme/step-definition';
import { PHASE_LABELS } from './labels';
import { PHASES } from './track-phases';
import { DEFAULT_COHORT_SIZE_RULE } from './cohort-rules';
import { KOPLOPER_GUARDS } from './phase-guards';

/** Step 1, the Koplopertraject, as the programme core runs it. */
export const KOPLOPER_STEP: StepDefinition = Object.freeze<StepDefinition>({
  key: 'koploper',
  name: { nl: 'Koplopertraject', en: 'Koploper track' },
  groupName: { nl: 'Koplopergroep', en: 'cohort' },
  composition: { kind: 'count', size: DEFAULT_COHORT_SIZE_RULE },
  phases: PHASES,
  phaseLabels: PHASE_LABELS,
  finalPhase: 'alumni',
  closingPhase: 'symposium',
  // The work each phase needs before the next: baseline reviewed, profile published, action plan and vision in, communication submitted.
  guards: KOPLOPER_GUARDS,
  sessionKinds: ['kickoff', 'exchange', 'company_visit', 'symposium'],
  sessionKindLabels: {
    kickoff: { nl: 'Startbijeenkomst', en: 'Kickoff meeting' },
    exchange: { nl: 'Uitwisselingsbijeenkomst', en: 'Exchange meeting' },
    company_visit: { nl: 'Gesprek op locatie', en: 'Visit at the company' },
    symposium: { nl: 'Koplopersymposium', en: 'Symposium' },
    [FEEDBACK_SESSION_KIND]: FEEDBACK_SESSION_LABEL,
  },
  invitationPath: '/koploper/uitnodiging',
  staffRoles: ['adviser', 'specialist'],
});
