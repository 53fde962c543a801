import { ChangeDetectionStrategy, Component, DestroyRef, computed, effect, inject, input, resource, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { ChainApi, type ConferenceFields, type SectorProgramme } from '@koers/web-api-client';
import { AuthService } from '@koers/web-auth';
import { ErrorStateComponent, LanguageService, LoadingComponent, formatQuantity } from '@koers/web-ui';
import { KoersDatePipe, RefusalComponent, co2, euro, pageActions } from '@koers/web-programme';
import { ConferenceForm } from './sector-conference.form';
import { SectorAgreementsSection } from './sector-agreements.section';
import { SectorQuestionsSection } from './sector-questions.section';

const POLL_MS = 2000;
const MAX_POLLS = 15;
type Figure = 'costSavingEurPerYear' | 'co2KgPerYear' | 'waterM3PerYear' | 'fte';

/**
 * One sector programme for the staff: its opening and closing work
 * conferences, the chains' questions by theme, its chain groups (chain
 * projects; a coordinator adds one), the agreements between chain partners
 * (at or after the closing conference), the groups' results added up (naming
 * how many groups each figure sums, never silently), and its results report.
 */
@Component({
  selector: 'koers-chain-sector',
  imports: [TranslocoPipe, RouterLink, KoersDatePipe, ErrorStateComponent, LoadingComponent, RefusalComponent, ConferenceForm, SectorQuestionsSection, SectorAgreementsSection],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p><a routerLink="..">{{ 'chain.common.back' | transloco }}</a></p>
    @if (programme.error() && !programme.hasValue()) {
      <koers-error-state (retry)="programme.reload()" />
    } @else if (!programme.hasValue()) {
      <koers-loading />
    } @else {
      @let s = programme.value();
      <h1>{{ s.name }}</h1>
      <p data-testid="sector-heading">{{ 'chain.sector.detail.heading' | transloco: { sector: s.sector, region: s.region ?? '—', start: (s.startsOn | koersDate), end: (s.endsOn | koersDate) } }}</p>

      <section aria-labelledby="conferences-title">
        <h2 id="conferences-title">{{ 'chain.sector.detail.conferences' | transloco }}</h2>
        <p>{{ 'chain.sector.detail.conferencesIntro' | transloco }}</p>
        <div class="koers-columns">
          @for (kind of conferenceKinds; track kind) {
            @let c = s.conferences[kind];
            <article class="koers-card" [attr.data-conference]="kind">
              <h3>{{ conferenceName(kind, true) }}</h3>
              @if (c) {
                <dl class="koers-facts">
                  <dt>{{ 'chain.sector.detail.heldOn' | transloco }}</dt>
                  <dd data-testid="conference-date">{{ c.heldOn | koersDate }}</dd>
                  @if (c.location) {
                    <dt>{{ 'chain.sector.detail.location' | transloco }}</dt>
                    <dd>{{ c.location }}</dd>
                  }
                  @if (c.notes) {
                    <dt>{{ 'chain.sector.detail.notes' | transloco }}</dt>
                    <dd class="koers-pre">{{ c.notes }}</dd>
                  }
                </dl>
              } @else {
                <p>{{ 'chain.sector.detail.notRecorded' | transloco }}</p>
              }
              @if (failedConference() === kind && !conferenceRefusalPlaced()) {
                <koers-refusal [attr.data-testid]="kind + '-error'" [refusal]="conferenceActions.error()" [omit]="placed()" />
              }
              @if (organiser()) {
                <details class="koers-details" [open]="!c || failedConference() === kind">
                  <summary>{{ (c ? 'chain.sector.detail.change' : 'chain.sector.detail.record') | transloco: { conference: conferenceName(kind, true) } }}</summary>
                  <koers-chain-conference-form #form [kind]="kind" [stored]="c" [busy]="conferenceActions.busy()"
                                               [submitLabel]="(c ? 'chain.sector.detail.change' : 'chain.sector.detail.record') | transloco: { conference: conferenceName(kind, true) }"
                                               (save)="setConference(kind, $event, form)" />
                </details>
              }
            </article>
          }
        </div>
      </section>

      <section aria-labelledby="themes-title">
        <h2 id="themes-title">{{ 'chain.sector.detail.themes' | transloco }}</h2>
        <koers-chain-sector-questions [programme]="s" [canManage]="organiser()" (changed)="programme.reload()" />
      </section>

      <section aria-labelledby="groups-title">
        <h2 id="groups-title">{{ 'chain.sector.detail.groups' | transloco }} ({{ s.groups.length }})</h2>
        <p>{{ 'chain.sector.detail.groupsIntro' | transloco }}</p>
        @if (s.groups.length) {
          <table class="koers-table" data-testid="chain-groups">
            <caption class="koers-visually-hidden">{{ 'chain.sector.detail.groups' | transloco }}</caption>
            <thead>
              <tr>
                <th scope="col">{{ 'chain.sector.detail.group' | transloco }}</th>
                <th scope="col">{{ 'chain.sector.detail.theme' | transloco }}</th>
                <th scope="col">{{ 'chain.common.status' | transloco }}</th>
                <th scope="col">{{ 'chain.sector.detail.period' | transloco }}</th>
                <th scope="col">{{ 'chain.sector.detail.partners' | transloco }}</th>
              </tr>
            </thead>
            <tbody>
              @for (g of s.groups; track g.id) {
                <tr [attr.data-group]="g.name">
                  <td><a [routerLink]="['../../projecten', g.id]">{{ g.name }}</a></td>
                  <td>{{ g.theme ?? '—' }}</td>
                  <td>{{ 'chain.status.' + g.status | transloco }}</td>
                  <td>{{ g.startsOn | koersDate }} – {{ g.endsOn | koersDate }}</td>
                  <td>{{ g.activePartners }}</td>
                </tr>
              }
            </tbody>
          </table>
        } @else {
          <p>{{ 'chain.sector.detail.noGroups' | transloco }}</p>
        }
        @if (organiser()) {
          <p><a class="koers-button koers-button-secondary" routerLink="../../projecten/nieuw" [queryParams]="{ sector: s.id }" data-testid="add-group">{{ 'chain.sector.detail.addGroup' | transloco }}</a></p>
        }
      </section>

      <section aria-labelledby="agreements-title">
        <h2 id="agreements-title">{{ 'chain.sector.detail.agreements' | transloco }} ({{ s.agreements.length }})</h2>
        <koers-chain-sector-agreements [programme]="s" [canManage]="organiser()" (changed)="programme.reload()" />
      </section>

      <section aria-labelledby="results-title">
        <h2 id="results-title">{{ 'chain.sector.detail.results' | transloco }}</h2>
        @let r = s.results;
        <p>{{ 'chain.sector.detail.resultsIntro' | transloco }}</p>
        <p data-testid="results-counted"><strong>
          @if (r.groupsWithResults) {
            {{ 'chain.sector.detail.resultsCounted' | transloco: { with: r.groupsWithResults, total: r.groupsTotal } }}
          } @else {
            {{ 'chain.sector.detail.resultsNone' | transloco }}
          }
        </strong></p>
        @if (r.groupsWithResults) {
          <dl class="koers-facts" data-testid="results-totals">
            @for (f of figures; track f) {
              <dt>{{ figureLabels[f] | transloco }}</dt>
              <dd [attr.data-figure]="f">
                <span class="koers-figure">{{ figure(f, r.totals[f]) }}</span>
                <small> ({{ r.counted[f] ? ('chain.sector.detail.countedOf' | transloco: { n: r.counted[f], total: r.groupsTotal }) : ('chain.sector.detail.notInAny' | transloco) }})</small>
              </dd>
            }
          </dl>
        }
        @if (r.groups.length) {
          <h3>{{ 'chain.sector.detail.perGroup' | transloco }}</h3>
          <table class="koers-table" data-testid="results-groups">
            <caption class="koers-visually-hidden">{{ 'chain.sector.detail.perGroup' | transloco }}</caption>
            <thead>
              <tr>
                <th scope="col">{{ 'chain.sector.detail.group' | transloco }}</th>
                <th scope="col">{{ 'chain.sector.detail.hasResult' | transloco }}</th>
                @for (f of figures; track f) {
                  <th scope="col">{{ figureLabels[f] | transloco }}</th>
                }
              </tr>
            </thead>
            <tbody>
              @for (g of r.groups; track g.groupId) {
                <tr [attr.data-result-group]="g.name">
                  <th scope="row">{{ g.name }}</th>
                  <td>
                    @if (g.hasResult) {
                      {{ r.pluginId }} {{ g.pluginVersion ?? '' }}<br /><small>{{ 'chain.sector.detail.computedOn' | transloco: { date: (g.computedAt | koersDate) } }}</small>
                    } @else {
                      {{ 'chain.sector.detail.noResult' | transloco }}
                    }
                  </td>
                  @for (f of figures; track f) {
                    <td>{{ figure(f, g.figures[f]) }}</td>
                  }
                </tr>
              }
            </tbody>
          </table>
        }
        <p class="koers-hint" data-testid="results-source">{{ 'chain.sector.detail.source' | transloco: { plugin: r.pluginId } }}</p>
      </section>

      <section aria-labelledby="sector-report-title">
        <h2 id="sector-report-title">{{ 'chain.sector.detail.report' | transloco }}</h2>
        <p>{{ 'chain.sector.detail.reportIntro' | transloco }}</p>
        <p class="koers-actions">
          @if (s.reportFileId && reportAwaited() === undefined) {
            <a class="koers-button koers-button-secondary" [href]="api.fileUrl(s.reportFileId)" download data-testid="sector-report-download">{{ 'chain.sector.detail.download' | transloco }}</a>
          }
          @if (organiser()) {
            <button class="koers-button" type="button" [disabled]="reportActions.busy() || (reportAwaited() !== undefined && reportPolls() < maxPolls)" (click)="makeReport(s)">
              {{ (s.reportFileId ? 'chain.sector.detail.remakeReport' : 'chain.sector.detail.makeReport') | transloco }}
            </button>
          }
        </p>
        @if (reportAwaited() !== undefined) {
          <p role="status" data-testid="sector-report-waiting">
            @if (reportPolls() >= maxPolls) {
              {{ 'chain.sector.detail.reportSlow' | transloco }}
              <button class="koers-link" type="button" (click)="lookAgain()">{{ 'chain.sector.detail.again' | transloco }}</button>
            } @else {
              {{ 'chain.sector.detail.reportRendering' | transloco }}
            }
          </p>
        } @else if (!s.reportFileId) {
          <p>{{ 'chain.sector.detail.noReport' | transloco }}</p>
        }
        <koers-refusal data-testid="sector-report-error" [refusal]="reportActions.error()" />
      </section>
    }
  `,
})
export class SectorPage {
  readonly programmeId = input.required<string>();
  readonly api = inject(ChainApi);
  private readonly auth = inject(AuthService);
  private readonly language = inject(LanguageService);
  private readonly transloco = inject(TranslocoService);
  readonly organiser = computed(() => this.auth.hasRole('administrator', 'coordinator'));

  readonly programme = resource({ params: () => this.programmeId(), loader: ({ params }) => this.api.sectorProgramme(params) });

  readonly conferenceKinds = ['opening', 'closing'] as const;
  readonly conferenceActions = pageActions();
  readonly failedConference = signal<'opening' | 'closing' | null>(null);
  readonly placed = signal<string[]>([]);
  /** The refusal names only fields the form shows it at (the closing date before the opening one): not again above the form. */
  readonly conferenceRefusalPlaced = computed(() => {
    const r = this.conferenceActions.error();
    return !!r && r.fields.length > 0 && r.fields.every((f) => this.placed().includes(f.field));
  });

  readonly figures: readonly Figure[] = ['costSavingEurPerYear', 'co2KgPerYear', 'waterM3PerYear', 'fte'];
  readonly figureLabels: Record<Figure, string> = {
    costSavingEurPerYear: 'chain.sector.detail.costSaving',
    co2KgPerYear: 'chain.sector.detail.co2',
    waterM3PerYear: 'chain.sector.detail.water',
    fte: 'chain.sector.detail.fte',
  };

  readonly reportActions = pageActions();
  readonly maxPolls = MAX_POLLS;
  readonly reportPolls = signal(0);
  /** The report id there was when a new one was asked for (undefined: not waiting). */
  readonly reportAwaited = signal<string | null | undefined>(undefined);

  constructor() {
    let timer: ReturnType<typeof setTimeout> | undefined;
    effect(() => {
      const s = this.programme.value();
      const awaited = this.reportAwaited();
      clearTimeout(timer);
      if (!s || awaited === undefined) return;
      if (s.reportFileId && s.reportFileId !== awaited) {
        this.reportAwaited.set(undefined);
        return;
      }
      if (this.reportPolls() >= MAX_POLLS) return;
      timer = setTimeout(() => {
        this.reportPolls.update((n) => n + 1);
        this.programme.reload();
      }, POLL_MS);
    });
    inject(DestroyRef).onDestroy(() => clearTimeout(timer));
  }

  /** "Openingsconferentie"; lower case inside a sentence in Dutch ("De openingsconferentie is vastgelegd"). */
  conferenceName(kind: 'opening' | 'closing', heading = false): string {
    const name = this.transloco.translate(`chain.sector.${kind}`, {}, this.language.current());
    return heading || this.language.current() === 'en' ? name : name.charAt(0).toLowerCase() + name.slice(1);
  }

  figure(f: Figure, value: number | null): string {
    if (value === null) return '—';
    const lang = this.language.current();
    if (f === 'costSavingEurPerYear') return euro(value, lang);
    if (f === 'co2KgPerYear') return co2(value, lang);
    if (f === 'waterM3PerYear') return formatQuantity(value, 'm³', lang, 0);
    return formatQuantity(value, 'fte', lang, 2);
  }

  async setConference(kind: 'opening' | 'closing', body: ConferenceFields, form: ConferenceForm) {
    this.failedConference.set(null);
    const ok = await this.conferenceActions.run(() => this.api.setConference(this.programmeId(), kind, body), 'chain.sector.detail.recorded', { conference: this.conferenceName(kind) }, () => this.programme.reload());
    if (!ok) {
      this.failedConference.set(kind);
      this.placed.set(form.placeRefusal(this.conferenceActions.error()));
    }
  }

  makeReport(s: SectorProgramme) {
    const previous = s.reportFileId;
    return this.reportActions.run(() => this.api.renderSectorReport(s.id), 'chain.sector.detail.reportRequested', {}, () => {
      this.reportPolls.set(0);
      this.reportAwaited.set(previous);
    });
  }

  lookAgain() {
    this.reportPolls.set(0);
    this.programme.reload();
  }
}
