import type { Routes } from '@angular/router';
import { roleGuard } from '@koers/web-auth';
import { allianceTexts } from './texts';

const STAFF = ['administrator', 'coordinator', 'adviser', 'analyst'] as const;

/** The alliance pages under the shell's `/alliantie` (staff only), each its own lazy chunk; the texts come with the first page (Transloco scope `alliance`). */
export function allianceRoutes(): Routes {
  return [
    {
      path: '',
      providers: [allianceTexts()],
      canActivate: [roleGuard(...STAFF)],
      children: [
        { path: '', loadComponent: () => import('./pages/overview.page').then((m) => m.AllianceOverviewPage) },
        { path: 'partners/:slug', loadComponent: () => import('./pages/contract.page').then((m) => m.ContractPage) },
        { path: 'platforms', loadComponent: () => import('./pages/platforms.page').then((m) => m.PlatformsPage) },
        { path: 'platforms/:platformId', loadComponent: () => import('./pages/platform.page').then((m) => m.PlatformPage) },
        { path: 'lijnen', loadComponent: () => import('./pages/lines.page').then((m) => m.LinesPage) },
        { path: 'pilots/:pilotId', loadComponent: () => import('./pages/pilot.page').then((m) => m.PilotPage) },
        { path: 'begrotingen', loadComponent: () => import('./pages/budgets.page').then((m) => m.BudgetsPage) },
        { path: 'begrotingen/:budgetId', loadComponent: () => import('./pages/budget.page').then((m) => m.BudgetPage) },
      ],
    },
  ];
}
