/** The evaluation.programme output as the figures page reads it (the API documents it as an object: docs/evaluation.md). */
export interface Interval {
  lowPercent: number;
  highPercent: number;
}
export interface ShareCell {
  value: string | null;
  n: number;
  agree: number;
  sharePercent: number | null;
  interval95: Interval | null;
}
export interface RateCell {
  value: string | null;
  invited: number;
  answered: number;
  ratePercent: number | null;
}
export const FIGURE_DIMENSIONS = ['group', 'programmeLine', 'step', 'municipality', 'year'] as const;
export type FigureDimension = (typeof FIGURE_DIMENSIONS)[number];
export type Breakdown = 'overall' | FigureDimension;

export interface EvaluationItem {
  key: string;
  text: { nl: string; en: string };
  origin: 'core' | 'partner';
  frieslandPercent: number | null;
  n: number;
  agree: number;
  sharePercent: number | null;
  interval95: Interval | null;
  by: Record<FigureDimension, ShareCell[]>;
  measured: { by: string; n: number; yes: number; sharePercent: number | null; interval95: Interval | null } | null;
}

export interface EvaluationOutput {
  invited: number;
  answered: number;
  ratePercent: number | null;
  responseRates: Record<FigureDimension, RateCell[]>;
  items: EvaluationItem[];
}

/** The rows of one breakdown: overall is one row named by `overallLabel`. */
export function rowsOf(item: EvaluationItem, by: Breakdown): ShareCell[] {
  if (by === 'overall') return [{ value: null, n: item.n, agree: item.agree, sharePercent: item.sharePercent, interval95: item.interval95 }];
  return item.by[by] ?? [];
}
