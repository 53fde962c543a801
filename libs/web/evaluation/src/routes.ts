import type { Routes } from '@angular/router';
import { roleGuard } from '@koers/web-auth';
import { evaluationTexts } from './texts';

/** Who sees the programme's figures: the API's figures roles (docs/evaluation.md). */
export const EVALUATION_ROLES = ['administrator', 'coordinator', 'analyst'] as const;

/** The programme-figures pages under the shell's `/programmacijfers`, each its own lazy chunk; the texts come with the first page (Transloco scope `evaluation`). */
export function evaluationRoutes(): Routes {
  return [
    {
      path: '',
      providers: [evaluationTexts()],
      canActivate: [roleGuard(...EVALUATION_ROLES)],
      children: [
        { path: '', loadComponent: () => import('./pages/dashboard.page').then((m) => m.DashboardPage) },
        { path: 'evaluatie', loadComponent: () => import('./pages/figures.page').then((m) => m.FiguresPage) },
        { path: 'vragen', loadComponent: () => import('./pages/questions.page').then((m) => m.QuestionsPage) },
      ],
    },
  ];
}
