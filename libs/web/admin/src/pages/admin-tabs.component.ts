import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink, RouterLinkActive } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';

/** The two pages of /beheer, side by side. */
@Component({
  selector: 'koers-admin-tabs',
  imports: [RouterLink, RouterLinkActive, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nav class="koers-subnav" [attr.aria-label]="'admin.tabs.label' | transloco">
      <a routerLink="/beheer" routerLinkActive="koers-active" ariaCurrentWhenActive="page" [routerLinkActiveOptions]="{ exact: true }">{{ 'admin.tabs.users' | transloco }}</a>
      <a routerLink="/beheer/auditlog" routerLinkActive="koers-active" ariaCurrentWhenActive="page">{{ 'admin.tabs.audit' | transloco }}</a>
    </nav>
  `,
  styles: `a.koers-active { font-weight: 700; }`,
})
export class AdminTabsComponent {}
