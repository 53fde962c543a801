import { ChangeDetectionStrategy, Component, computed, inject, input, output, resource } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { MasterclassApi, type MasterclassDetail, type NewSpeaker } from '@koers/web-api-client';
import {
  FieldErrorComponent,
  RefusalComponent,
  StaffListComponent,
  StaffPickerComponent,
  fieldErrors,
  notBlank,
  pageActions,
  tooLong,
  type StaffListItem,
  type StaffPick,
} from '@koers/web-programme';

/**
 * A masterclass's speakers (the core's staff with role speaker): one of the
 * partner's people (the staff picker), an outside speaker by name, or an
 * entrepreneur of the region speaking for a participating company.
 */
@Component({
  selector: 'koers-masterclass-speakers',
  imports: [ReactiveFormsModule, TranslocoPipe, RefusalComponent, StaffListComponent, StaffPickerComponent, FieldErrorComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <koers-refusal data-testid="speaker-error" [refusal]="actions.error()" />
    <koers-staff-list data-testid="speakers" [staff]="speakers()" [canRemove]="canManage()" [busy]="actions.busy()" (remove)="remove($event)" />
    @if (canManage()) {
      <koers-staff-picker #picker [label]="'masterclass.speakers.speaker' | transloco" [submitLabel]="'masterclass.speakers.add' | transloco"
                          [candidates]="people.value() ?? []" [busy]="actions.busy()" (pick)="addUser($event, picker)" />
      <div class="koers-columns">
        <form class="koers-form" [formGroup]="outside" (ngSubmit)="addOutside()" novalidate>
          <h3>{{ 'masterclass.speakers.outside' | transloco }}</h3>
          <div class="koers-field">
            <label for="outside-name">{{ 'masterclass.speakers.outsideName' | transloco }}</label>
            <input id="outside-name" formControlName="name" maxlength="200"
                   [attr.aria-invalid]="!!outsideErrors().name" [attr.aria-describedby]="outsideErrors().name ? 'outside-name-error' : null" />
            <koers-field-error id="outside-name-error" [message]="outsideErrors().name" />
          </div>
          <div class="koers-field">
            <label for="outside-organisation">{{ 'masterclass.speakers.outsideOrganisation' | transloco }}</label>
            <input id="outside-organisation" formControlName="organisation" maxlength="200" />
          </div>
          <div class="koers-field">
            <label for="outside-contribution">{{ 'masterclass.speakers.contribution' | transloco }}</label>
            <input id="outside-contribution" formControlName="contribution" maxlength="200" />
          </div>
          <button class="koers-button koers-button-secondary" type="submit" [disabled]="actions.busy()">{{ 'masterclass.speakers.add' | transloco }}</button>
        </form>
        <form class="koers-form" [formGroup]="entrepreneur" (ngSubmit)="addEntrepreneur()" novalidate data-testid="entrepreneur-speaker">
          <h3>{{ 'masterclass.speakers.entrepreneur' | transloco }}</h3>
          <p id="entrepreneur-hint">{{ 'masterclass.speakers.entrepreneurHint' | transloco }}</p>
          <div class="koers-field">
            <label for="entrepreneur-organisation">{{ 'masterclass.speakers.entrepreneurOrganisation' | transloco }}</label>
            <select id="entrepreneur-organisation" formControlName="organisationId"
                    [attr.aria-invalid]="!!entrepreneurErrors().organisationId" [attr.aria-describedby]="entrepreneurErrors().organisationId ? 'entrepreneur-organisation-error' : 'entrepreneur-hint'">
              <option value="">{{ 'masterclass.speakers.chooseOrganisation' | transloco }}</option>
              @for (p of masterclass().participants; track p.id) {
                <option [value]="p.organisationId">{{ p.organisationName }}</option>
              }
            </select>
            <koers-field-error id="entrepreneur-organisation-error" [message]="entrepreneurErrors().organisationId" />
          </div>
          <div class="koers-field">
            <label for="entrepreneur-name">{{ 'masterclass.speakers.entrepreneurName' | transloco }}</label>
            <input id="entrepreneur-name" formControlName="name" maxlength="200"
                   [attr.aria-invalid]="!!entrepreneurErrors().name" [attr.aria-describedby]="entrepreneurErrors().name ? 'entrepreneur-name-error' : null" />
            <koers-field-error id="entrepreneur-name-error" [message]="entrepreneurErrors().name" />
          </div>
          <div class="koers-field">
            <label for="entrepreneur-contribution">{{ 'masterclass.speakers.contribution' | transloco }}</label>
            <input id="entrepreneur-contribution" formControlName="contribution" maxlength="200" />
          </div>
          <button class="koers-button koers-button-secondary" type="submit" [disabled]="actions.busy()">{{ 'masterclass.speakers.add' | transloco }}</button>
        </form>
      </div>
    }
  `,
})
export class MasterclassSpeakersSection {
  private readonly api = inject(MasterclassApi);
  private readonly transloco = inject(TranslocoService);
  readonly masterclass = input.required<MasterclassDetail>();
  readonly canManage = input(false);
  readonly actions = pageActions();
  readonly changed = output<void>();

  /** The speakers, an entrepreneur or outside speaker with the organisation they speak for. */
  readonly speakers = computed<StaffListItem[]>(() =>
    this.masterclass()
      .staff.filter((s) => s.role === 'speaker')
      .map((s) => ({ id: s.id, name: [s.name, s.organisation ? this.transloco.translate('masterclass.speakers.for', { organisation: s.organisation }) : '', s.contribution].filter(Boolean).join(' · ') })),
  );
  /** The partner's people who may speak. */
  readonly people = resource({ params: () => this.canManage() || undefined, loader: async () => (await this.api.staff()).items });

  readonly outside = new FormGroup({
    name: new FormControl('', { nonNullable: true, validators: [notBlank, Validators.maxLength(200)] }),
    organisation: new FormControl('', { nonNullable: true }),
    contribution: new FormControl('', { nonNullable: true }),
  });
  readonly outsideErrors = fieldErrors(this.outside, { name: { required: 'masterclass.speakers.nameRequired', maxlength: tooLong } });
  readonly entrepreneur = new FormGroup({
    organisationId: new FormControl('', { nonNullable: true, validators: notBlank }),
    name: new FormControl('', { nonNullable: true, validators: [notBlank, Validators.maxLength(200)] }),
    contribution: new FormControl('', { nonNullable: true }),
  });
  readonly entrepreneurErrors = fieldErrors(this.entrepreneur, {
    organisationId: { required: 'masterclass.speakers.organisationRequired' },
    name: { required: 'masterclass.speakers.nameRequired', maxlength: tooLong },
  });

  private add(speaker: NewSpeaker, name: string) {
    return this.actions.run(() => this.api.addSpeaker(this.masterclass().id, speaker), 'masterclass.speakers.added', { name }, () => this.changed.emit());
  }

  async addUser(pick: StaffPick, picker: StaffPickerComponent) {
    const name = this.people.value()?.find((p) => p.userId === pick.userId)?.name ?? '';
    if (await this.add({ kind: 'user', userId: pick.userId }, name)) picker.clear();
  }

  async addOutside() {
    this.outside.markAllAsTouched();
    if (this.outside.invalid) return;
    const v = this.outside.getRawValue();
    if (await this.add({ kind: 'outside', name: v.name.trim(), organisation: v.organisation.trim() || undefined, contribution: v.contribution.trim() || undefined }, v.name.trim())) this.outside.reset();
  }

  async addEntrepreneur() {
    this.entrepreneur.markAllAsTouched();
    if (this.entrepreneur.invalid) return;
    const v = this.entrepreneur.getRawValue();
    if (await this.add({ kind: 'entrepreneur', organisationId: v.organisationId, name: v.name.trim(), contribution: v.contribution.trim() || undefined }, v.name.trim())) this.entrepreneur.reset();
  }

  remove(s: StaffListItem) {
    return this.actions.run(() => this.api.removeStaff(this.masterclass().id, s.id), 'masterclass.speakers.removed', { name: s.name ?? '' }, () => this.changed.emit());
  }
}
