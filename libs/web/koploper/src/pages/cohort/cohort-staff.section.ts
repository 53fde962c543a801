import { ChangeDetectionStrategy, Component, computed, inject, input, output, resource } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { KoploperApi, type CohortDetail } from '@koers/web-api-client';
import { RefusalComponent, StaffListComponent, StaffPickerComponent, pageActions, type StaffListItem, type StaffPick } from '@koers/web-programme';

/** A cohort's advisers (a trainee works under a mentor): the list, and for the coordinator the picker. */
@Component({
  selector: 'koers-cohort-staff',
  imports: [TranslocoPipe, RefusalComponent, StaffListComponent, StaffPickerComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <koers-refusal data-testid="staff-error" [refusal]="actions.error()" />
    <koers-staff-list [staff]="advisers()" [canRemove]="canManage()" [busy]="actions.busy()" (remove)="remove($event)" />
    @if (canManage()) {
      <koers-staff-picker #picker [label]="'koploper.cohort.adviser' | transloco" [submitLabel]="'koploper.cohort.addAdviser' | transloco"
                          [candidates]="candidates.value() ?? []" [mentors]="mentors()" [allowTrainee]="true" [busy]="actions.busy()"
                          (pick)="add($event, picker)" />
    }
  `,
})
export class CohortStaffSection {
  private readonly api = inject(KoploperApi);
  readonly cohort = input.required<CohortDetail>();
  /** Whether the reader puts advisers on the cohort (a coordinator, while it is not closed). */
  readonly canManage = input(false);
  /** Its own changes: a refusal shows here, next to the picker. */
  readonly actions = pageActions();
  readonly changed = output<void>();

  /** The cohort's advisers, by their place on its staff. */
  readonly advisers = computed(() => this.cohort().staff.filter((s) => s.role === 'adviser'));
  /** Who may be a trainee's mentor: the cohort's experienced advisers. */
  readonly mentors = computed(() => this.advisers().flatMap((a) => (!a.trainee && a.userId ? [{ userId: a.userId, name: a.name }] : [])));
  /** The partner's advisers, to pick from. */
  readonly candidates = resource({ params: () => this.canManage() || undefined, loader: async () => (await this.api.staff('adviser')).items });

  async add(pick: StaffPick, picker: StaffPickerComponent) {
    if (await this.actions.run(() => this.api.addAdviser(this.cohort().id, pick), 'koploper.common.saved', {}, () => this.changed.emit())) picker.clear();
  }

  remove(s: StaffListItem) {
    return this.actions.run(() => this.api.removeStaff(this.cohort().id, s.id), 'koploper.cohort.staffRemoved', { name: s.name ?? '' }, () => this.changed.emit());
  }
}
