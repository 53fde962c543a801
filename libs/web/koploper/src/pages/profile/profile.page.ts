import { ChangeDetectionStrategy, Component, DestroyRef, computed, effect, inject, input, resource, signal } from '@angular/core';
import { Location } from '@angular/common';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { KoploperApi, koploperDownloads } from '@koers/web-api-client';
import { AuthService } from '@koers/web-auth';
import { ChartComponent, percentRadarOptions, quantityBarOptions } from '@koers/web-charts';
import { ErrorStateComponent, LanguageService, LoadingComponent } from '@koers/web-ui';
import { BilingualPipe, Co2Pipe, KoersDatePipe, RefusalComponent, pageActions, percentage } from '@koers/web-programme';
import { ProfileCommentSection } from './profile-comment.section';
import { EnergyDutySection } from './energy-duty.section';
import { YearOnYearSection } from './year-on-year.section';
import { DeclaredFactorsSection } from './declared-factors.section';
import { ProfileRatiosSection } from './ratios.section';
import { co2Column } from '@koers/domain';
import { co2FiguresOf, effectTexts, obligationText, type Recommendation } from './measure-effects';

const THEMES = ['energy', 'mobility', 'waste', 'water', 'materials'] as const;

/**
 * The duurzaamheidsprofiel: the footprint by scope and theme, the ISO 26000
 * radar, what goes well and what can be better, the ranked measures, and the
 * adviser's comment. Advisers edit the draft and publish it; the worker then
 * renders the PDF, offered here once it is ready.
 */
