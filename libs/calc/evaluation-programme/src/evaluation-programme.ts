import { defineCalculator } from '@koers/calc-sdk';
import type { MeasuredBy, Questionnaire } from '@koers/reference-data';
import { z } from 'zod';

export const EVALUATION_PROGRAMME_ID = 'evaluation.programme';
export const EVALUATION_PROGRAMME_VERSION = '0.1.0';

/** The dimensions every item's share is broken down by. */
export const DIMENSIONS = ['group', 'municipality', 'year', 'step', 'programmeLine'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

/** z for a two-sided 95% interval, as used in the hand calculations of the golden cases. */
export const Z95 = 1.96;

const MEASURES = ['footprint.green-electricity', 'action-plan.done:energy', 'action-plan.done:mobility', 'action-plan.done:waste'] as const satisfies readonly MeasuredBy[];
const text = z.object({ nl: z.string(), en: z.string() });

const invitationSchema = z
  .object({
    /** One invitation per participant and survey (any stable id). */
    id: z.string().min(1),
    /** The cohort or group the participant finished (its name). */
    group: z.string().min(1),
    municipality: z.string().min(1).nullable(),
    year: z.number().int().min(1990).max(2100),
    step: z.string().min(1),
    programmeLine: z.string().min(1).nullable(),
    /** null: not answered (counts for the response rate only). */
    answers: z.array(z.object({ item: z.string().min(1), value: z.number().int().min(1).max(5).nullable() }).strict()).nullable(),
    /** What the platform measured for this participant's organisation; null or absent = not known. */
    measured: z.partialRecord(z.enum(MEASURES), z.boolean().nullable()).optional(),
  })
  .strict();

export const evaluationInputSchema = z
  .object({
    questionnaireId: z.string().regex(/^evaluation\.questionnaire\.v\d+$/, 'a questionnaire id such as evaluation.questionnaire.v1'),
    /** Questions the partner added to the core, asked on the same agree scale. */
    partnerItems: z.array(z.object({ key: z.string().regex(/^partner\.[a-z0-9-]+$/, 'partner item keys start with "partner."'), text }).strict()).default([]),
    invitations: z.array(invitationSchema),
  })
  .strict()
  .superRefine((input, ctx) => {
    const seen = new Map<string, number>();
    input.invitations.forEach((inv, i) => {
      if (seen.has(inv.id)) ctx.addIssue({ code: 'custom', path: ['invitations', i, 'id'], message: `duplicate invitation "${inv.id}" (first at invitations.${seen.get(inv.id)})` });
      else seen.set(inv.id, i);
      const items = new Set<string>();
      inv.answers?.forEach((a, j) => {
        if (items.has(a.item)) ctx.addIssue({ code: 'custom', path: ['invitations', i, 'answers', j, 'item'], message: `duplicate answer for "${a.item}"` });
        items.add(a.item);
      });
    });
    const keys = new Set<string>();
    input.partnerItems.forEach((p, i) => {
      if (keys.has(p.key)) ctx.addIssue({ code: 'custom', path: ['partnerItems', i, 'key'], message: `duplicate partner item "${p.key}"` });
      keys.add(p.key);
    });
  });
export type EvaluationInput = z.infer<typeof evaluationInputSchema>;

const interval = z.object({ lowPercent: z.number(), highPercent: z.number() });
const cell = { n: z.number().int(), agree: z.number().int(), sharePercent: z.number().nullable(), interval95: interval.nullable() };
const byValue = (shape: z.ZodRawShape) => z.array(z.object({ value: z.string().nullable(), ...shape }));
const rate = { invited: z.number().int(), answered: z.number().int(), ratePercent: z.number().nullable() };

export const evaluationOutputSchema = z.object({
  plugin: z.object({ id: z.string(), version: z.string() }),
  questionnaire: z.object({ id: z.string(), version: z.number().int() }),
  method: z.object({ agreeFrom: z.number().int(), interval: z.string(), z: z.number() }),
  ...rate,
  responseRates: z.object(Object.fromEntries(DIMENSIONS.map((d) => [d, byValue(rate)])) as Record<Dimension, ReturnType<typeof byValue>>),
  items: z.array(
    z.object({
      key: z.string(),
      text,
      origin: z.enum(['core', 'partner']),
      frieslandPercent: z.number().nullable(),
      ...cell,
      by: z.object(Object.fromEntries(DIMENSIONS.map((d) => [d, byValue(cell)])) as Record<Dimension, ReturnType<typeof byValue>>),
      measured: z.object({ by: z.string(), n: z.number().int(), yes: z.number().int(), sharePercent: z.number().nullable(), interval95: interval.nullable() }).nullable(),
    }),
  ),
});
export type EvaluationOutput = z.infer<typeof evaluationOutputSchema>;

/** Half away from zero to one decimal (percentages as shown). */
const round1 = (x: number) => Math.sign(x) * Math.round(Math.abs(x) * 10 + 1e-9) / 10;
const pct = (part: number, whole: number) => (whole === 0 ? null : round1((100 * part) / whole));

/**
 * Wilson score interval for k successes in n at z: centre (p + z²/2n) / (1 + z²/n),
 * half-width z / (1 + z²/n) * sqrt(p(1 - p)/n + z²/4n²). Unlike p ± z·se it stays
 * within 0..100% and is not zero-width for 0 or n of n.
 */
export function wilson(k: number, n: number, z = Z95): { lowPercent: number; highPercent: number } | null {
  if (n === 0) return null;
  const p = k / n;
  const z2 = z * z;
  const denom = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denom;
  const half = (z / denom) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return { lowPercent: round1(100 * Math.max(0, centre - half)), highPercent: round1(100 * Math.min(1, centre + half)) };
}

const valueOf = (inv: EvaluationInput['invitations'][number], d: Dimension): string | null => (d === 'year' ? String(inv.year) : inv[d]);
const order = (a: string | null, b: string | null) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : a.localeCompare(b, 'nl'));

