import { FEEDBACK_SESSION_KIND, FEEDBACK_SESSION_LABEL, type StepDefinition } from '../programme/step-definition';

/**
 * Step 3, the ketenprojecten: a lead organisation and its chain partners with a
 * pool of specialists, 6-24 months, at least four work and design sessions. The
 * partners go through the phases together (the project's phase).
 */
export const CHAIN_STEP: StepDefinition = Object.freeze<StepDefinition>({
  key: 'chain',
  name: { nl: 'Ketenproject', en: 'Chain project' },
  groupName: { nl: 'ketenproject', en: 'chain project' },
  composition: { kind: 'chain', minPartners: 2, maxPartners: 30 },
  phases: ['exploration', 'material_map', 'redesign', 'research', 'business_case', 'implementation', 'results'],
  phaseLabels: {
    exploration: { nl: 'Verkenning', en: 'Exploration' },
    material_map: { nl: 'Materiaalkaart', en: 'Material map' },
    redesign: { nl: 'Herontwerp', en: 'Redesign' },
    research: { nl: 'Onderzoek', en: 'Research' },
    business_case: { nl: 'Businesscase', en: 'Business case' },
    implementation: { nl: 'Implementatie', en: 'Implementation' },
    results: { nl: 'Resultaten', en: 'Results' },
  },
  finalPhase: 'results',
  closingPhase: 'implementation',
  guards: [],
  sessionKinds: ['design_session', 'work_conference'],
  sessionKindLabels: { design_session: { nl: 'Werk- en ontwerpsessie', en: 'Work and design session' }, work_conference: { nl: 'Werkconferentie', en: 'Work conference' }, [FEEDBACK_SESSION_KIND]: FEEDBACK_SESSION_LABEL },
  invitationPath: '/keten/uitnodiging',
  staffRoles: ['coach', 'specialist'],
  durationMonths: { min: 6, max: 24 },
  minSessionsHeld: 4,
});
