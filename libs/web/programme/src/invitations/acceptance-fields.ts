import { FormControl, FormGroup, Validators, type AbstractControl, type ValidationErrors, type ValidatorFn } from '@angular/forms';
import { KVK_NUMBER_PATTERN, SBI_CODE_PATTERN, SIZE_CLASSES, type SizeClass, type StepKey } from '@koers/domain';
import type { Bilingual } from '../pipes';
import { ACCEPTANCE_TEXTS } from './acceptance.texts';

/** What an invitation link offers before signing in (the API's invitation preview fits). */
export interface InvitationPreviewItem {
  partnerName: string;
  groupName: string;
  place: string | null;
  /** Set when the invitation names a known organisation; else the invitee registers one. */
  organisationName: string | null;
  email: string;
  expiresAt: string;
  step?: StepKey;
}

/** What the invitee filled in, trimmed, as the API's accept request takes it (no `organisation` when the invitation names one). */
export interface InvitationAcceptance {
  organisation?: { name: string; kvkNumber: string; sbiCode: string; sizeClass: SizeClass; municipality: string };
  user: { name: string; password: string };
}

/** The form's fields, named as the API names them in its field errors (`organisation.kvkNumber`). */
export type AcceptanceField = 'organisation.name' | 'organisation.kvkNumber' | 'organisation.sbiCode' | 'organisation.sizeClass' | 'organisation.municipality' | 'user.name' | 'user.password';

type Texts = typeof ACCEPTANCE_TEXTS.nl;
/** A text of the page that is one string (not the size list). */
type TextKey = { [K in keyof Texts]: Texts[K] extends string ? K : never }[keyof Texts];

export interface AcceptanceFieldView {
  field: AcceptanceField;
  id: string;
  label: TextKey;
  hint?: TextKey;
  /** The text of what is wrong with it. */
  invalid: TextKey;
  type: 'text' | 'password' | 'select';
  autocomplete: string;
  inputmode?: string;
  maxlength: number;
}

export const ORGANISATION_FIELDS: readonly AcceptanceFieldView[] = [
  { field: 'organisation.name', id: 'org-name', label: 'orgName', invalid: 'orgNameRequired', type: 'text', autocomplete: 'organization', maxlength: 200 },
  { field: 'organisation.kvkNumber', id: 'kvk', label: 'kvkNumber', hint: 'kvkHint', invalid: 'kvkInvalid', type: 'text', autocomplete: 'off', inputmode: 'numeric', maxlength: 8 },
  { field: 'organisation.sbiCode', id: 'sbi', label: 'sbiCode', hint: 'sbiHint', invalid: 'sbiInvalid', type: 'text', autocomplete: 'off', inputmode: 'decimal', maxlength: 6 },
  { field: 'organisation.sizeClass', id: 'size', label: 'sizeClass', invalid: 'sizeRequired', type: 'select', autocomplete: 'off', maxlength: 0 },
  { field: 'organisation.municipality', id: 'org-municipality', label: 'municipality', invalid: 'municipalityRequired', type: 'text', autocomplete: 'address-level2', maxlength: 100 },
];
export const USER_FIELDS: readonly AcceptanceFieldView[] = [
  { field: 'user.name', id: 'user-name', label: 'userName', invalid: 'userNameRequired', type: 'text', autocomplete: 'name', maxlength: 200 },
  { field: 'user.password', id: 'password', label: 'password', hint: 'passwordHint', invalid: 'passwordShort', type: 'password', autocomplete: 'new-password', maxlength: 200 },
];
export const ACCEPTANCE_FIELDS: readonly AcceptanceFieldView[] = [...ORGANISATION_FIELDS, ...USER_FIELDS];

/** Each field's label in both languages, for a refusal that names a field the form does not show. */
export const ACCEPTANCE_FIELD_NAMES: Readonly<Record<string, Bilingual>> = Object.fromEntries(
  ACCEPTANCE_FIELDS.map((f) => [f.field, { nl: ACCEPTANCE_TEXTS.nl[f.label], en: ACCEPTANCE_TEXTS.en[f.label] }]),
);

export const MIN_PASSWORD = 12;

/** One check per field (its error is `invalid`, its message the field's own). */
const check =
  (ok: (value: string) => boolean): ValidatorFn =>
  (control: AbstractControl): ValidationErrors | null =>
    ok(String(control.value ?? '')) ? null : { invalid: true };

/** The registration: the company (when the invitation names none) and the user's account. */
export function acceptanceForm() {
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
export type AcceptanceForm = ReturnType<typeof acceptanceForm>;

/** The request from a valid form: trimmed, the password as typed, the company only when it is asked for. */
export function acceptanceOf(form: AcceptanceForm, withOrganisation: boolean): InvitationAcceptance {
  const { organisation: o, user } = form.getRawValue();
  return {
    ...(withOrganisation
      ? { organisation: { name: o.name.trim(), kvkNumber: o.kvkNumber.trim(), sbiCode: o.sbiCode.trim(), sizeClass: o.sizeClass as SizeClass, municipality: o.municipality.trim() } }
      : {}),
    user: { name: user.name.trim(), password: user.password },
  };
}
