import { ChangeDetectionStrategy, Component, computed, inject, input, output, resource } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators, type AbstractControl, type ValidationErrors } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import { SPECIALIST_KINDS, SPECIALIST_KIND_LABELS, type SpecialistKind } from '@koers/domain';
import { ChainApi, type ChainProjectDetail, type NewSpecialist, type Specialist } from '@koers/web-api-client';
import { BilingualPipe, FieldErrorComponent, RefusalComponent, fieldErrors, notBlank, pageActions, tooLong, watchForm } from '@koers/web-programme';

/** Someone from outside needs a name; one of the partner's own people has one. */
function nameWithoutUser(name: AbstractControl): ValidationErrors | null {
  return !name.parent?.get('userId')?.value && !String(name.value ?? '').trim() ? { required: true } : null;
}

/**
 * The project's specialist pool: designers, knowledge institutes, research
 * institutes, advisers... each by kind with what it contributes. One of the
 * partner's own people, or someone from outside by name.
 */
@Component({
  selector: 'koers-chain-project-specialists',
  imports: [ReactiveFormsModule, TranslocoPipe, BilingualPipe, FieldErrorComponent, RefusalComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let p = project();
    <p>{{ 'chain.project.specialists.intro' | transloco }}</p>
    <koers-refusal data-testid="specialist-error" [refusal]="actions.error()" />
    @if (p.specialists.length) {
      <table class="koers-table" data-testid="specialists">
        <caption class="koers-visually-hidden">{{ 'chain.project.specialists.title' | transloco }}</caption>
        <thead>
          <tr>
            <th scope="col">{{ 'chain.project.specialists.name' | transloco }}</th>
            <th scope="col">{{ 'chain.project.specialists.organisation' | transloco }}</th>
            <th scope="col">{{ 'chain.project.specialists.kind' | transloco }}</th>
            <th scope="col">{{ 'chain.project.specialists.contribution' | transloco }}</th>
            @if (canManage()) {
              <th scope="col"><span class="koers-visually-hidden">{{ 'chain.project.specialists.remove' | transloco }}</span></th>
            }
          </tr>
        </thead>
        <tbody>
          @for (s of p.specialists; track s.staffId) {
            <tr [attr.data-specialist]="s.name">
              <td>{{ s.name ?? '—' }}@if (s.email) {<br /><small>{{ s.email }}</small>}</td>
              <td>{{ s.organisation ?? '—' }}</td>
              <td>{{ s.kindLabel | bilingual }}</td>
              <td>{{ s.contribution }}</td>
              @if (canManage()) {
                <td>
                  <button class="koers-link" type="button" [disabled]="actions.busy()" (click)="remove(s)">
                    {{ 'chain.project.specialists.remove' | transloco }}<span class="koers-visually-hidden"> {{ s.name }}</span>
                  </button>
                </td>
              }
            </tr>
          }
        </tbody>
      </table>
    } @else {
      <p>{{ 'chain.project.specialists.none' | transloco }}</p>
    }
    @if (canManage()) {
      <form class="koers-form" [formGroup]="form" (ngSubmit)="add()" novalidate data-testid="add-specialist">
        <h3>{{ 'chain.project.specialists.add' | transloco }}</h3>
        <div class="koers-columns">
          <div>
            <div class="koers-field">
              <label for="specialist-kind">{{ 'chain.project.specialists.kind' | transloco }}</label>
              <select id="specialist-kind" formControlName="kind" [attr.aria-invalid]="!!errors().kind" [attr.aria-describedby]="errors().kind ? 'specialist-kind-error' : null">
                <option value="">{{ 'chain.project.specialists.chooseKind' | transloco }}</option>
                @for (k of kinds; track k) {
                  <option [value]="k">{{ kindLabels[k] | bilingual }}</option>
                }
              </select>
              <koers-field-error id="specialist-kind-error" [message]="errors().kind" />
            </div>
            <div class="koers-field">
              <label for="specialist-user">{{ 'chain.project.specialists.who' | transloco }}</label>
              <select id="specialist-user" formControlName="userId">
                <option value="">{{ 'chain.project.specialists.outside' | transloco }}</option>
                @for (u of people.value() ?? []; track u.userId) {
                  <option [value]="u.userId">{{ u.name }}</option>
                }
              </select>
            </div>
            <div class="koers-field">
              <label for="specialist-contribution">{{ 'chain.project.specialists.contribution' | transloco }}</label>
              <textarea id="specialist-contribution" rows="2" formControlName="contribution" [attr.aria-invalid]="!!errors().contribution"
                        [attr.aria-describedby]="errors().contribution ? 'specialist-contribution-error' : null"></textarea>
              <koers-field-error id="specialist-contribution-error" [message]="errors().contribution" />
            </div>
          </div>
          @if (outside()) {
            <div>
              <div class="koers-field">
                <label for="specialist-name">{{ 'chain.project.specialists.name' | transloco }}</label>
                <input id="specialist-name" formControlName="externalName" maxlength="200" [attr.aria-invalid]="!!errors().externalName"
                       [attr.aria-describedby]="errors().externalName ? 'specialist-name-error' : null" />
                <koers-field-error id="specialist-name-error" [message]="errors().externalName" />
              </div>
              <div class="koers-field">
                <label for="specialist-organisation">{{ 'chain.project.specialists.organisation' | transloco }}</label>
                <input id="specialist-organisation" formControlName="externalOrganisation" maxlength="200" />
              </div>
              <div class="koers-field">
                <label for="specialist-email">{{ 'chain.project.specialists.email' | transloco }}</label>
                <input id="specialist-email" type="email" formControlName="externalEmail" maxlength="254" [attr.aria-invalid]="!!errors().externalEmail"
                       [attr.aria-describedby]="errors().externalEmail ? 'specialist-email-error' : null" />
                <koers-field-error id="specialist-email-error" [message]="errors().externalEmail" />
              </div>
            </div>
          }
        </div>
        <button class="koers-button koers-button-secondary" type="submit" [disabled]="actions.busy()">{{ 'chain.project.specialists.add' | transloco }}</button>
      </form>
    }
  `,
})
export class ProjectSpecialistsSection {
  private readonly api = inject(ChainApi);
  readonly project = input.required<ChainProjectDetail>();
  /** Whether the reader adds and removes specialists (a coordinator, until the project is closed). */
  readonly canManage = input(false);
  readonly changed = output<ChainProjectDetail>();
  readonly kinds = SPECIALIST_KINDS;
  readonly kindLabels = SPECIALIST_KIND_LABELS;
  readonly actions = pageActions();

  /** The partner's own people (an adviser of the alliance in the pool). */
  readonly people = resource({ params: () => this.canManage() || undefined, loader: async () => (await this.api.core.staffPicker()).items });

  readonly form = new FormGroup({
    kind: new FormControl<SpecialistKind | ''>('', { nonNullable: true, validators: notBlank }),
    userId: new FormControl('', { nonNullable: true }),
    externalName: new FormControl('', { nonNullable: true, validators: [nameWithoutUser, Validators.maxLength(200)] }),
    externalOrganisation: new FormControl('', { nonNullable: true, validators: Validators.maxLength(200) }),
    externalEmail: new FormControl('', { nonNullable: true, validators: [Validators.email, Validators.maxLength(254)] }),
    contribution: new FormControl('', { nonNullable: true, validators: [notBlank, Validators.maxLength(2000)] }),
  });
  readonly errors = fieldErrors(this.form, {
    kind: { required: 'chain.project.specialists.kindRequired' },
    externalName: { required: 'chain.project.specialists.nameRequired', maxlength: tooLong },
    externalEmail: { email: 'chain.project.specialists.emailInvalid' },
    contribution: { required: 'chain.project.specialists.contributionRequired', maxlength: tooLong },
  });

  private readonly version = watchForm(this.form);
  /** Someone from outside: name, organisation and address are asked. */
  readonly outside = computed(() => {
    this.version();
    return !this.form.controls.userId.value;
  });

  constructor() {
    this.form.controls.userId.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => this.form.controls.externalName.updateValueAndValidity());
  }

  private apply(change: () => Promise<ChainProjectDetail>, done: string, name: string) {
    let answer: ChainProjectDetail | null = null;
    return this.actions.run(async () => (answer = await change()), done, { name }, () => answer && this.changed.emit(answer));
  }

  async add() {
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    const v = this.form.getRawValue();
    const own = this.people.value()?.find((u) => u.userId === v.userId);
    const body: NewSpecialist = own
      ? { kind: v.kind as SpecialistKind, userId: own.userId, contribution: v.contribution.trim() }
      : {
          kind: v.kind as SpecialistKind,
          externalName: v.externalName.trim(),
          contribution: v.contribution.trim(),
          ...(v.externalOrganisation.trim() ? { externalOrganisation: v.externalOrganisation.trim() } : {}),
          ...(v.externalEmail.trim() ? { externalEmail: v.externalEmail.trim() } : {}),
        };
    if (await this.apply(() => this.api.addSpecialist(this.project().id, body), 'chain.project.specialists.added', own?.name ?? v.externalName.trim())) this.form.reset();
  }

  remove(s: Specialist) {
    return this.apply(() => this.api.removeSpecialist(this.project().id, s.staffId), 'chain.project.specialists.removed', s.name ?? '');
  }
}
