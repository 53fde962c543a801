import { ChangeDetectionStrategy, Component, computed, inject, resource } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { MasterclassApi } from '@koers/web-api-client';
import { AuthService } from '@koers/web-auth';
import { EmptyStateComponent, ErrorStateComponent, LoadingComponent } from '@koers/web-ui';
import { KoersDatePipe } from '@koers/web-programme';

/**
 * The step's home. Staff see the partner's masterclasses (coordinators start
 * a new one or a region scan); a participant opens its own intake and outcome.
 */
@Component({
  selector: 'koers-masterclass-home',
  imports: [TranslocoPipe, RouterLink, EmptyStateComponent, ErrorStateComponent, LoadingComponent, KoersDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'masterclass.nav.home' | transloco }}</h1>
    <p>{{ 'masterclass.home.intro' | transloco }}</p>
    <nav class="koers-subnav" [attr.aria-label]="'masterclass.nav.home' | transloco">
      @if (organiser()) {
        <a routerLink="groepen/nieuw" class="koers-button">{{ 'masterclass.home.newMasterclass' | transloco }}</a>
      }
      @if (!participant()) {
        <a routerLink="regioscan">{{ 'masterclass.nav.scan' | transloco }}</a>
        <a routerLink="voorstellen">{{ 'masterclass.nav.proposals' | transloco }}</a>
      }
      <a routerLink="organisatie">{{ 'organisation.title' | transloco }}</a>
    </nav>

    @if (participant()) {
      <h2>{{ 'masterclass.home.mine' | transloco }}</h2>
      @if (mine.isLoading()) {
        <koers-loading />
      } @else if (mine.error()) {
        <koers-error-state (retry)="mine.reload()" />
      } @else if (mine.value()?.length) {
        <ul class="koers-cards">
          @for (m of mine.value()!; track m.enrolmentId) {
            <li>
              <a [routerLink]="['groepen', m.masterclassId, 'deelnemers', m.enrolmentId]" data-testid="my-outcome">{{ 'masterclass.home.openOutcome' | transloco: { name: m.organisationName } }}</a>
              <p>{{ m.masterclassName }}</p>
            </li>
          }
        </ul>
      } @else {
        <koers-empty-state [title]="'masterclass.home.mineEmpty' | transloco" />
      }
    } @else {
      <h2>{{ 'masterclass.home.list' | transloco }}</h2>
      @if (masterclasses.isLoading()) {
        <koers-loading />
      } @else if (masterclasses.error()) {
        <koers-error-state (retry)="masterclasses.reload()" />
      } @else if (masterclasses.value()?.length) {
        <table class="koers-table" data-testid="masterclasses">
          <caption class="koers-visually-hidden">{{ 'masterclass.home.list' | transloco }}</caption>
          <thead>
            <tr>
              <th scope="col">{{ 'masterclass.home.name' | transloco }}</th>
              <th scope="col">{{ 'masterclass.audience.label' | transloco }}</th>
              <th scope="col">{{ 'masterclass.home.startsOn' | transloco }}</th>
              <th scope="col">{{ 'masterclass.home.participants' | transloco }}</th>
              <th scope="col">{{ 'masterclass.common.status' | transloco }}</th>
            </tr>
          </thead>
          <tbody>
            @for (m of masterclasses.value()!; track m.id) {
              <tr>
                <td><a [routerLink]="['groepen', m.id]">{{ m.name }}</a></td>
                <td>{{ 'masterclass.audience.' + m.audience | transloco }}</td>
                <td>{{ m.startsOn | koersDate }}</td>
                <td>{{ m.participants }}</td>
                <td>{{ 'masterclass.status.' + m.status | transloco }}</td>
              </tr>
            }
          </tbody>
        </table>
      } @else {
        <koers-empty-state [title]="'masterclass.home.empty' | transloco" [hint]="'masterclass.home.emptyHint' | transloco" />
      }
    }
  `,
})
export class MasterclassHomePage {
  private readonly api = inject(MasterclassApi);
  private readonly auth = inject(AuthService);
  readonly participant = computed(() => this.auth.role() === 'participant');
  readonly organiser = computed(() => this.auth.hasRole('administrator', 'coordinator'));

  readonly masterclasses = resource({
    params: () => (this.participant() ? undefined : true),
    loader: async () => (await this.api.masterclasses()).items,
  });

  /** A participant's own enrolments: the API lists only its masterclasses, and in each its own row is the one of its organisation. */
  readonly mine = resource({
    params: () => (this.participant() ? (this.auth.activeMembership()?.organisation?.id ?? '') : undefined),
    loader: async ({ params: organisationId }) => {
      const { items } = await this.api.masterclasses();
      const details = await Promise.all(items.map((m) => this.api.masterclass(m.id)));
      return details.flatMap((m) =>
        m.participants
          .filter((p) => !organisationId || p.organisationId === organisationId)
          .map((p) => ({ enrolmentId: p.id, masterclassId: m.id, masterclassName: m.name, organisationName: p.organisationName })),
      );
    },
  });
}
