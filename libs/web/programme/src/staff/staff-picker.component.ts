import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators, type AbstractControl, type ValidationErrors } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import { FieldErrorComponent, fieldErrors, watchForm } from '../forms';
import { programmeTexts } from '../texts';

/** A user the partner has in a role (the staff picker's endpoint answers these). */
export interface StaffCandidate {
  userId: string;
  name: string | null;
}

/** Someone on a group's staff, as the list shows it (the API's group staff view fits). */
export interface StaffListItem {
  id: string;
  name: string | null;
  trainee?: boolean;
  mentorName?: string | null;
}

/** Who the coordinator picked; a trainee works under a mentor. */
export interface StaffPick {
  userId: string;
  trainee: boolean;
  mentorUserId?: string;
}

let nextId = 0;

/** A trainee needs a mentor (the mentor field's own check, asked again when "trainee" changes). */
function mentorForTrainee(mentor: AbstractControl): ValidationErrors | null {
  return mentor.parent?.get('trainee')?.value && !mentor.value ? { mentorRequired: true } : null;
}

/**
 * Pick a user of a role for a group: one of `candidates` (the partner's users
 * in that role), and, where the step allows it, as a trainee under a mentor
 * (one of `mentors`, the group's experienced staff). Emits `pick`; the page
 * calls the API and then `clear()`s the form.
 */
@Component({
  selector: 'koers-staff-picker',
  imports: [ReactiveFormsModule, TranslocoPipe, FieldErrorComponent],
  providers: [programmeTexts()],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form class="koers-form koers-inline-form" [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <div class="koers-field">
        <label [for]="id">{{ label() }}</label>
        <select [id]="id" formControlName="userId" [attr.aria-invalid]="!!errors().userId" [attr.aria-describedby]="errors().userId ? id + '-error' : null">
          <option value="">{{ 'programme.staff.choose' | transloco }}</option>
          @for (c of candidates(); track c.userId) {
            <option [value]="c.userId">{{ c.name }}</option>
          }
        </select>
        <koers-field-error [id]="id + '-error'" [message]="errors().userId" />
      </div>
      @if (allowTrainee()) {
        <div class="koers-field koers-check">
          <label><input type="checkbox" formControlName="trainee" /> {{ 'programme.staff.trainee' | transloco }}</label>
        </div>
        @if (trainee()) {
          <div class="koers-field">
            <label [for]="id + '-mentor'">{{ 'programme.staff.mentor' | transloco }}</label>
            <select [id]="id + '-mentor'" formControlName="mentorUserId"
                    [attr.aria-invalid]="!!errors().mentorUserId" [attr.aria-describedby]="errors().mentorUserId ? id + '-mentor-error' : null">
              <option value="">{{ 'programme.staff.choose' | transloco }}</option>
              @for (m of mentors(); track m.userId) {
                <option [value]="m.userId">{{ m.name }}</option>
              }
            </select>
            <koers-field-error [id]="id + '-mentor-error'" [message]="errors().mentorUserId" />
          </div>
        }
      }
      <button class="koers-button koers-button-secondary" type="submit" [disabled]="busy()">{{ submitLabel() ?? ('programme.staff.add' | transloco) }}</button>
    </form>
  `,
})
export class StaffPickerComponent {
  /** The role's name in the step's words ("Adviseur"): the field's label. */
  readonly label = input.required<string>();
  readonly candidates = input.required<readonly StaffCandidate[]>();
  /** Who a trainee may work under. */
  readonly mentors = input<readonly StaffCandidate[]>([]);
  /** Whether this role knows trainees (step 1's advisers do). */
  readonly allowTrainee = input(false);
  readonly submitLabel = input<string | null>(null);
  readonly busy = input(false);
  readonly pick = output<StaffPick>();

  readonly id = `koers-staff-${++nextId}`;
  readonly form = new FormGroup({
    userId: new FormControl('', { nonNullable: true, validators: Validators.required }),
    trainee: new FormControl(false, { nonNullable: true }),
    mentorUserId: new FormControl('', { nonNullable: true, validators: mentorForTrainee }),
  });
  private readonly version = watchForm(this.form);
  readonly trainee = computed(() => {
    this.version();
    return this.form.controls.trainee.value;
  });
  readonly errors = fieldErrors(this.form, {
    userId: { required: 'programme.staff.personRequired' },
    mentorUserId: { mentorRequired: 'programme.staff.mentorRequired' },
  });

  constructor() {
    this.form.controls.trainee.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => this.form.controls.mentorUserId.updateValueAndValidity());
  }

  submit() {
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    const { userId, trainee, mentorUserId } = this.form.getRawValue();
    const asTrainee = this.allowTrainee() && trainee;
    this.pick.emit({ userId, trainee: asTrainee, ...(asTrainee ? { mentorUserId } : {}) });
  }

  /** After the page added them: the form is empty again. */
  clear() {
    this.form.reset();
  }
}

/** A group's staff: each by name, a trainee with its mentor; `remove` emits one to take off (when `canRemove`). */
@Component({
  selector: 'koers-staff-list',
  imports: [TranslocoPipe],
  providers: [programmeTexts()],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ul>
      @for (s of staff(); track s.id) {
        <li>
          {{ s.name }}
          @if (s.trainee) {
            · {{ 'programme.staff.trainee' | transloco }} ({{ 'programme.staff.mentor' | transloco }}: {{ s.mentorName ?? '—' }})
          }
          @if (canRemove()) {
            <button class="koers-link" type="button" [disabled]="busy()" (click)="remove.emit(s)">
              {{ 'programme.staff.remove' | transloco }}<span class="koers-visually-hidden"> {{ s.name }}</span>
            </button>
          }
        </li>
      } @empty {
        <li>{{ 'programme.staff.none' | transloco }}</li>
      }
    </ul>
  `,
  styles: `
    li .koers-link { margin-left: .75rem; }
  `,
})
export class StaffListComponent {
  readonly staff = input.required<readonly StaffListItem[]>();
  readonly canRemove = input(false);
  readonly busy = input(false);
  readonly remove = output<StaffListItem>();
}
