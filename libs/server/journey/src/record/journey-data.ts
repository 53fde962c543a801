import { FINANCING_KIND_LABELS, FINANCING_STATUS_LABELS, JOURNEY_PARTS, STEP_PARTS, STEPS, WITHDRAWN_PHASE, type FinancingKind, type FinancingStatus, type FunnelStage, type JourneyPart, type LeadSource, type StepKey } from '@koers/domain';
import type { EntityManager } from 'typeorm';
import type { FinancingView } from './record.dto';

/**
 * The rows of one company's journey a reader may see, read in one go inside
 * `Db.sharedRead` (row-level security decides: the reader's own partner's
 * rows, the parts the company consented to, and for the company itself its
 * rows at every partner). Plain rows; the services shape them into views.
 */
export interface JourneyRows {
  enrolments: EnrolmentRow[];
  leads: { id: string; partner_id: string; source: LeadSource; contacted_on: string; note: string }[];
  profiles: { id: string; partner_id: string; version: number; year: number; published_at: Date | null; content: unknown }[];
  results: ResultRow[];
  actionItems: { id: string; partner_id: string; title: string; owner: string; due_on: string; status: string; expected_kg_co2e: string | null; expected_cost_eur: string | null }[];
  certificates: { id: string; partner_id: string; number: string | null; status: string; awarded_on: string | null; valid_until: string | null }[];
  outcomes: {
    enrolment_id: string; partner_id: string; group_name: string | null; ambition: string | null; r_ladder: string | null; fields: unknown[]; chain_partners: unknown[]; opportunities: unknown[];
    updated_at: Date; intake_at: Date | null;
  }[];
  followUps: { id: string; partner_id: string; outcome: string | null; help_needed: string[]; recorded_at: Date | null }[];
  financing: FinancingRow[];
  students: { id: string; partner_id: string; task: string; status: string; created_at: Date; student_name: string | null; institution: string | null }[];
}

export interface EnrolmentRow {
  id: string; partner_id: string; group_id: string; role: string; phase: string; phase_reached_at: Date; joined_at: Date;
  step: StepKey; group_name: string | null; group_status: string | null; group_closed_at: Date | null;
}

export interface ResultRow {
  id: string; partner_id: string; plugin_id: string; plugin_version: string; reference_set: string | null; reference_version: string; computed_at: Date | null; year: number | null; output: unknown;
}

export interface FinancingRow {
  id: string; partner_id: string; kind: FinancingKind; status: FinancingStatus; provider: string; amount_eur: string | null; applied_on: string; decided_on: string | null; note: string;
}

export const PROFILE_PLUGINS = ['footprint.ghg', 'iso26000.scan'];
export const CHAIN_PLUGINS = ['chain.impact', 'circularity.cti'];

/** Reads the journey rows of `organisationId`; run inside Db.sharedRead. Only the newest succeeded result per partner, calculator and year. */
export async function readJourneyRows(em: EntityManager, organisationId: string): Promise<JourneyRows> {
  // One after the other: they share the request's connection.
  const q = <T>(sql: string): Promise<T[]> => em.query(sql, [organisationId]);
  const enrolments = await q<EnrolmentRow>(
      `select e.id, e.partner_id, e.group_id, e.role, e.phase, e.phase_reached_at, e.joined_at, coalesce(g.step, koers_group_step(e.group_id)) as step,
              g.name as group_name, g.status as group_status, g.closed_at as group_closed_at
         from enrolment e left join programme_group g on g.id = e.group_id
        where e.organisation_id = $1 order by e.joined_at, e.id`,
  );
  const leads = await q<JourneyRows['leads'][number]>(`select id, partner_id, source, contacted_on::text as contacted_on, note from journey_lead where organisation_id = $1 order by contacted_on, id`);
  const profiles = await q<JourneyRows['profiles'][number]>(
      `select id, partner_id, version, year, published_at, content from sustainability_profile where organisation_id = $1 and status = 'published' order by year, version`,
  );
  const results = await q<ResultRow>(
      `select distinct on (r.partner_id, r.plugin_id, year) r.id, r.partner_id, r.plugin_id, r.plugin_version, r.reference_set, r.reference_version, r.computed_at, r.output,
              coalesce((r.output->>'year')::int, i.year, extract(year from r.computed_at)::int) as year
         from calculation_result r left join calculation_input i on i.id = r.input_id
        where r.organisation_id = $1 and r.status = 'succeeded' and r.plugin_id in ('${[...PROFILE_PLUGINS, ...CHAIN_PLUGINS].join("', '")}')
        order by r.partner_id, r.plugin_id, year, r.computed_at desc nulls last, r.created_at desc`,
  );
  const actionItems = await q<JourneyRows['actionItems'][number]>(
      `select id, partner_id, title, owner, due_on::text as due_on, status, expected_kg_co2e, expected_cost_eur from action_plan_item where organisation_id = $1 order by due_on, title`,
  );
  const certificates = await q<JourneyRows['certificates'][number]>(
      `select id, partner_id, number, status, awarded_on::text as awarded_on, valid_until::text as valid_until from csr_certificate
        where organisation_id = $1 and status in ('awarded', 'expired', 'revoked') order by awarded_on`,
  );
  const outcomes = await q<JourneyRows['outcomes'][number]>(
      `select o.enrolment_id, o.partner_id, g.name as group_name, o.ambition, o.r_ladder, o.fields, o.chain_partners, o.opportunities, o.updated_at, o.intake_at
         from masterclass_outcome o left join programme_group g on g.id = o.group_id where o.organisation_id = $1 order by o.updated_at`,
  );
  const followUps = await q<JourneyRows['followUps'][number]>(`select id, partner_id, outcome, help_needed, recorded_at from follow_up_task where organisation_id = $1 and status = 'done' order by recorded_at`);
  const financing = await q<FinancingRow>(
      `select id, partner_id, kind, status, provider, amount_eur, applied_on::text as applied_on, decided_on::text as decided_on, note from financing_step where organisation_id = $1 order by applied_on, created_at`,
  );
  const students = await q<JourneyRows['students'][number]>(
      `select a.id, a.partner_id, a.task, a.status, a.created_at, s.name as student_name, s.institution
         from student_assignment a left join student s on s.id = a.student_id where a.organisation_id = $1 order by a.created_at`,
  );
  return { enrolments, leads, profiles, results, actionItems, certificates, outcomes, followUps, financing, students };
}

