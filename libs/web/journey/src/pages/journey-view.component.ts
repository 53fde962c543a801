import { ChangeDetectionStrategy, Component, computed, inject, input, resource, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { FUNNEL_STAGE_LABELS } from '@koers/domain';
import { ApiError, JourneyApi, type JourneyPartKey, type JourneyPartView, type JourneyView } from '@koers/web-api-client';
import { EmptyStateComponent, ErrorStateComponent, LoadingComponent } from '@koers/web-ui';
import { BilingualPipe, KoersDatePipe } from '@koers/web-programme';
import { PartContentComponent } from './part-content.component';

/** Where a step's own app lives in the shell. */
export const STEP_PATHS: Record<string, string> = { koploper: '/koploper', masterclass: '/masterclass', chain: '/keten' };

const STEP_NAMES: Record<string, { nl: string; en: string }> = {
  koploper: { nl: 'Koplopertraject', en: 'Koploper track' },
  masterclass: { nl: 'CE-masterclass', en: 'CE masterclass' },
  chain: { nl: 'Ketenproject', en: 'Chain project' },
};

/** What one part's block shows once opened: its content, or that it was not shared (a 404 is an answer here, never an error page). */
type PartState = { state: 'loading' } | { state: 'shown'; view: JourneyPartView } | { state: 'not_shared' } | { state: 'failed' };

/** 404: the journey of a company the reader may not see. */
async function orNotFound(load: () => Promise<JourneyView>): Promise<JourneyView | 'not_found'> {
  try {
    return await load();
  } catch (e) {
    if (e instanceof ApiError && e.status === 404) return 'not_found';
    throw e;
  }
}

/**
 * A company's journey as the reader may see it: header with the funnel stage,
 * the next-step suggestion, the steps with each partner, the timeline and the
 * parts (each opened on demand). The company's own page and the staff page both use it.
 */
@Component({
  selector: 'koers-journey-view',
  imports: [TranslocoPipe, RouterLink, BilingualPipe, KoersDatePipe, LoadingComponent, ErrorStateComponent, EmptyStateComponent, PartContentComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (journey.isLoading() && !journey.hasValue()) {
      <koers-loading />
    } @else if (journey.error()) {
      <koers-error-state (retry)="journey.reload()" />
    } @else if (journey.value() === 'not_found') {
      <h1>{{ 'journey.common.notFound' | transloco }}</h1>
      <koers-empty-state data-testid="journey-not-found" [title]="'journey.common.notFound' | transloco" [hint]="'journey.common.notFoundHint' | transloco" />
    } @else if (view(); as v) {
      <h1 data-testid="journey-organisation">{{ v.organisation.name }}</h1>
      <p>
        {{ [v.organisation.kvkNumber ? 'KvK ' + v.organisation.kvkNumber : null, v.organisation.municipality, v.organisation.region].filter(truthy).join(' · ') }}
      </p>
      <p data-testid="journey-stage">
        <strong>{{ 'journey.view.stage' | transloco }}:</strong> {{ stageLabels[v.stage.stage] | bilingual }}
        @if (v.stage.derived) {
          <small>({{ 'journey.view.derived' | transloco }})</small>
        } @else if (v.stage.changedBy && v.stage.changedAt) {
          <small>({{ 'journey.view.changedBy' | transloco: { name: v.stage.changedBy.partnerName, date: (v.stage.changedAt | koersDate) } }})</small>
        }
      </p>
      <ng-content />

      <section data-testid="journey-suggestion" aria-labelledby="journey-next">
        <h2 id="journey-next">{{ 'journey.view.next' | transloco }}</h2>
        @if (v.suggestion; as s) {
          <p><strong>{{ stepName(s.step) | bilingual }}</strong> — {{ s.reason | bilingual }}</p>
        } @else {
          <p>{{ 'journey.view.noNext' | transloco }}</p>
        }
      </section>

      <h2>{{ 'journey.view.steps' | transloco }}</h2>
      @if (v.steps.length) {
        <table class="koers-table" data-testid="journey-steps">
          <caption class="koers-visually-hidden">{{ 'journey.view.steps' | transloco }}</caption>
          <thead>
            <tr>
              <th scope="col">{{ 'journey.common.partner' | transloco }}</th>
              <th scope="col">{{ 'journey.view.step' | transloco }}</th>
              <th scope="col">{{ 'journey.view.group' | transloco }}</th>
              <th scope="col">{{ 'journey.view.phase' | transloco }}</th>
              <th scope="col">{{ 'journey.view.joined' | transloco }}</th>
              <th scope="col">{{ 'journey.view.closed' | transloco }}</th>
            </tr>
          </thead>
          <tbody>
            @for (s of v.steps; track s.enrolmentId) {
              <tr [attr.data-enrolment]="s.enrolmentId" [attr.data-step]="s.step">
                <td>{{ s.partnerName }}</td>
                <td>
                  @if (s.own && stepPaths[s.step]) {
                    <a [routerLink]="stepPaths[s.step]">{{ s.stepName | bilingual }}</a>
                  } @else {
                    {{ s.stepName | bilingual }}
                  }
                </td>
                <td>{{ s.groupName }}</td>
                <td>{{ s.phaseLabel | bilingual }}@if (s.withdrawn) { <small> ({{ 'journey.view.withdrawn' | transloco }})</small> }</td>
                <td>{{ s.joinedAt | koersDate }}</td>
                <td>{{ s.closedAt | koersDate }}</td>
              </tr>
            }
          </tbody>
        </table>
      } @else {
        <p>{{ 'journey.common.none' | transloco }}</p>
      }

      <h2>{{ 'journey.view.parts' | transloco }}</h2>
      <ul class="koers-cards" data-testid="journey-parts">
        @for (p of v.parts; track p.part) {
          <li [attr.data-part]="p.part">
            <h3 [id]="'part-' + p.part">{{ p.label | bilingual }}</h3>
            <p>
              @if (p.holders.length) {
                {{ 'journey.view.holders' | transloco }}: {{ holderNames(p.holders) }}
              } @else {
                {{ 'journey.view.notAvailable' | transloco }}
              }
            </p>
            <!-- Nothing to open where nothing is there or shared. -->
            @if (p.available || parts()[p.part]) {
              <button type="button" class="koers-button koers-button-secondary" [attr.aria-expanded]="!!parts()[p.part]" [attr.aria-controls]="'part-content-' + p.part" (click)="toggle(p.part)">
                {{ (parts()[p.part] ? 'journey.view.close' : 'journey.view.open') | transloco }}<span class="koers-visually-hidden"> {{ p.label | bilingual }}</span>
              </button>
            }
            <div [id]="'part-content-' + p.part" aria-live="polite">
              @if (!p.available && !parts()[p.part] && !isOwnCompany()) {
                <p class="koers-notice" data-testid="not-shared">{{ 'journey.view.notShared' | transloco }}</p>
              }
              @switch (parts()[p.part]?.state) {
                @case ('loading') {
                  <koers-loading />
                }
                @case ('not_shared') {
                  <p class="koers-notice" data-testid="not-shared">{{ 'journey.view.notShared' | transloco }}</p>
                }
                @case ('failed') {
                  <koers-error-state (retry)="load(p.part)" />
                }
                @case ('shown') {
                  <koers-journey-part-content [view]="shownView(p.part)!" />
                }
              }
            </div>
          </li>
        }
      </ul>

      <h2>{{ 'journey.view.timeline' | transloco }}</h2>
      @if (v.timeline.length) {
        <ol class="koers-timeline" data-testid="journey-timeline">
          @for (t of v.timeline; track $index) {
            <li [attr.data-kind]="t.kind">
              <time [attr.datetime]="t.at">{{ t.at | koersDate }}</time> · {{ t.partnerName }} · <strong>{{ t.title | bilingual }}</strong>
              @if (t.detail) {
                <br /><small>{{ t.detail | bilingual }}</small>
              }
            </li>
          }
        </ol>
      } @else {
        <p>{{ 'journey.common.none' | transloco }}</p>
      }
    }
  `,
})
export class JourneyViewComponent {
  private readonly api = inject(JourneyApi);
  readonly organisationId = input.required<string>();
  /** The company reading its own journey: a part it lacks is not recorded, not "not shared". */
  readonly isOwnCompany = input(false);
  readonly stageLabels = FUNNEL_STAGE_LABELS;
  readonly stepPaths = STEP_PATHS;
  readonly truthy = (x: unknown) => !!x;

  readonly journey = resource({ params: () => this.organisationId(), loader: ({ params }) => orNotFound(() => this.api.journey(params)) });
  readonly view = computed(() => {
    const v = this.journey.hasValue() ? this.journey.value() : null;
    return v && v !== 'not_found' ? v : null;
  });
  readonly parts = signal<Partial<Record<JourneyPartKey, PartState>>>({});

  stepName(step: string) {
    return this.view()?.steps.find((s) => s.step === step)?.stepName ?? STEP_NAMES[step] ?? { nl: step, en: step };
  }
  holderNames(holders: { partnerName: string }[]) {
    return holders.map((h) => h.partnerName).join(', ');
  }
  shownView(part: JourneyPartKey) {
    const s = this.parts()[part];
    return s?.state === 'shown' ? s.view : null;
  }
  reload() {
    this.journey.reload();
  }

  toggle(part: JourneyPartKey) {
    if (this.parts()[part]) this.parts.update((p) => ({ ...p, [part]: undefined }));
    else void this.load(part);
  }

  async load(part: JourneyPartKey) {
    this.parts.update((p) => ({ ...p, [part]: { state: 'loading' } }));
    let next: PartState;
    try {
      next = { state: 'shown', view: await this.api.part(this.organisationId(), part) };
    } catch (e) {
      next = e instanceof ApiError && e.status === 404 ? { state: 'not_shared' } : { state: 'failed' };
    }
    this.parts.update((p) => ({ ...p, [part]: next }));
  }
}
