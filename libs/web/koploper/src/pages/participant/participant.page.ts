import { ChangeDetectionStrategy, Component, DestroyRef, computed, effect, inject, input, resource } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { KoploperApi } from '@koers/web-api-client';
import { AuthService } from '@koers/web-auth';
import { ErrorStateComponent, LoadingComponent } from '@koers/web-ui';
import { RefusalComponent, pageActions } from '@koers/web-programme';
import { NotFoundComponent, isNotFound } from '../not-found';
import { ActionPlanSection } from './action-plan.section';
import { TrackBaselineSection } from './baseline.section';
import { TrackCertificatesSection } from './certificates.section';
import { CommunicationSection } from './communication.section';
import { TrackPhaseSection } from './phase.section';
import { TrackProfilesSection } from './profiles.section';
import { CompanyVisitSection } from './company-visit.section';

/**
 * One company's year in the track, in the order it happens: where it stands,
 * the baseline (upload, review, results as they arrive), the ISO 26000 scan,
 * the profile, the action plan and vision, the communication assignment and
 * the certificates. The participant, its adviser and the coordinator all
 * work here; each sees the buttons its role may use. Every section runs its
 * changes through the page's actions, so one refusal box says what the API
 * refused.
 */
@Component({
  selector: 'koers-participant',
  imports: [
    TranslocoPipe,
    RouterLink,
    LoadingComponent,
    ErrorStateComponent,
    RefusalComponent,
    TrackPhaseSection,
    TrackBaselineSection,
    TrackProfilesSection,
    ActionPlanSection,
    CommunicationSection,
    TrackCertificatesSection,
    CompanyVisitSection,
    NotFoundComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (notFound(track.error())) {
      <koers-not-found what="track" />
    } @else if (track.error()) {
      <koers-error-state (retry)="track.reload()" />
    } @else if (!track.hasValue()) {
      <koers-loading />
    } @else {
      @let t = track.value()!;
      @if (!participant()) {
        <p><a [routerLink]="['../../groepen', t.cohort.id]">{{ t.cohort.name }}</a></p>
      }
      <h1>{{ t.organisation.name }}</h1>
      <p>{{ t.cohort.name }} · {{ t.cohort.municipality }}</p>
      <koers-refusal data-testid="track-error" [refusal]="actions.error()" />

      <section aria-labelledby="phase-title">
        <h2 id="phase-title">{{ (participant() ? 'koploper.track.own.phase' : 'koploper.track.phase') | transloco }}</h2>
        <koers-track-phase [track]="t" [canMove]="staff()" [staff]="organiser() ? (cohort.value()?.staff ?? null) : null" [actions]="actions" (changed)="track.reload()" />
      </section>

      <section aria-labelledby="baseline-title">
        <h2 id="baseline-title">{{ 'koploper.track.baseline' | transloco }}</h2>
        <koers-track-baseline [track]="t" [staff]="staff()" [editable]="mayEnter()" [actions]="actions" (changed)="track.reload()" />
      </section>

      <section aria-labelledby="profile-title">
        <h2 id="profile-title">{{ 'koploper.track.profiles' | transloco }}</h2>
        <koers-track-profiles [participantId]="t.participant.id" [profiles]="t.profiles" [staff]="staff()" [actions]="actions" />
      </section>

      <section aria-labelledby="visit-title">
        <h2 id="visit-title">{{ 'koploper.visit.title' | transloco }}</h2>
        <koers-company-visit [participantId]="t.participant.id" [organisation]="t.organisation" [cohortId]="t.cohort.id" [sessions]="cohort.value()?.sessions ?? null"
                             [canPlan]="staff() && t.cohort.status !== 'closed'" [own]="participant()" (changed)="cohort.reload()" />
      </section>

      <section aria-labelledby="plan-title">
        <h2 id="plan-title">{{ 'koploper.plan.title' | transloco }}</h2>
        <koers-action-plan [editable]="mayEnter()" [participantId]="t.participant.id" [plan]="t.actionPlan" [profiles]="t.profiles" [actions]="actions" (changed)="track.reload()" />
      </section>

      <section aria-labelledby="communication-title">
        <h2 id="communication-title">{{ 'koploper.communication.title' | transloco }}</h2>
        <koers-communication [editable]="mayCommunicate()" [participantId]="t.participant.id" [submission]="t.communication" [actions]="actions" (changed)="track.reload()" />
      </section>

      <section aria-labelledby="certificate-title">
        <h2 id="certificate-title">{{ 'koploper.track.certificate' | transloco }}</h2>
        <koers-track-certificates [track]="t" [actions]="actions" (changed)="track.reload()" />
      </section>
    }
  `,
})
export class ParticipantPage {
  readonly participantId = input.required<string>();
  private readonly api = inject(KoploperApi);
  private readonly auth = inject(AuthService);

  readonly participant = computed(() => this.auth.role() === 'participant');
  readonly staff = computed(() => this.auth.hasRole('administrator', 'coordinator', 'adviser'));
  readonly organiser = computed(() => this.auth.hasRole('administrator', 'coordinator'));
  /** Who may enter the baseline, the scan and the action plan (the API's writers); the analyst reads along. */
  readonly mayEnter = computed(() => this.auth.hasRole('administrator', 'coordinator', 'adviser', 'participant'));
  /** Who may write and hand in the communication assignment: the company and its adviser (PUT communication). */
  readonly mayCommunicate = computed(() => this.auth.hasRole('adviser', 'participant'));

  readonly track = resource({ params: () => this.participantId(), loader: ({ params }) => this.api.track(params) });
  /** The cohort: its staff, for the coordinator who assigns the adviser; its sessions, for the talks at this company (the API shows a participant only its own). */
  readonly cohort = resource({
    params: () => (this.track.hasValue() ? this.track.value().cohort.id : undefined),
    loader: ({ params }) => this.api.cohort(params),
  });
  readonly actions = pageActions();
  readonly notFound = isNotFound;

  constructor() {
    // Results arrive from the worker: ask again while a calculation is pending.
    let timer: ReturnType<typeof setTimeout> | undefined;
    effect(() => {
      const b = this.track.hasValue() ? this.track.value().baseline : undefined;
      clearTimeout(timer);
      if (b && [b.footprint.result, b.iso26000.result].some((r) => r?.status === 'pending')) timer = setTimeout(() => this.track.reload(), 1500);
    });
    inject(DestroyRef).onDestroy(() => clearTimeout(timer));
  }
}
