import { ChangeDetectionStrategy, Component, effect, inject, input, output, untracked } from '@angular/core';
import { FormControl, FormRecord, ReactiveFormsModule } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import { KoploperApi, type Prize, type StaffMember } from '@koers/web-api-client';
import { RefusalComponent, pageActions } from '@koers/web-programme';

/** The coordinator chooses the jury among the partner's staff (a box per person, the current jury ticked). */
@Component({
  selector: 'koers-prize-jury-form',
  imports: [ReactiveFormsModule, TranslocoPipe, RefusalComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    fieldset { border: 1px solid var(--koers-line); border-radius: 8px; margin: 0 0 1rem; padding: 1rem; }
    legend { font-weight: 700; padding: 0 .25rem; }
    .koers-choice { display: flex; gap: .5rem; align-items: center; margin: .25rem 0; }
  `,
  template: `
    <form [formGroup]="form" (ngSubmit)="save()" novalidate>
      <fieldset>
        <legend>{{ 'koploper.prize.chooseJury' | transloco }}</legend>
        @for (s of staff(); track s.userId) {
          @if (form.controls[s.userId]; as control) {
            <label class="koers-choice">
              <input type="checkbox" [formControl]="control" [attr.data-testid]="'juror-' + s.email" />
              {{ s.name }} ({{ 'roles.' + s.role | transloco }})
            </label>
          }
        }
      </fieldset>
      <koers-refusal [refusal]="actions.error()" />
      <button class="koers-button" type="submit" data-testid="save-jury" [disabled]="actions.busy()">{{ 'koploper.prize.saveJury' | transloco }}</button>
    </form>
  `,
})
export class PrizeJuryFormComponent {
  private readonly api = inject(KoploperApi);
  readonly cohortId = input.required<string>();
  /** Who may be on the jury (once per user). */
  readonly staff = input.required<readonly StaffMember[]>();
  readonly jury = input.required<readonly string[]>();
  readonly saved = output<Prize>();

  readonly actions = pageActions();
  readonly form = new FormRecord<FormControl<boolean>>({});

  constructor() {
    effect(() => {
      const jury = new Set(this.jury());
      const staff = this.staff();
      untracked(() => {
        for (const s of staff) {
          const control = this.form.controls[s.userId];
          if (!control) this.form.addControl(s.userId, new FormControl(jury.has(s.userId), { nonNullable: true }), { emitEvent: false });
          else if (control.pristine) control.setValue(jury.has(s.userId), { emitEvent: false });
        }
      });
    });
  }

  async save() {
    const userIds = this.staff().filter((s) => this.form.controls[s.userId]?.value).map((s) => s.userId);
    let prize: Prize | null = null;
    if ((await this.actions.run(async () => (prize = await this.api.setJury(this.cohortId(), userIds)), 'koploper.prize.jurySaved')) && prize) {
      this.form.markAsPristine();
      this.saved.emit(prize);
    }
  }
}
