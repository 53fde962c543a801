import type { StepKey } from '../programme/step-definition';
import type { Bilingual } from '../text';

/**
 * A company's journey across steps and partners: the parts it can share, the
 * funnel stages partners move it through, and what a follow-up call records.
 * The database holds the same lists (check constraints, koers_step_parts).
 */

/**
 * The parts of a journey a company can let another partner see. `organisation`
 * is the record itself (name, KvK, region): what the older whole-record consent
 * gave, and what any other part implies.
 */
export const JOURNEY_PARTS = ['organisation', 'profile_footprint', 'action_plan', 'certificate', 'masterclass_outcome', 'chain_results'] as const;
export type JourneyPart = (typeof JOURNEY_PARTS)[number];
export const JOURNEY_PART_LABELS: Record<JourneyPart, Bilingual> = {
  organisation: { nl: 'Bedrijfsgegevens', en: 'Company details' },
  profile_footprint: { nl: 'Duurzaamheidsprofiel en CO2-footprint', en: 'Sustainability profile and CO2 footprint' },
  action_plan: { nl: 'Actieplan', en: 'Action plan' },
  certificate: { nl: 'MVO-certificaat', en: 'CSR certificate' },
  masterclass_outcome: { nl: 'Uitkomst masterclass', en: 'Masterclass outcome' },
  chain_results: { nl: 'Resultaten ketenproject', en: 'Chain project results' },
};

/** Which parts show a step's enrolments (partner, dates, phase) to a partner that does not run it. */
export const STEP_PARTS: Record<StepKey, readonly JourneyPart[]> = {
  koploper: ['profile_footprint', 'action_plan', 'certificate'],
  masterclass: ['masterclass_outcome'],
  chain: ['chain_results'],
};

/** The funnel a region counts its companies in; a partner moves a company along it. */
export const FUNNEL_STAGES = ['unknown', 'interested', 'taking_part', 'implementing', 'financing'] as const;
export type FunnelStage = (typeof FUNNEL_STAGES)[number];
export const FUNNEL_STAGE_LABELS: Record<FunnelStage, Bilingual> = {
  unknown: { nl: 'Onbekend', en: 'Unknown' },
  interested: { nl: 'Geïnteresseerd', en: 'Interested' },
  taking_part: { nl: 'Doet mee', en: 'Taking part' },
  implementing: { nl: 'Voert uit', en: 'Implementing' },
  financing: { nl: 'Financiering', en: 'Financing' },
};

/** How a first contact (a lead) came in. */
export const LEAD_SOURCES = ['event', 'website', 'referral', 'bank', 'municipality', 'network', 'education', 'other'] as const;
export type LeadSource = (typeof LEAD_SOURCES)[number];
export const LEAD_SOURCE_LABELS: Record<LeadSource, Bilingual> = {
  event: { nl: 'Bijeenkomst', en: 'Event' },
  website: { nl: 'Website', en: 'Website' },
  referral: { nl: 'Doorverwezen', en: 'Referral' },
  bank: { nl: 'Via de bank', en: 'Through the bank' },
  municipality: { nl: 'Via de gemeente', en: 'Through the municipality' },
  network: { nl: 'Netwerk', en: 'Network' },
  /** A student's MVO scan at the company, its internship (docs/alliance.md: the education line). */
  education: { nl: 'Via de onderwijslijn', en: 'Through the education line' },
  other: { nl: 'Anders', en: 'Other' },
};

/** Financing steps: what kind of money, and how far the application got. */
export const FINANCING_KINDS = ['subsidy', 'loan', 'investor'] as const;
export type FinancingKind = (typeof FINANCING_KINDS)[number];
export const FINANCING_KIND_LABELS: Record<FinancingKind, Bilingual> = {
  subsidy: { nl: 'Subsidie', en: 'Subsidy' },
  loan: { nl: 'Lening', en: 'Loan' },
  investor: { nl: 'Investeerder', en: 'Investor' },
};
export const FINANCING_STATUSES = ['applied', 'granted', 'refused'] as const;
export type FinancingStatus = (typeof FINANCING_STATUSES)[number];
export const FINANCING_STATUS_LABELS: Record<FinancingStatus, Bilingual> = {
  applied: { nl: 'Aangevraagd', en: 'Applied for' },
  granted: { nl: 'Toegekend', en: 'Granted' },
  refused: { nl: 'Afgewezen', en: 'Refused' },
};

