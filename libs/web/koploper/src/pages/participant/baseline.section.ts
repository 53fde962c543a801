import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { KoploperApi, koploperDownloads, type Activity, type CalcResult, type ParticipantTrack } from '@koers/web-api-client';
import { LanguageService } from '@koers/web-ui';
import { Co2Pipe, FieldErrorComponent, PercentagePipe, fieldErrors, refusalLines, type PageActions, type Refusal } from '@koers/web-programme';
import { BaselineFormComponent } from './baseline-form';
import { IsoScanSection } from './iso-scan.section';
import { BaselinePlausibilitySection } from './baseline-plausibility';
import type { KeyFigures } from './key-figures';

const ACTIVITY_ROW = /^activities\.(\d+)\.?([\w.]*)$/;

/**
 * The baseline: the template, an upload (every rejected row named with its
 * line, nothing stored then) or the form by hand, the results as the worker
 * delivers them, the adviser's review, and the ISO 26000 scan.
 */
@Component({
  selector: 'koers-track-baseline',
  imports: [ReactiveFormsModule, TranslocoPipe, Co2Pipe, PercentagePipe, FieldErrorComponent, BaselineFormComponent, IsoScanSection, BaselinePlausibilitySection],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let t = track();
    <p>{{ (editable() ? 'koploper.track.baselineIntro' : 'koploper.track.baselineIntroReadOnly') | transloco }}</p>
    @if (editable()) {
    <p>
      {{ 'koploper.track.template' | transloco }}:
      <a [href]="downloads.baselineTemplate('csv')" download>CSV</a> ·
      <a [href]="downloads.baselineTemplate('xlsx')" download>Excel</a>
    </p>
    <form class="koers-form koers-inline-form" [formGroup]="upload" (ngSubmit)="sendFile()" novalidate>
      <div class="koers-field">
        <label for="baseline-year">{{ 'koploper.common.year' | transloco }}</label>
        <input id="baseline-year" type="number" min="2000" max="2100" formControlName="year"
               [attr.aria-invalid]="!!errors().year" [attr.aria-describedby]="errors().year ? 'baseline-year-error' : null" />
        <koers-field-error id="baseline-year-error" [message]="errors().year" />
      </div>
      <div class="koers-field">
        <label for="baseline-file">{{ 'koploper.track.file' | transloco }}</label>
        <input #fileInput id="baseline-file" type="file" accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
               (change)="pickFile(fileInput.files)" (blur)="upload.controls.file.markAsTouched()"
               [attr.aria-invalid]="!!errors().file" [attr.aria-describedby]="errors().file ? 'baseline-file-error' : null" />
        <koers-field-error id="baseline-file-error" [message]="errors().file" />
      </div>
      <button class="koers-button" type="submit" [disabled]="actions().busy()">{{ 'koploper.track.upload' | transloco }}</button>
    </form>
    <details class="koers-details">
      <summary>{{ 'koploper.activity.title' | transloco }}</summary>
      <p>{{ 'koploper.activity.intro' | transloco }}</p>
      <koers-baseline-form [stored]="t.baseline?.footprint?.input?.activities ?? null" [storedFigures]="storedFigures()" [busy]="actions().busy()" (saveEntry)="saveByHand($event)" />
    </details>
    }
    @if (rejectedLines().length) {
      <div class="koers-form-error" role="alert" data-testid="upload-errors">
        <p>{{ 'koploper.track.uploadRejected' | transloco }}</p>
        <ul>
          @for (e of rejectedLines(); track $index) {
            <li>{{ e }}</li>
          }
        </ul>
      </div>
    }
    @if (t.baseline; as b) {
      <dl class="koers-facts" data-testid="baseline">
        <dt>{{ 'koploper.common.year' | transloco }}</dt>
        <dd>{{ b.year }}</dd>
        <dt>{{ 'koploper.common.status' | transloco }}</dt>
        <dd data-testid="baseline-status">{{ 'koploper.track.baselineStatus.' + b.status | transloco }}</dd>
        <dt>{{ 'koploper.track.footprint' | transloco }}</dt>
        <dd data-testid="footprint-result">
          @switch (b.footprint.result?.status) {
            @case ('succeeded') {
              {{ totalOf(b.footprint.result) | co2 }}
            }
            @case ('failed') {
              {{ 'koploper.track.failed' | transloco }}: {{ b.footprint.result?.error }}
            }
            @case ('pending') {
              {{ 'koploper.track.pending' | transloco }}
            }
            @default {
              —
            }
          }
        </dd>
        <dt>{{ 'koploper.track.iso' | transloco }}</dt>
        <dd data-testid="iso-result">
          @switch (b.iso26000.result?.status) {
            @case ('succeeded') {
              {{ percentOf(b.iso26000.result) | percentage }}
            }
            @case ('pending') {
              {{ 'koploper.track.pending' | transloco }}
            }
            @case ('failed') {
              {{ 'koploper.track.failed' | transloco }}
            }
            @default {
              —
            }
          }
        </dd>
      </dl>
      <koers-baseline-plausibility [baseline]="b" [participantId]="t.participant.id" [staff]="staff()" [actions]="actions()" (changed)="changed.emit()" />
      @if (b.awaitingSignOff; as waiting) {
        <p class="koers-note" data-testid="baseline-awaiting-sign-off">{{ 'koploper.track.awaitingSignOff' | transloco: { name: waiting.byName } }}</p>
        @if (staff()) {
          <button class="koers-button" type="button" [disabled]="actions().busy()" (click)="signOff(b.year)">{{ 'koploper.track.signOff' | transloco }}</button>
        }
      } @else if (staff() && b.status === 'submitted') {
        <button class="koers-button" type="button" [disabled]="actions().busy()" (click)="review(b.year)">{{ 'koploper.track.review' | transloco }}</button>
      }
    } @else {
      <p>{{ 'koploper.track.noBaseline' | transloco }}</p>
    }
    <koers-iso-scan [editable]="editable()" [participantId]="t.participant.id" [year]="t.baseline?.year ?? upload.controls.year.value" [stored]="t.baseline?.iso26000?.input?.answers ?? null"
                    [actions]="actions()" (changed)="changed.emit()" />
  `,
})
export class TrackBaselineSection {
  private readonly api = inject(KoploperApi);
  private readonly language = inject(LanguageService);
  private readonly transloco = inject(TranslocoService);
  readonly track = input.required<ParticipantTrack>();
  /** Staff review a baseline the company entered itself. */
  readonly staff = input(false);
  /** Whether this role may enter the baseline and the scan (the API's ENTER: the company, its adviser, the coordinator, the administrator; not the analyst). */
  readonly editable = input(true);
  readonly actions = input.required<PageActions>();
  readonly changed = output<void>();

  readonly downloads = koploperDownloads;
  readonly upload = new FormGroup({
    year: new FormControl<number>(new Date().getFullYear() - 1, { nonNullable: true, validators: [Validators.required, Validators.min(2000), Validators.max(2100)] }),
    file: new FormControl<File | null>(null, { validators: Validators.required }),
  });
  readonly errors = fieldErrors(this.upload, {
    year: { required: 'koploper.track.yearInvalid', min: 'koploper.track.yearInvalid', max: 'koploper.track.yearInvalid' },
    file: { required: 'koploper.track.fileRequired' },
  });

  /** What the API refused of the last upload or form, read by row in the reader's language. */
  readonly rejected = signal<{ refusal: Refusal; byHand: boolean } | null>(null);
  readonly rejectedLines = computed(() => {
    const r = this.rejected();
    if (!r) return [];
    const lang = this.language.current();
    if (!r.refusal.fields.length) return [r.refusal.text[lang]];
    if (!r.byHand) return refusalLines(r.refusal, lang);
    // "activities.2.amount" reads as the form's own row number.
    return r.refusal.fields.map((f) => {
      const row = ACTIVITY_ROW.exec(f.field);
      if (!row) return refusalLines({ ...r.refusal, fields: [f] }, lang)[0] ?? f.text[lang];
      const label = this.transloco.translate('koploper.track.row', { row: Number(row[1]) + 1 });
      return `${label}${row[2] ? ` (${row[2]})` : ''}: ${f.text[lang]}`;
    });
  });

  pickFile(files: FileList | null) {
    this.upload.controls.file.setValue(files?.[0] ?? null);
    this.upload.controls.file.markAsTouched();
  }

  /** Runs a baseline change; a refusal shows here by row, not in the page's box. */
  private async send(change: () => Promise<unknown>, done: string, byHand: boolean) {
    this.rejected.set(null);
    const ok = await this.actions().run(change, done, {}, () => this.changed.emit());
    const refusal = this.actions().error();
    if (!ok && refusal) {
      this.rejected.set({ refusal, byHand });
      this.actions().error.set(null);
    }
  }

  sendFile() {
    this.upload.markAllAsTouched();
    const { year, file } = this.upload.getRawValue();
    if (this.upload.invalid || !file) return;
    return this.send(() => this.api.uploadBaseline(this.track().participant.id, year, file), 'koploper.track.uploaded', false);
  }

  /** The baseline by hand, for the year above. */
  saveByHand({ activities, organisation, production }: { activities: Activity[] } & KeyFigures) {
    if (this.upload.controls.year.invalid) {
      this.upload.controls.year.markAsTouched();
      return;
    }
    return this.send(() => this.api.putBaseline(this.track().participant.id, { year: this.upload.controls.year.value, ...(organisation ? { organisation } : {}), production, activities }), 'koploper.activity.saved', true);
  }

  /** The key figures stored with the baseline, for the form (one object per answer, so the form is filled once). */
  readonly storedFigures = computed((): KeyFigures | null => {
    const b = this.track().baseline;
    return b ? { organisation: b.footprint?.input?.organisation, production: b.production ?? null } : null;
  });

  review(year: number) {
    return this.actions().run(() => this.api.reviewBaseline(this.track().participant.id, year), 'koploper.track.reviewed', {}, () => this.changed.emit());
  }

  /** The mentor (or a coordinator) signs off a trainee adviser's review; anyone else gets the API's refusal. */
  signOff(year: number) {
    return this.actions().run(() => this.api.signOffBaseline(this.track().participant.id, year), 'koploper.track.signedOff', {}, () => this.changed.emit());
  }

  totalOf(r: CalcResult | null): number {
    return (r?.output as { totalKgCO2e?: number } | undefined)?.totalKgCO2e ?? 0;
  }
  percentOf(r: CalcResult | null): number | null {
    return (r?.output as { overallPercent?: number | null } | undefined)?.overallPercent ?? null;
  }
}
