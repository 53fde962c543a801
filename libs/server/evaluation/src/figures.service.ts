import { Injectable } from '@nestjs/common';
import { stableHash } from '@koers/calc-sdk';
import { EVALUATION_PROGRAMME_ID, EVALUATION_PROGRAMME_VERSION, type EvaluationInput } from '@koers/calc-evaluation-programme';
import { CURRENT_EVALUATION_QUESTIONNAIRE, getMeasure } from '@koers/reference-data';
import { Db, EvaluationRun, nameEntity, type SurveyAnswer, type SurveyPartnerItem } from '@koers/server-db';
import { JobQueue } from '@koers/server-queue';
import type { EvaluationFiguresView } from './evaluation.dto';

nameEntity('EvaluationRun', { nl: 'Evaluatieberekening', en: 'Evaluation run' });

const GREEN = new Set(['green-nl', 'green-eu']);
const THEMES = ['energy', 'mobility', 'waste'] as const;

export const computeJobId = (runId: string) => `evaluation-compute-${runId}`;

interface Row {
  invitation_id: string; organisation_id: string; group_name: string; municipality: string | null; year: number; step: string; programme_line: string | null;
  answers: SurveyAnswer[] | null; partner_items: SurveyPartnerItem[];
}

/**
 * The programme's figures: the answers of the partner's closed groups' surveys
 * (of the current questionnaire version) with what the platform measured for
 * the same organisations, stored as an evaluation run and computed by the
 * worker with evaluation.programme; never inline.
 */
@Injectable()
export class FiguresService {
  constructor(
    private readonly db: Db,
    private readonly jobs: JobQueue,
  ) {}

  async run(): Promise<EvaluationFiguresView> {
    const em = this.db.em;
    const questionnaire = CURRENT_EVALUATION_QUESTIONNAIRE;
    const rows: Row[] = await em.query(
      `select i.id as invitation_id, i.organisation_id, g.name as group_name, o.municipality, extract(year from g.closed_at)::int as year, g.step, g.programme_line,
              r.answers, s.partner_items
       from evaluation_invitation i
       join evaluation_survey s on s.id = i.survey_id
       join programme_group g on g.id = s.group_id
       join organisation o on o.id = i.organisation_id
       left join evaluation_response r on r.invitation_id = i.id
       where s.questionnaire_id = $1 and g.status = 'closed'
       order by i.id`,
      [questionnaire.id],
    );
    const orgs = [...new Set(rows.map((r) => r.organisation_id))];
    const measured = await this.measured(orgs);
    const partnerItems = new Map<string, SurveyPartnerItem>();
    for (const r of rows) for (const p of r.partner_items) if (!partnerItems.has(p.key)) partnerItems.set(p.key, p);
    const input: EvaluationInput = {
      questionnaireId: questionnaire.id,
      partnerItems: [...partnerItems.values()].sort((a, b) => a.key.localeCompare(b.key)),
      invitations: rows.map((r) => ({
        id: r.invitation_id, group: r.group_name, municipality: r.municipality, year: r.year, step: r.step, programmeLine: r.programme_line,
        answers: r.answers, measured: measured.get(r.organisation_id) ?? {},
      })),
    };
    const inputHash = stableHash(input);
    const { partnerId, userId } = this.db.tenant;
    await em.query(
      `insert into evaluation_run (id, partner_id, plugin_id, plugin_version, questionnaire_id, input, input_hash, requested_by)
       values ($1, $2, $3, $4, $5, $6, $7, $8) on conflict (partner_id, plugin_version, input_hash) do nothing`,
      [this.db.newId(), partnerId, EVALUATION_PROGRAMME_ID, EVALUATION_PROGRAMME_VERSION, questionnaire.id, JSON.stringify(input), inputHash, userId],
    );
    const run = await em.findOneOrFail(EvaluationRun, { where: { partnerId, pluginVersion: EVALUATION_PROGRAMME_VERSION, inputHash } });
    // The same answers and version as a finished run: nothing to compute.
    if (run.status === 'pending') await this.jobs.add('evaluation.compute', { runId: run.id }, { jobId: computeJobId(run.id) });
    return toView(run);
  }

  async get(id: string): Promise<EvaluationFiguresView> {
    return toView(await this.db.findOwned(EvaluationRun, id));
  }

  /**
   * Per organisation: a green electricity contract in its newest footprint input
   * at this partner (null without electricity in it), and per measure theme whether
   * an action-plan item of that theme is done (null without action-plan items).
   */
  private async measured(orgs: string[]): Promise<Map<string, NonNullable<EvaluationInput['invitations'][number]['measured']>>> {
    const out = new Map<string, NonNullable<EvaluationInput['invitations'][number]['measured']>>();
    if (!orgs.length) return out;
    const footprints: { organisation_id: string; input: { activities?: { type: string; contract?: string }[] } }[] = await this.db.em.query(
      `select distinct on (organisation_id) organisation_id, input from calculation_input
       where plugin_id = 'footprint.ghg' and organisation_id = any($1::uuid[]) order by organisation_id, year desc, submitted_at desc`,
      [orgs],
    );
    const items: { organisation_id: string; measure_id: string | null; status: string }[] = await this.db.em.query(
      `select organisation_id, measure_id, status from action_plan_item where organisation_id = any($1::uuid[]) and status <> 'dropped'`,
      [orgs],
    );
    for (const org of orgs) {
      const m: NonNullable<EvaluationInput['invitations'][number]['measured']> = {};
      const electricity = footprints.find((f) => f.organisation_id === org)?.input.activities?.filter((a) => a.type === 'electricity') ?? [];
      m['footprint.green-electricity'] = electricity.length ? electricity.some((a) => GREEN.has(a.contract ?? '')) : null;
      const own = items.filter((i) => i.organisation_id === org);
      for (const theme of THEMES) {
        m[`action-plan.done:${theme}`] = own.length ? own.some((i) => i.status === 'done' && i.measure_id !== null && getMeasure(i.measure_id)?.theme === theme) : null;
      }
      out.set(org, m);
    }
    return out;
  }
}

function toView(run: EvaluationRun): EvaluationFiguresView {
  const input = run.input as unknown as EvaluationInput;
  return {
    id: run.id,
    status: run.status,
    source: {
      questionnaireId: run.questionnaireId,
      questionnaireVersion: Number(run.questionnaireId.replace(/^.*\.v/, '')),
      pluginId: run.pluginId,
      pluginVersion: run.pluginVersion,
      surveys: new Set(input.invitations.map((i) => i.group)).size,
      invited: input.invitations.length,
      answered: input.invitations.filter((i) => i.answers !== null).length,
      inputHash: run.inputHash,
    },
    output: run.output,
    error: run.error,
    computedAt: run.computedAt ? run.computedAt.toISOString() : null,
  };
}
