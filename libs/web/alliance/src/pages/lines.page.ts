import { ChangeDetectionStrategy, Component, computed, inject, resource } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { AllianceApi, type PilotSummary } from '@koers/web-api-client';
import { ErrorStateComponent, LoadingComponent } from '@koers/web-ui';
import { BilingualPipe, KoersDatePipe } from '@koers/web-programme';

/** `/alliantie/lijnen`: the five programme lines in order, each with its pilots (lead organisation, status, period). */
@Component({
  selector: 'koers-alliance-lines',
  imports: [TranslocoPipe, RouterLink, BilingualPipe, KoersDatePipe, LoadingComponent, ErrorStateComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p><a routerLink="/alliantie">{{ 'alliance.common.back' | transloco }}</a></p>
    <h1>{{ 'alliance.lines.title' | transloco }}</h1>
    <p>{{ 'alliance.lines.intro' | transloco }}</p>
    @if (lines.error() || pilots.error()) {
      <koers-error-state (retry)="lines.reload(); pilots.reload()" />
    } @else if (!lines.hasValue() || !pilots.hasValue()) {
      <koers-loading />
    } @else {
      @for (line of lines.value().items; track line.code) {
        <section [attr.data-line]="line.code">
          <h2>{{ line.name | bilingual }}</h2>
          <p class="koers-hint">{{ 'alliance.lines.pilots' | transloco: { count: line.pilots } }} · {{ 'alliance.lines.ownGroups' | transloco: { count: line.ownGroups } }}</p>
          @if (line.education; as edu) {
            <p class="koers-note" data-testid="education-figures">{{ 'alliance.lines.education' | transloco: edu }} · <a routerLink="/onderwijs">{{ 'alliance.lines.educationLink' | transloco }}</a></p>
            <p class="koers-hint">{{ 'alliance.lines.educationSource' | transloco }}</p>
          }
          @if (byLine()[line.code]?.length) {
            <table class="koers-table">
              <thead>
                <tr>
                  <th scope="col">{{ 'alliance.lines.pilot' | transloco }}</th>
                  <th scope="col">{{ 'alliance.lines.lead' | transloco }}</th>
                  <th scope="col">{{ 'alliance.lines.status' | transloco }}</th>
                  <th scope="col">{{ 'alliance.lines.period' | transloco }}</th>
                </tr>
              </thead>
              <tbody>
                @for (p of byLine()[line.code]; track p.id) {
                  <tr [attr.data-pilot]="p.id">
                    <th scope="row"><a [routerLink]="['/alliantie/pilots', p.id]">{{ p.title }}</a></th>
                    <td>{{ p.leadOrganisation }}</td>
                    <td>{{ p.statusLabel | bilingual }}</td>
                    <td>{{ p.startsOn | koersDate }} – {{ p.endsOn | koersDate }}</td>
                  </tr>
                }
              </tbody>
            </table>
          } @else {
            <p>{{ 'alliance.lines.noPilots' | transloco }}</p>
          }
        </section>
      }
    }
  `,
})
export class LinesPage {
  private readonly api = inject(AllianceApi);
  readonly lines = resource({ loader: () => this.api.lines() });
  readonly pilots = resource({ loader: () => this.api.pilots() });
  readonly byLine = computed(() => {
    const out: Record<string, PilotSummary[]> = {};
    for (const p of this.pilots.hasValue() ? this.pilots.value().items : []) (out[p.programmeLine] ??= []).push(p);
    return out;
  });
}
