import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterOutlet, type Routes } from '@angular/router';
import { LanguageService } from '@koers/web-ui';
import { AppFrameComponent } from './app-frame.component';
import { authGuard } from '@koers/web-auth';
import { SignInComponent } from './sign-in.component';
import { stepRoutes } from './step-routes';
import type { StepKey } from './step-home.component';

/** The root of every Koers web app. */
@Component({
  selector: 'koers-root',
  imports: [RouterOutlet],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<router-outlet />`,
})
export class KoersRootComponent {
  // Created at start so the remembered language applies before the first screen.
  readonly language = inject(LanguageService);
}

@Component({
  selector: 'koers-standalone-frame',
  imports: [AppFrameComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<koers-app-frame [links]="links" />`,
})
class StandaloneFrameComponent {
  readonly links = [{ path: '/', label: 'nav.home' }];
}

/**
 * "Wachtwoord vergeten?" and the page the reset mail links to (the API writes
 * `/wachtwoord-herstellen?token=…`), before the sign-in guard. Lazy: they stay
 * out of the first download (the shell's bootstrap budget).
 */
export function passwordRoutes(): Routes {
  return [
    { path: 'wachtwoord-vergeten', loadComponent: () => import('./password-reset.component').then((m) => m.PasswordForgotComponent) },
    { path: 'wachtwoord-herstellen', loadComponent: () => import('./password-reset.component').then((m) => m.PasswordResetComponent) },
  ];
}

/**
 * A step app on its own (without the shell): its own sign-in, a frame, and the
 * routes it exposes to the shell; its public pages (no sign-in) come first.
 */
export function standaloneStepRoutes(step: StepKey, routes: Routes = stepRoutes(step), publicRoutes: Routes = []): Routes {
  return [
    { path: 'aanmelden', component: SignInComponent },
    ...passwordRoutes(),
    ...publicRoutes,
    { path: '', component: StandaloneFrameComponent, canActivate: [authGuard], children: routes },
    { path: '**', redirectTo: '' },
  ];
}