@Component({
  selector: 'koers-profile',
  imports: [TranslocoPipe, LoadingComponent, ErrorStateComponent, RefusalComponent, ChartComponent, BilingualPipe, KoersDatePipe, Co2Pipe, ProfileCommentSection, EnergyDutySection, YearOnYearSection, DeclaredFactorsSection, ProfileRatiosSection],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (profile.error() && !profile.value()) {
      <koers-error-state (retry)="profile.reload()" />
    } @else if (!profile.value()) {
      <koers-loading />
    } @else {
      @let p = profile.value()!;
      <p><button class="koers-link" type="button" (click)="location.back()">{{ 'koploper.common.back' | transloco }}</button></p>
      <h1>{{ 'koploper.profile.title' | transloco: { name: p.organisationName } }}</h1>
      <p>
        {{ 'koploper.profile.about' | transloco: { year: p.year, adviser: p.adviserName ?? '—' } }} ·
        <strong data-testid="profile-status">{{ p.status === 'draft' ? ('koploper.track.draft' | transloco) : ('koploper.track.version' | transloco: { version: p.version }) }}</strong>
        @if (p.publishedAt) {
          · {{ p.publishedAt | koersDate }}
        }
      </p>
      <koers-refusal [refusal]="actions.error()" />
      @if (p.status === 'draft') {
        <p class="koers-note">{{ 'koploper.profile.draftHint' | transloco }}</p>
      } @else {
        <p>
          @if (p.pdfReady) {
            <a class="koers-button" [href]="downloads.profilePdf(p.id)" download data-testid="profile-pdf">{{ 'koploper.profile.pdf' | transloco }}</a>
          } @else {
            <span role="status">{{ 'koploper.profile.pdfPending' | transloco }}</span>
          }
        </p>
      }

      <p class="koers-figure" data-testid="profile-total">{{ 'koploper.profile.total' | transloco }}: <strong>{{ p.footprint.totalKgCO2e | co2 }}</strong></p>
      <!-- The change against the first year is said once: in the year-on-year table, or in this line for an older profile without it. -->
      @if (!p.yearOnYear && p.comparison; as cmp) {
        <p data-testid="profile-comparison">{{ 'koploper.profile.comparison' | transloco: { year: cmp.baselineYear, change: (cmp.changeKgCO2e | co2), percent: percent(cmp.changePercent) } }}</p>
      }
      @if (p.yearOnYear; as yoy) {
        <koers-year-on-year [data]="yoy" />
      }
      <div class="koers-columns">
        <koers-chart [options]="scopeChart()" [label]="'koploper.profile.byScope' | transloco" [height]="260" />
        <koers-chart [options]="themeChart()" [label]="'koploper.profile.byTheme' | transloco" [height]="260" />
      </div>
      <koers-declared-factors [lines]="p.footprint.lines" />
      <koers-profile-ratios [ratios]="p.ratios ?? null" [benchmark]="p.benchmark ?? null" />
      @if (isoChart(); as iso) {
        <koers-chart [options]="iso" [label]="'koploper.profile.iso' | transloco" [height]="360" />
      }

      <div class="koers-columns">
        <section>
          <h2>{{ 'koploper.profile.goingWell' | transloco }}</h2>
          <ul>
            @for (i of p.goingWell; track $index) {
              <li>{{ i.text | bilingual }}</li>
            } @empty {
              <li>{{ 'koploper.common.none' | transloco }}</li>
            }
          </ul>
        </section>
        <section>
          <h2>{{ 'koploper.profile.canImprove' | transloco }}</h2>
          <ul>
            @for (i of p.canImprove; track $index) {
              <li>{{ i.text | bilingual }}</li>
            } @empty {
              <li>{{ 'koploper.common.none' | transloco }}</li>
            }
          </ul>
        </section>
      </div>

      <koers-energy-duty [duty]="p.energySavingDuty ?? null" />

      <h2>{{ 'koploper.profile.recommendations' | transloco }}</h2>
      <table class="koers-table" data-testid="recommendations">
        <caption class="koers-visually-hidden">{{ 'koploper.profile.recommendations' | transloco }}</caption>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">{{ 'koploper.profile.measure' | transloco }}</th>
            <th scope="col">{{ 'koploper.profile.why' | transloco }}</th>
            <th scope="col" data-testid="recommendation-co2-header">{{ 'koploper.profile.effectColumn' | transloco: { unit: co2Column().label } }}</th>
            <th scope="col">{{ 'koploper.profile.cost' | transloco }}</th>
            @if (p.energySavingDuty) {
              <th scope="col">{{ 'koploper.energyDuty.obligation' | transloco }}</th>
            }
          </tr>
        </thead>
        <tbody>
          @for (r of shownRecommendations(); track r.measureId) {
            <tr>
              <td>{{ r.rank }}</td>
              <td>{{ r.title | bilingual }}</td>
              <td>{{ r.reason | bilingual }}</td>
              @let e = effects(r);
              <td data-testid="recommendation-co2">{{ e.co2 }}</td>
              <td>{{ e.costs || '—' }}</td>
              @if (p.energySavingDuty) {
                <td data-testid="recommendation-obligation">
                  @if (r.obligation === 'obligatory') {
                    <strong>{{ obligation(r) }}</strong>
                  } @else {
                    {{ obligation(r) }}
                  }
                  @if (r.eml) {
                    <br /><small [title]="r.eml.verified ? '' : ('koploper.energyDuty.notVerified' | transloco)">{{ 'koploper.energyDuty.eml.' + r.eml.part | transloco }}</small>
                  }
                </td>
              }
            </tr>
          }
        </tbody>
      </table>

      @if (p.recommendations.length > FIRST_RECOMMENDATIONS) {
        <button class="koers-link" type="button" [attr.aria-expanded]="allRecommendations()" (click)="allRecommendations.set(!allRecommendations())">
          {{ allRecommendations() ? ('koploper.profile.fewerMeasures' | transloco: { count: FIRST_RECOMMENDATIONS }) : ('koploper.profile.allMeasures' | transloco: { count: p.recommendations.length }) }}
        </button>
      }

      <h2>{{ 'koploper.profile.comment' | transloco }}</h2>
      <koers-profile-comment [profile]="p" [editable]="p.status === 'draft' && staff()" [actions]="actions" (changed)="profile.set($event)" />
    }
  `,
})
export class ProfilePage {
  readonly profileId = input.required<string>();
  private readonly api = inject(KoploperApi);
  private readonly auth = inject(AuthService);
  private readonly language = inject(LanguageService);
  private readonly transloco = inject(TranslocoService);
  readonly downloads = koploperDownloads;
  readonly staff = computed(() => this.auth.hasRole('administrator', 'coordinator', 'adviser'));

  readonly profile = resource({ params: () => this.profileId(), loader: ({ params }) => this.api.profile(params) });
  readonly actions = pageActions();
  /** The most relevant measures first; the whole catalogue on request. */
  readonly FIRST_RECOMMENDATIONS = 10;
  readonly allRecommendations = signal(false);
  readonly shownRecommendations = computed(() => {
    const all = this.profile.value()?.recommendations ?? [];
    return this.allRecommendations() ? all : all.slice(0, this.FIRST_RECOMMENDATIONS);
  });
  readonly location = inject(Location);

  constructor() {
    // The worker renders the PDF after publishing: ask again until it is there.
    let timer: ReturnType<typeof setTimeout> | undefined;
    effect(() => {
      const p = this.profile.value();
      clearTimeout(timer);
      if (p && p.status === 'published' && !p.pdfReady) timer = setTimeout(() => this.profile.reload(), 1500);
    });
    inject(DestroyRef).onDestroy(() => clearTimeout(timer));
  }

  private t(key: string): string {
    return this.transloco.translate(key);
  }

  /** The charts are drawn only once the profile is there (the template waits for it). */
  private readonly year = computed(() => String(this.profile.value()?.year ?? ''));
  readonly scopeChart = computed(() => {
    const s = this.profile.value()?.footprint.scopes ?? { scope1: 0, scope2MarketBased: 0, scope2LocationBased: 0, scope3: 0 };
    const labels = ['scope1', 'scope2', 'scope3'].map((k) => this.t(`koploper.profile.scopes.${k}`));
    return quantityBarOptions(labels, [{ name: this.year(), values: [s.scope1, s.scope2MarketBased, s.scope3] }], 'kg CO₂e', this.language.current());
  });
  readonly themeChart = computed(() => {
    const th = this.profile.value()?.footprint.themes;
    const labels = THEMES.map((k) => this.t(`koploper.profile.themes.${k}`));
    return quantityBarOptions(labels, [{ name: this.year(), values: THEMES.map((k) => th?.[k] ?? 0) }], 'kg CO₂e', this.language.current());
  });
  readonly isoChart = computed(() => {
    const lang = this.language.current();
    const iso = this.profile.value()?.iso26000;
    if (!iso?.coreSubjects.length) return null;
    return percentRadarOptions(iso.coreSubjects.map((s) => ({ name: s.name[lang], value: s.scorePercent })), 'ISO 26000', lang);
  });

  /** The CO2 effect and costs in the same words as the PDF. */
  /** One unit for the recommendations' CO2 column, from its largest figure. */
  readonly co2Column = computed(() => co2Column(this.shownRecommendations().flatMap(co2FiguresOf), this.language.current()));

  effects(r: Recommendation): { co2: string; costs: string } {
    return effectTexts(r, this.language.current(), this.co2Column());
  }

  obligation(r: Recommendation): string {
    return obligationText(r.obligation, this.profile.value()?.energySavingDuty, this.language.current()) ?? '';
  }

  percent(v: number | null): string {
    if (v === null) return '—';
    return percentage(v, this.language.current(), true);
  }
}
