/** The dashboard's breakdowns (issue 13 item 9: per line, step, region and year); each is a dimension of evaluation.programme too. */
export const DASHBOARD_DIMENSIONS = ['programmeLine', 'step', 'municipality', 'year'] as const;
export type DashboardDimension = (typeof DASHBOARD_DIMENSIONS)[number];

export const DIMENSION_LABELS: Record<DashboardDimension, { nl: string; en: string }> = {
  programmeLine: { nl: 'Programmalijn', en: 'Programme line' },
  step: { nl: 'Stap', en: 'Step' },
  municipality: { nl: 'Gemeente', en: 'Municipality' },
  year: { nl: 'Jaar', en: 'Year' },
};
