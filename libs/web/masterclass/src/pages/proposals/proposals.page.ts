import { ChangeDetectionStrategy, Component, inject, resource } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { MasterclassApi } from '@koers/web-api-client';
import { EmptyStateComponent, ErrorStateComponent, LoadingComponent } from '@koers/web-ui';
import { KoersDatePipe } from '@koers/web-programme';

/** Every chain-project proposal of the partner's masterclasses: what step 3 picks up. */
@Component({
  selector: 'koers-proposals',
  imports: [TranslocoPipe, RouterLink, KoersDatePipe, LoadingComponent, ErrorStateComponent, EmptyStateComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p><a routerLink="..">{{ 'masterclass.common.back' | transloco }}</a></p>
    <h1>{{ 'masterclass.nav.proposals' | transloco }}</h1>
    <p>{{ 'masterclass.opportunities.proposalHint' | transloco }}</p>
    @if (proposals.isLoading()) {
      <koers-loading />
    } @else if (proposals.error()) {
      <koers-error-state (retry)="proposals.reload()" />
    } @else if (proposals.value()?.length) {
      <table class="koers-table" data-testid="proposals">
        <caption class="koers-visually-hidden">{{ 'masterclass.nav.proposals' | transloco }}</caption>
        <thead>
          <tr>
            <th scope="col">{{ 'masterclass.opportunities.proposalTitle' | transloco }}</th>
            <th scope="col">{{ 'masterclass.opportunities.partners' | transloco }}</th>
            <th scope="col">{{ 'masterclass.common.status' | transloco }}</th>
            <th scope="col">{{ 'masterclass.home.startsOn' | transloco }}</th>
          </tr>
        </thead>
        <tbody>
          @for (p of proposals.value()!; track p.id) {
            <tr [attr.data-proposal]="p.title">
              <td><a [routerLink]="['..', 'groepen', p.masterclassId, 'kansen']">{{ p.title }}</a></td>
              <td>{{ partnerNames(p.candidatePartners) }}</td>
              <td>{{ 'masterclass.opportunities.statuses.' + p.status | transloco }}</td>
              <td>{{ p.createdAt | koersDate }}</td>
            </tr>
          }
        </tbody>
      </table>
    } @else {
      <koers-empty-state [title]="'masterclass.opportunities.noProposals' | transloco" />
    }
  `,
})
export class ProposalsPage {
  private readonly api = inject(MasterclassApi);
  readonly proposals = resource({ loader: async () => (await this.api.proposals()).items });

  partnerNames(partners: readonly { name: string }[]): string {
    return partners.map((p) => p.name).join(', ');
  }
}
