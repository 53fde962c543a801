import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink, type Routes, type UrlMatcher } from '@angular/router';
import { loadRemoteModule } from '@angular-architects/native-federation';
import { TranslocoPipe } from '@jsverse/transloco';
import { AuthService, authGuard, roleGuard } from '@koers/web-auth';
import { AppFrameComponent, SignInComponent, passwordRoutes, SURVEY_PATH, SurveyComponent, type NavLink } from '@koers/web-features';
import { ErrorStateComponent, EmptyStateComponent } from '@koers/web-ui';
import { ALLIANCE_PATH, ALLIANCE_ROLES, FIGURES_PATH, FIGURES_ROLES, JOURNEY_PATH, STEPS, stepsFor, type Step } from './steps';

@Component({
  selector: 'koers-shell-frame',
  imports: [AppFrameComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<koers-app-frame [links]="links()" profilePath="/profiel" />`,
})
export class ShellFrameComponent {
  private readonly auth = inject(AuthService);
  readonly links = computed<NavLink[]>(() => [
    { path: '/', label: 'nav.home' },
    ...stepsFor(this.auth.role()).map((s) => ({ path: s.path, label: s.label })),
    ...(this.auth.role() ? [{ path: JOURNEY_PATH, label: 'nav.journey' }] : []),
    ...(this.auth.hasRole(...ALLIANCE_ROLES) ? [{ path: ALLIANCE_PATH, label: 'nav.alliance' }] : []),
    ...(this.auth.hasRole(...ALLIANCE_ROLES) ? [{ path: EDUCATION_PATH, label: 'nav.education' }] : []),
    ...(this.auth.hasRole(...FIGURES_ROLES) ? [{ path: FIGURES_PATH, label: 'nav.figures' }] : []),
    ...(this.auth.hasRole(...ADMIN_ROLES) ? [{ path: ADMIN_PATH, label: 'nav.admin' }] : []),
  ]);
}

@Component({
  selector: 'koers-home',
  imports: [RouterLink, TranslocoPipe, EmptyStateComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'home.welcome' | transloco: { name: auth.session()?.user?.name } }}</h1>
    <p>{{ 'home.intro' | transloco }}</p>
    <h2>{{ 'home.steps' | transloco }}</h2>
    @if (steps().length) {
      <ul class="koers-steps">
        @for (s of steps(); track s.step) {
          <li>
            <a [routerLink]="s.path" [attr.data-step]="s.step">
              <strong>{{ s.label | transloco }}</strong>
              <p>{{ 'steps.' + s.step + '.intro' | transloco }}</p>
            </a>
          </li>
        }
      </ul>
    } @else {
      <koers-empty-state [title]="'home.noSteps' | transloco" />
    }
  `,
})
export class HomeComponent {
  readonly auth = inject(AuthService);
  readonly steps = computed(() => stepsFor(this.auth.role()));
}

/** Shown in place of a step app that cannot be reached: a message, never a blank page. */
@Component({
  selector: 'koers-remote-unavailable',
  imports: [ErrorStateComponent, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<koers-error-state data-testid="remote-unavailable" [message]="'errors.remote' | transloco" (retry)="reload()" />`,
})
export class RemoteUnavailableComponent {
  reload() {
    location.reload();
  }
}

type RemoteLoader = (remoteName: string, exposedModule: string) => Promise<{ routes?: Routes }>;

/**
 * A step app is fetched only when the user opens it; if it cannot be reached
 * (or exposes no routes), the message above shows instead.
 */
export function loadStep(step: Step, load: RemoteLoader = loadRemoteModule, exposed = './routes') {
  return () =>
    load(step, exposed)
      .then((m) => {
        if (!Array.isArray(m.routes)) throw new Error(`step app ${step} exposes no routes`);
        return m.routes;
      })
      .catch((err: unknown) => {
        console.warn(`step app ${step} unreachable`, err);
        return [{ path: '**', component: RemoteUnavailableComponent }] as Routes;
      });
}

/** Matches `/<step's path>/<page>/…` for the step's public pages (`/keten/uitnodiging/…` for the chain), consuming only the step's segment. */
export function publicStepPage(step: Step, pages: string[]): UrlMatcher {
  const path = STEPS.find((s) => s.step === step)?.path.slice(1) ?? step;
  return (segments) => (segments.length >= 2 && segments[0].path === path && pages.includes(segments[1].path) ? { consumed: [segments[0]] } : null);
}

/** Matches `/voorbeelden` and `/partner-worden`, consuming nothing: the lazily loaded routes match the segment (only these paths load them). */
export const publicAlliancePage: UrlMatcher = (segments) => (segments.length === 1 && ['voorbeelden', 'partner-worden'].includes(segments[0].path) ? { consumed: [] } : null);

/** Where the shell mounts the education line's pages (a school's staff: its students and their internship scans). */
export const EDUCATION_PATH = '/onderwijs';

/** Matches `/onderwijs/student/<token>` and `/onderwijs/toestemming/<token>` (the student's and the company's links, no account), consuming only `onderwijs`. */
export const publicEducationPage: UrlMatcher = (segments) =>
  segments.length === 3 && segments[0].path === 'onderwijs' && ['student', 'toestemming'].includes(segments[1].path) ? { consumed: [segments[0]] } : null;

/** Where the shell mounts the administrator's pages (users and roles, the audit log: the API lets only the administrator read them). */
export const ADMIN_PATH = '/beheer';
export const ADMIN_ROLES = ['administrator'] as const;

export const routes: Routes = [
  { path: 'aanmelden', component: SignInComponent },
  // "Wachtwoord vergeten?" and the page the reset mail links to (the API writes /wachtwoord-herstellen?token=…), before the sign-in guard.
  ...passwordRoutes(),
  // The evaluation survey a closed track's mail links to (the API writes /evaluatie/<token>): no account.
  { path: SURVEY_PATH, component: SurveyComponent },
  // The alliance's public pages (no account): the example projects shown with the companies' consent, and the application to join.
  { matcher: publicAlliancePage, loadChildren: () => import('@koers/web-alliance').then((m) => m.publicAllianceRoutes()) },
  // Step 1's public pages (the MVO register, an invitation from a mail), before the sign-in guard. A matcher, so
  // that only these paths load them: the router does not fall back out of a lazily loaded route into the guarded tree.
  { matcher: publicStepPage('koploper', ['mvo-register', 'uitnodiging']), loadChildren: loadStep('koploper', loadRemoteModule, './public-routes') },
  // Step 2's and step 3's invitations from a mail, likewise.
  { matcher: publicStepPage('masterclass', ['uitnodiging']), loadChildren: loadStep('masterclass', loadRemoteModule, './public-routes') },
  { matcher: publicStepPage('chain', ['uitnodiging']), loadChildren: loadStep('chain', loadRemoteModule, './public-routes') },
  // The education line's links: the student's own scans and the internship company's consent (no account).
  { matcher: publicEducationPage, loadChildren: () => import('@koers/web-education').then((m) => m.educationPublicRoutes()) },
  {
    path: '',
    component: ShellFrameComponent,
    canActivate: [authGuard],
    children: [
      { path: '', pathMatch: 'full', component: HomeComponent },
      // Lazy: the profile form (and @angular/forms) is not part of the first download.
      { path: 'profiel', loadComponent: () => import('./profile.component').then((m) => m.ProfileComponent) },
      // A partner's invitation to an existing account (the API's mail links here); signed in, the person accepts.
      { path: 'uitnodiging-accepteren', loadComponent: () => import('./accept-invitation.component').then((m) => m.AcceptInvitationComponent) },
      ...STEPS.map((s) => ({ path: s.path.slice(1), canActivate: [roleGuard(...s.roles)], loadChildren: loadStep(s.step) })),
      // The journey across steps and partners: a library inside the shell (not a step app), lazy so the first download stays within budget.
      { path: JOURNEY_PATH.slice(1), loadChildren: () => import('@koers/web-journey').then((m) => m.journeyRoutes()) },
      // The alliance (partners, contracts, platforms, lines, budgets): staff only, lazy like the journey.
      { path: ALLIANCE_PATH.slice(1), canActivate: [roleGuard(...ALLIANCE_ROLES)], loadChildren: () => import('@koers/web-alliance').then((m) => m.allianceRoutes()) },
      // The education line (a school's students, their internship companies and scans): staff, lazy like the alliance.
      { path: EDUCATION_PATH.slice(1), canActivate: [roleGuard(...ALLIANCE_ROLES)], loadChildren: () => import('@koers/web-education').then((m) => m.educationRoutes()) },
      // The programme figures (dashboard and exports, evaluation figures, own survey questions): lazy like the alliance.
      { path: FIGURES_PATH.slice(1), canActivate: [roleGuard(...FIGURES_ROLES)], loadChildren: () => import('@koers/web-evaluation').then((m) => m.evaluationRoutes()) },
      // The administrator's pages (users and roles, the audit log): lazy like the alliance.
      { path: ADMIN_PATH.slice(1), canActivate: [roleGuard(...ADMIN_ROLES)], loadChildren: () => import('@koers/web-admin').then((m) => m.adminRoutes()) },
    ],
  },
  { path: '**', redirectTo: '' },
];
