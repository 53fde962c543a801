import { inject } from '@angular/core';
import type { Routes } from '@angular/router';
import { ProgrammeApi } from '@koers/web-api-client';
import { AuthService, roleGuard } from '@koers/web-auth';
import { provideInvitationLanding } from '@koers/web-programme';
import { STEP } from './step';
import { masterclassTexts } from './texts';

const ORGANISERS = ['administrator', 'coordinator'] as const;
const STAFF = ['administrator', 'coordinator', 'adviser', 'analyst'] as const;

/**
 * The masterclass app's signed-in pages, each its own lazy chunk; the texts
 * come with the first page (Transloco scope `masterclass`).
 */
export function masterclassRoutes(): Routes {
  return [
    {
      path: '',
      providers: [masterclassTexts()],
      children: [
        { path: '', loadComponent: () => import('./pages/home/home.page').then((m) => m.MasterclassHomePage) },
        { path: 'regioscan', canActivate: [roleGuard(...STAFF)], loadComponent: () => import('./pages/scan/scan.page').then((m) => m.ScanPage) },
        { path: 'regioscan/:scanId', canActivate: [roleGuard(...STAFF)], loadComponent: () => import('./pages/scan/scan.page').then((m) => m.ScanPage) },
        { path: 'groepen/nieuw', canActivate: [roleGuard(...ORGANISERS)], loadComponent: () => import('./pages/masterclass-new/masterclass-new.page').then((m) => m.MasterclassNewPage) },
        { path: 'groepen/:masterclassId', canActivate: [roleGuard(...STAFF)], loadComponent: () => import('./pages/masterclass/masterclass.page').then((m) => m.MasterclassPage) },
        { path: 'groepen/:masterclassId/kansen', canActivate: [roleGuard(...STAFF)], loadComponent: () => import('./pages/opportunities/opportunities.page').then((m) => m.OpportunitiesPage) },
        { path: 'groepen/:masterclassId/deelnemers/:enrolmentId', loadComponent: () => import('./pages/outcome/outcome.page').then((m) => m.OutcomePage) },
        { path: 'voorstellen', canActivate: [roleGuard(...STAFF)], loadComponent: () => import('./pages/proposals/proposals.page').then((m) => m.ProposalsPage) },
      ],
    },
  ];
}

/**
 * Pages without sign-in: the invitation an invited company follows from its
 * mail (`/masterclass/uitnodiging/<token>`). The shell mounts them before its sign-in guard.
 */
export function masterclassPublicRoutes(): Routes {
  return [
    {
      path: 'uitnodiging/:token',
      // The programme core's landing page; accepting opens its intake and outcome page.
      providers: [provideInvitationLanding(STEP.key, () => ({ api: inject(ProgrammeApi), auth: inject(AuthService) }), ({ participantId, groupId }) => `/groepen/${encodeURIComponent(groupId)}/deelnemers/${encodeURIComponent(participantId)}`)],
      loadComponent: () => import('@koers/web-programme').then((m) => m.InvitationLandingPage),
    },
  ];
}