/** What a follow-up call found: the plans picked up, left in the drawer, or done. */
export const FOLLOW_UP_OUTCOMES = ['picked_up', 'in_drawer', 'done'] as const;
export type FollowUpOutcome = (typeof FOLLOW_UP_OUTCOMES)[number];
export const FOLLOW_UP_OUTCOME_LABELS: Record<FollowUpOutcome, Bilingual> = {
  picked_up: { nl: 'Plannen opgepakt', en: 'Plans picked up' },
  in_drawer: { nl: 'Plannen in de la', en: 'Plans in the drawer' },
  done: { nl: 'Plannen uitgevoerd', en: 'Plans carried out' },
};
/** The help a company asks for in a follow-up call. */
export const HELP_NEEDS = ['financing', 'student', 'specialist', 'next_step'] as const;
export type HelpNeed = (typeof HELP_NEEDS)[number];
export const HELP_NEED_LABELS: Record<HelpNeed, Bilingual> = {
  financing: { nl: 'Financiering', en: 'Financing' },
  student: { nl: 'Een student', en: 'A student' },
  specialist: { nl: 'Een specialist', en: 'A specialist' },
  next_step: { nl: 'Een volgende stap', en: 'A next step' },
};

/** A follow-up task lands this many weeks after its group closed, unless the partner sets another period. */
export const DEFAULT_FOLLOW_UP_WEEKS = 6;
export const MAX_FOLLOW_UP_WEEKS = 52;

/** A student's implementation task at a company. */
export const STUDENT_TASK_STATUSES = ['planned', 'active', 'done', 'stopped'] as const;
export type StudentTaskStatus = (typeof STUDENT_TASK_STATUSES)[number];
export const STUDENT_TASK_STATUS_LABELS: Record<StudentTaskStatus, Bilingual> = {
  planned: { nl: 'Gepland', en: 'Planned' },
  active: { nl: 'Bezig', en: 'In progress' },
  done: { nl: 'Afgerond', en: 'Done' },
  stopped: { nl: 'Gestopt', en: 'Stopped' },
};

/** What the journey knows when it suggests a next step. */
export interface NextStepFacts {
  /** Every step the company took with any partner the reader may see: finished (final phase) or still running. */
  steps: readonly { step: StepKey; finished: boolean; active: boolean }[];
  /** The share (0..1) of the newest footprint that is materials and waste, when a footprint is visible. */
  materialsAndWasteShare: number | null;
  /** A masterclass outcome names chain partners or opportunities. */
  chainOpportunityFromMasterclass: boolean;
}

export interface NextStepSuggestion {
  step: StepKey;
  reason: Bilingual;
}

/** From this share of materials and waste in the footprint on, a chain project is the better next step than a masterclass. */
export const CHAIN_OPPORTUNITY_SHARE = 0.3;

/**
 * The next step a partner could offer. Nothing while the company takes part in
 * a step, nor once it did a chain project (the programme's last step).
 */
export function suggestNextStep(facts: NextStepFacts): NextStepSuggestion | null {
  if (facts.steps.some((s) => s.active)) return null;
  const did = (step: StepKey) => facts.steps.some((s) => s.step === step && s.finished);
  if (did('chain')) return null;
  if (did('masterclass')) {
    return facts.chainOpportunityFromMasterclass
      ? { step: 'chain', reason: { nl: 'De masterclass leverde ketenpartners of kansen op: een ketenproject kan ze uitwerken', en: 'The masterclass found chain partners or opportunities: a chain project can work them out' } }
      : null;
  }
  if (did('koploper')) {
    const share = facts.materialsAndWasteShare;
    if (share !== null && share >= CHAIN_OPPORTUNITY_SHARE) {
      const pct = (Math.round(share * 1000) / 10).toLocaleString('nl-NL');
      const pctEn = (Math.round(share * 1000) / 10).toLocaleString('en-GB');
      return { step: 'chain', reason: { nl: `${pct}% van de CO2-footprint komt uit materialen en afval: een ketenkans`, en: `${pctEn}% of the CO2 footprint comes from materials and waste: a chain opportunity` } };
    }
    return { step: 'masterclass', reason: { nl: 'Koploper afgerond: de masterclass circulaire economie is de volgende stap', en: 'Koploper track finished: the circular-economy masterclass is the next step' } };
  }
  return { step: 'koploper', reason: { nl: 'Nog geen stap gezet: het Koplopertraject begint met een nulmeting', en: 'No step taken yet: the Koploper track starts with a baseline scan' } };
}
