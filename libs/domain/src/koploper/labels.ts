import type { Bilingual } from '../text';

/** Participant phases in track order, then the exit. Labels follow the GLOSSARY. */
export const PHASE_LABELS = {
  kickoff: { nl: 'Startbijeenkomst', en: 'Kickoff meeting' },
  baseline: { nl: 'Nulmeting', en: 'Baseline assessment' },
  profile: { nl: 'Duurzaamheidsprofiel', en: 'Sustainability profile' },
  action_plan: { nl: 'Actieplan (DuOn-Agenda)', en: 'Action plan' },
  communication: { nl: 'Communicatieopdracht', en: 'Communication assignment' },
  symposium: { nl: 'Koplopersymposium', en: 'Symposium' },
  alumni: { nl: 'Koplopernetwerk', en: 'Alumni network' },
  withdrawn: { nl: 'Teruggetrokken', en: 'Withdrawn' },
} as const satisfies Record<string, Bilingual>;

export const CERTIFICATE_STATUS_LABELS = {
  draft: { nl: 'Concept', en: 'Draft' },
  submitted: { nl: 'Ingediend', en: 'Submitted' },
  approved: { nl: 'Goedgekeurd', en: 'Approved' },
  approved_with_conditions: { nl: 'Goedgekeurd onder voorwaarden', en: 'Approved with conditions' },
  rejected: { nl: 'Afgewezen', en: 'Rejected' },
  awarded: { nl: 'Uitgereikt', en: 'Awarded' },
  expired: { nl: 'Verlopen', en: 'Expired' },
  revoked: { nl: 'Ingetrokken', en: 'Revoked' },
} as const satisfies Record<string, Bilingual>;

export const PRIZE_OUTCOME_LABELS = {
  winner: { nl: 'Winnaar', en: 'Winner' },
  tie: { nl: 'Gelijke stand: de coördinator beslist', en: 'Tie: the coordinator decides' },
  no_scores: { nl: 'Nog geen scores', en: 'No scores yet' },
} as const satisfies Record<string, Bilingual>;
