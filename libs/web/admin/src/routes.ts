import type { Routes } from '@angular/router';
import { roleGuard } from '@koers/web-auth';
import { adminTexts } from './texts';

/**
 * The administrator's pages under the shell's `/beheer`: the partner's users and their roles, and the audit log.
 * The API lets only the administrator read either (GET /api/users, GET /api/audit-log).
 */
export function adminRoutes(): Routes {
  return [
    {
      path: '',
      providers: [adminTexts()],
      canActivate: [roleGuard('administrator')],
      children: [
        { path: '', loadComponent: () => import('./pages/users.page').then((m) => m.UsersPage) },
        { path: 'auditlog', loadComponent: () => import('./pages/audit.page').then((m) => m.AuditPage) },
      ],
    },
  ];
}
