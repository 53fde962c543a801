import { ChangeDetectionStrategy, Component, computed, inject, resource } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { ApiClient } from '@koers/web-api-client';
import { ErrorStateComponent, LoadingComponent } from '@koers/web-ui';
import { AuthService } from '@koers/web-auth';

/**
 * The signed-in organisation's profile, shown by every step app: the company
 * for a participant, the alliance partner for its staff.
 */
@Component({
  selector: 'koers-organisation-profile',
  imports: [TranslocoPipe, LoadingComponent, ErrorStateComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'organisation.title' | transloco }}</h1>
    @if (data.isLoading()) {
      <koers-loading />
    } @else if (data.error()) {
      <koers-error-state (retry)="data.reload()" />
    } @else if (data.value(); as v) {
      <dl class="koers-facts">
        @if (v.kind === 'organisation') {
          <dt>{{ 'organisation.name' | transloco }}</dt><dd>{{ v.org.name }}</dd>
          <dt>{{ 'organisation.kind' | transloco }}</dt><dd>{{ 'organisation.kinds.' + v.org.kind | transloco }}</dd>
          <dt>{{ 'organisation.kvk' | transloco }}</dt><dd>{{ v.org.kvkNumber ?? '–' }}</dd>
          <dt>{{ 'organisation.sbi' | transloco }}</dt><dd>{{ v.org.sbiCode ?? '–' }}</dd>
          <dt>{{ 'organisation.size' | transloco }}</dt><dd>{{ v.org.sizeClass ? ('organisation.sizes.' + v.org.sizeClass | transloco) : '–' }}</dd>
          <dt>{{ 'organisation.municipality' | transloco }}</dt><dd>{{ v.org.municipality ?? '–' }}</dd>
          <dt>{{ 'organisation.region' | transloco }}</dt><dd>{{ v.org.region ?? '–' }}</dd>
        } @else {
          <dt>{{ 'organisation.partner' | transloco }}</dt><dd>{{ v.partner.name }}</dd>
          <dt>{{ 'organisation.slug' | transloco }}</dt><dd>{{ v.partner.slug }}</dd>
        }
      </dl>
    }
  `,
})
export class OrganisationProfileComponent {
  private readonly api = inject(ApiClient);
  private readonly auth = inject(AuthService);
  private readonly organisationId = computed(() => this.auth.activeMembership()?.organisation?.id ?? null);
  readonly data = resource({
    params: () => ({ organisationId: this.organisationId(), membership: this.auth.activeMembership()?.id }),
    loader: async ({ params }) =>
      params.organisationId
        ? { kind: 'organisation' as const, org: await this.api.organisation(params.organisationId) }
        : { kind: 'partner' as const, partner: await this.api.currentPartner() },
  });
}
