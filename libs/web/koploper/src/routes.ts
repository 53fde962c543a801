import { inject } from '@angular/core';
import type { Routes } from '@angular/router';
import { ProgrammeApi } from '@koers/web-api-client';
import { AuthService, roleGuard } from '@koers/web-auth';
import { provideInvitationLanding } from '@koers/web-programme';
import { STEP } from './step';
import { koploperTexts } from './texts';

const ORGANISERS = ['administrator', 'coordinator'] as const;
const STAFF = ['administrator', 'coordinator', 'adviser', 'analyst'] as const;

/**
 * The koploper app's signed-in pages. Each page is its own lazy chunk, so the
 * step's first screen carries only the home page; the texts come with the
 * first page (Transloco scope `koploper`).
 */
export function koploperRoutes(): Routes {
  return [
    {
      path: '',
      providers: [koploperTexts()],
      children: [
        { path: '', loadComponent: () => import('./pages/home/home.page').then((m) => m.KoploperHomePage) },
        { path: 'groepen/nieuw', canActivate: [roleGuard(...ORGANISERS)], loadComponent: () => import('./pages/cohort-new/cohort-new.page').then((m) => m.CohortNewPage) },
        { path: 'groepen/:cohortId', canActivate: [roleGuard(...STAFF)], loadComponent: () => import('./pages/cohort/cohort.page').then((m) => m.CohortPage) },
        { path: 'groepen/:cohortId/prijs', canActivate: [roleGuard(...STAFF)], loadComponent: () => import('./pages/prize/prize.page').then((m) => m.PrizePage) },
        { path: 'deelnemers/:participantId', loadComponent: () => import('./pages/participant/participant.page').then((m) => m.ParticipantPage) },
        { path: 'profielen/:profileId', loadComponent: () => import('./pages/profile/profile.page').then((m) => m.ProfilePage) },
        { path: 'certificaten', canActivate: [roleGuard(...ORGANISERS)], loadComponent: () => import('./pages/certificates/certificates.page').then((m) => m.CertificatesPage) },
        { path: 'netwerk', canActivate: [roleGuard(...STAFF)], loadComponent: () => import('./pages/alumni/alumni.page').then((m) => m.AlumniPage) },
      ],
    },
  ];
}

/**
 * Pages anyone may open without signing in: the public MVO register and the
 * invitation an invited company follows from its mail
 * (`/koploper/uitnodiging/<token>`). The shell mounts them before its sign-in guard.
 */
export function koploperPublicRoutes(): Routes {
  // No empty-path parent: a path these do not match falls through to the signed-in routes.
  return [
    { path: 'mvo-register', providers: [koploperTexts()], loadComponent: () => import('./pages/register/register.page').then((m) => m.RegisterPage) },
    { path: 'mvo-register/:number', providers: [koploperTexts()], loadComponent: () => import('./pages/register/register-entry.page').then((m) => m.RegisterEntryPage) },
    {
      path: 'uitnodiging/:token',
      // The programme core's landing page; accepting opens the company's track.
      providers: [provideInvitationLanding(STEP.key, () => ({ api: inject(ProgrammeApi), auth: inject(AuthService) }), ({ participantId }) => `/deelnemers/${encodeURIComponent(participantId)}`)],
      loadComponent: () => import('@koers/web-programme').then((m) => m.InvitationLandingPage),
    },
  ];
}
