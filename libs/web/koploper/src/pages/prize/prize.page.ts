import { ChangeDetectionStrategy, Component, computed, effect, inject, input, resource } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { PRIZE_OUTCOME_LABELS } from '@koers/domain';
import { KoploperApi } from '@koers/web-api-client';
import { AuthService } from '@koers/web-auth';
import { EmptyStateComponent, ErrorStateComponent, LanguageService, LoadingComponent } from '@koers/web-ui';
import { BilingualPipe, FieldErrorComponent, RefusalComponent, fieldErrors, pageActions } from '@koers/web-programme';
import { formatScore, places } from './prize-helpers';
import { PrizeJuryFormComponent } from './prize-jury.form';
import { PrizeScoreFormComponent } from './prize-score-form';

/**
 * The communication assignment and Koploper prize of one cohort: the published
 * criteria, the jury (chosen by the coordinator), each juror's scores, the
 * ranking, and the winner, whom the coordinator picks among the leaders (ties).
 */
@Component({
  selector: 'koers-koploper-prize',
  imports: [
    ReactiveFormsModule,
    TranslocoPipe,
    RouterLink,
    EmptyStateComponent,
    ErrorStateComponent,
    LoadingComponent,
    BilingualPipe,
    RefusalComponent,
    FieldErrorComponent,
    PrizeScoreFormComponent,
    PrizeJuryFormComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    fieldset { border: 1px solid var(--koers-line); border-radius: 8px; margin: 0 0 1rem; padding: 1rem; }
    legend { font-weight: 700; padding: 0 .25rem; }
    .koers-choice { display: flex; gap: .5rem; align-items: center; margin: .25rem 0; }
    .koers-prize-outcome { font-weight: 700; }
  `,
  template: `
    <p><a [routerLink]="['..', 'groepen', cohortId()]">{{ 'koploper.prize.back' | transloco }}</a></p>
    <h1>{{ 'koploper.prize.title' | transloco }}</h1>
    @if (cohort.hasValue()) {
      <p data-testid="cohort-name">{{ cohort.value()!.name }} · {{ cohort.value()!.municipality }}</p>
    }

    @if (prize.isLoading() && !prize.hasValue()) {
      <koers-loading />
    } @else if (prize.error()) {
      <koers-error-state (retry)="prize.reload()" />
    } @else if (prize.hasValue()) {
      @let p = prize.value()!;

      <h2>{{ 'koploper.prize.criteria' | transloco }}</h2>
      <p>{{ 'koploper.prize.criteriaIntro' | transloco }}</p>
      <table class="koers-table">
        <caption class="koers-visually-hidden">{{ 'koploper.prize.criteria' | transloco }}</caption>
        <thead>
          <tr>
            <th scope="col">{{ 'koploper.prize.criterion' | transloco }}</th>
            <th scope="col">{{ 'koploper.prize.description' | transloco }}</th>
            <th scope="col">{{ 'koploper.prize.max' | transloco }}</th>
            <th scope="col">{{ 'koploper.prize.weight' | transloco }}</th>
          </tr>
        </thead>
        <tbody>
          @for (c of p.criteria; track c.id) {
            <tr>
              <th scope="row">{{ c.name | bilingual }}</th>
              <td>{{ c.description | bilingual }}</td>
              <td>{{ score(c.max) }}</td>
              <td>{{ score(c.weight) }}</td>
            </tr>
          }
        </tbody>
      </table>

      <h2>{{ 'koploper.prize.jury' | transloco }}</h2>
      @if (p.jury.length) {
        <ul data-testid="jury">
          @for (j of p.jury; track j.userId) {
            <li>{{ j.name }}</li>
          }
        </ul>
      } @else {
        <p>{{ 'koploper.prize.noJury' | transloco }}</p>
      }
      @if (locked()) {
        <p data-testid="prize-locked">{{ 'koploper.prize.locked' | transloco }}</p>
      } @else if (organiser()) {
        @if (staff.isLoading()) {
          <koers-loading />
        } @else if (staff.error()) {
          <koers-error-state (retry)="staff.reload()" />
        } @else if (staff.value()?.length) {
          <koers-prize-jury-form [cohortId]="cohortId()" [staff]="staff.value()!" [jury]="juryIds()" (saved)="prize.set($event)" />
        } @else {
          <p>{{ 'koploper.prize.noStaff' | transloco }}</p>
        }
      }

      @if (jurorId(); as me) {
        @if (p.entries.length && !locked()) {
          <h2>{{ 'koploper.prize.yourScores' | transloco }}</h2>
          <p>{{ 'koploper.prize.scoresIntro' | transloco }}</p>
          @for (e of p.entries; track e.submissionId) {
            <koers-prize-score-form [entry]="e" [criteria]="p.criteria" [jurorUserId]="me" (saved)="prize.set($event)" />
          }
        }
      }

      <h2>{{ 'koploper.prize.ranking' | transloco }}</h2>
      @if (p.entries.length) {
        @if (winnerName(); as name) {
          <p class="koers-prize-outcome" role="status" data-testid="prize-winner">{{ 'koploper.prize.winner' | transloco: { name } }}</p>
        } @else if (noScores()) {
          <p class="koers-prize-outcome" role="status" data-testid="prize-no-scores">{{ outcome.no_scores | bilingual }}</p>
        } @else if (p.tie) {
          <p class="koers-prize-outcome" role="status" data-testid="prize-tie">{{ outcome.tie | bilingual }}. {{ 'koploper.prize.leaders' | transloco: { names: leaderNames() } }}</p>
        } @else {
          <p role="status">{{ 'koploper.prize.leaders' | transloco: { names: leaderNames() } }}</p>
        }
        @if (!allComplete()) {
          <p>{{ 'koploper.prize.incomplete' | transloco }}</p>
        }
        <table class="koers-table">
          <caption class="koers-visually-hidden">{{ 'koploper.prize.ranking' | transloco }}</caption>
          <thead>
            <tr>
              <th scope="col">{{ 'koploper.prize.rank' | transloco }}</th>
              <th scope="col">{{ 'koploper.prize.company' | transloco }}</th>
              <th scope="col">{{ 'koploper.prize.total' | transloco }}</th>
              <th scope="col">{{ 'koploper.prize.complete' | transloco }}</th>
            </tr>
          </thead>
          <tbody>
            @for (e of p.entries; track e.participantId; let i = $index) {
              <tr [attr.data-testid]="'entry-' + e.organisationName">
                <td>{{ rankPlaces()[i] }}</td>
                <th scope="row">
                  {{ e.organisationName }}
                  @if (e.participantId === p.winnerParticipantId) {
                    <strong> · {{ outcome.winner | bilingual }}</strong>
                  }
                </th>
                <td>{{ score(e.total) }}</td>
                <td>{{ (e.complete ? 'koploper.prize.completeYes' : 'koploper.prize.completeNo') | transloco }}</td>
              </tr>
            }
          </tbody>
        </table>

        @if (organiser() && !p.winnerParticipantId && p.leaders.length && !noScores()) {
          <form [formGroup]="award" (ngSubmit)="awardPrize()" novalidate>
            <fieldset aria-describedby="winner-hint">
              <legend>{{ 'koploper.prize.chooseWinner' | transloco }}</legend>
              <p id="winner-hint">{{ 'koploper.prize.chooseWinnerHint' | transloco }}</p>
              @for (id of p.leaders; track id) {
                <label class="koers-choice">
                  <input type="radio" name="prize-winner" [value]="id" [formControl]="award.controls.winner" [attr.data-testid]="'leader-' + nameOf(id)" />
                  {{ nameOf(id) }}
                </label>
              }
              <koers-field-error id="prize-winner-error" [message]="winnerError()" />
            </fieldset>
            <koers-refusal data-testid="refusal" [refusal]="actions.error()" />
            <button class="koers-button" type="submit" data-testid="award-prize" [disabled]="actions.busy()">{{ 'koploper.prize.award' | transloco }}</button>
          </form>
        }
      } @else {
        <koers-empty-state [title]="'koploper.prize.noEntries' | transloco" [hint]="'koploper.prize.noEntriesHint' | transloco" />
      }
    }
  `,
})
export class PrizePage {
  private readonly api = inject(KoploperApi);
  private readonly auth = inject(AuthService);
  private readonly language = inject(LanguageService);

  /** From the route (`groepen/:cohortId/prijs`). */
  readonly cohortId = input.required<string>();
  readonly outcome = PRIZE_OUTCOME_LABELS;
  readonly organiser = computed(() => this.auth.hasRole('administrator', 'coordinator'));

  readonly prize = resource({ params: () => this.cohortId(), loader: ({ params }) => this.api.prize(params) });
  /** Only for the cohort's name above the page; the prize works without it. */
  readonly cohort = resource({ params: () => this.cohortId(), loader: ({ params }) => this.api.cohort(params) });
  /** Who a coordinator can put on the jury (once per user: someone may hold several staff roles). */
  readonly staff = resource({
    params: () => this.organiser() || undefined,
    loader: async () => (await this.api.staff()).items.filter((s, i, all) => all.findIndex((o) => o.userId === s.userId) === i),
  });

  private readonly current = computed(() => (this.prize.hasValue() ? this.prize.value() : null));
  /** The signed-in user's id when they are on this cohort's jury. */
  readonly jurorId = computed(() => {
    const me = this.auth.session()?.user.id;
    return me && this.current()?.jury.some((j) => j.userId === me) ? me : null;
  });
  /** Once the prize is awarded (or the cohort closed) the API refuses jury changes and scores. */
  readonly locked = computed(() => !!this.current()?.winnerParticipantId || (this.cohort.hasValue() && this.cohort.value().status === 'closed'));
  readonly rankPlaces = computed(() => places(this.current()?.entries ?? []));
  readonly noScores = computed(() => (this.current()?.entries ?? []).every((e) => e.scores.length === 0));
  readonly allComplete = computed(() => (this.current()?.entries ?? []).every((e) => e.complete));
  readonly leaderNames = computed(() => (this.current()?.leaders ?? []).map((id) => this.nameOf(id)).join(', '));
  readonly winnerName = computed(() => {
    const winner = this.current()?.winnerParticipantId;
    return winner ? this.nameOf(winner) : null;
  });

  readonly juryIds = computed(() => this.current()?.jury.map((j) => j.userId) ?? []);

  readonly actions = pageActions();
  /** The winner, chosen among the leaders (the only one when there is no tie). */
  readonly award = new FormGroup({ winner: new FormControl('', { nonNullable: true, validators: Validators.required }) });
  private readonly awardErrors = fieldErrors(this.award, { winner: { required: 'koploper.prize.winnerRequired' } });
  readonly winnerError = computed(() => this.awardErrors().winner);

  constructor() {
    effect(() => {
      const leaders = this.current()?.leaders ?? [];
      if (this.award.pristine) this.award.controls.winner.setValue(leaders.length === 1 ? leaders[0] : '', { emitEvent: false });
    });
  }

  nameOf(participantId: string): string {
    return this.current()?.entries.find((e) => e.participantId === participantId)?.organisationName ?? participantId;
  }

  score(value: number): string {
    return formatScore(value, this.language.current());
  }

  async awardPrize() {
    this.award.markAllAsTouched();
    if (this.award.invalid) return;
    const participantId = this.award.controls.winner.value;
    await this.actions.run(async () => this.prize.set(await this.api.awardPrize(this.cohortId(), participantId)), 'koploper.prize.awarded', { name: this.nameOf(participantId) });
  }
}
