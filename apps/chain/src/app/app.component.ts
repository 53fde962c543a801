import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterOutlet, type Routes } from '@angular/router';
import { AppFrameComponent, SignInComponent, authGuard } from '@koers/web-auth';
import { LanguageService } from '@koers/web-ui';
import { routes } from './routes';

@Component({
  selector: 'koers-root',
  imports: [RouterOutlet],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<router-outlet />`,
})
export class AppComponent {
  readonly language = inject(LanguageService);
}

@Component({
  selector: 'koers-standalone-frame',
  imports: [AppFrameComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<koers-app-frame [links]="[{ path: '/', label: 'nav.chain' }]" />`,
})
export class StandaloneFrameComponent {}

export const standaloneRoutes: Routes = [
  { path: 'aanmelden', component: SignInComponent },
  { path: '', component: StandaloneFrameComponent, canActivate: [authGuard], children: routes },
  { path: '**', redirectTo: '' },
];
