import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { FormArray, FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import { CHAIN_ROLES, CHAIN_ROLE_LABELS, type ChainRole } from '@koers/domain';
import type { NewChainApplication } from '@koers/web-api-client';
import { BilingualPipe, FieldErrorComponent, messageOf, notBlank, showRefusalOnFields, tooLong, watchForm, type Refusal } from '@koers/web-programme';

type MemberGroup = FormGroup<{ name: FormControl<string>; email: FormControl<string>; chainRole: FormControl<ChainRole | ''> }>;

const member = (): MemberGroup =>
  new FormGroup({
    name: new FormControl('', { nonNullable: true, validators: [notBlank, Validators.maxLength(200)] }),
    email: new FormControl('', { nonNullable: true, validators: [Validators.email, Validators.maxLength(254)] }),
    chainRole: new FormControl<ChainRole | ''>('', { nonNullable: true, validators: notBlank }),
  });

/**
 * "Samen aanvragen": a company applies for a chain project with the other
 * companies of its chain, each by name with its role (and an address to be
 * invited at). `apply` emits what the API takes; the page calls it.
 */
@Component({
  selector: 'koers-chain-application-form',
  imports: [ReactiveFormsModule, TranslocoPipe, BilingualPipe, FieldErrorComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form class="koers-form" [formGroup]="form" (ngSubmit)="submit()" novalidate data-testid="application-form">
      <p>{{ 'chain.home.apply.intro' | transloco }}</p>
      <div class="koers-field">
        <label for="application-title">{{ 'chain.home.apply.projectTitle' | transloco }}</label>
        <input id="application-title" formControlName="title" maxlength="200" [attr.aria-invalid]="!!errors().title" [attr.aria-describedby]="errors().title ? 'application-title-error' : null" />
        <koers-field-error id="application-title-error" [message]="errors().title" />
      </div>
      <div class="koers-field">
        <label for="application-description">{{ 'chain.home.apply.description' | transloco }}</label>
        <textarea id="application-description" rows="3" formControlName="description"></textarea>
      </div>
      <div formArrayName="members">
        @for (m of form.controls.members.controls; track m; let i = $index) {
          <fieldset class="koers-fieldset" [formGroupName]="i" [attr.data-member]="i + 1">
            <legend>{{ 'chain.home.apply.member' | transloco: { n: i + 1 } }}</legend>
            <div class="koers-inline-form">
              <div class="koers-field">
                <label [for]="'member-name-' + i">{{ 'chain.home.apply.memberName' | transloco }}</label>
                <input [id]="'member-name-' + i" formControlName="name" maxlength="200" [attr.aria-invalid]="!!memberErrors()[i]?.name"
                       [attr.aria-describedby]="memberErrors()[i]?.name ? 'member-name-' + i + '-error' : null" />
                <koers-field-error [id]="'member-name-' + i + '-error'" [message]="memberErrors()[i]?.name ?? null" />
              </div>
              <div class="koers-field">
                <label [for]="'member-email-' + i">{{ 'chain.home.apply.memberEmail' | transloco }}</label>
                <input [id]="'member-email-' + i" type="email" formControlName="email" maxlength="254" [attr.aria-invalid]="!!memberErrors()[i]?.email"
                       [attr.aria-describedby]="memberErrors()[i]?.email ? 'member-email-' + i + '-error' : null" />
                <koers-field-error [id]="'member-email-' + i + '-error'" [message]="memberErrors()[i]?.email ?? null" />
              </div>
              <div class="koers-field">
                <label [for]="'member-role-' + i">{{ 'chain.home.apply.memberRole' | transloco }}</label>
                <select [id]="'member-role-' + i" formControlName="chainRole" [attr.aria-invalid]="!!memberErrors()[i]?.chainRole"
                        [attr.aria-describedby]="memberErrors()[i]?.chainRole ? 'member-role-' + i + '-error' : null">
                  <option value="">{{ 'chain.home.apply.chooseRole' | transloco }}</option>
                  @for (r of roles; track r) {
                    <option [value]="r">{{ roleLabels[r] | bilingual }}</option>
                  }
                </select>
                <koers-field-error [id]="'member-role-' + i + '-error'" [message]="memberErrors()[i]?.chainRole ?? null" />
              </div>
              @if (form.controls.members.length > 1) {
                <button class="koers-link" type="button" (click)="removeMember(i)">{{ 'chain.home.apply.removeMember' | transloco: { n: i + 1 } }}</button>
              }
            </div>
          </fieldset>
        }
      </div>
      <p class="koers-actions">
        <button class="koers-button koers-button-secondary" type="button" (click)="addMember()">{{ 'chain.home.apply.addMember' | transloco }}</button>
        <button class="koers-button" type="submit" [disabled]="busy()">{{ 'chain.home.apply.submit' | transloco }}</button>
      </p>
    </form>
  `,
})
export class ChainApplicationForm {
  readonly busy = input(false);
  readonly apply = output<NewChainApplication>();
  readonly roles = CHAIN_ROLES;
  readonly roleLabels = CHAIN_ROLE_LABELS;

  readonly form = new FormGroup({
    title: new FormControl('', { nonNullable: true, validators: [notBlank, Validators.maxLength(200)] }),
    description: new FormControl('', { nonNullable: true }),
    members: new FormArray<MemberGroup>([member()]),
  });
  private readonly version = watchForm(this.form);
  readonly errors = computed(() => {
    this.version();
    return { title: messageOf(this.form.controls.title, { required: 'chain.home.apply.titleRequired', maxlength: tooLong }) };
  });
  readonly memberErrors = computed(() => {
    this.version();
    return this.form.controls.members.controls.map((m) => ({
      name: messageOf(m.controls.name, { required: 'chain.home.apply.nameRequired', maxlength: tooLong }),
      email: messageOf(m.controls.email, { email: 'chain.home.apply.emailInvalid' }),
      chainRole: messageOf(m.controls.chainRole, { required: 'chain.home.apply.roleRequired' }),
    }));
  });

  addMember() {
    this.form.controls.members.push(member());
  }

  removeMember(i: number) {
    this.form.controls.members.removeAt(i);
  }

  submit() {
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    const v = this.form.getRawValue();
    this.apply.emit({
      title: v.title.trim(),
      description: v.description.trim(),
      members: v.members.map((m) => ({ name: m.name.trim(), chainRole: m.chainRole as ChainRole, ...(m.email.trim() ? { email: m.email.trim() } : {}) })),
    });
  }

  /** What the API said about a field (`members.1.email`) shows next to it; returns the fields placed. */
  placeRefusal(refusal: Refusal | null): string[] {
    const fields: Record<string, string> = { title: 'title', description: 'description' };
    this.form.controls.members.controls.forEach((_, i) => {
      for (const f of ['name', 'email', 'chainRole']) fields[`members.${i}.${f}`] = `members.${i}.${f}`;
    });
    return showRefusalOnFields(this.form, refusal, fields);
  }

  clear() {
    this.form.reset();
    this.form.controls.members.clear();
    this.form.controls.members.push(member());
  }
}
