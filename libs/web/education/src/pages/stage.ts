import type { EducationStudent } from '@koers/web-api-client';

const ORDER = ['done', 'follow_up', 'scan', 'consent', 'declined'] as const;

/** How far a student got: its furthest internship ('consent' with none yet). */
export function studentStage(s: EducationStudent): (typeof ORDER)[number] {
  for (const stage of ORDER) if (s.internships.some((i) => i.stage === stage)) return stage;
  return 'consent';
}
