import { inject } from '@angular/core';
import type { Routes } from '@angular/router';
import { ProgrammeApi } from '@koers/web-api-client';
import { AuthService, roleGuard } from '@koers/web-auth';
import { provideInvitationLanding } from '@koers/web-programme';
import { STEP } from './step';
import { chainTexts } from './texts';

const ORGANISERS = ['administrator', 'coordinator'] as const;
const STAFF = ['administrator', 'coordinator', 'adviser', 'analyst'] as const;

/** The chain app's signed-in pages, each its own lazy chunk; the texts come with the first page (Transloco scope `chain`). */
export function chainRoutes(): Routes {
  return [
    {
      path: '',
      providers: [chainTexts()],
      children: [
        { path: '', loadComponent: () => import('./pages/home/home.page').then((m) => m.ChainHomePage) },
        { path: 'projecten/nieuw', canActivate: [roleGuard(...ORGANISERS)], loadComponent: () => import('./pages/project-new/project-new.page').then((m) => m.ProjectNewPage) },
        { path: 'projecten/:projectId', loadComponent: () => import('./pages/project/project.page').then((m) => m.ProjectPage) },
        { path: 'projecten/:projectId/stromen/:mapId', loadComponent: () => import('./pages/flow-map/flow-map.page').then((m) => m.FlowMapPage) },
        { path: 'sectorketens', canActivate: [roleGuard(...STAFF)], loadComponent: () => import('./pages/sector/sector-list.page').then((m) => m.SectorListPage) },
        { path: 'sectorketens/:programmeId', canActivate: [roleGuard(...STAFF)], loadComponent: () => import('./pages/sector/sector.page').then((m) => m.SectorPage) },
      ],
    },
  ];
}

/** Pages without sign-in: the invitation a chain partner follows from its mail (`/keten/uitnodiging/<token>`). */
export function chainPublicRoutes(): Routes {
  return [
    {
      path: 'uitnodiging/:token',
      providers: [provideInvitationLanding(STEP.key, () => ({ api: inject(ProgrammeApi), auth: inject(AuthService) }), ({ groupId }) => `/projecten/${encodeURIComponent(groupId)}`)],
      loadComponent: () => import('@koers/web-programme').then((m) => m.InvitationLandingPage),
    },
  ];
}
