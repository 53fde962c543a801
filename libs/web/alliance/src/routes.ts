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
        // The applications to join: the secretariat's administrator (the API refuses anyone else, the page says so).
        { path: 'aanmeldingen', canActivate: [roleGuard('administrator')], loadComponent: () => import('./pages/applications.page').then((m) => m.ApplicationsPage) },
      ],
    },
  ];
}

/** Where the shell mounts the public alliance pages (no account): the showcase of consented example projects and the join form. */
export const PUBLIC_SHOWCASE_PATH = 'voorbeelden';
export const JOIN_ALLIANCE_PATH = 'partner-worden';

/** The public alliance pages, each its own lazy chunk; the shell puts them before its sign-in guard. */
export function publicAllianceRoutes(): Routes {
  return [
    { path: PUBLIC_SHOWCASE_PATH, loadComponent: () => import('./pages/public-showcases.page').then((m) => m.PublicShowcasesPage) },
    { path: JOIN_ALLIANCE_PATH, loadComponent: () => import('./pages/join.page').then((m) => m.JoinAlliancePage) },
  ];
}
