import { ChangeDetectionStrategy, Component, computed, effect, inject, input, output, resource, signal, untracked } from '@angular/core';
import { FormControl, FormRecord, ReactiveFormsModule } from '@angular/forms';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { KoploperApi, type Iso26000Answer } from '@koers/web-api-client';
import { AuthService } from '@koers/web-auth';
import { LanguageService, LoadingComponent } from '@koers/web-ui';
import { BilingualPipe, type PageActions } from '@koers/web-programme';

/** An answer as the field holds it: '' none, 'na' not relevant, '0'..'4' the maturity. */
function fieldValue(a: Iso26000Answer | undefined): string {
  if (!a) return '';
  return a.notRelevant ? 'na' : String(a.maturity ?? '');
}

/**
 * The ISO 26000 scan: per issue how far the company is (0-4) or that it does
 * not apply, starting from the stored answers. The structure loads when the
 * scan is opened.
 */
@Component({
  selector: 'koers-iso-scan',
  imports: [ReactiveFormsModule, TranslocoPipe, BilingualPipe, LoadingComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <details #details class="koers-details" (toggle)="open.set(details.open)">
      <summary>{{ 'koploper.track.isoScan' | transloco }}</summary>
      <p>{{ (own() ? 'koploper.track.own.isoIntro' : 'koploper.track.isoIntro') | transloco }}</p>
      @if (open()) {
        @if (structure.value(); as s) {
          <form [formGroup]="form" (ngSubmit)="save()" novalidate>
            @for (subject of s.coreSubjects; track subject.id) {
              <fieldset class="koers-fieldset" [disabled]="!editable()">
                <legend>{{ subject.name | bilingual }}</legend>
                @for (issue of subject.issues; track issue.id) {
                  @if (form.controls[issue.id]; as control) {
                    <div class="koers-field koers-inline-field">
                      <label [for]="'iso-' + issue.id">{{ issue.name | bilingual }}</label>
                      <select [id]="'iso-' + issue.id" [formControl]="control">
                        <option value=""></option>
                        @for (label of maturityLabels(); track $index) {
                          <option [value]="'' + $index">{{ label }}</option>
                        }
                        <option value="na">{{ 'koploper.track.notRelevant' | transloco }}</option>
                      </select>
                    </div>
                  }
                }
              </fieldset>
            }
            @if (empty()) {
              <p class="koers-field-error" role="alert" id="iso-scan-empty" data-testid="scan-empty">{{ 'koploper.track.scanEmpty' | transloco }}</p>
            }
            @if (editable()) {
              <button class="koers-button" type="submit" [disabled]="actions().busy()" [attr.aria-describedby]="empty() ? 'iso-scan-empty' : null">{{ 'koploper.track.saveScan' | transloco }}</button>
            }
          </form>
        } @else {
          <koers-loading />
        }
      }
    </details>
  `,
})
export class IsoScanSection {
  private readonly api = inject(KoploperApi);
  private readonly language = inject(LanguageService);
  private readonly transloco = inject(TranslocoService);
  private readonly auth = inject(AuthService);
  /** The participant reads its own track: "uw bedrijf". */
  readonly own = computed(() => this.auth.role() === 'participant');
  readonly participantId = input.required<string>();
  /** The baseline year the scan belongs to. */
  readonly year = input.required<number>();
  readonly stored = input<readonly Iso26000Answer[] | null>(null);
  readonly actions = input.required<PageActions>();
  /** Whether this role may save the scan (not the analyst: the answers show, the fields are disabled). */
  readonly editable = input(true);
  readonly changed = output<void>();

  readonly open = signal(false);
  /** Saved with no maturity at all: nothing to score (the API refuses it with 422), so nothing is sent. */
  readonly empty = signal(false);
  readonly structure = resource({ params: () => this.open() || undefined, loader: () => this.api.iso26000Structure() });
  readonly form = new FormRecord<FormControl<string>>({});
  readonly maturityLabels = computed(() => {
    this.language.current();
    return this.transloco.translate<string[]>('koploper.track.maturity');
  });

  constructor() {
    // A field per issue of the structure, starting from the stored answer (a field the user changed keeps its value).
    effect(() => {
      const s = this.structure.value();
      const stored = new Map((this.stored() ?? []).map((a) => [a.issueId as string, a]));
      if (!s) return;
      untracked(() => {
        for (const issue of s.coreSubjects.flatMap((c) => c.issues)) {
          const value = fieldValue(stored.get(issue.id));
          const control = this.form.controls[issue.id];
          if (!control) this.form.addControl(issue.id, new FormControl(value, { nonNullable: true }), { emitEvent: false });
          else if (control.pristine) control.setValue(value, { emitEvent: false });
        }
      });
    });
  }

  save() {
    const reason = this.transloco.translate('koploper.track.notRelevantReason');
    const answers = Object.entries(this.form.getRawValue()).flatMap(([id, value]): Iso26000Answer[] => {
      const issueId = id as Iso26000Answer['issueId'];
      if (value === '') return [];
      return [value === 'na' ? { issueId, notRelevant: true, reason } : { issueId, maturity: Number(value) }];
    });
    this.empty.set(!answers.some((a) => a.maturity !== undefined));
    if (this.empty()) return;
    return this.actions().run(
      () => this.api.putIso26000(this.participantId(), this.year(), answers),
      'koploper.track.scanSaved',
      {},
      () => {
        this.form.markAsPristine();
        this.changed.emit();
      },
    );
  }
}
