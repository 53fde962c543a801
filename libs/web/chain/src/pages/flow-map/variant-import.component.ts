import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { FLOW_VARIANT_LABELS, type FlowVariant } from '@koers/domain';
import { ChainApi, type FlowMap } from '@koers/web-api-client';
import { LanguageService, ToastService, type Language } from '@koers/web-ui';
import { BilingualPipe, FieldErrorComponent, RefusalComponent, fieldErrors, pageActions, refusalLines } from '@koers/web-programme';

/**
 * A variant's nodes and flows from a CSV or Excel file, one row per flow (the
 * template names the columns). A refused file names every bad row ("regel 3:
 * …") and nothing changes.
 */
@Component({
  selector: 'koers-variant-import',
  imports: [ReactiveFormsModule, TranslocoPipe, BilingualPipe, FieldErrorComponent, RefusalComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let key = variant();
    @let name = variantName() | bilingual;
    <form class="koers-form" [formGroup]="form" (ngSubmit)="upload()" novalidate [attr.data-testid]="'import-' + key">
      <h4>{{ 'chain.flowMap.import.title' | transloco }}</h4>
      <p>{{ 'chain.flowMap.import.intro' | transloco: { variant: name } }} <a [href]="templateUrl" download>{{ 'chain.flowMap.import.template' | transloco }}</a></p>
      <div class="koers-field">
        <label [for]="key + '-import-file'">{{ 'chain.flowMap.import.file' | transloco: { variant: name } }}</label>
        <input #fileInput [id]="key + '-import-file'" type="file" accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
               (change)="pick(fileInput.files)" (blur)="form.controls.file.markAsTouched()"
               [attr.aria-invalid]="!!errors().file" [attr.aria-describedby]="errors().file ? key + '-import-file-error' : null" />
        <koers-field-error [id]="key + '-import-file-error'" [message]="errors().file" />
      </div>
      <button class="koers-button koers-button-secondary" type="submit" [disabled]="actions.busy()">{{ 'chain.flowMap.import.upload' | transloco }}</button>
    </form>
    @if (rejected().length) {
      <div class="koers-form-error" role="alert" [attr.data-testid]="'import-errors-' + key">
        <p>{{ 'chain.flowMap.import.rejected' | transloco }}</p>
        <ul>
          @for (line of rejected(); track $index) {
            <li>{{ line }}</li>
          }
        </ul>
      </div>
    } @else {
      <koers-refusal [attr.data-testid]="'import-error-' + key" [refusal]="actions.error()" />
    }
  `,
})
export class VariantImportComponent {
  readonly mapId = input.required<string>();
  readonly variant = input.required<FlowVariant>();
  /** The map as the API answered after the import. */
  readonly imported = output<FlowMap>();

  private readonly api = inject(ChainApi);
  private readonly language = inject(LanguageService);
  private readonly toasts = inject(ToastService);
  private readonly transloco = inject(TranslocoService);
  readonly actions = pageActions();
  readonly templateUrl = this.api.flowTemplateUrl;
  readonly variantName = computed(() => FLOW_VARIANT_LABELS[this.variant()]);

  readonly form = new FormGroup({ file: new FormControl<File | null>(null, { validators: Validators.required }) });
  readonly errors = fieldErrors(this.form, { file: { required: 'chain.flowMap.import.fileRequired' } });
  /** Every row the API refused, in the reader's language ("regel 3: …"). */
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
    let map: FlowMap | null = null;
    const lang = this.language.current();
    const done = await this.actions.run(async () => (map = await this.api.importVariant(this.mapId(), this.variant(), file)));
    if (done && map) {
      const m: FlowMap = map;
      this.toast(m, lang);
      this.imported.emit(m);
    }
  }

  private toast(map: FlowMap, lang: Language) {
    const v = this.variant() === 'as_is' ? map.asIs : map.redesign;
    this.toasts.show(this.transloco.translate('chain.flowMap.import.done', { variant: this.variantName()[lang], nodes: v.nodes.length, flows: v.flows.length }));
  }
}
