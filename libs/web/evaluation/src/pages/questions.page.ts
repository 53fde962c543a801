import { ChangeDetectionStrategy, Component, computed, inject, resource, signal } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { EvaluationApi } from '@koers/web-api-client';
import { AuthService } from '@koers/web-auth';
import { ErrorStateComponent, LanguageService, LoadingComponent } from '@koers/web-ui';
import { BilingualPipe, KoersDatePipe, RefusalComponent, fieldText, pageActions } from '@koers/web-programme';
import { EvaluationSubnavComponent } from './subnav';

const FIELDS = ['key', 'text', 'text.nl', 'text.en'];

/**
 * `/programmacijfers/vragen`: the partner's own statements, asked after the
 * core questionnaire in surveys of groups that close from now on;
 * administrators and coordinators add and remove them.
 */
@Component({
  selector: 'koers-evaluation-questions',
  imports: [TranslocoPipe, BilingualPipe, KoersDatePipe, RefusalComponent, LoadingComponent, ErrorStateComponent, EvaluationSubnavComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <koers-evaluation-subnav />
    <h1>{{ 'evaluation.questions.title' | transloco }}</h1>
    <p>{{ 'evaluation.questions.intro' | transloco }}</p>
    @if (list.error()) {
      <koers-error-state (retry)="list.reload()" />
    } @else if (!list.hasValue()) {
      <koers-loading />
    } @else if (!list.value().items.length) {
      <p data-testid="no-questions">{{ 'evaluation.questions.none' | transloco }}</p>
    } @else {
      <table class="koers-table" data-testid="questions">
        <thead>
          <tr>
            <th scope="col">{{ 'evaluation.questions.key' | transloco }}</th>
            <th scope="col">{{ (lang() === 'nl' ? 'evaluation.questions.nl' : 'evaluation.questions.en') | transloco }}</th>
            <th scope="col">{{ 'evaluation.questions.date' | transloco }}</th>
            @if (editor()) { <th scope="col"><span class="koers-visually-hidden">{{ 'evaluation.questions.retire' | transloco }}</span></th> }
          </tr>
        </thead>
        <tbody>
          @for (q of list.value().items; track q.id) {
            <tr [attr.data-question]="q.key">
              <th scope="row"><code>{{ q.key }}</code></th>
              <td>{{ q.text | bilingual }}</td>
              <td>{{ q.createdAt | koersDate }}</td>
              @if (editor()) {
                <td><button type="button" class="koers-button koers-button-secondary" [disabled]="actions.busy()" (click)="retire(q.id)">{{ 'evaluation.questions.retire' | transloco }}</button></td>
              }
            </tr>
          }
        </tbody>
      </table>
    }
    @if (editor()) {
      <h2>{{ 'evaluation.questions.add' | transloco }}</h2>
      <form data-testid="question-new" (submit)="$event.preventDefault(); add()">
        <div class="koers-field">
          <label for="question-key">{{ 'evaluation.questions.key' | transloco }}</label>
          <input id="question-key" aria-describedby="question-key-hint" [value]="f().key" (input)="set('key', $any($event.target).value)" />
          <p class="koers-hint" id="question-key-hint">{{ 'evaluation.questions.keyHint' | transloco }}</p>
          @if (err(actions.error(), 'key'); as e) { <p class="koers-field-error" data-testid="key-error">{{ e | bilingual }}</p> }
        </div>
        <div class="koers-field">
          <label for="question-nl">{{ 'evaluation.questions.nl' | transloco }}</label>
          <input id="question-nl" maxlength="300" [value]="f().nl" (input)="set('nl', $any($event.target).value)" />
          @if (err(actions.error(), 'text.nl'); as e) { <p class="koers-field-error" data-testid="nl-error">{{ e | bilingual }}</p> }
        </div>
        <div class="koers-field">
          <label for="question-en">{{ 'evaluation.questions.en' | transloco }}</label>
          <input id="question-en" maxlength="300" [value]="f().en" (input)="set('en', $any($event.target).value)" />
          @if (err(actions.error(), 'text.en'); as e) { <p class="koers-field-error" data-testid="en-error">{{ e | bilingual }}</p> }
        </div>
        <koers-refusal [refusal]="actions.error()" [omit]="fields" />
        <button type="submit" class="koers-button" [disabled]="actions.busy()">{{ 'evaluation.questions.add' | transloco }}</button>
      </form>
    } @else {
      <p class="koers-hint" data-testid="read-only">{{ 'evaluation.questions.readOnly' | transloco }}</p>
    }
  `,
})
export class QuestionsPage {
  private readonly api = inject(EvaluationApi);
  private readonly auth = inject(AuthService);
  private readonly language = inject(LanguageService);
  readonly lang = this.language.current;
  readonly editor = computed(() => this.auth.hasRole('administrator', 'coordinator'));
  readonly fields = FIELDS;
  readonly err = fieldText;
  readonly actions = pageActions();
  readonly list = resource({ loader: () => this.api.questions() });
  readonly f = signal({ key: '', nl: '', en: '' });
  set(key: 'key' | 'nl' | 'en', value: string) {
    this.f.update((f) => ({ ...f, [key]: value }));
  }
  async add() {
    const f = this.f();
    const ok = await this.actions.run(() => this.api.addQuestion({ key: f.key.trim(), text: { nl: f.nl, en: f.en } }), 'evaluation.questions.added');
    if (ok) {
      this.f.set({ key: '', nl: '', en: '' });
      this.list.reload();
    }
  }
  async retire(id: string) {
    if (await this.actions.run(() => this.api.retireQuestion(id), 'evaluation.questions.retired')) this.list.reload();
  }
}
