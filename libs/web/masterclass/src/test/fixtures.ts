import type { MasterclassDetail } from '@koers/web-api-client';

export const participant = (id: string, name: string, phase = 'intake') => ({
  id,
  organisationId: `o-${id}`,
  organisationName: name,
  phase,
  phaseReachedAt: '2026-03-01T10:00:00Z',
  joinedAt: '2026-03-01T10:00:00Z',
  adviserUserId: null,
  adviserName: null,
  plannedBy: null,
  late: false,
  nextPhases: [],
  role: 'participant' as const,
});

/** A planned SME masterclass of four, one workshop planned. */
export const MASTERCLASS: MasterclassDetail = {
  id: 'mc1',
  step: 'masterclass',
  name: 'CE-masterclass MKB Drenthe',
  audience: 'sme',
  goals: 'Elk bedrijf kent zijn plek op de R-ladder.',
  coOrganisers: ['Gemeente Assen'],
  region: 'Drenthe',
  startsOn: '2026-03-01',
  endsOn: '2026-06-30',
  status: 'planned',
  phase: 'intake',
  closedAt: null,
  programmeLine: 'sustainable_entrepreneurship',
  coordinatorUserId: 'u1',
  sizeRule: { min: 5, max: 10 },
  phasePlan: {},
  participants: [participant('e1', 'Bakkerij De Vries'), participant('e2', 'Kwekerij Emmen'), participant('e3', 'Houtbouw Noord'), participant('e4', 'Textiel Assen')],
  fellowParticipants: [
    { enrolmentId: 'e1', organisationName: 'Bakkerij De Vries' },
    { enrolmentId: 'e2', organisationName: 'Kwekerij Emmen' },
    { enrolmentId: 'e3', organisationName: 'Houtbouw Noord' },
    { enrolmentId: 'e4', organisationName: 'Textiel Assen' },
  ],
  invitations: [],
  staff: [],
  sessions: [{ id: 's1', groupId: 'mc1', kind: 'workshop', title: 'Workshop 1', startsAt: '2026-03-10T14:00:00Z', endsAt: null, location: 'Assen', agenda: '', participantId: null, organisationName: null, attendance: [], items: [] }],
  sessionModules: { s1: ['basics'] },
  outcomes: [],
  decision: null,
  proposals: [],
};

export const MODULES = [
  { id: 'basics', name: { nl: 'Basis circulaire economie', en: 'CE basics' }, description: { nl: 'Wat is CE', en: 'What is CE' }, audiences: ['sme', 'large'] },
  { id: 'r_ladder', name: { nl: 'De R-ladder', en: 'The R-ladder' }, description: { nl: 'R0 tot R9', en: 'R0 to R9' }, audiences: ['sme', 'large'] },
  { id: 'lease', name: { nl: 'Lease voor grote bedrijven', en: 'Lease for large companies' }, description: { nl: '', en: '' }, audiences: ['large'] },
];