function groupBy<T>(xs: readonly T[], key: (x: T) => string | null): [string | null, T[]][] {
  const m = new Map<string | null, T[]>();
  for (const x of xs) {
    const k = key(x);
    const list = m.get(k);
    if (list) list.push(x);
    else m.set(k, [x]);
  }
  return [...m.entries()].sort((a, b) => order(a[0], b[0]));
}

/**
 * The programme's evaluation figures from the survey: per item the share
 * agreeing (value >= the scale's agreeFrom) overall and by group, municipality,
 * year, step and programme line, each with n, and a Wilson 95% interval; the
 * response rate (answered / invited) by the same dimensions; and where the
 * platform measured the same thing, the measured share among the same
 * respondents beside the reported one.
 */
export const evaluationProgramme = defineCalculator({
  id: EVALUATION_PROGRAMME_ID,
  version: EVALUATION_PROGRAMME_VERSION,
  title: { nl: 'Evaluatie van het programma', en: 'Programme evaluation' },
  referenceData: ['evaluation.questionnaire.*'],
  inputSchema: evaluationInputSchema,
  outputSchema: evaluationOutputSchema,
  compute: (input, ctx): EvaluationOutput => {
    const q = ctx.reference<Questionnaire>(input.questionnaireId);
    const agreeFrom = q.scale.agreeFrom;
    const items = [
      ...q.items.map((i) => ({ key: i.key, text: i.text, origin: 'core' as const, frieslandPercent: i.friesland?.sharePercent ?? null, measuredBy: i.measuredBy ?? null })),
      ...input.partnerItems.map((p) => ({ key: p.key, text: p.text, origin: 'partner' as const, frieslandPercent: null, measuredBy: null })),
    ];
    const known = new Set(items.map((i) => i.key));
    input.invitations.forEach((inv, i) =>
      inv.answers?.forEach((a, j) => {
        if (!known.has(a.item)) throw new Error(`invitations.${i}.answers.${j}.item: "${a.item}" is not an item of ${q.id} or the partner's items`);
      }),
    );
    const answered = input.invitations.filter((inv) => inv.answers !== null);
    const rateOf = (xs: EvaluationInput['invitations']) => {
      const a = xs.filter((x) => x.answers !== null).length;
      return { invited: xs.length, answered: a, ratePercent: pct(a, xs.length) };
    };
    const cellOf = (xs: EvaluationInput['invitations'], key: string) => {
      let n = 0;
      let agree = 0;
      for (const x of xs) {
        const v = x.answers?.find((a) => a.item === key)?.value;
        if (v === undefined || v === null) continue;
        n++;
        if (v >= agreeFrom) agree++;
      }
      return { n, agree, sharePercent: pct(agree, n), interval95: wilson(agree, n) };
    };
    const dims = <T>(xs: EvaluationInput['invitations'], f: (ys: EvaluationInput['invitations']) => T) =>
      Object.fromEntries(DIMENSIONS.map((d) => [d, groupBy(xs, (x) => valueOf(x, d)).map(([value, ys]) => ({ value, ...f(ys) }))])) as Record<Dimension, ({ value: string | null } & T)[]>;

    return {
      plugin: { id: EVALUATION_PROGRAMME_ID, version: EVALUATION_PROGRAMME_VERSION },
      questionnaire: { id: q.id, version: q.version },
      method: { agreeFrom, interval: 'Wilson score interval, 95% (z = 1.96)', z: Z95 },
      ...rateOf(input.invitations),
      responseRates: dims(input.invitations, rateOf),
      items: items.map((item) => {
        const c = cellOf(answered, item.key);
        let measured: EvaluationOutput['items'][number]['measured'] = null;
        if (item.measuredBy) {
          const by = item.measuredBy;
          const same = answered.filter((x) => {
            const v = x.answers?.find((a) => a.item === item.key)?.value;
            return v !== undefined && v !== null && typeof x.measured?.[by] === 'boolean';
          });
          const yes = same.filter((x) => x.measured?.[by] === true).length;
          measured = { by, n: same.length, yes, sharePercent: pct(yes, same.length), interval95: wilson(yes, same.length) };
        }
        return { key: item.key, text: item.text, origin: item.origin, frieslandPercent: item.frieslandPercent, ...c, by: dims(answered, (ys) => cellOf(ys, item.key)), measured };
      }),
    };
  },
});
