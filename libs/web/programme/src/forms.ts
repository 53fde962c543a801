import { ChangeDetectionStrategy, Component, DestroyRef, computed, inject, input, signal, type Signal } from '@angular/core';
import type { AbstractControl, ValidationErrors } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import { BilingualPipe, type Bilingual } from './pipes';
import { fieldText, type Refusal } from './refusal';
import { programmeTexts } from './texts';

/** What shows next to a field: a text key (with its values), or a text the API gave. */
export type FieldMessage = { key: string; params?: Record<string, unknown>; text?: undefined } | { text: Bilingual; key?: undefined };

/** Per error name (`required`, `email`, a validator's own): a text key, or a function of the error's value. */
export type FieldMessages = Readonly<Record<string, string | ((error: unknown) => FieldMessage)>>;

/** Like `Validators.required`, and spaces alone do not count (the error is `required` too). */
export function notBlank(control: AbstractControl): ValidationErrors | null {
  const v: unknown = control.value;
  return v === null || v === undefined || (typeof v === 'string' && !v.trim()) ? { required: true } : null;
}

/** The message of Angular's `maxlength` error, naming the maximum. */
export const tooLong = (error: unknown): FieldMessage => ({ key: 'programme.form.tooLong', params: { max: (error as { requiredLength: number }).requiredLength } });

/** The error the API gave for a field (see `showRefusalOnFields`); gone once the value changes. */
export const SERVER_ERROR = 'server';

/** A signal that moves whenever the form's values, validity, touched or pristine state move (reactive forms are not signals). */
export function watchForm(form: AbstractControl): Signal<number> {
  const version = signal(0);
  const subscription = form.events.subscribe(() => version.update((v) => v + 1));
  inject(DestroyRef).onDestroy(() => subscription.unsubscribe());
  return version.asReadonly();
}

/** The message of one control: once the user left it or tried to submit, the first of `messages` it has; the API's own at once. */
export function messageOf(control: AbstractControl | null, messages: FieldMessages): FieldMessage | null {
  if (!control?.errors) return null;
  const server = control.getError(SERVER_ERROR) as Bilingual | undefined;
  if (server) return { text: server };
  if (!control.touched) return null;
  for (const [name, message] of Object.entries(messages)) {
    if (control.hasError(name)) return typeof message === 'string' ? { key: message } : message(control.getError(name));
  }
  return null;
}

/**
 * The message next to each named control of `form` (by its path), as one
 * signal. Call in a field initialiser (it injects).
 */
export function fieldErrors<K extends string>(form: AbstractControl, messages: Readonly<Record<K, FieldMessages>>): Signal<Record<K, FieldMessage | null>> {
  const version = watchForm(form);
  return computed(() => {
    version();
    return Object.fromEntries(Object.entries<FieldMessages>(messages).map(([path, m]) => [path, messageOf(form.get(path), m)])) as Record<K, FieldMessage | null>;
  });
}

/**
 * Puts what the API said about a field next to it (`fields`: request path ->
 * control path). Returns the paths it placed, so the page can leave them out
 * of its refusal box.
 */
export function showRefusalOnFields(form: AbstractControl, refusal: Refusal | null, fields: Readonly<Record<string, string>>): string[] {
  const placed: string[] = [];
  for (const [field, path] of Object.entries(fields)) {
    const text = fieldText(refusal, field);
    const control = form.get(path);
    if (!text || !control) continue;
    control.setErrors({ ...(control.errors ?? {}), [SERVER_ERROR]: text });
    control.markAsTouched();
    placed.push(field);
  }
  return placed;
}

/** The message next to a field, with the id its input names in `aria-describedby`. */
@Component({
  selector: 'koers-field-error',
  imports: [TranslocoPipe, BilingualPipe],
  providers: [programmeTexts()],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (message(); as m) {
      <p class="koers-field-error" [id]="id()">{{ m.key ? (m.key | transloco: m.params) : (m.text | bilingual) }}</p>
    }
  `,
})
export class FieldErrorComponent {
  readonly id = input.required<string>();
  readonly message = input<FieldMessage | null>(null);
}
