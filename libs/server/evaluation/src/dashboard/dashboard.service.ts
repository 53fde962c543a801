import { Injectable } from '@nestjs/common';
import type { EvaluationOutput } from '@koers/calc-evaluation-programme';
import { PROGRAMME_LINE_LABELS, STEPS, type Bilingual, type ProgrammeLine, type StepKey } from '@koers/domain';
import { Db } from '@koers/server-db';
import type { DashboardDimension } from './dashboard-dimensions';
import type { DashboardItemView, DashboardRowView, DashboardShareView, DashboardView } from './dashboard.dto';

interface EnrolmentRow {
  enrolment_id: string;
  group_id: string;
  organisation_id: string;
  closed: boolean;
  withdrawn: boolean;
  step: string;
  programme_line: string | null;
  municipality: string | null;
  year: number;
}

type Rate = { value: string | null; invited: number; answered: number; ratePercent: number | null };
type Cell = { value: string | null; n: number; agree: number; sharePercent: number | null; interval95: { lowPercent: number; highPercent: number } | null };

interface RunRow {
  id: string;
  questionnaire_id: string;
  plugin_id: string;
  plugin_version: string;
  output: EvaluationOutput;
  computed_at: Date;
}

const UNKNOWN: Bilingual = { nl: 'Onbekend', en: 'Unknown' };
const TOTAL: Bilingual = { nl: 'Heel het programma', en: 'The whole programme' };

export const REACH_SOURCE: Bilingual = {
  nl: 'Groepen en inschrijvingen van alle stappen bij deze partner (programme_group, enrolment); jaar: van sluiten, anders van start; gemeente: van de organisatie',
  en: "Groups and enrolments of every step at this partner (programme_group, enrolment); year: of closing, else of start; municipality: the organisation's",
};
export const CO2_SOURCE: Bilingual = {
  nl: 'Gemeten: de nieuwste CO2-footprint (footprint.ghg, totaal) per organisatie; gereduceerd: de verwachte besparing van afgeronde maatregelen in het actieplan',
  en: 'Measured: the newest CO2 footprint (footprint.ghg, total) per organisation; reduced: the expected saving of action-plan measures marked done',
};

/** A breakdown value's key as evaluation.programme writes it (the year as text). */
const keyOf = (e: EnrolmentRow, by: DashboardDimension): string | null =>
  by === 'programmeLine' ? e.programme_line : by === 'step' ? e.step : by === 'municipality' ? e.municipality : String(e.year);

export function labelOf(by: DashboardDimension, value: string | null): Bilingual {
  if (value === null) return UNKNOWN;
  if (by === 'programmeLine') return PROGRAMME_LINE_LABELS[value as ProgrammeLine] ?? { nl: value, en: value };
  if (by === 'step') return STEPS[value as StepKey]?.name ?? { nl: value, en: value };
  return { nl: value, en: value };
}

const order = (a: string | null, b: string | null) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : a.localeCompare(b, 'nl'));
const emptyShare = (value: string | null): DashboardShareView => ({ value, n: 0, agree: 0, sharePercent: null, interval95: null });

/**
 * The programme's figures per programme line, step, municipality or year: what
 * the partner reached (groups, organisations, completed tracks), the CO2 the
 * platform measured and the reduction its action plans expect, and the
 * evaluation's response rate and share agreeing per item from the newest
 * finished evaluation run. One view; the CSV, Excel and PDF exports are written
 * from it, so they carry the same figures.
 */
@Injectable()
export class DashboardService {
  constructor(private readonly db: Db) {}

