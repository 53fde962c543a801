import { ChangeDetectionStrategy, Component, computed, inject, resource, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { DEFAULT_FOLLOW_UP_WEEKS, FOLLOW_UP_OUTCOMES, FOLLOW_UP_OUTCOME_LABELS, HELP_NEEDS, HELP_NEED_LABELS, type FollowUpOutcome, type HelpNeed } from '@koers/domain';
import { JourneyApi, type FeedbackSessionResult, type FollowUpView } from '@koers/web-api-client';
import { AuthService } from '@koers/web-auth';
import { ErrorStateComponent, LoadingComponent } from '@koers/web-ui';
import { BilingualPipe, KoersDatePipe, RefusalComponent, fieldText, pageActions } from '@koers/web-programme';

type Tab = 'due' | 'planned' | 'done';

/**
 * `/reis/opvolging`: the coordinator's worklist after every track. Te bellen
 * (due and overdue, overdue marked), Gepland, Afgerond; recording a call with
 * its outcome, the help asked for and the next contact; the follow-up period;
 * the plenary feedback session of a closed track.
 */
@Component({
  selector: 'koers-journey-follow-up',
  imports: [TranslocoPipe, RouterLink, BilingualPipe, KoersDatePipe, RefusalComponent, LoadingComponent, ErrorStateComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  // The chosen tab must be visible as chosen, not only to a screen reader.
  styles: ['.koers-tabs { display: flex; gap: .25rem; margin-bottom: 1rem; } .koers-tabs button[aria-pressed="true"] { background: var(--koers-accent); color: #fff; border-color: var(--koers-accent); }'],
  template: `
    <h1>{{ 'journey.followUp.title' | transloco }}</h1>
    <p>{{ 'journey.followUp.intro' | transloco }}</p>
    <div role="group" class="koers-tabs" [attr.aria-label]="'journey.followUp.tabs' | transloco">
      @for (t of tabs; track t) {
        <button type="button" class="koers-button koers-button-secondary" [attr.aria-pressed]="tab() === t" [attr.data-tab]="t" (click)="tab.set(t); open.set(null)">
          {{ 'journey.followUp.' + t | transloco }}@if (counts(); as c) { ({{ t === 'due' ? c.due + c.overdue : c[t] }}) }
        </button>
      }
    </div>

    @if (lastCall(); as c) {
      <p class="koers-notice" role="status" data-testid="last-call">
        {{ 'journey.followUp.recorded' | transloco: { name: c.task.organisation.name } }}
        @if (c.task.outcome) { {{ 'journey.followUp.outcomeOf' | transloco: { outcome: (outcomeLabels[c.task.outcome] | bilingual) } }}. }
        @if (c.next; as n) { <span data-testid="next-task">{{ 'journey.followUp.nextTask' | transloco: { date: (n.dueOn | koersDate) } }}</span> }
      </p>
    }

    @if (list.error()) {
      <koers-error-state (retry)="list.reload()" />
    } @else if (!list.hasValue()) {
      <koers-loading />
    } @else if (list.value().items.length) {
      <table class="koers-table" data-testid="worklist">
        <caption class="koers-visually-hidden">{{ 'journey.followUp.' + tab() | transloco }}</caption>
        <thead>
          <tr>
            <th scope="col">{{ 'journey.followUp.company' | transloco }}</th>
            <th scope="col">{{ 'journey.followUp.track' | transloco }}</th>
            <th scope="col">{{ 'journey.followUp.dueOn' | transloco }}</th>
            <th scope="col">{{ 'journey.followUp.contact' | transloco }}</th>
            <th scope="col"><span class="koers-visually-hidden">{{ 'journey.followUp.record' | transloco }}</span></th>
          </tr>
        </thead>
        <tbody>
          @for (t of list.value().items; track t.id) {
            <tr [attr.data-task-id]="t.id" [attr.data-state]="t.state">
              <td><a [routerLink]="['../bedrijven', t.organisation.id]">{{ t.organisation.name }}</a></td>
              <td>{{ t.group?.name ?? '—' }}</td>
              <td>
                {{ t.dueOn | koersDate }}
                @if (t.state === 'overdue') {
                  <strong class="koers-late"> · {{ 'journey.followUp.late' | transloco: { days: t.daysOverdue } }}</strong>
                } @else if (t.state === 'due') {
                  <strong> · {{ 'journey.followUp.today' | transloco }}</strong>
                }
              </td>
              <td>
                @if (t.contact; as c) {
                  {{ c.name }} · <a [href]="'mailto:' + c.email">{{ c.email }}</a>
                } @else {
                  —
                }
              </td>
              <td>
                @if (t.state === 'done' || t.state === 'cancelled') {
                  @if (t.outcome) {
                    {{ 'journey.followUp.outcomeOf' | transloco: { outcome: (outcomeLabels[t.outcome] | bilingual) } }}
                  }
                  @if (t.note) { <br /><small>{{ t.note }}</small> }
                } @else if (caller()) {
                  <button type="button" class="koers-button" [attr.aria-expanded]="open() === t.id" (click)="startCall(t)">{{ 'journey.followUp.record' | transloco }}</button>
                }
              </td>
            </tr>
            @if (open() === t.id) {
              <tr class="koers-row-form">
                <td colspan="5">
                  <form data-testid="call-form" (submit)="$event.preventDefault(); record(t)">
                    <fieldset>
                      <legend>{{ 'journey.followUp.outcome' | transloco }}</legend>
                      @for (o of outcomes; track o) {
                        <div class="koers-check">
                          <input type="radio" name="outcome" [id]="'outcome-' + o" [value]="o" [checked]="outcome() === o" (change)="outcome.set(o)" />
                          <label [for]="'outcome-' + o">{{ outcomeLabels[o] | bilingual }}</label>
                        </div>
                      }
                      @if (err(callActions.error(), 'outcome'); as e) { <p class="koers-field-error">{{ e | bilingual }}</p> }
                    </fieldset>
                    <fieldset>
                      <legend>{{ 'journey.followUp.help' | transloco }}</legend>
                      @for (h of helpNeeds; track h) {
                        <div class="koers-check">
                          <input type="checkbox" [id]="'help-' + h" [checked]="help().has(h)" (change)="toggleHelp(h, $any($event.target).checked)" />
                          <label [for]="'help-' + h">{{ helpLabels[h] | bilingual }}</label>
                        </div>
                      }
                    </fieldset>
                    <div class="koers-field">
                      <label for="call-note">{{ 'journey.followUp.note' | transloco }}</label>
                      <textarea id="call-note" [value]="note()" (input)="note.set($any($event.target).value)"></textarea>
                      @if (err(callActions.error(), 'note'); as e) { <p class="koers-field-error">{{ e | bilingual }}</p> }
                    </div>
                    <div class="koers-field">
                      <label for="call-next">{{ 'journey.followUp.next' | transloco }}</label>
                      <input id="call-next" type="date" [value]="next()" (input)="next.set($any($event.target).value)" />
                      @if (err(callActions.error(), 'nextContactOn'); as e) { <p class="koers-field-error" data-testid="next-error">{{ e | bilingual }}</p> }
                    </div>
                    <koers-refusal [refusal]="callActions.error()" [omit]="['outcome', 'note', 'nextContactOn']" />
                    <p class="koers-actions">
                      <button type="submit" class="koers-button" [disabled]="callActions.busy()">{{ 'journey.common.save' | transloco }}</button>
                      <button type="button" class="koers-button koers-button-secondary" (click)="open.set(null)">{{ 'journey.followUp.cancel' | transloco }}</button>
                    </p>
                  </form>
                </td>
              </tr>
            }
          }
        </tbody>
      </table>
    } @else {
      <p>{{ 'journey.followUp.empty' | transloco }}</p>
    }

    @if (organiser()) {
      <h2>{{ 'journey.followUp.settings' | transloco }}</h2>
      <form data-testid="settings-form" (submit)="$event.preventDefault(); saveWeeks()">
        <div class="koers-field">
          <label for="follow-up-weeks">{{ 'journey.followUp.weeks' | transloco }}</label>
          <input id="follow-up-weeks" type="number" min="0" max="52" step="1" [value]="weeksValue()" (input)="weeks.set($any($event.target).value)" />
          <p class="koers-hint">{{ 'journey.followUp.weeksHint' | transloco: { n: defaultWeeks } }}</p>
          @if (err(weeksActions.error(), 'weeks'); as e) { <p class="koers-field-error">{{ e | bilingual }}</p> }
        </div>
        <koers-refusal [refusal]="weeksActions.error()" [omit]="['weeks']" />
        <button type="submit" class="koers-button" [disabled]="weeksActions.busy()">{{ 'journey.followUp.saveWeeks' | transloco }}</button>
      </form>

      <h2>{{ 'journey.followUp.feedback' | transloco }}</h2>
      <form data-testid="feedback-form" (submit)="$event.preventDefault(); planFeedback()">
        <div class="koers-field">
          <label for="feedback-group">{{ 'journey.followUp.feedbackGroup' | transloco }}</label>
          <select id="feedback-group" [value]="fbGroup()" (change)="fbGroup.set($any($event.target).value)">
            <option value="">—</option>
            @for (g of groups(); track g.id) {
              <option [value]="g.id">{{ g.name }}</option>
            }
          </select>
        </div>
        <div class="koers-field">
          <label for="feedback-starts">{{ 'journey.followUp.startsAt' | transloco }}</label>
          <input id="feedback-starts" type="datetime-local" [value]="fbStarts()" (input)="fbStarts.set($any($event.target).value)" />
          @if (err(fbActions.error(), 'startsAt'); as e) { <p class="koers-field-error">{{ e | bilingual }}</p> }
        </div>
        <div class="koers-field">
          <label for="feedback-location">{{ 'journey.followUp.location' | transloco }}</label>
          <input id="feedback-location" [value]="fbLocation()" (input)="fbLocation.set($any($event.target).value)" />
          @if (err(fbActions.error(), 'location'); as e) { <p class="koers-field-error">{{ e | bilingual }}</p> }
        </div>
        <koers-refusal [refusal]="fbActions.error()" [omit]="['startsAt', 'location']" />
        <button type="submit" class="koers-button" [disabled]="!fbGroup() || fbActions.busy()">{{ 'journey.followUp.plan' | transloco }}</button>
      </form>
      @if (fbResult(); as r) {
        <div role="status" data-testid="feedback-result">
          <p>{{ 'journey.followUp.invited' | transloco: { n: r.invited } }}</p>
          @if (r.notReached.length) {
            <p>{{ 'journey.followUp.notReached' | transloco: { names: notReachedNames(r) } }}</p>
          }
        </div>
      }
    }
  `,
})
export class FollowUpPage {
  private readonly api = inject(JourneyApi);
  private readonly auth = inject(AuthService);
  readonly tabs: Tab[] = ['due', 'planned', 'done'];
  readonly outcomes = FOLLOW_UP_OUTCOMES;
  readonly outcomeLabels = FOLLOW_UP_OUTCOME_LABELS;
  readonly helpNeeds = HELP_NEEDS;
  readonly helpLabels = HELP_NEED_LABELS;
  readonly defaultWeeks = DEFAULT_FOLLOW_UP_WEEKS;
  readonly err = fieldText;
  readonly caller = computed(() => this.auth.hasRole('administrator', 'coordinator', 'adviser'));
  readonly organiser = computed(() => this.auth.hasRole('administrator', 'coordinator'));

  readonly tab = signal<Tab>('due');
  readonly list = resource({ params: () => this.tab(), loader: ({ params }) => this.api.followUps(params) });
  readonly counts = computed(() => (this.list.hasValue() ? this.list.value().counts : null));

  readonly callActions = pageActions();
  readonly open = signal<string | null>(null);
  readonly outcome = signal<FollowUpOutcome | null>(null);
  readonly help = signal(new Set<HelpNeed>());
  readonly note = signal('');
  readonly next = signal('');
  readonly lastCall = signal<{ task: FollowUpView; next: FollowUpView | null } | null>(null);

  readonly weeksActions = pageActions();
  readonly weeks = signal<string>('');
  private readonly settings = resource({ params: () => (this.organiser() ? true : undefined), loader: () => this.api.followUpSettings() });

  readonly fbActions = pageActions();
  readonly fbGroup = signal('');
  readonly fbStarts = signal('');
  readonly fbLocation = signal('');
  readonly fbResult = signal<FeedbackSessionResult | null>(null);
  /** Every task of this partner, whatever the tab: their tracks are the groups a feedback session can be planned for. */
  private readonly allTasks = resource({ params: () => (this.organiser() ? true : undefined), loader: () => this.api.followUps('all') });
  readonly groups = computed(() => {
    const seen = new Map<string, { id: string; name: string }>();
    for (const t of this.allTasks.hasValue() ? this.allTasks.value().items : []) if (t.group) seen.set(t.group.id, t.group);
    return [...seen.values()].sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  });

  /** What the user typed, else the stored period. */
  weeksValue() {
    return this.weeks() !== '' ? this.weeks() : this.settings.hasValue() ? String(this.settings.value().weeks) : '';
  }

  startCall(t: FollowUpView) {
    this.open.set(this.open() === t.id ? null : t.id);
    this.outcome.set(null);
    this.help.set(new Set());
    this.note.set('');
    this.next.set('');
    this.callActions.error.set(null);
  }
  toggleHelp(h: HelpNeed, on: boolean) {
    const s = new Set(this.help());
    if (on) s.add(h);
    else s.delete(h);
    this.help.set(s);
  }

  async record(t: FollowUpView) {
    const outcome = this.outcome();
    const body = {
      // No outcome chosen: sent as is, so the server names the field (one place for the rule).
      outcome: outcome as FollowUpOutcome,
      helpNeeded: HELP_NEEDS.filter((h) => this.help().has(h)),
      ...(this.note().trim() ? { note: this.note().trim() } : {}),
      ...(this.next() ? { nextContactOn: this.next() } : {}),
    };
    await this.callActions.run(
      async () => this.lastCall.set(await this.api.recordCall(t.id, body)),
      'journey.followUp.recorded',
      { name: t.organisation.name },
      () => {
        this.open.set(null);
        this.list.reload();
      },
    );
  }

  async saveWeeks() {
    const raw = this.weeksValue();
    const n = Number(raw);
    await this.weeksActions.run(async () => this.weeks.set(String((await this.api.setFollowUpWeeks(raw === '' || Number.isNaN(n) ? (raw as unknown as number) : n)).weeks)), 'journey.followUp.weeksSaved');
  }

  async planFeedback() {
    const starts = this.fbStarts();
    const startsAt = starts ? new Date(starts).toISOString() : '';
    await this.fbActions.run(async () => this.fbResult.set(await this.api.planFeedbackSession(this.fbGroup(), { startsAt, location: this.fbLocation() })));
  }

  notReachedNames(r: FeedbackSessionResult) {
    return r.notReached.map((x) => x.organisationName).join(', ');
  }
}
