import { ChangeDetectionStrategy, Component, computed, inject, input, linkedSignal, output, resource, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { PRIZE_OUTCOME_LABELS } from '@koers/domain';
import { KoploperApi, koploperDownloads, type Prize } from '@koers/web-api-client';
import { AuthService } from '@koers/web-auth';
import { EmptyStateComponent, ErrorStateComponent, LanguageService, LoadingComponent, ToastService } from '@koers/web-ui';
import { BilingualPipe, RefusalComponent, refusal, type Refusal } from '../shared';
import { formatScore, myScores, places, validScore, type PrizeCriterion, type PrizeEntry } from './prize-helpers';


/** One juror's scores for one submission: a number per published criterion, 0..max. */
@Component({
  selector: 'koers-prize-score-form',
  imports: [TranslocoPipe, BilingualPipe, RefusalComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    fieldset { border: 1px solid var(--koers-line); border-radius: 8px; margin: 0 0 1rem; padding: 1rem; }
    legend { font-weight: 700; padding: 0 .25rem; }
    .koers-field input { max-width: 8rem; }
  `,
  template: `
    <form (submit)="$event.preventDefault(); save()" novalidate [attr.data-testid]="'scores-' + entry().organisationName">
      <fieldset>
        <legend>{{ entry().organisationName }}</legend>
        <!-- What the jury judges: the story and its files. -->
        <blockquote class="koers-pre koers-note">{{ entry().text }}</blockquote>
        @if (entry().files.length) {
          <ul>
            @for (f of entry().files; track f.id) {
              <li><a [href]="fileUrl(f.id)" download>{{ f.filename }}</a></li>
            }
          </ul>
        }
        @for (c of criteria(); track c.id) {
          <div class="koers-field">
            <label [attr.for]="fieldId(c)">{{ 'koploper.prize.scoreLabel' | transloco: { criterion: (c.name | bilingual), max: c.max } }}</label>
            <input type="number" inputmode="decimal" min="0" step="0.1" [attr.max]="c.max" [id]="fieldId(c)" [attr.data-testid]="'score-' + c.id"
                   [value]="values()[c.id]" (input)="setValue(c.id, $any($event.target).value)"
                   [attr.aria-invalid]="invalid().includes(c.id)" [attr.aria-describedby]="invalid().includes(c.id) ? fieldId(c) + '-error' : null" />
            @if (invalid().includes(c.id)) {
              <p class="koers-field-error" [id]="fieldId(c) + '-error'">{{ 'koploper.prize.scoreInvalid' | transloco: { max: c.max } }}</p>
            }
          </div>
        }
        <koers-refusal [refusal]="failure()" />
        <button class="koers-button" type="submit" data-testid="save-scores" [disabled]="busy()">{{ 'koploper.prize.saveScores' | transloco }}</button>
      </fieldset>
    </form>
  `,
})
export class PrizeScoreFormComponent {
  readonly fileUrl = koploperDownloads.file;
  private readonly api = inject(KoploperApi);
  private readonly language = inject(LanguageService);
  private readonly toasts = inject(ToastService);
  private readonly transloco = inject(TranslocoService);

  readonly entry = input.required<PrizeEntry>();
  readonly criteria = input.required<PrizeCriterion[]>();
  readonly jurorUserId = input.required<string>();
  readonly saved = output<Prize>();

  /** The form's values, starting from what this juror gave before. */
  readonly values = linkedSignal(() => myScores(this.entry(), this.criteria(), this.jurorUserId()));
  readonly tried = signal(false);
  readonly busy = signal(false);
  readonly failure = signal<Refusal | null>(null);
  readonly invalid = computed(() => (this.tried() ? this.criteria().filter((c) => validScore(this.values()[c.id] ?? '', c.max) === null).map((c) => c.id) : []));

  fieldId(c: PrizeCriterion) {
    return `score-${this.entry().submissionId}-${c.id}`;
  }

  setValue(criterionId: string, value: string) {
    this.values.update((v) => ({ ...v, [criterionId]: value }));
  }

  async save() {
    this.tried.set(true);
    if (this.invalid().length) return;
    const scores = Object.fromEntries(this.criteria().map((c) => [c.id, validScore(this.values()[c.id], c.max) as number]));
    this.busy.set(true);
    this.failure.set(null);
    try {
      const prize = await this.api.score(this.entry().submissionId, scores);
      this.tried.set(false);
      this.toasts.show(this.transloco.translate('koploper.prize.scoresSaved', { name: this.entry().organisationName }), 'info');
      this.saved.emit(prize);
    } catch (e) {
      this.failure.set(refusal(e, this.language.current()));
    } finally {
      this.busy.set(false);
    }
  }
}

/**
 * The communication assignment and Koploper prize of one cohort: the published
 * criteria, the jury (chosen by the coordinator), each juror's scores, the
 * ranking, and the winner, whom the coordinator picks among the leaders (ties).
 */
@Component({
  selector: 'koers-koploper-prize',
  imports: [TranslocoPipe, RouterLink, EmptyStateComponent, ErrorStateComponent, LoadingComponent, BilingualPipe, PrizeScoreFormComponent, RefusalComponent],
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
              <td>{{ c.max }}</td>
              <td>{{ c.weight }}</td>
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
          <form (submit)="$event.preventDefault(); saveJury()" novalidate>
            <fieldset>
              <legend>{{ 'koploper.prize.chooseJury' | transloco }}</legend>
              @for (s of staff.value()!; track s.userId) {
                <label class="koers-choice">
                  <input type="checkbox" [checked]="juryDraft().includes(s.userId)" (change)="toggleJuror(s.userId, $any($event.target).checked)" [attr.data-testid]="'juror-' + s.email" />
                  {{ s.name }} ({{ 'roles.' + s.role | transloco }})
                </label>
              }
            </fieldset>
            <koers-refusal [refusal]="juryFailure()" />
            <button class="koers-button" type="submit" data-testid="save-jury" [disabled]="busy()">{{ 'koploper.prize.saveJury' | transloco }}</button>
          </form>
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
          <form (submit)="$event.preventDefault(); award()" novalidate>
            <fieldset [attr.aria-describedby]="'winner-hint'">
              <legend>{{ 'koploper.prize.chooseWinner' | transloco }}</legend>
              <p id="winner-hint">{{ 'koploper.prize.chooseWinnerHint' | transloco }}</p>
              @for (id of p.leaders; track id) {
                <label class="koers-choice">
                  <input type="radio" name="prize-winner" [value]="id" [checked]="winnerChoice() === id" (change)="winnerChoice.set(id)" [attr.data-testid]="'leader-' + nameOf(id)" />
                  {{ nameOf(id) }}
                </label>
              }
              @if (winnerTried() && !winnerChoice()) {
                <p class="koers-field-error">{{ 'koploper.prize.winnerRequired' | transloco }}</p>
              }
            </fieldset>
            <koers-refusal data-testid="refusal" [refusal]="awardFailure()" />
            <button class="koers-button" type="submit" data-testid="award-prize" [disabled]="busy()">{{ 'koploper.prize.award' | transloco }}</button>
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
  private readonly toasts = inject(ToastService);
  private readonly transloco = inject(TranslocoService);

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

  readonly juryDraft = linkedSignal(() => this.current()?.jury.map((j) => j.userId) ?? []);
  readonly winnerChoice = linkedSignal(() => {
    const leaders = this.current()?.leaders ?? [];
    return leaders.length === 1 ? leaders[0] : '';
  });
  readonly winnerTried = signal(false);
  readonly busy = signal(false);
  readonly juryFailure = signal<Refusal | null>(null);
  readonly awardFailure = signal<Refusal | null>(null);

  nameOf(participantId: string): string {
    return this.current()?.entries.find((e) => e.participantId === participantId)?.organisationName ?? participantId;
  }

  score(value: number): string {
    return formatScore(value, this.language.current());
  }

  toggleJuror(userId: string, on: boolean) {
    this.juryDraft.update((ids) => (on ? [...new Set([...ids, userId])] : ids.filter((id) => id !== userId)));
  }

  async saveJury() {
    this.busy.set(true);
    this.juryFailure.set(null);
    try {
      this.prize.set(await this.api.setJury(this.cohortId(), this.juryDraft()));
      this.toasts.show(this.transloco.translate('koploper.prize.jurySaved'), 'info');
    } catch (e) {
      this.juryFailure.set(refusal(e, this.language.current()));
    } finally {
      this.busy.set(false);
    }
  }

  async award() {
    this.winnerTried.set(true);
    const participantId = this.winnerChoice();
    if (!participantId) return;
    this.busy.set(true);
    this.awardFailure.set(null);
    try {
      this.prize.set(await this.api.awardPrize(this.cohortId(), participantId));
      this.toasts.show(this.transloco.translate('koploper.prize.awarded', { name: this.nameOf(participantId) }), 'info');
    } catch (e) {
      this.awardFailure.set(refusal(e, this.language.current()));
    } finally {
      this.busy.set(false);
    }
  }
}