  async dashboard(by: DashboardDimension = 'programmeLine'): Promise<DashboardView> {
    const em = this.db.em;
    const enrolments: EnrolmentRow[] = await em.query(
      `select e.id as enrolment_id, g.id as group_id, e.organisation_id, g.status = 'closed' as closed, e.phase = 'withdrawn' as withdrawn,
              g.step, g.programme_line, o.municipality, extract(year from coalesce(g.closed_at at time zone 'Europe/Amsterdam', g.starts_on))::int as year
       from enrolment e join programme_group g on g.id = e.group_id join organisation o on o.id = e.organisation_id
       order by e.id`,
    );
    const orgs = [...new Set(enrolments.map((e) => e.organisation_id))];
    const footprints: { organisation_id: string; kg: number }[] = orgs.length
      ? await em.query(
          `select distinct on (r.organisation_id) r.organisation_id, (r.output->>'totalKgCO2e')::float8 as kg
           from calculation_result r join calculation_input i on i.id = r.input_id
           where r.plugin_id = 'footprint.ghg' and r.status = 'succeeded' and r.organisation_id = any($1::uuid[]) and r.output ? 'totalKgCO2e'
           order by r.organisation_id, i.year desc, r.computed_at desc nulls last`,
          [orgs],
        )
      : [];
    const footprint = new Map(footprints.map((f) => [f.organisation_id, Number(f.kg)]));
    const saved: { participant_id: string; kg: string }[] = enrolments.length
      ? await em.query(
          `select participant_id, sum(expected_kg_co2e)::text as kg from action_plan_item
           where status = 'done' and expected_kg_co2e is not null and participant_id = any($1::uuid[]) group by participant_id`,
          [enrolments.map((e) => e.enrolment_id)],
        )
      : [];
    const savedBy = new Map(saved.map((s) => [s.participant_id, Number(s.kg)]));
    const [run]: RunRow[] = await em.query(
      `select id, questionnaire_id, plugin_id, plugin_version, output, computed_at from evaluation_run
       where status = 'succeeded' and output is not null order by computed_at desc, created_at desc limit 1`,
    );
    const out = run?.output;
    const rates = (out?.responseRates[by] ?? []) as Rate[];

    const values = new Set<string | null>([...enrolments.map((e) => keyOf(e, by)), ...rates.map((r) => r.value)]);
    const ordered = [...values].sort(order);
    const reach = (value: string | null, xs: EnrolmentRow[], rate: { invited: number; answered: number; ratePercent: number | null } | undefined, label: Bilingual): DashboardRowView => {
      const orgsOf = [...new Set(xs.map((x) => x.organisation_id))];
      const measured = orgsOf.filter((o) => footprint.has(o));
      const savedKg = xs.filter((x) => savedBy.has(x.enrolment_id)).map((x) => savedBy.get(x.enrolment_id) ?? 0);
      return {
        value,
        label,
        groups: new Set(xs.map((x) => x.group_id)).size,
        closedGroups: new Set(xs.filter((x) => x.closed).map((x) => x.group_id)).size,
        reached: orgsOf.length,
        completed: xs.filter((x) => x.closed && !x.withdrawn).length,
        co2Organisations: measured.length,
        co2MeasuredKg: measured.length ? Math.round(measured.reduce((s, o) => s + (footprint.get(o) ?? 0), 0)) : null,
        co2ReducedKg: savedKg.length ? Math.round(savedKg.reduce((s, k) => s + k, 0)) : null,
        invited: rate?.invited ?? 0,
        answered: rate?.answered ?? 0,
        responseRatePercent: rate?.ratePercent ?? null,
      };
    };
    const rows = ordered.map((value) =>
      reach(
        value,
        enrolments.filter((e) => keyOf(e, by) === value),
        rates.find((r) => r.value === value),
        labelOf(by, value),
      ),
    );
    const total = reach(null, enrolments, out ? { invited: out.invited, answered: out.answered, ratePercent: out.ratePercent } : undefined, TOTAL);
    const items: DashboardItemView[] = (out?.items ?? []).map((item) => ({
      key: item.key,
      text: item.text,
      origin: item.origin,
      frieslandPercent: item.frieslandPercent,
      overall: { value: null, n: item.n, agree: item.agree, sharePercent: item.sharePercent, interval95: item.interval95 },
      rows: ordered.map((value) => {
        const cell = (item.by[by] as Cell[]).find((c) => c.value === value);
        return cell ? { value, n: cell.n, agree: cell.agree, sharePercent: cell.sharePercent, interval95: cell.interval95 } : emptyShare(value);
      }),
    }));
    return {
      by,
      rows,
      total,
      items,
      source: {
        reach: REACH_SOURCE,
        co2: CO2_SOURCE,
        evaluation: run
          ? {
              runId: run.id,
              questionnaireId: run.questionnaire_id,
              questionnaireVersion: Number(run.questionnaire_id.replace(/^.*\.v/, '')),
              pluginId: run.plugin_id,
              pluginVersion: run.plugin_version,
              computedAt: new Date(run.computed_at).toISOString(),
            }
          : null,
        readAt: new Date().toISOString(),
      },
    };
  }
}