export const isChainEnrolment = (e: EnrolmentRow) => e.step === 'chain';

/** The partners whose rows of each part the reader sees (the record itself is held by the partners the company takes part with). */
export function partHolders(rows: JourneyRows, recordHolders: string[]): Record<JourneyPart, Set<string>> {
  const ids = (list: { partner_id: string }[]) => new Set(list.map((r) => r.partner_id));
  return {
    organisation: new Set(recordHolders),
    profile_footprint: ids([...rows.profiles, ...rows.results.filter((r) => PROFILE_PLUGINS.includes(r.plugin_id))]),
    action_plan: ids(rows.actionItems),
    certificate: ids(rows.certificates),
    masterclass_outcome: ids(rows.outcomes),
    chain_results: ids([...rows.enrolments.filter(isChainEnrolment), ...rows.results.filter((r) => CHAIN_PLUGINS.includes(r.plugin_id))]),
  };
}

/** A step's enrolment: still running (not final, not withdrawn, group not closed) or finished (the step's final phase, or its group closed). */
export type EnrolmentFacts = Pick<EnrolmentRow, 'step' | 'phase' | 'group_status'>;

export function enrolmentState(e: EnrolmentFacts): { active: boolean; finished: boolean; withdrawn: boolean } {
  const def = STEPS[e.step];
  const withdrawn = e.phase === WITHDRAWN_PHASE;
  const finished = !withdrawn && (e.phase === def.finalPhase || e.group_status === 'closed');
  return { active: !withdrawn && !finished, finished, withdrawn };
}

/** The stage worked out from what is seen, when nobody set one: taking part, implementing after a finished step, interested with only a lead. */
export function derivedStage(enrolments: EnrolmentFacts[], hasLead: boolean): FunnelStage {
  const states = enrolments.map(enrolmentState);
  if (states.some((s) => s.active)) return 'taking_part';
  if (states.some((s) => s.finished)) return 'implementing';
  return hasLead ? 'interested' : 'unknown';
}

/** Which parts a step's enrolment shows to a partner that does not run it. */
export const stepParts = (step: StepKey): readonly JourneyPart[] => STEP_PARTS[step] ?? [];

export function isJourneyPart(value: unknown): value is JourneyPart {
  return typeof value === 'string' && (JOURNEY_PARTS as readonly string[]).includes(value);
}

export function financingView(r: FinancingRow, partnerName: string): FinancingView {
  return {
    id: r.id, partnerId: r.partner_id, partnerName, kind: r.kind, kindLabel: FINANCING_KIND_LABELS[r.kind], provider: r.provider,
    amountEur: r.amount_eur === null ? null : Number(r.amount_eur), status: r.status, statusLabel: FINANCING_STATUS_LABELS[r.status],
    appliedOn: r.applied_on, decidedOn: r.decided_on, note: r.note,
  };
}
