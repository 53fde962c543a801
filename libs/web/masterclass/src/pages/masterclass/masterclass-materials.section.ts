import { ChangeDetectionStrategy, Component, inject, input, resource } from '@angular/core';
import { ProgrammeApi } from '@koers/web-api-client';
import { ErrorStateComponent, LoadingComponent } from '@koers/web-ui';
import { GroupMaterialsComponent, RefusalComponent, pageActions, type GroupMaterialItem } from '@koers/web-programme';

/**
 * A masterclass's materials (the core's group materials): slides and
 * handouts the staff who may manage them upload and remove, and everyone in
 * the masterclass downloads. The API's refusal (a file whose content is not
 * what its extension says, the 51st file) shows here, above the list.
 */
@Component({
  selector: 'koers-masterclass-materials',
  imports: [ErrorStateComponent, LoadingComponent, RefusalComponent, GroupMaterialsComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <koers-refusal data-testid="material-error" [refusal]="actions.error()" />
    @if (materials.error() && !materials.hasValue()) {
      <koers-error-state (retry)="materials.reload()" />
    } @else if (!materials.hasValue()) {
      <koers-loading />
    } @else {
      <koers-group-materials #list [materials]="materials.value()" [canManage]="canManage()" [busy]="actions.busy()"
                             (upload)="upload($event, list)" (remove)="remove($event)" />
    }
  `,
})
export class MasterclassMaterialsSection {
  private readonly api = inject(ProgrammeApi);
  readonly masterclassId = input.required<string>();
  /** Whether the reader uploads and removes (coordinator, administrator, adviser). */
  readonly canManage = input(false);
  readonly actions = pageActions();

  readonly materials = resource({ params: () => this.masterclassId(), loader: async ({ params }) => (await this.api.materials(params)).items });

  async upload(file: File, list: GroupMaterialsComponent) {
    let items: GroupMaterialItem[] = [];
    const stored = await this.actions.run(
      async () => (items = (await this.api.addMaterial(this.masterclassId(), file)).items),
      'masterclass.materials.added',
      { name: file.name },
      // The answer is the whole list: no second read.
      () => this.materials.set(items),
    );
    if (stored) list.clear();
  }

  remove(material: GroupMaterialItem) {
    return this.actions.run(() => this.api.removeMaterial(this.masterclassId(), material.id), 'masterclass.materials.removed', { name: material.filename }, () => this.materials.reload());
  }
}
