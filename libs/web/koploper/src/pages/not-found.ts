import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { ApiError } from '@koers/web-api-client';

/**
 * Whether a failed load means "not there for you": 404, and 403, which the API
 * answers for another partner's or company's row and the reader must not tell
 * apart from one that does not exist. Anything else keeps its retry.
 */
export function isNotFound(error: unknown): boolean {
  return error instanceof ApiError && (error.status === 404 || error.status === 403);
}

/** A page whose subject is unknown or not the reader's: says so, with the way back to the step's start page. */
@Component({
  selector: 'koers-not-found',
  imports: [TranslocoPipe, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="koers-state koers-empty" role="status" data-testid="not-found">
      <h1 class="koers-state-title">{{ 'koploper.notFound.' + what() + '.title' | transloco }}</h1>
      <p>{{ 'koploper.notFound.' + what() + '.hint' | transloco }}</p>
      <p><a [routerLink]="home()">{{ 'koploper.notFound.home' | transloco }}</a></p>
    </section>
  `,
})
export class NotFoundComponent {
  /** What was asked for: `track`, `cohort` or `profile`. */
  readonly what = input.required<'track' | 'cohort' | 'profile'>();
  /** The step's start page, relative to the page (`../..` from `deelnemers/:id`). */
  readonly home = input('../..');
}
