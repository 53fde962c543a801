import { ChangeDetectionStrategy, Component, computed, inject, resource } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { CONTRACT_POINTS, CONTRACT_POINT_LABELS, FULFILMENT_STATUS_LABELS, type ContractPoint } from '@koers/domain';
import { AllianceApi, type AlliancePartner, type OverviewCommitment } from '@koers/web-api-client';
import { AuthService } from '@koers/web-auth';
import { ErrorStateComponent, LoadingComponent } from '@koers/web-ui';
import { BilingualPipe, KoersDatePipe } from '@koers/web-programme';
import { knowledgeTexts } from './knowledge-texts';

/** The worst status of a point's commitments leads (two on one point, one met, one not yet: not yet). */
const ORDER = { not_yet: 0, partly: 1, met: 2 } as const;

/** One cell of the table: the point's commitments' status, and the newest date an entry was recorded. */
export function pointCell(partner: AlliancePartner, point: ContractPoint): { status: OverviewCommitment['status']; on: string | null } | null {
  const on = partner.commitments.filter((c) => c.point === point);
  if (!on.length) return null;
  const status = on.reduce((worst, c) => (ORDER[c.status] < ORDER[worst] ? c.status : worst), 'met' as OverviewCommitment['status']);
  const dates = on.map((c) => c.statusOn).filter((d): d is string => !!d).sort();
  return { status, on: dates.at(-1) ?? null };
}

/** `/alliantie`: every partner with its kind, its contract, and per point of the contract whether it is met, partly or not yet. */
@Component({
  selector: 'koers-alliance-overview',
  imports: [TranslocoPipe, RouterLink, BilingualPipe, KoersDatePipe, LoadingComponent, ErrorStateComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'alliance.overview.title' | transloco }}</h1>
    <p>{{ 'alliance.overview.intro' | transloco }}</p>
    <nav class="koers-subnav" [attr.aria-label]="'alliance.nav.home' | transloco">
      <a routerLink="platforms">{{ 'alliance.nav.platforms' | transloco }}</a>
      <a routerLink="lijnen">{{ 'alliance.nav.lines' | transloco }}</a>
      <a routerLink="begrotingen">{{ 'alliance.nav.budgets' | transloco }}</a>
    </nav>
    @if (overview.error()) {
      <koers-error-state (retry)="overview.reload()" />
    } @else if (!overview.hasValue()) {
      <koers-loading />
    } @else {
      @if (secretariat(); as s) {
        <p data-testid="secretariat">{{ 'alliance.overview.secretariat' | transloco: { name: s.name } }}</p>
      } @else {
        <p data-testid="secretariat">{{ 'alliance.overview.noSecretariat' | transloco }}</p>
      }
      @if (overview.value().secretariat) {
        <p class="koers-hint">{{ 'alliance.overview.youAreSecretariat' | transloco }}</p>
        @if (administrator()) { <p><a routerLink="aanmeldingen" data-testid="applications-link">{{ applicationsLink() }}</a></p> }
      }
      <p data-testid="alliance-summary">{{ 'alliance.overview.summary' | transloco: overview.value().summary }}</p>
      <div class="koers-table-scroll">
        <table class="koers-table" data-testid="alliance-partners">
          <thead>
            <tr>
              <th scope="col">{{ 'alliance.overview.partner' | transloco }}</th>
              <th scope="col">{{ 'alliance.overview.kind' | transloco }}</th>
              <th scope="col">{{ 'alliance.overview.signed' | transloco }}</th>
              @for (p of points; track p) {
                <th scope="col">{{ pointLabels[p] | bilingual }}</th>
              }
            </tr>
          </thead>
          <tbody>
            @for (partner of overview.value().items; track partner.id) {
              <tr [attr.data-partner]="partner.slug">
                <th scope="row">
                  <a [routerLink]="['partners', partner.slug]">{{ partner.name }}</a>
                  @if (partner.secretariat) { <span class="koers-badge">{{ 'alliance.overview.secretariatBadge' | transloco }}</span> }
                  @if (partner.own) { <span class="koers-badge">{{ 'alliance.overview.own' | transloco }}</span> }
                </th>
                <td>{{ partner.kindLabel | bilingual }}</td>
                <td>
                  @if (partner.contract; as c) { {{ c.signedOn | koersDate }} } @else { {{ 'alliance.overview.noContract' | transloco }} }
                </td>
                @for (p of points; track p) {
                  <td [attr.data-point]="p">
                    @if (cell(partner, p); as c) {
                      <span [attr.data-status]="c.status">{{ statusLabels[c.status] | bilingual }}</span>
                      @if (c.on) { <br /><small>{{ c.on | koersDate }}</small> }
                    } @else {
                      <span class="koers-muted">{{ 'alliance.overview.notCommitted' | transloco }}</span>
                    }
                  </td>
                }
              </tr>
            }
          </tbody>
        </table>
      </div>
      <p class="koers-hint" data-testid="source">{{ 'alliance.overview.source' | transloco }}</p>
    }
  `,
})
export class AllianceOverviewPage {
  private readonly api = inject(AllianceApi);
  private readonly auth = inject(AuthService);
  readonly points = CONTRACT_POINTS;
  readonly pointLabels = CONTRACT_POINT_LABELS;
  readonly statusLabels = FULFILMENT_STATUS_LABELS;
  readonly cell = pointCell;
  readonly overview = resource({ loader: () => this.api.overview() });
  /** The secretariat's administrator handles the applications to join (knowledge-texts: outside the alliance's Transloco scope). */
  readonly administrator = computed(() => this.auth.hasRole('administrator'));
  private readonly knowledge = knowledgeTexts();
  readonly applicationsLink = computed(() => this.knowledge.t('applicationsLink'));
  readonly secretariat = computed(() => (this.overview.hasValue() ? (this.overview.value().items.find((p) => p.secretariat) ?? null) : null));
}
