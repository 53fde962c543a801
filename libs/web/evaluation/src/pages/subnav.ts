import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink, RouterLinkActive } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';

/** The three pages of the programme figures. */
@Component({
  selector: 'koers-evaluation-subnav',
  imports: [RouterLink, RouterLinkActive, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nav class="koers-subnav" [attr.aria-label]="'evaluation.nav.label' | transloco">
      <a routerLink="/programmacijfers" routerLinkActive="active" [routerLinkActiveOptions]="{ exact: true }">{{ 'evaluation.nav.dashboard' | transloco }}</a>
      <a routerLink="/programmacijfers/evaluatie" routerLinkActive="active">{{ 'evaluation.nav.figures' | transloco }}</a>
      <a routerLink="/programmacijfers/vragen" routerLinkActive="active">{{ 'evaluation.nav.questions' | transloco }}</a>
    </nav>
  `,
})
export class EvaluationSubnavComponent {}
