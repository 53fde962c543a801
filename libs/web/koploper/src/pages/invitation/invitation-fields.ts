import { FormControl, FormGroup, Validators, type AbstractControl, type ValidationErrors, type ValidatorFn } from '@angular/forms';
import { KVK_NUMBER_PATTERN, SBI_CODE_PATTERN, SIZE_CLASSES, type SizeClass } from '@koers/domain';

/** The form's fields, named as the API names them in its field errors (`organisation.kvkNumber`). */
export type Field = 'organisation.name' | 'organisation.kvkNumber' | 'organisation.sbiCode' | 'organisation.sizeClass' | 'organisation.municipality' | 'user.name' | 'user.password';

export interface FieldView {
  field: Field;
  id: string;
  label: string;
  hint?: string;
  /** The text key of what is wrong with it. */
  invalid: string;
  type: 'text' | 'password' | 'select';
  autocomplete: string;
  inputmode?: string;
  maxlength: number;
}

export const ORGANISATION_FIELDS: FieldView[] = [
  { field: 'organisation.name', id: 'org-name', label: 'koploper.invitation.orgName', invalid: 'koploper.invitation.orgNameRequired', type: 'text', autocomplete: 'organization', maxlength: 200 },
  { field: 'organisation.kvkNumber', id: 'kvk', label: 'koploper.invitation.kvkNumber', hint: 'koploper.invitation.kvkHint', invalid: 'koploper.invitation.kvkInvalid', type: 'text', autocomplete: 'off', inputmode: 'numeric', maxlength: 8 },
  { field: 'organisation.sbiCode', id: 'sbi', label: 'koploper.invitation.sbiCode', hint: 'koploper.invitation.sbiHint', invalid: 'koploper.invitation.sbiInvalid', type: 'text', autocomplete: 'off', inputmode: 'decimal', maxlength: 6 },
  { field: 'organisation.sizeClass', id: 'size', label: 'koploper.invitation.sizeClass', invalid: 'koploper.invitation.sizeRequired', type: 'select', autocomplete: 'off', maxlength: 0 },
  { field: 'organisation.municipality', id: 'org-municipality', label: 'koploper.invitation.municipality', invalid: 'koploper.invitation.municipalityRequired', type: 'text', autocomplete: 'address-level2', maxlength: 100 },
];
export const USER_FIELDS: FieldView[] = [
  { field: 'user.name', id: 'user-name', label: 'koploper.invitation.userName', invalid: 'koploper.invitation.userNameRequired', type: 'text', autocomplete: 'name', maxlength: 200 },
  { field: 'user.password', id: 'password', label: 'koploper.invitation.password', hint: 'koploper.invitation.passwordHint', invalid: 'koploper.invitation.passwordShort', type: 'password', autocomplete: 'new-password', maxlength: 200 },
];
export const ALL_FIELDS = [...ORGANISATION_FIELDS, ...USER_FIELDS];
const MIN_PASSWORD = 12;

/** One check per field (its error is `invalid`, its message the field's own). */
const check =
  (ok: (value: string) => boolean): ValidatorFn =>
  (control: AbstractControl): ValidationErrors | null =>
    ok(String(control.value ?? '')) ? null : { invalid: true };

/** The registration: the company (when the invitation names none) and the user's account. */
export function acceptForm() {
  return new FormGroup({
    organisation: new FormGroup({
      name: new FormControl('', { nonNullable: true, validators: check((v) => !!v.trim()) }),
      kvkNumber: new FormControl('', { nonNullable: true, validators: check((v) => KVK_NUMBER_PATTERN.test(v.trim())) }),
      sbiCode: new FormControl('', { nonNullable: true, validators: check((v) => SBI_CODE_PATTERN.test(v.trim())) }),
      sizeClass: new FormControl<SizeClass | ''>('', { nonNullable: true, validators: check((v) => (SIZE_CLASSES as readonly string[]).includes(v)) }),
      municipality: new FormControl('', { nonNullable: true, validators: check((v) => !!v.trim()) }),
    }),
    user: new FormGroup({
      name: new FormControl('', { nonNullable: true, validators: check((v) => !!v.trim()) }),
      password: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(200), check((v) => v.length >= MIN_PASSWORD)] }),
    }),
  });
}
export type AcceptForm = ReturnType<typeof acceptForm>;
