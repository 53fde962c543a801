import type { StepKey } from '../programme/step-definition';
import type { Bilingual } from '../text';

/**
 * The alliance (MVO-Alliantie): its partners with their kind and partner
 * contract, the regional CSR platforms, the five programme lines with their
 * pilot projects, and the budgets of steps and projects. Code names are
 * English; the labels are what the UI shows, Dutch first.
 */

/** What kind of organisation an alliance partner is. */
export const PARTNER_KINDS = ['bank', 'environmental_federation', 'consultancy', 'csr_platform', 'government', 'school', 'employers_organisation', 'other'] as const;
export type PartnerKind = (typeof PARTNER_KINDS)[number];
export const PARTNER_KIND_LABELS: Record<PartnerKind, Bilingual> = {
  bank: { nl: 'Bank', en: 'Bank' },
  environmental_federation: { nl: 'Milieufederatie', en: 'Environmental federation' },
  consultancy: { nl: 'Adviesbureau', en: 'Consultancy' },
  csr_platform: { nl: 'MVO-platform', en: 'CSR platform' },
  government: { nl: 'Overheid', en: 'Government' },
  school: { nl: 'Onderwijsinstelling', en: 'School' },
  employers_organisation: { nl: 'Werkgeversorganisatie', en: "Employers' organisation" },
  other: { nl: 'Anders', en: 'Other' },
};

/** The five points of the partner contract (the seed's "partnercontract"), in the contract's order. */
export const CONTRACT_POINTS = ['goals', 'own_contribution', 'visibility', 'platform', 'contribution'] as const;
export type ContractPoint = (typeof CONTRACT_POINTS)[number];
export const CONTRACT_POINT_LABELS: Record<ContractPoint, Bilingual> = {
  goals: { nl: 'Onderschrijft de doelen en ambities van de alliantie', en: "Subscribes to the alliance's goals and ambitions" },
  own_contribution: { nl: 'Eigen bijdrage aan een van de ambities', en: 'Own contribution to one of the ambitions' },
  visibility: { nl: 'Draagt bij aan de zichtbaarheid', en: 'Contributes to visibility' },
  platform: { nl: 'Neemt deel aan een MVO-platform', en: 'Takes part in a CSR platform' },
  contribution: { nl: 'Bijdrage in geld of natura', en: 'Contribution in money or in kind' },
};

/** The ambitions a partner's own contribution serves (the seed's "bakens" towards a circular and inclusive economy). */
export const ALLIANCE_AMBITIONS = ['circular', 'inclusive', 'innovation', 'awareness'] as const;
export type AllianceAmbition = (typeof ALLIANCE_AMBITIONS)[number];
export const ALLIANCE_AMBITION_LABELS: Record<AllianceAmbition, Bilingual> = {
  circular: { nl: 'Circulaire economie: CO₂-reductie en een gezond ecosysteem', en: 'Circular economy: CO₂ reduction and a healthy ecosystem' },
  inclusive: { nl: 'Inclusieve economie: werk en deelname van alle inwoners', en: 'Inclusive economy: work and participation for everyone' },
  innovation: { nl: 'Innovatie van techniek, systemen, arbeid en sociale context', en: 'Innovation of technology, systems, work and social context' },
  awareness: { nl: 'Bewustwording en imago van het Noorden', en: 'Awareness and the image of the North' },
};

/** A contribution under point `contribution` is in money or in kind, with its amount in euros. */
export const CONTRIBUTION_FORMS = ['money', 'in_kind'] as const;
export type ContributionForm = (typeof CONTRIBUTION_FORMS)[number];
export const CONTRIBUTION_FORM_LABELS: Record<ContributionForm, Bilingual> = {
  money: { nl: 'In geld', en: 'In money' },
  in_kind: { nl: 'In natura', en: 'In kind' },
};

/** How far a commitment is fulfilled, as of a dated entry. */
export const FULFILMENT_STATUSES = ['met', 'partly', 'not_yet'] as const;
export type FulfilmentStatus = (typeof FULFILMENT_STATUSES)[number];
export const FULFILMENT_STATUS_LABELS: Record<FulfilmentStatus, Bilingual> = {
  met: { nl: 'Nagekomen', en: 'Met' },
  partly: { nl: 'Deels nagekomen', en: 'Partly met' },
  not_yet: { nl: 'Nog niet', en: 'Not yet' },
};

export interface FulfilmentEntry {
  recordedOn: string;
  status: FulfilmentStatus;
  /** Tie-break for two entries on one day: the later one counts. */
  createdAt: Date | string;
}

