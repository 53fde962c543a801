import type { Routes } from '@angular/router';
import { roleGuard } from '@koers/web-auth';
import { journeyTexts } from './texts';

const STAFF = ['administrator', 'coordinator', 'adviser', 'analyst'] as const;

/** The journey pages under the shell's `/reis`, each its own lazy chunk; the texts come with the first page (Transloco scope `journey`). */
export function journeyRoutes(): Routes {
  return [
    {
      path: '',
      providers: [journeyTexts()],
      children: [
        { path: '', loadComponent: () => import('./pages/home.page').then((m) => m.JourneyHomePage) },
        { path: 'toestemming', canActivate: [roleGuard('participant')], loadComponent: () => import('./pages/consent.page').then((m) => m.ConsentPage) },
        { path: 'bedrijven', canActivate: [roleGuard(...STAFF)], loadComponent: () => import('./pages/companies.page').then((m) => m.CompaniesPage) },
        { path: 'bedrijven/:organisationId', canActivate: [roleGuard(...STAFF)], loadComponent: () => import('./pages/company.page').then((m) => m.CompanyJourneyPage) },
        { path: 'opvolging', canActivate: [roleGuard(...STAFF)], loadComponent: () => import('./pages/follow-up.page').then((m) => m.FollowUpPage) },
        { path: 'studenten', canActivate: [roleGuard(...STAFF)], loadComponent: () => import('./pages/students.page').then((m) => m.StudentsPage) },
        { path: 'trechter', canActivate: [roleGuard(...STAFF)], loadComponent: () => import('./pages/funnel.page').then((m) => m.FunnelPage) },
      ],
    },
  ];
}
