import { ChangeDetectionStrategy, Component, computed, inject, input, resource } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { formatNumber } from '@koers/domain';
import { AllianceApi, type Pilot } from '@koers/web-api-client';
import { EmptyStateComponent, ErrorStateComponent, LanguageService, LoadingComponent } from '@koers/web-ui';
import { BilingualPipe, KoersDatePipe } from '@koers/web-programme';
import { orNotFound } from './shared';

/** `/alliantie/pilots/:pilotId`: a pilot with its lead organisation, status and its evaluation on impact, every figure with its source. */
@Component({
  selector: 'koers-alliance-pilot',
  imports: [TranslocoPipe, RouterLink, BilingualPipe, KoersDatePipe, LoadingComponent, ErrorStateComponent, EmptyStateComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p><a routerLink="/alliantie/lijnen">{{ 'alliance.nav.lines' | transloco }}</a></p>
    @if (pilot.error()) {
      <koers-error-state (retry)="pilot.reload()" />
    } @else if (!pilot.hasValue()) {
      <koers-loading />
    } @else if (!loaded()) {
      <h1>{{ 'alliance.common.notFound' | transloco }}</h1>
      <koers-empty-state [title]="'alliance.common.notFound' | transloco" />
    } @else {
      @let p = loaded()!;
      <h1>{{ p.title }}</h1>
      <dl class="koers-facts">
        <dt>{{ 'alliance.lines.line' | transloco }}</dt>
        <dd>{{ p.programmeLineLabel | bilingual }}</dd>
        <dt>{{ 'alliance.lines.lead' | transloco }}</dt>
        <dd data-testid="lead">{{ p.leadOrganisation }}</dd>
        <dt>{{ 'alliance.lines.status' | transloco }}</dt>
        <dd data-testid="status">{{ p.statusLabel | bilingual }}</dd>
        <dt>{{ 'alliance.lines.period' | transloco }}</dt>
        <dd>{{ p.startsOn | koersDate }} – {{ p.endsOn | koersDate }}</dd>
        <dt>{{ 'alliance.common.keeper' | transloco }}</dt>
        <dd>{{ p.keeper.name }}</dd>
      </dl>
      @if (p.description) { <p>{{ p.description }}</p> }
      <h2>{{ 'alliance.lines.impact' | transloco }}</h2>
      @if (p.evaluatedOn) {
        <p>{{ 'alliance.lines.evaluatedOn' | transloco: { date: (p.evaluatedOn | koersDate) } }}</p>
      } @else {
        <p>{{ 'alliance.lines.notEvaluated' | transloco }}</p>
      }
      @if (p.impactSummary) { <p data-testid="impact-summary">{{ p.impactSummary }}</p> }
      @if (p.impactFigures.length) {
        <table class="koers-table" data-testid="impact-figures">
          <thead>
            <tr>
              <th scope="col">{{ 'alliance.lines.figure' | transloco }}</th>
              <th scope="col">{{ 'alliance.lines.value' | transloco }}</th>
              <th scope="col">{{ 'alliance.lines.source' | transloco }}</th>
              <th scope="col">{{ 'alliance.lines.measuredOn' | transloco }}</th>
            </tr>
          </thead>
          <tbody>
            @for (f of p.impactFigures; track $index) {
              <tr>
                <th scope="row">{{ f.label }}</th>
                <td>{{ number(f.value) }}@if (f.unit) { {{ f.unit }} }</td>
                <td>{{ f.source }}</td>
                <td>{{ f.measuredOn | koersDate }}</td>
              </tr>
            }
          </tbody>
        </table>
      } @else {
        <p>{{ 'alliance.lines.noFigures' | transloco }}</p>
      }
    }
  `,
})
export class PilotPage {
  private readonly api = inject(AllianceApi);
  private readonly language = inject(LanguageService);
  readonly pilotId = input.required<string>();
  readonly pilot = resource({ params: () => this.pilotId(), loader: ({ params }) => orNotFound(() => this.api.pilot(params)) });
  readonly loaded = computed<Pilot | null>(() => (this.pilot.hasValue() && this.pilot.value() !== 'not_found' ? (this.pilot.value() as Pilot) : null));
  /** A figure the reader's way (Dutch 1.234,5), up to the four decimals the API keeps. */
  number(value: number) {
    return formatNumber(value, this.language.current(), 4);
  }
}
