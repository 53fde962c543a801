import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { LanguageSwitchComponent, ToastService, ToastsComponent } from '@koers/web-ui';
import { AuthService } from '@koers/web-auth';

export interface NavLink {
  path: string;
  /** Translation key of the label. */
  label: string;
}

/**
 * The frame around every signed-in page: skip link, brand, navigation, the
 * partner/programme switcher for people in several organisations, language,
 * profile and sign-out. The shell and each standalone step app use it.
 */
@Component({
  selector: 'koers-app-frame',
  imports: [RouterOutlet, RouterLink, RouterLinkActive, TranslocoPipe, LanguageSwitchComponent, ToastsComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a class="koers-skip" href="#inhoud">{{ 'app.skip' | transloco }}</a>
    <header class="koers-header">
      <a class="koers-brand" routerLink="/">{{ 'app.name' | transloco }}</a>
      <nav [attr.aria-label]="'nav.main' | transloco">
        <ul>
          @for (l of links(); track l.path) {
            <li><a [routerLink]="l.path" routerLinkActive="koers-active" [routerLinkActiveOptions]="{ exact: l.path === '/' }" ariaCurrentWhenActive="page">{{ l.label | transloco }}</a></li>
          }
        </ul>
      </nav>
      <div class="koers-header-tools">
        @if (memberships().length > 1) {
          <label class="koers-switcher">
            <span>{{ 'nav.partner' | transloco }}</span>
            <select [value]="auth.activeMembership()?.id" [disabled]="switching()" (change)="switchTo($any($event.target).value)" data-testid="membership-switcher">
              @for (m of memberships(); track m.id) {
                <option [value]="m.id">{{ m.partner.name }}{{ m.organisation ? ' · ' + m.organisation.name : '' }} ({{ 'roles.' + m.role | transloco }})</option>
              }
            </select>
          </label>
        } @else if (auth.activeMembership(); as m) {
          <span class="koers-membership">{{ m.partner.name }} · {{ 'roles.' + m.role | transloco }}</span>
        }
        <koers-language-switch />
        @if (profilePath()) {
          <a [routerLink]="profilePath()">{{ 'nav.profile' | transloco }}</a>
        }
        <button class="koers-button koers-button-secondary" type="button" (click)="signOut()">{{ 'nav.signOut' | transloco }}</button>
      </div>
    </header>
    <main id="inhoud" class="koers-main" tabindex="-1">
      <router-outlet />
    </main>
    <koers-toasts />
  `,
})
export class AppFrameComponent {
  readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  readonly links = input.required<NavLink[]>();
  readonly profilePath = input<string | null>(null);
  readonly memberships = computed(() => this.auth.session()?.memberships ?? []);

  private readonly toasts = inject(ToastService);
  private readonly transloco = inject(TranslocoService);
  readonly switching = signal(false);

  async switchTo(membershipId: string) {
    this.switching.set(true);
    try {
      await this.auth.switchTo(membershipId);
      // Everything on screen belongs to the previous partner: start again from the overview.
      await this.router.navigateByUrl('/', { onSameUrlNavigation: 'reload' });
      this.toasts.show(this.transloco.translate('nav.switched', { name: this.auth.activeMembership()?.partner.name ?? '' }));
    } catch {
      this.toasts.show(this.transloco.translate('nav.switchFailed'), 'error');
    } finally {
      this.switching.set(false);
    }
  }

  async signOut() {
    await this.auth.signOut();
    await this.router.navigate(['/aanmelden']);
  }
}
