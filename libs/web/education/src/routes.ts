import type { Routes } from '@angular/router';
import { roleGuard } from '@koers/web-auth';
import { educationTexts } from './texts';

const STAFF = ['administrator', 'coordinator', 'adviser', 'analyst'] as const;

/** The school's pages under the shell's `/onderwijs` (staff): its students, their internships, the nomination. */
export function educationRoutes(): Routes {
  return [
    {
      path: '',
      providers: [educationTexts()],
      canActivate: [roleGuard(...STAFF)],
      children: [
        { path: '', loadComponent: () => import('./pages/school.page').then((m) => m.SchoolPage) },
        { path: 'studenten/:studentId', loadComponent: () => import('./pages/student-admin.page').then((m) => m.StudentAdminPage) },
      ],
    },
  ];
}

/** The pages the links open without an account: `/onderwijs/student/<token>` (the student's) and `/onderwijs/toestemming/<token>` (the company's); the shell mounts them before its sign-in guard. */
export function educationPublicRoutes(): Routes {
  return [
    {
      path: '',
      providers: [educationTexts()],
      children: [
        { path: 'student/:token', loadComponent: () => import('./pages/my-scans.page').then((m) => m.MyScansPage) },
        { path: 'toestemming/:token', loadComponent: () => import('./pages/company-consent.page').then((m) => m.CompanyConsentPage) },
      ],
    },
  ];
}