/** A commitment's status is that of its newest entry (by date, then by when it was written); none yet is `not_yet`. */
export function currentFulfilment(entries: readonly FulfilmentEntry[]): FulfilmentStatus {
  let newest: FulfilmentEntry | undefined;
  for (const e of entries) {
    if (!newest || e.recordedOn > newest.recordedOn || (e.recordedOn === newest.recordedOn && new Date(e.createdAt).getTime() >= new Date(newest.createdAt).getTime())) newest = e;
  }
  return newest?.status ?? 'not_yet';
}

/** Counts per status of a contract's commitments; `allMet` only when there is at least one and all are met. */
export function fulfilmentSummary(statuses: readonly FulfilmentStatus[]): { total: number; met: number; partly: number; notYet: number; allMet: boolean } {
  const met = statuses.filter((s) => s === 'met').length;
  const partly = statuses.filter((s) => s === 'partly').length;
  return { total: statuses.length, met, partly, notYet: statuses.length - met - partly, allMet: statuses.length > 0 && met === statuses.length };
}

/** The five programme lines ("schijf van vijf"), in the seed's order. */
export const PROGRAMME_LINES = ['social_entrepreneurship', 'sustainable_entrepreneurship', 'smart_mobility', 'clean_energy', 'education_development'] as const;
export type ProgrammeLine = (typeof PROGRAMME_LINES)[number];
export const PROGRAMME_LINE_LABELS: Record<ProgrammeLine, Bilingual> = {
  social_entrepreneurship: { nl: 'Sociaal ondernemerschap', en: 'Social entrepreneurship' },
  sustainable_entrepreneurship: { nl: 'Duurzaam ondernemerschap', en: 'Sustainable entrepreneurship' },
  smart_mobility: { nl: 'Slimme mobiliteit', en: 'Smart mobility' },
  clean_energy: { nl: 'Schone energie', en: 'Clean energy' },
  education_development: { nl: 'Onderwijs en ontwikkeling', en: 'Education and development' },
};

/**
 * The line a new group of a step belongs to unless its coordinator picks
 * another. All three steps grew out of "Noorden - Koploper in duurzaamheid",
 * the seed's pilot of sustainable entrepreneurship, so that is every step's
 * default (also the one the migration gave the groups that existed before).
 */
export const DEFAULT_PROGRAMME_LINE: Record<StepKey, ProgrammeLine> = {
  koploper: 'sustainable_entrepreneurship',
  masterclass: 'sustainable_entrepreneurship',
  chain: 'sustainable_entrepreneurship',
};

export const PILOT_STATUSES = ['preparing', 'running', 'evaluated', 'scaled_up', 'stopped'] as const;
export type PilotStatus = (typeof PILOT_STATUSES)[number];
export const PILOT_STATUS_LABELS: Record<PilotStatus, Bilingual> = {
  preparing: { nl: 'In voorbereiding', en: 'Preparing' },
  running: { nl: 'Loopt', en: 'Running' },
  evaluated: { nl: 'Geëvalueerd', en: 'Evaluated' },
  scaled_up: { nl: 'Breder toegepast', en: 'Scaled up' },
  stopped: { nl: 'Gestopt', en: 'Stopped' },
};

/** Who a CSR platform's member organisation is. */
export const PLATFORM_MEMBER_KINDS = ['company', 'partner', 'government', 'school', 'civil_society', 'other'] as const;
export type PlatformMemberKind = (typeof PLATFORM_MEMBER_KINDS)[number];
export const PLATFORM_MEMBER_KIND_LABELS: Record<PlatformMemberKind, Bilingual> = {
  company: { nl: 'Bedrijf', en: 'Company' },
  partner: { nl: 'Alliantiepartner', en: 'Alliance partner' },
  government: { nl: 'Overheid', en: 'Government' },
  school: { nl: 'Onderwijsinstelling', en: 'School' },
  civil_society: { nl: 'Maatschappelijke organisatie', en: 'Civil-society organisation' },
  other: { nl: 'Anders', en: 'Other' },
};

/** What a budget is for: a whole step of a partner (in a year), one group of a step, or a pilot project. */
export const BUDGET_SCOPES = ['step', 'group', 'pilot'] as const;
export type BudgetScope = (typeof BUDGET_SCOPES)[number];

export const BUDGET_DIRECTIONS = ['income', 'cost'] as const;
export type BudgetDirection = (typeof BUDGET_DIRECTIONS)[number];

