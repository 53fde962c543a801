import type { Role } from '@koers/web-auth';

export type Step = 'koploper' | 'masterclass' | 'chain';

/** The three steps, where the shell mounts them and which roles see them (a participant: its own track, masterclass and chain projects). */
export const STEPS: { step: Step; path: string; label: string; roles: Role[] }[] = [
  { step: 'koploper', path: '/koploper', label: 'nav.koploper', roles: ['administrator', 'coordinator', 'adviser', 'analyst', 'participant'] },
  { step: 'masterclass', path: '/masterclass', label: 'nav.masterclass', roles: ['administrator', 'coordinator', 'adviser', 'analyst', 'participant'] },
  { step: 'chain', path: '/keten', label: 'nav.chain', roles: ['administrator', 'coordinator', 'adviser', 'analyst', 'participant'] },
];

export function stepsFor(role: Role | null) {
  return role ? STEPS.filter((s) => s.roles.includes(role)) : [];
}

/** Where the shell mounts the journey pages (every signed-in role: a company its own journey, staff the companies they see). */
export const JOURNEY_PATH = '/reis';

/** Where the shell mounts the alliance pages (staff only: partners, contracts, platforms, lines, budgets). */
export const ALLIANCE_PATH = '/alliantie';
export const ALLIANCE_ROLES: Role[] = ['administrator', 'coordinator', 'adviser', 'analyst'];

/** Where the shell mounts the programme figures (dashboard, evaluation figures, own survey questions; the API's figures roles). */
export const FIGURES_PATH = '/programmacijfers';
export const FIGURES_ROLES: Role[] = ['administrator', 'coordinator', 'analyst'];
