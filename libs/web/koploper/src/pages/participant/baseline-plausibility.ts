import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import { formatNumber } from '@koers/domain';
import { KoploperApi, type Baseline } from '@koers/web-api-client';
import { LanguageService } from '@koers/web-ui';
import { BilingualPipe, FieldErrorComponent, type FieldMessage, type PageActions } from '@koers/web-programme';

type Warning = Baseline['plausibility'][number];

/**
 * The baseline's plausibility warnings (reference data baseline-plausibility): the figure, the
 * check's bounds, why and the sources; staff confirm a warning with a note ("klopt, ...") or
 * correct the baseline. The review waits until every warning is confirmed.
 */
@Component({
  selector: 'koers-baseline-plausibility',
  imports: [ReactiveFormsModule, TranslocoPipe, BilingualPipe, FieldErrorComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (warnings().length) {
      <section class="koers-card koers-warning" data-testid="plausibility" aria-labelledby="plausibility-title">
        <h3 id="plausibility-title">{{ 'koploper.ratios.plausibility.title' | transloco }}</h3>
        <p>{{ 'koploper.ratios.plausibility.intro' | transloco }}</p>
        <ul class="koers-plain-list">
          @for (w of warnings(); track w.ruleId) {
            <li [attr.data-testid]="'plausibility-' + w.ruleId">
              <p><strong>{{ w.text | bilingual }}</strong></p>
              <p>
                {{ 'koploper.ratios.plausibility.found' | transloco: { value: n(w.value), unit: w.unit } }}
                @if (w.range; as r) {
                  ({{ 'koploper.ratios.plausibility.usual' | transloco: { min: n(r.min), max: n(r.max), unit: w.unit } }})
                }
              </p>
              <details>
                <summary>{{ 'koploper.ratios.plausibility.why' | transloco }}</summary>
                <p>{{ w.justification | bilingual }}</p>
                @if (w.sources.length) {
                  <p><small>{{ 'koploper.ratios.plausibility.sources' | transloco }}:
                    @for (s of w.sources; track s.url; let last = $last) {
                      <a [href]="s.url" rel="noopener" target="_blank">{{ s.name }}</a>{{ last ? '' : '; ' }}
                    }
                  </small></p>
                }
              </details>
              @if (w.confirmed; as c) {
                <p class="koers-note" data-testid="plausibility-confirmed">{{ 'koploper.ratios.plausibility.confirmed' | transloco: { name: c.byName, note: c.note } }}</p>
              } @else if (staff()) {
                <div class="koers-inline-form">
                  <div class="koers-field">
                    <label [for]="'plausibility-note-' + w.ruleId">{{ 'koploper.ratios.plausibility.note' | transloco }}</label>
                    <input type="text" maxlength="1000" [id]="'plausibility-note-' + w.ruleId" [formControl]="noteFor(w.ruleId)"
                           [attr.aria-invalid]="!!noteError(w.ruleId)" [attr.aria-describedby]="noteError(w.ruleId) ? 'plausibility-note-' + w.ruleId + '-error' : null" />
                    <koers-field-error [id]="'plausibility-note-' + w.ruleId + '-error'" [message]="noteError(w.ruleId)" />
                  </div>
                  <button class="koers-button koers-button-secondary" type="button" [disabled]="actions().busy()" (click)="confirm(w)">{{ 'koploper.ratios.plausibility.confirm' | transloco }}</button>
                </div>
              }
            </li>
          }
        </ul>
        @if (staff() && unconfirmed()) {
          <p class="koers-muted" data-testid="plausibility-waiting">{{ 'koploper.ratios.plausibility.waiting' | transloco }}</p>
        }
      </section>
    }
  `,
})
export class BaselinePlausibilitySection {
  private readonly api = inject(KoploperApi);
  private readonly language = inject(LanguageService);
  readonly baseline = input.required<Baseline>();
  readonly participantId = input.required<string>();
  readonly staff = input(false);
  readonly actions = input.required<PageActions>();
  readonly changed = output<void>();

  private readonly notes = new Map<string, FormControl<string>>();
  private readonly tried = new Set<string>();

  noteFor(ruleId: string): FormControl<string> {
    let c = this.notes.get(ruleId);
    if (!c) this.notes.set(ruleId, (c = new FormControl('', { nonNullable: true })));
    return c;
  }

  noteError(ruleId: string): FieldMessage | null {
    return this.tried.has(ruleId) && !this.noteFor(ruleId).value.trim() ? { key: 'koploper.ratios.plausibility.noteRequired' } : null;
  }

  /** An answer of an API before the checks has none. */
  warnings(): Warning[] {
    return this.baseline().plausibility ?? [];
  }

  unconfirmed(): boolean {
    return this.warnings().some((w) => !w.confirmed);
  }

  n(x: number): string {
    return formatNumber(x, this.language.current(), 1);
  }

  confirm(w: Warning) {
    this.tried.add(w.ruleId);
    const note = this.noteFor(w.ruleId).value.trim();
    if (!note) return;
    return this.actions().run(() => this.api.confirmPlausibility(this.participantId(), { year: this.baseline().year, ruleId: w.ruleId, note }), 'koploper.ratios.plausibility.done', {}, () => this.changed.emit());
  }
}
