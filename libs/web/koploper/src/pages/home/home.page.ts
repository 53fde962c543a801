import { ChangeDetectionStrategy, Component, computed, inject, resource } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { KoploperApi, type CohortSummary } from '@koers/web-api-client';
import { AuthService } from '@koers/web-auth';
import { EmptyStateComponent, ErrorStateComponent, LoadingComponent } from '@koers/web-ui';
import { KoersDatePipe } from '@koers/web-programme';

/**
 * The step's home. Staff see the partner's cohorts (coordinators can start a
 * new one); a participant sees its own track, one click away.
 */
@Component({
  selector: 'koers-koploper-home',
  imports: [TranslocoPipe, RouterLink, EmptyStateComponent, ErrorStateComponent, LoadingComponent, KoersDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'koploper.nav.home' | transloco }}</h1>
    <p>{{ 'koploper.home.intro' | transloco }}</p>
    <nav class="koers-subnav" [attr.aria-label]="'koploper.nav.home' | transloco">
      @if (organiser()) {
        <a routerLink="groepen/nieuw" class="koers-button">{{ 'koploper.home.newCohort' | transloco }}</a>
        <a routerLink="certificaten">{{ 'koploper.nav.certificates' | transloco }}</a>
      }
      @if (!participant()) {
        <a routerLink="netwerk">{{ 'koploper.nav.alumni' | transloco }}</a>
      }
      <a routerLink="mvo-register">{{ 'koploper.nav.register' | transloco }}</a>
      <a routerLink="organisatie">{{ 'organisation.title' | transloco }}</a>
    </nav>

    @if (participant()) {
      <h2>{{ 'koploper.home.mine' | transloco }}</h2>
      @if (tracks.isLoading()) {
        <koers-loading />
      } @else if (tracks.error()) {
        <koers-error-state (retry)="tracks.reload()" />
      } @else if (tracks.value()?.length) {
        <ul class="koers-cards">
          @for (t of tracks.value()!; track t.participantId) {
            <li>
              <a [routerLink]="['deelnemers', t.participantId]" data-testid="my-track">{{ 'koploper.home.openTrack' | transloco: { name: t.organisationName } }}</a>
              <p>{{ t.cohortName }} · {{ t.municipality }}</p>
            </li>
          }
        </ul>
      } @else {
        <koers-empty-state [title]="'koploper.home.mineEmpty' | transloco" />
      }
    } @else {
      <h2>{{ 'koploper.home.cohorts' | transloco }}</h2>
      @if (cohorts.isLoading()) {
        <koers-loading />
      } @else if (cohorts.error()) {
        <koers-error-state (retry)="cohorts.reload()" />
      } @else if (cohorts.value()?.length) {
        <table class="koers-table">
          <caption class="koers-visually-hidden">{{ 'koploper.home.cohorts' | transloco }}</caption>
          <thead>
            <tr>
              <th scope="col">{{ 'koploper.cohortForm.name' | transloco }}</th>
              <th scope="col">{{ 'koploper.cohortForm.municipality' | transloco }}</th>
              <th scope="col">{{ 'koploper.cohortForm.startsOn' | transloco }}</th>
              <th scope="col">{{ 'koploper.cohort.participants' | transloco }}</th>
              <th scope="col">{{ 'koploper.common.status' | transloco }}</th>
            </tr>
          </thead>
          <tbody>
            @for (c of cohorts.value()!; track c.id) {
              <tr>
                <td><a [routerLink]="['groepen', c.id]">{{ c.name }}</a></td>
                <td>{{ c.municipality }}</td>
                <td>{{ c.startsOn | koersDate }}</td>
                <td>{{ c.participants }}</td>
                <td>{{ 'koploper.cohortStatus.' + c.status | transloco }}</td>
              </tr>
            }
          </tbody>
        </table>
      } @else {
        <koers-empty-state [title]="'koploper.home.empty' | transloco" [hint]="'koploper.home.emptyHint' | transloco" />
      }
    }
  `,
})
export class KoploperHomePage {
  private readonly api = inject(KoploperApi);
  private readonly auth = inject(AuthService);
  readonly participant = computed(() => this.auth.role() === 'participant');
  readonly organiser = computed(() => this.auth.hasRole('administrator', 'coordinator'));

  readonly cohorts = resource({
    params: () => (this.participant() ? undefined : true),
    loader: async (): Promise<CohortSummary[]> => (await this.api.cohorts()).items,
  });

  /** A participant sees only its own row of each cohort it is in (row-level security). */
  readonly tracks = resource({
    params: () => (this.participant() ? true : undefined),
    loader: async () => {
      const { items } = await this.api.cohorts();
      const details = await Promise.all(items.map((c) => this.api.cohort(c.id)));
      return details.flatMap((c) => c.participants.map((p) => ({ participantId: p.id, organisationName: p.organisationName, cohortName: c.name, municipality: c.municipality })));
    },
  });
}