/** Income and cost categories; each belongs to one direction. */
export const BUDGET_CATEGORIES = {
  participant_contribution: 'income',
  subsidy: 'income',
  partner_money: 'income',
  partner_in_kind: 'income',
  other_income: 'income',
  staff: 'cost',
  advice: 'cost',
  meetings: 'cost',
  communication: 'cost',
  materials: 'cost',
  other_cost: 'cost',
} as const satisfies Record<string, BudgetDirection>;
export type BudgetCategory = keyof typeof BUDGET_CATEGORIES;
export const BUDGET_CATEGORY_KEYS = Object.keys(BUDGET_CATEGORIES) as BudgetCategory[];
export const BUDGET_CATEGORY_LABELS: Record<BudgetCategory, Bilingual> = {
  participant_contribution: { nl: 'Eigen bijdrage deelnemers', en: 'Participant contributions' },
  subsidy: { nl: 'Subsidie', en: 'Subsidy' },
  partner_money: { nl: 'Bijdrage partners in geld', en: 'Partner contributions in money' },
  partner_in_kind: { nl: 'Bijdrage partners in natura', en: 'Partner contributions in kind' },
  other_income: { nl: 'Overige inkomsten', en: 'Other income' },
  staff: { nl: 'Menskracht', en: 'Staff' },
  advice: { nl: 'Advies en begeleiding', en: 'Advice and coaching' },
  meetings: { nl: 'Bijeenkomsten', en: 'Meetings' },
  communication: { nl: 'Communicatie', en: 'Communication' },
  materials: { nl: 'Materialen', en: 'Materials' },
  other_cost: { nl: 'Overige kosten', en: 'Other costs' },
};

/** The largest amount a numeric(14,2) column holds. */
export const MAX_EURO_AMOUNT = 999_999_999_999.99;

/** Euros as PostgreSQL numeric text ("1234.5") or a number, to whole cents (exact integer arithmetic for totals). */
export function toCents(amount: string | number): number {
  const text = typeof amount === 'number' ? amount.toFixed(2) : amount.trim();
  const m = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(text);
  if (!m) throw new RangeError(`Not an amount in euros: ${JSON.stringify(amount)}`);
  const cents = Number(m[2]) * 100 + Number((m[3] ?? '').padEnd(2, '0'));
  return m[1] ? -cents : cents;
}

/** Cents back to euros as a number with at most two decimals. */
export function fromCents(cents: number): number {
  return Math.round(cents) / 100;
}

export interface BudgetLineAmounts {
  category: BudgetCategory;
  plannedEur: string | number;
  /** Null while nothing has been booked on the line. */
  actualEur: string | number | null;
}

export interface BudgetSide {
  planned: number;
  actual: number;
}

export interface BudgetTotals {
  income: BudgetSide;
  cost: BudgetSide;
  /** Income minus cost, planned and actual. */
  balance: BudgetSide;
  /** Actual minus planned per category that has a line. */
  byCategory: { category: BudgetCategory; direction: BudgetDirection; planned: number; actual: number; difference: number }[];
}

/** Totals of a budget's lines, in euros, summed in cents so 0.1 + 0.2 stays 0.30. */
export function budgetTotals(lines: readonly BudgetLineAmounts[]): BudgetTotals {
  const per = new Map<BudgetCategory, { planned: number; actual: number }>();
  for (const l of lines) {
    const c = per.get(l.category) ?? { planned: 0, actual: 0 };
    c.planned += toCents(l.plannedEur);
    c.actual += l.actualEur === null ? 0 : toCents(l.actualEur);
    per.set(l.category, c);
  }
  const side = (d: BudgetDirection) => {
    let planned = 0;
    let actual = 0;
    for (const [k, v] of per) {
      if (BUDGET_CATEGORIES[k] !== d) continue;
      planned += v.planned;
      actual += v.actual;
    }
    return { planned, actual };
  };
  const income = side('income');
  const cost = side('cost');
  return {
    income: { planned: fromCents(income.planned), actual: fromCents(income.actual) },
    cost: { planned: fromCents(cost.planned), actual: fromCents(cost.actual) },
    balance: { planned: fromCents(income.planned - cost.planned), actual: fromCents(income.actual - cost.actual) },
    byCategory: BUDGET_CATEGORY_KEYS.filter((k) => per.has(k)).map((k) => {
      const v = per.get(k)!;
      return { category: k, direction: BUDGET_CATEGORIES[k], planned: fromCents(v.planned), actual: fromCents(v.actual), difference: fromCents(v.actual - v.planned) };
    }),
  };
}
export * from './knowledge';
