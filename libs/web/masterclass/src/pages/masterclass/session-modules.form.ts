import { ChangeDetectionStrategy, Component, effect, input, output, untracked } from '@angular/core';
import { FormControl, FormRecord, ReactiveFormsModule } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import type { CeModule } from '@koers/web-api-client';
import { BilingualPipe } from '@koers/web-programme';

/** The modules of the library one session covers: a box per module, saved at once. */
@Component({
  selector: 'koers-session-modules',
  imports: [ReactiveFormsModule, TranslocoPipe, BilingualPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form class="koers-form" [formGroup]="form" (ngSubmit)="submit()" [attr.data-session-modules]="sessionTitle()">
      <fieldset class="koers-field">
        <legend>{{ 'masterclass.sessions.modules' | transloco: { session: sessionTitle() } }}</legend>
        @for (m of modules(); track m.id) {
          @if (form.controls[m.id]; as control) {
            <label class="koers-check" [title]="m.description | bilingual"><input type="checkbox" [formControl]="control" [attr.data-module]="m.id" /> {{ m.name | bilingual }}</label>
          }
        }
      </fieldset>
      @if (editable()) {
        <button class="koers-button koers-button-secondary" type="submit" [disabled]="busy()">
          {{ 'masterclass.sessions.saveModules' | transloco }}<span class="koers-visually-hidden"> {{ sessionTitle() }}</span>
        </button>
      }
    </form>
  `,
})
export class SessionModulesForm {
  readonly sessionTitle = input.required<string>();
  /** The library's modules for the masterclass's audience. */
  readonly modules = input.required<readonly CeModule[]>();
  /** What is stored for the session. */
  readonly chosen = input<readonly string[]>([]);
  readonly editable = input(false);
  readonly busy = input(false);
  readonly save = output<string[]>();

  readonly form = new FormRecord<FormControl<boolean>>({});

  constructor() {
    effect(() => {
      const modules = this.modules();
      const chosen = new Set(this.chosen());
      const editable = this.editable();
      untracked(() => {
        for (const m of modules) {
          const control = this.form.controls[m.id];
          if (!control) this.form.addControl(m.id, new FormControl(chosen.has(m.id), { nonNullable: true }), { emitEvent: false });
          else if (control.pristine) control.setValue(chosen.has(m.id), { emitEvent: false });
        }
        if (editable) this.form.enable({ emitEvent: false });
        else this.form.disable({ emitEvent: false });
      });
    });
  }

  submit() {
    const values = this.form.getRawValue();
    this.save.emit(this.modules().filter((m) => values[m.id]).map((m) => m.id));
    this.form.markAsPristine();
  }
}
