import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { ActivatedRoute } from '@angular/router';
import { ApiError, EvaluationApi, type PublicSurvey } from '@koers/web-api-client';
import { LanguageService, LanguageSwitchComponent } from '@koers/web-ui';

/** The route the survey mail links to (the API writes `/evaluatie/<token>`). */
export const SURVEY_PATH = 'evaluatie/:token';

const T = {
  loading: { nl: 'Enquête laden…', en: 'Loading the survey…' },
  unknown: { nl: 'Deze link werkt niet (meer). Is hij verlopen? Vraag uw coördinator om een nieuwe.', en: 'This link does not work (any more). Has it expired? Ask your coordinator for a new one.' },
  unavailable: { nl: 'De enquête is nu niet bereikbaar; probeer het later opnieuw.', en: 'The survey cannot be reached now; please try again later.' },
  intro: { nl: 'Geef per stelling aan in hoeverre u het ermee eens bent. U kunt een stelling overslaan.', en: 'For each statement, say how far you agree. You may skip a statement.' },
  submit: { nl: 'Antwoorden versturen', en: 'Send answers' },
  thanks: { nl: 'Bedankt! Uw antwoorden zijn opgeslagen.', en: 'Thank you! Your answers have been saved.' },
  already: { nl: 'Deze enquête is al ingevuld. Bedankt!', en: 'This survey has already been answered. Thank you!' },
  none: { nl: 'Beantwoord ten minste één stelling.', en: 'Answer at least one statement.' },
} as const;

/**
 * The evaluation survey after a track, opened from the mail's single-use link
 * without an account: the statements on a five-point agree scale, sent once.
 */
@Component({
  selector: 'koers-survey',
  imports: [LanguageSwitchComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <main id="inhoud" class="koers-sign-in koers-survey">
      <koers-language-switch />
      @if (survey(); as s) {
        <h1>{{ s.questionnaire.title[lang()] }}: {{ s.group }}</h1>
        <p>{{ s.partner }} · {{ s.organisation }}</p>
        @if (done() || s.answered) {
          <p class="koers-note" role="status" data-testid="survey-done">{{ t(done() ? 'thanks' : 'already') }}</p>
        } @else {
          <p>{{ t('intro') }}</p>
          <form (submit)="$event.preventDefault(); submit()" novalidate>
            @for (item of s.items; track item.key) {
              <fieldset class="koers-field" [attr.data-item]="item.key">
                <legend>{{ item.text[lang()] }}</legend>
                @for (l of s.scale; track l.value) {
                  <label>
                    <input type="radio" [name]="item.key" [value]="l.value" [checked]="answers()[item.key] === l.value" (change)="choose(item.key, l.value)" />
                    {{ l.text[lang()] }}
                  </label>
                }
              </fieldset>
            }
            @if (error(); as e) {
              <p class="koers-form-error" role="alert">{{ e }}</p>
            }
            <button class="koers-button" type="submit" [disabled]="busy()">{{ t('submit') }}</button>
          </form>
        }
      } @else if (error(); as e) {
        <h1>Evaluatie / Evaluation</h1>
        <p class="koers-form-error" role="alert" data-testid="survey-error">{{ e }}</p>
      } @else {
        <p role="status">{{ t('loading') }}</p>
      }
    </main>
  `,
})
export class SurveyComponent {
  private readonly api = inject(EvaluationApi);
  private readonly language = inject(LanguageService);
  private readonly token = inject(ActivatedRoute).snapshot.paramMap.get('token') ?? '';
  readonly lang = computed(() => this.language.current());
  readonly survey = signal<PublicSurvey | null>(null);
  readonly answers = signal<Record<string, number>>({});
  readonly busy = signal(false);
  readonly done = signal(false);
  readonly error = signal<string | null>(null);

  constructor() {
    void this.load();
  }

  t(key: keyof typeof T): string {
    return T[key][this.lang()];
  }

  choose(item: string, value: number) {
    this.answers.update((a) => ({ ...a, [item]: value }));
  }

  private async load() {
    try {
      this.survey.set(await this.api.survey(this.token));
    } catch (e) {
      this.error.set(this.t(e instanceof ApiError && e.status === 404 ? 'unknown' : 'unavailable'));
    }
  }

  async submit() {
    const s = this.survey();
    if (!s) return;
    const chosen = s.items.filter((i) => this.answers()[i.key] !== undefined).map((i) => ({ item: i.key, value: this.answers()[i.key] }));
    if (!chosen.length) {
      this.error.set(this.t('none'));
      return;
    }
    this.busy.set(true);
    this.error.set(null);
    try {
      await this.api.answer(this.token, chosen);
      this.done.set(true);
    } catch (e) {
      if (e instanceof ApiError && e.status === 409) this.survey.set({ ...s, answered: true });
      else if (e instanceof ApiError && e.status === 404) this.error.set(this.t('unknown'));
      else if (e instanceof ApiError && e.problem?.text) this.error.set(e.problem.text[this.lang()]);
      else this.error.set(this.t('unavailable'));
    } finally {
      this.busy.set(false);
    }
  }
}
