import { defineCalculator } from '@koers/calc-sdk';
import { ISO26000_ISSUE_IDS, ISO26000_STRUCTURE_ID, type Iso26000Structure } from '@koers/reference-data';
import { z } from 'zod';

export const ISO26000_SCAN_ID = 'iso26000.scan';
export const ISO26000_SCAN_VERSION = '1.0.0';

const knownIssues = new Set(ISO26000_ISSUE_IDS);

const answerSchema = z.union([
  z.object({ issueId: z.string(), maturity: z.number().int().min(0).max(4) }).strict(),
  z.object({ issueId: z.string(), notRelevant: z.literal(true), reason: z.string().trim().min(1, 'a reason is required when an issue is not relevant') }).strict(),
]);

export const iso26000InputSchema = z
  .object({ answers: z.array(answerSchema) })
  .superRefine(({ answers }, ctx) => {
    const firstIndex = new Map<string, number>();
    answers.forEach((a, i) => {
      if (!knownIssues.has(a.issueId)) {
        ctx.addIssue({ code: 'custom', path: ['answers', i, 'issueId'], message: `unknown ISO 26000 issue id "${a.issueId}"` });
      } else if (firstIndex.has(a.issueId)) {
        ctx.addIssue({ code: 'custom', path: ['answers', i, 'issueId'], message: `duplicate answer for "${a.issueId}" (first at answers.${firstIndex.get(a.issueId)})` });
      } else firstIndex.set(a.issueId, i);
    });
  });
export type Iso26000Input = z.infer<typeof iso26000InputSchema>;

const text = z.object({ nl: z.string(), en: z.string() });
const ranked = z.object({ issueId: z.string(), coreSubjectId: z.string(), name: text, maturity: z.number(), percent: z.number() });

export const iso26000OutputSchema = z.object({
  plugin: z.object({ id: z.string(), version: z.string() }),
  coreSubjects: z.array(
    z.object({
      id: z.string(),
      name: text,
      scorePercent: z.number().nullable(),
      issues: z.number().int(),
      answered: z.number().int(),
      notRelevant: z.number().int(),
      missing: z.array(z.string()),
    }),
  ),
  overallPercent: z.number().nullable(),
  strongest: z.array(ranked),
  weakest: z.array(ranked),
  missing: z.record(z.string(), z.array(z.string())),
  complete: z.boolean(),
});
export type Iso26000Output = z.infer<typeof iso26000OutputSchema>;

const percent = (maturity: number) => (maturity / 4) * 100;
const round1 = (x: number) => Math.round(x * 10) / 10;
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

/**
 * Maturity 0..4 per issue -> 0..100 % per core subject (mean of relevant answered
 * issues) and overall (mean of subjects with answers). Missing answers are listed,
 * never counted as zero; "not relevant" issues are answered but not scored.
 */
export const iso26000Scan = defineCalculator({
  id: ISO26000_SCAN_ID,
  version: ISO26000_SCAN_VERSION,
  title: { nl: 'ISO 26000-scan', en: 'ISO 26000 scan' },
  referenceData: [ISO26000_STRUCTURE_ID],
  inputSchema: iso26000InputSchema,
  outputSchema: iso26000OutputSchema,
  compute: (input, ctx): Iso26000Output => {
    const structure = ctx.reference<Iso26000Structure>(ISO26000_STRUCTURE_ID);
    const byIssue = new Map(input.answers.map((a) => [a.issueId, a]));
    const scored: z.infer<typeof ranked>[] = [];
    const missing: Record<string, string[]> = {};

    const coreSubjects = structure.coreSubjects.map((subject) => {
      const maturities: number[] = [];
      let notRelevant = 0;
      const subjectMissing: string[] = [];
      for (const issue of subject.issues) {
        const a = byIssue.get(issue.id);
        if (!a) subjectMissing.push(issue.id);
        else if ('notRelevant' in a) notRelevant++;
        else {
          maturities.push(a.maturity);
          scored.push({ issueId: issue.id, coreSubjectId: subject.id, name: issue.name, maturity: a.maturity, percent: percent(a.maturity) });
        }
      }
      missing[subject.id] = subjectMissing;
      return {
        id: subject.id,
        name: subject.name,
        scorePercent: maturities.length ? round1(percent(mean(maturities))) : null,
        rawPercent: maturities.length ? percent(mean(maturities)) : null,
        issues: subject.issues.length,
        answered: subject.issues.length - subjectMissing.length,
        notRelevant,
        missing: subjectMissing,
      };
    });

    const withScores = coreSubjects.flatMap((s) => (s.rawPercent === null ? [] : [s.rawPercent]));
    // Stable sorts keep structure order for ties, so results do not depend on answer order.
    const strongest = [...scored].sort((a, b) => b.maturity - a.maturity).slice(0, 3);
    const weakest = [...scored].sort((a, b) => a.maturity - b.maturity).slice(0, 3);
    return {
      plugin: { id: ISO26000_SCAN_ID, version: ISO26000_SCAN_VERSION },
      coreSubjects: coreSubjects.map(({ rawPercent: _raw, ...s }) => s),
      overallPercent: withScores.length ? round1(mean(withScores)) : null,
      strongest,
      weakest,
      missing,
      complete: Object.values(missing).every((m) => m.length === 0),
    };
  },
});
