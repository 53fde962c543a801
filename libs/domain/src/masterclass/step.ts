import { FEEDBACK_SESSION_KIND, FEEDBACK_SESSION_LABEL, type StepDefinition } from '../programme/step-definition';

/** Step 2, the CE-masterclasses: 5 to 10 entrepreneurs in workshops, each with an outcome. Refined by the masterclass issue. */
export const MASTERCLASS_STEP: StepDefinition = Object.freeze<StepDefinition>({
  key: 'masterclass',
  name: { nl: 'CE-masterclass', en: 'CE masterclass' },
  groupName: { nl: 'masterclass', en: 'masterclass' },
  composition: { kind: 'count', size: { min: 5, max: 10 } },
  phases: ['intake', 'workshops', 'outcome', 'completed'],
  phaseLabels: {
    intake: { nl: 'Intake', en: 'Intake' },
    workshops: { nl: 'Workshops', en: 'Workshops' },
    outcome: { nl: 'Uitkomst', en: 'Outcome' },
    completed: { nl: 'Afgerond', en: 'Completed' },
  },
  finalPhase: 'completed',
  closingPhase: 'outcome',
  guards: [],
  sessionKinds: ['workshop', 'closing'],
  sessionKindLabels: { workshop: { nl: 'Workshop', en: 'Workshop' }, closing: { nl: 'Slotbijeenkomst', en: 'Closing session' }, [FEEDBACK_SESSION_KIND]: FEEDBACK_SESSION_LABEL },
  invitationPath: '/masterclass/uitnodiging',
  staffRoles: ['coach', 'speaker'],
});
