import type { StepDefinition } from '../programme/step-definition';

/** Step 3, the ketenprojecten: a lead organisation and its chain partners, 6-24 months. Refined by the chain issue. */
export const CHAIN_STEP: StepDefinition = Object.freeze<StepDefinition>({
  key: 'chain',
  name: { nl: 'Ketenproject', en: 'Chain project' },
  groupName: { nl: 'ketenproject', en: 'chain project' },
  composition: { kind: 'chain', minPartners: 2, maxPartners: 30 },
  phases: ['exploration', 'material_map', 'redesign', 'research', 'business_case', 'implementation', 'completed'],
  phaseLabels: {
    exploration: { nl: 'Verkenning', en: 'Exploration' },
    material_map: { nl: 'Materiaalkaart', en: 'Material map' },
    redesign: { nl: 'Herontwerp', en: 'Redesign' },
    research: { nl: 'Onderzoek', en: 'Research' },
    business_case: { nl: 'Businesscase', en: 'Business case' },
    implementation: { nl: 'Implementatie', en: 'Implementation' },
    completed: { nl: 'Afgerond', en: 'Completed' },
  },
  finalPhase: 'completed',
  closingPhase: 'implementation',
  guards: [],
  sessionKinds: ['design_session', 'work_conference'],
  sessionKindLabels: { design_session: { nl: 'Werk- en ontwerpsessie', en: 'Work and design session' }, work_conference: { nl: 'Werkconferentie', en: 'Work conference' } },
  invitationPath: '/keten/uitnodiging',
  staffRoles: ['coach', 'specialist'],
});
