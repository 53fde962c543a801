import { ChangeDetectionStrategy, Component, computed, inject, output } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { MasterclassApi } from '@koers/web-api-client';
import { LanguageService, ToastService } from '@koers/web-ui';
import { FieldErrorComponent, RefusalComponent, fieldErrors, pageActions, refusalLines } from '@koers/web-programme';

/**
 * Import a company list for the scan (CSV or Excel). A refused file names
 * every rejected row ("regel 4: ..."), and nothing is stored.
 */
@Component({
  selector: 'koers-scan-import',
  imports: [ReactiveFormsModule, TranslocoPipe, FieldErrorComponent, RefusalComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form class="koers-form" [formGroup]="form" (ngSubmit)="upload()" novalidate>
      <h2>{{ 'masterclass.scan.import.title' | transloco }}</h2>
      <p>{{ 'masterclass.scan.import.intro' | transloco }}</p>
      <div class="koers-field">
        <label for="scan-import-file">{{ 'masterclass.scan.import.file' | transloco }}</label>
        <input #fileInput id="scan-import-file" type="file" accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
               (change)="pick(fileInput.files)" (blur)="form.controls.file.markAsTouched()"
               [attr.aria-invalid]="!!errors().file" [attr.aria-describedby]="errors().file ? 'scan-import-file-error' : null" />
        <koers-field-error id="scan-import-file-error" [message]="errors().file" />
      </div>
      <button class="koers-button koers-button-secondary" type="submit" [disabled]="actions.busy()">{{ 'masterclass.scan.import.upload' | transloco }}</button>
    </form>
    @if (rejected().length) {
      <div class="koers-form-error" role="alert" data-testid="import-errors">
        <p>{{ 'masterclass.scan.import.rejected' | transloco }}</p>
        <ul>
          @for (line of rejected(); track $index) {
            <li>{{ line }}</li>
          }
        </ul>
      </div>
    } @else {
      <koers-refusal data-testid="import-error" [refusal]="actions.error()" />
    }
  `,
})
export class ScanImportSection {
  private readonly api = inject(MasterclassApi);
  private readonly language = inject(LanguageService);
  private readonly toasts = inject(ToastService);
  private readonly transloco = inject(TranslocoService);
  readonly actions = pageActions();
  /** Companies were imported: the page may scan again. */
  readonly imported = output<number>();

  readonly form = new FormGroup({ file: new FormControl<File | null>(null, { validators: Validators.required }) });
  readonly errors = fieldErrors(this.form, { file: { required: 'masterclass.scan.import.fileRequired' } });
  /** Every row the API refused, in the reader's language. */
  readonly rejected = computed(() => {
    const r = this.actions.error();
    return r && r.fields.some((f) => /^line \d+$/.test(f.field)) ? refusalLines(r, this.language.current()) : [];
  });

  pick(files: FileList | null) {
    this.form.controls.file.setValue(files?.[0] ?? null);
    this.form.controls.file.markAsTouched();
  }

  async upload() {
    this.form.markAllAsTouched();
    const file = this.form.controls.file.value;
    if (!file) return;
    let count = 0;
    if (await this.actions.run(async () => (count = (await this.api.importCompanies(file)).imported))) {
      this.toasts.show(this.transloco.translate('masterclass.scan.import.done', { count }));
      this.imported.emit(count);
    }
  }
}
