import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, output, signal, untracked } from '@angular/core';
import { FormArray, FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import { FLOW_NODE_KIND_LABELS, FLOW_NODE_KINDS, FLOW_VARIANT_LABELS, RECOVERY_ROUTE_LABELS, RECOVERY_ROUTES, type FlowNodeKind, type RecoveryRoute } from '@koers/domain';
import { ChainApi, type FlowMap, type FlowVariantFields, type FlowVariantView } from '@koers/web-api-client';
import { LanguageService, type Language } from '@koers/web-ui';
import { BilingualPipe, FieldErrorComponent, RefusalComponent, messageOf, notBlank, pageActions, showRefusalOnFields, watchForm, type FieldMessage } from '@koers/web-programme';
import { NUMBER_MESSAGES, numberText, retypeNumber, writeNumber } from './flow-numbers';
import { bodyOf, draftOf, ENERGY_FIELDS, FIELD_MESSAGES, leaves, NUMBER_RULES, WATER_FIELDS, type FlowForm, type NodeForm, type Text, type VariantDraft } from './variant-form';

export type { VariantDraft } from './variant-form';

/**
 * One variant of a flow map as a table editor: its nodes (name, kind, stock
 * change), its flows between them (from and to choose among the variant's
 * nodes), its energy and water. Numbers are typed the reader's way (`12.500`,
 * `4.500,5` in Dutch); one that reads two ways gets a message. "Opslaan"
 * replaces the variant whole; what the API refuses shows at the field
 * (`flows.2.to` at flow 3's "Naar") and in the refusal box.
 */
@Component({
  selector: 'koers-variant-editor',
  imports: [ReactiveFormsModule, TranslocoPipe, BilingualPipe, FieldErrorComponent, RefusalComponent, NgTemplateOutlet],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .flow-scroll { overflow-x: auto; max-width: 100%; position: relative; }
    .flow-table { width: auto; font-size: .9rem; }
    .flow-table th { font-size: .85rem; vertical-align: bottom; }
    .flow-table td, .flow-table th { padding: .2rem .25rem; }
    .flow-table input, .flow-table select { font-size: .9rem; box-sizing: border-box; }
    .flow-table input.flow-pct { width: 5em; }
    .flow-table input.flow-kg { width: 7em; }
    .flow-table input.flow-text, .flow-table select { width: 8em; }
    .flow-rows tbody { border-bottom: 2px solid var(--koers-line); }
    .flow-rows tbody tr td { border-bottom: 0; }
    .flow-rows thead tr:first-child th { border-bottom: 0; padding-bottom: 0; }
    .flow-n { color: var(--koers-muted); vertical-align: top; text-align: center; }
    .flow-remove { display: block; margin-top: .25rem; text-decoration: none; font-size: 1rem; padding: .1rem .3rem; }
    .flow-figures { display: grid; grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr)); gap: 0 1rem; }
  `,
  template: `
    @let key = variant().variant;
    @let name = variantName() | bilingual;
    <form class="koers-form" [formGroup]="form" (ngSubmit)="submit()" novalidate [attr.data-testid]="'editor-' + key">
      <h4 [id]="key + '-nodes-title'">{{ 'chain.flowMap.nodes.title' | transloco }}</h4>
      <p>{{ 'chain.flowMap.nodes.hint' | transloco }}</p>
      @if (form.controls.nodes.length) {
        <div class="flow-scroll">
          <table class="koers-table koers-form-table flow-table" [attr.data-testid]="'nodes-' + key">
            <caption class="koers-visually-hidden">{{ 'chain.flowMap.nodes.caption' | transloco: { variant: name } }}</caption>
            <thead>
              <tr>
                <th scope="col"><span class="koers-visually-hidden">{{ 'chain.flowMap.number.row' | transloco }}</span></th>
                <th scope="col">{{ 'chain.flowMap.nodes.name' | transloco }}</th>
                <th scope="col">{{ 'chain.flowMap.nodes.kind' | transloco }}</th>
                <th scope="col">{{ 'chain.flowMap.nodes.stock' | transloco }}</th>
                <th scope="col"><span class="koers-visually-hidden">{{ 'chain.flowMap.removeHeader' | transloco }}</span></th>
              </tr>
            </thead>
            <tbody>
              @for (row of form.controls.nodes.controls; track row; let i = $index) {
                <tr [attr.data-node]="i + 1">
                  <td class="flow-n">{{ i + 1 }}</td>
                  <td>
                    <ng-container *ngTemplateOutlet="field; context: { c: row.controls.name, path: 'nodes.' + i + '.name', label: ('chain.flowMap.nodes.nameOf' | transloco: { n: i + 1 }), cls: 'flow-text', max: 100 }" />
                  </td>
                  <td>
                    <select [id]="id('nodes.' + i + '.kind')" [formControl]="row.controls.kind" [attr.aria-label]="'chain.flowMap.nodes.kindOf' | transloco: { n: i + 1 }">
                      @for (k of kinds; track k) {
                        <option [value]="k">{{ kindLabels[k] | bilingual }}</option>
                      }
                    </select>
                  </td>
                  <td>
                    <ng-container *ngTemplateOutlet="field; context: { c: row.controls.stockChangeKg, path: 'nodes.' + i + '.stockChangeKg', label: ('chain.flowMap.nodes.stockOf' | transloco: { n: i + 1 }), cls: 'flow-kg', numeric: true }" />
                  </td>
                  <td><button class="koers-link" type="button" (click)="removeNode(i)">{{ 'chain.flowMap.remove' | transloco }}<span class="koers-visually-hidden"> {{ 'chain.flowMap.nodes.which' | transloco: { n: i + 1 } }}</span></button></td>
                </tr>
              }
            </tbody>
          </table>
        </div>
      } @else {
        <p>{{ 'chain.flowMap.nodes.none' | transloco }}</p>
      }
      <button class="koers-button koers-button-secondary" type="button" (click)="addNode()">{{ 'chain.flowMap.nodes.add' | transloco }}</button>

      <h4>{{ 'chain.flowMap.flows.title' | transloco }}</h4>
      <p>{{ 'chain.flowMap.flows.hint' | transloco }}</p>
      @if (form.controls.flows.length) {
        <div class="flow-scroll">
          <table class="koers-table koers-form-table flow-table flow-rows" [attr.data-testid]="'flows-' + key">
            <caption class="koers-visually-hidden">{{ 'chain.flowMap.flows.caption' | transloco: { variant: name } }}</caption>
            <thead>
              <tr>
                <th scope="col" rowspan="2"><span class="koers-visually-hidden">{{ 'chain.flowMap.number.row' | transloco }}</span></th>
                <th scope="col">{{ 'chain.flowMap.flows.from' | transloco }}</th>
                <th scope="col">{{ 'chain.flowMap.flows.to' | transloco }}</th>
                <th scope="col">{{ 'chain.flowMap.flows.material' | transloco }}</th>
                <th scope="col">{{ 'chain.flowMap.flows.kg' | transloco }}</th>
              </tr>
              <tr>
                <th scope="col">{{ 'chain.flowMap.flows.recycled' | transloco }}</th>
                <th scope="col">{{ 'chain.flowMap.flows.renewable' | transloco }}</th>
                <th scope="col">{{ 'chain.flowMap.flows.route' | transloco }}</th>
                <th scope="col">{{ 'chain.flowMap.flows.potential' | transloco }}</th>
              </tr>
            </thead>
            <!-- One flow, two rows: where it goes and how much, then what it is made of and where it ends. -->
            @for (row of form.controls.flows.controls; track row; let i = $index) {
              <tbody [attr.data-flow]="i + 1">
                <tr>
                  <th scope="rowgroup" rowspan="2" class="flow-n">
                    {{ i + 1 }}
                    <button class="koers-link flow-remove" type="button" (click)="removeFlow(i)"><span aria-hidden="true">✕</span><span class="koers-visually-hidden">{{ 'chain.flowMap.flows.removeOne' | transloco: { n: i + 1 } }}</span></button>
                  </th>
                  @for (end of ends; track end) {
                    @let c = row.controls[end];
                    @let path = 'flows.' + i + '.' + end;
                    <td>
                      <select [id]="id(path)" [formControl]="c" [attr.aria-label]="'chain.flowMap.flows.' + end + 'Of' | transloco: { n: i + 1 }"
                              [attr.aria-invalid]="!!error(path)" [attr.aria-describedby]="error(path) ? id(path) + '-error' : null">
                        <option value="">{{ 'chain.flowMap.flows.chooseNode' | transloco }}</option>
                        @for (n of nodeNames(); track n) {
                          <option [value]="n">{{ n }}</option>
                        }
                        @if (c.value && !nodeNames().includes(c.value)) {
                          <option [value]="c.value">{{ 'chain.flowMap.flows.unknownNode' | transloco: { name: c.value } }}</option>
                        }
                      </select>
                      <koers-field-error [id]="id(path) + '-error'" [message]="error(path)" />
                    </td>
                  }
                  <td>
                    <ng-container *ngTemplateOutlet="field; context: { c: row.controls.material, path: 'flows.' + i + '.material', label: ('chain.flowMap.flows.materialOf' | transloco: { n: i + 1 }), cls: 'flow-text', max: 100 }" />
                  </td>
                  <td>
                    <ng-container *ngTemplateOutlet="field; context: { c: row.controls.kgPerYear, path: 'flows.' + i + '.kgPerYear', label: ('chain.flowMap.flows.kgOf' | transloco: { n: i + 1 }), cls: 'flow-kg', numeric: true }" />
                  </td>
                </tr>
                <tr>
                  <td>
                    <ng-container *ngTemplateOutlet="field; context: { c: row.controls.recycledPct, path: 'flows.' + i + '.recycledPct', label: ('chain.flowMap.flows.recycledOf' | transloco: { n: i + 1 }), cls: 'flow-pct', numeric: true }" />
                  </td>
                  <td>
                    <ng-container *ngTemplateOutlet="field; context: { c: row.controls.renewablePct, path: 'flows.' + i + '.renewablePct', label: ('chain.flowMap.flows.renewableOf' | transloco: { n: i + 1 }), cls: 'flow-pct', numeric: true }" />
                  </td>
                  <td>
                    @let routePath = 'flows.' + i + '.recoveryRoute';
                    <select [id]="id(routePath)" [formControl]="row.controls.recoveryRoute" [attr.aria-label]="'chain.flowMap.flows.routeOf' | transloco: { n: i + 1 }"
                            [attr.aria-invalid]="!!error(routePath)" [attr.aria-describedby]="error(routePath) ? id(routePath) + '-error' : null">
                      <option value="">{{ 'chain.flowMap.flows.noRoute' | transloco }}</option>
                      @for (r of routes; track r) {
                        <option [value]="r">{{ routeLabels[r] | bilingual }}</option>
                      }
                    </select>
                    <koers-field-error [id]="id(routePath) + '-error'" [message]="error(routePath)" />
                  </td>
                  <td>
                    <ng-container *ngTemplateOutlet="field; context: { c: row.controls.recoveryPotentialPct, path: 'flows.' + i + '.recoveryPotentialPct', label: ('chain.flowMap.flows.potentialOf' | transloco: { n: i + 1 }), cls: 'flow-pct', numeric: true }" />
                  </td>
                </tr>
              </tbody>
            }
          </table>
        </div>
      } @else {
        <p>{{ 'chain.flowMap.flows.none' | transloco }}</p>
      }
      <button class="koers-button koers-button-secondary" type="button" (click)="addFlow()">{{ 'chain.flowMap.flows.add' | transloco }}</button>

      <div class="flow-figures">
        <fieldset class="koers-fieldset" formGroupName="energy">
          <legend>{{ 'chain.flowMap.energy.title' | transloco }}</legend>
          @for (f of energyFields; track f) {
            @let path = 'energy.' + f;
            <div class="koers-field">
              <label [for]="id(path)">{{ 'chain.flowMap.energy.' + f | transloco }}</label>
              <input type="text" inputmode="decimal" autocomplete="off" [id]="id(path)" [formControlName]="f"
                     [attr.aria-invalid]="!!error(path)" [attr.aria-describedby]="error(path) ? id(path) + '-error' : null" />
              <koers-field-error [id]="id(path) + '-error'" [message]="error(path)" />
            </div>
          }
        </fieldset>
        <fieldset class="koers-fieldset" formGroupName="water">
          <legend>{{ 'chain.flowMap.water.title' | transloco }}</legend>
          @for (f of waterFields; track f) {
            @let path = 'water.' + f;
            <div class="koers-field">
              <label [for]="id(path)">{{ 'chain.flowMap.water.' + f | transloco }}</label>
              <input type="text" inputmode="decimal" autocomplete="off" [id]="id(path)" [formControlName]="f"
                     [attr.aria-invalid]="!!error(path)" [attr.aria-describedby]="error(path) ? id(path) + '-error' : null" />
              <koers-field-error [id]="id(path) + '-error'" [message]="error(path)" />
            </div>
          }
        </fieldset>
      </div>

      @if (notice(); as n) {
        <p class="koers-note" role="status" [attr.data-testid]="'notice-' + key">{{ 'chain.flowMap.editor.' + n | transloco }}</p>
      }
      @if (invalidTried()) {
        <p class="koers-form-error" role="alert" [attr.data-testid]="'invalid-' + key">{{ 'chain.flowMap.editor.invalid' | transloco }}</p>
      }
      @if (allPlaced()) {
        <p class="koers-form-error" role="alert" [attr.data-testid]="'save-error-' + key">{{ 'chain.flowMap.editor.refusedAtFields' | transloco }}</p>
      } @else {
        <koers-refusal [attr.data-testid]="'save-error-' + key" [refusal]="actions.error()" [omit]="placed()" />
      }
      <p class="koers-actions">
        <button class="koers-button" type="submit" [disabled]="actions.busy()">{{ 'chain.flowMap.editor.save' | transloco: { variant: name } }}</button>
        @if (dirty()) {
          <span class="koers-badge koers-badge-warn">{{ 'chain.flowMap.editor.unsaved' | transloco }}</span>
        }
      </p>
    </form>

    <ng-template #field let-c="c" let-path="path" let-label="label" let-cls="cls" let-numeric="numeric" let-max="max">
      <input type="text" autocomplete="off" [class]="cls" [id]="id(path)" [formControl]="c" [attr.aria-label]="label" [attr.inputmode]="numeric ? 'decimal' : null"
             [attr.maxlength]="max ?? null" [attr.aria-invalid]="!!error(path)" [attr.aria-describedby]="error(path) ? id(path) + '-error' : null" />
      <koers-field-error [id]="id(path) + '-error'" [message]="error(path)" />
    </ng-template>
  `,
})
export class VariantEditorComponent {
  readonly mapId = input.required<string>();
  readonly variant = input.required<FlowVariantView>();
  /** The map as the API answered after a save. */
  readonly changed = output<FlowMap>();

  private readonly api = inject(ChainApi);
  private readonly language = inject(LanguageService);
  readonly actions = pageActions();

  readonly kinds = FLOW_NODE_KINDS;
  readonly kindLabels = FLOW_NODE_KIND_LABELS;
  readonly routes = RECOVERY_ROUTES;
  readonly routeLabels = RECOVERY_ROUTE_LABELS;
  readonly ends = ['from', 'to'] as const;
  readonly energyFields = ENERGY_FIELDS;
  readonly waterFields = WATER_FIELDS;
  readonly variantName = computed(() => FLOW_VARIANT_LABELS[this.variant().variant]);

  private readonly lang = () => this.language.current();
  private filledIn: Language = this.language.current();
  /** The stored variant the form was last filled from (as its draft). */
  private filledFrom = '';

  readonly form = new FormGroup({
    nodes: new FormArray<NodeForm>([]),
    flows: new FormArray<FlowForm>([]),
    energy: new FormGroup({ totalKwh: this.num(null, 'totalKwh'), renewableKwh: this.num(null, 'renewableKwh'), electricityKwh: this.num(null, 'electricityKwh'), naturalGasM3: this.num(null, 'naturalGasM3') }),
    water: new FormGroup({ intakeM3: this.num(null, 'intakeM3'), circularM3: this.num(null, 'circularM3') }),
  });
  private readonly version = watchForm(this.form);

  /** The message of every field, by its path (the API's field name). */
  private readonly messages = computed(() => {
    this.version();
    this.language.current();
    const out: Record<string, FieldMessage | null> = {};
    for (const [path, control] of leaves(this.form)) {
      const leaf = path.slice(path.lastIndexOf('.') + 1);
      out[path] = messageOf(control, NUMBER_RULES[leaf] ? NUMBER_MESSAGES : (FIELD_MESSAGES[leaf] ?? {}));
    }
    return out;
  });
  /** The names the flows may choose: the variant's nodes as typed. */
  readonly nodeNames = computed(() => {
    this.version();
    return [...new Set(this.form.controls.nodes.controls.map((n) => n.controls.name.value.trim()).filter(Boolean))];
  });
  readonly dirty = computed(() => {
    this.version();
    return this.form.dirty;
  });
  /** The API's fields placed next to their input; the refusal box names the others. */
  readonly placed = signal<string[]>([]);
  /** Every field the API named shows its message at its input: the box says so instead of repeating them by their paths. */
  readonly allPlaced = computed(() => {
    const r = this.actions.error();
    return !!r && r.fields.length > 0 && r.fields.every((f) => this.placed().includes(f.field));
  });
  readonly invalidTried = signal(false);
  readonly notice = signal<'copied' | null>(null);

  constructor() {
    effect(() => {
      const stored = this.variant();
      const lang = this.language.current();
      untracked(() => {
        if (lang !== this.filledIn) this.retype(this.filledIn, lang);
        // What is stored fills the form until the user changes it (a save or import marks it pristine again);
        // an answer that only brings new figures (the page asks while they are computed) leaves the fields alone.
        const draft = this.draftOf(stored);
        const key = JSON.stringify(draft);
        if (this.form.pristine && key !== this.filledFrom) {
          this.fill(draft);
          this.filledFrom = key;
        }
      });
    });
  }

  id(path: string): string {
    return `${this.variant().variant}-${path.replace(/\./g, '-')}`;
  }

  error(path: string): FieldMessage | null {
    return this.messages()[path] ?? null;
  }

  private num(value: string | number | null, field: string): Text {
    const text = typeof value === 'number' ? writeNumber(value, this.lang()) : (value ?? '');
    return new FormControl(text, { nonNullable: true, validators: numberText(this.lang, NUMBER_RULES[field]) });
  }

  private nodeForm(n: VariantDraft['nodes'][number]): NodeForm {
    const group: NodeForm = new FormGroup({
      name: new FormControl(n.name, { nonNullable: true, validators: [notBlank, Validators.maxLength(100)] }),
      kind: new FormControl<FlowNodeKind>(n.kind, { nonNullable: true }),
      stockChangeKg: this.num(n.stockChangeKg, 'stockChangeKg'),
    });
    // A renamed node keeps its flows: those that named it follow the new name (unless another node still has the old one).
    let named = n.name.trim();
    group.controls.name.valueChanges.subscribe((value) => {
      const now = value.trim();
      if (!now) return;
      const old = named;
      named = now;
      if (!old || old === now || this.form.controls.nodes.controls.some((o) => o !== group && o.controls.name.value.trim() === old)) return;
      for (const f of this.form.controls.flows.controls) {
        if (f.controls.from.value === old) f.controls.from.setValue(now);
        if (f.controls.to.value === old) f.controls.to.setValue(now);
      }
    });
    return group;
  }

  private flowForm(f: VariantDraft['flows'][number]): FlowForm {
    return new FormGroup({
      from: new FormControl(f.from, { nonNullable: true, validators: notBlank }),
      to: new FormControl(f.to, { nonNullable: true, validators: notBlank }),
      material: new FormControl(f.material, { nonNullable: true, validators: [notBlank, Validators.maxLength(100)] }),
      kgPerYear: this.num(f.kgPerYear, 'kgPerYear'),
      recycledPct: this.num(f.recycledPct, 'recycledPct'),
      renewablePct: this.num(f.renewablePct, 'renewablePct'),
      recoveryRoute: new FormControl<RecoveryRoute | ''>(f.recoveryRoute, { nonNullable: true }),
      recoveryPotentialPct: this.num(f.recoveryPotentialPct, 'recoveryPotentialPct'),
    });
  }

  private draftOf(v: FlowVariantView): VariantDraft {
    return draftOf(v, this.lang());
  }

  private fill(d: VariantDraft) {
    const { nodes, flows, energy, water } = this.form.controls;
    nodes.clear({ emitEvent: false });
    for (const n of d.nodes) nodes.push(this.nodeForm(n), { emitEvent: false });
    flows.clear({ emitEvent: false });
    for (const f of d.flows) flows.push(this.flowForm(f), { emitEvent: false });
    energy.setValue(d.energy, { emitEvent: false });
    water.setValue(d.water, { emitEvent: false });
    this.filledIn = this.lang();
    this.placed.set([]);
    this.form.updateValueAndValidity();
  }

  /** The form as it is now (for "Kopieer huidige situatie naar herontwerp"). */
  draft(): VariantDraft {
    return this.form.getRawValue();
  }

  /** Starts this variant from another's draft; nothing is stored until "Opslaan". */
  startFrom(d: VariantDraft) {
    this.fill(structuredClone(d));
    this.form.markAsDirty();
    this.form.markAsUntouched();
    this.actions.error.set(null);
    this.invalidTried.set(false);
    this.notice.set('copied');
  }

  /** The language switched: every number typed is written again the new language's way, with the same value. */
  private retype(from: Language, to: Language) {
    for (const [path, control] of leaves(this.form)) {
      if (!NUMBER_RULES[path.slice(path.lastIndexOf('.') + 1)]) continue;
      control.setValue(retypeNumber(String(control.value), from, to), { emitEvent: false });
    }
    this.filledIn = to;
    this.revalidate();
  }

  /** Runs every validator again: what the API said about a field goes. */
  private revalidate() {
    for (const [, control] of leaves(this.form)) control.updateValueAndValidity({ emitEvent: false });
    this.form.updateValueAndValidity();
  }

  addNode() {
    this.form.controls.nodes.push(this.nodeForm({ name: '', kind: 'production', stockChangeKg: '' }));
    this.form.markAsDirty();
  }

  removeNode(i: number) {
    this.form.controls.nodes.removeAt(i);
    this.form.markAsDirty();
  }

  addFlow() {
    this.form.controls.flows.push(this.flowForm({ from: '', to: '', material: '', kgPerYear: '', recycledPct: '', renewablePct: '', recoveryRoute: '', recoveryPotentialPct: '' }));
    this.form.markAsDirty();
  }

  removeFlow(i: number) {
    this.form.controls.flows.removeAt(i);
    this.form.markAsDirty();
  }

  /** What the API takes: the variant whole, numbers read the reader's way. */
  body(): FlowVariantFields {
    return bodyOf(this.form.getRawValue(), this.lang());
  }

  async submit() {
    this.revalidate();
    this.form.markAllAsTouched();
    this.placed.set([]);
    if (this.form.invalid) {
      this.actions.error.set(null);
      this.invalidTried.set(true);
      return;
    }
    this.invalidTried.set(false);
    this.notice.set(null);
    let saved: FlowMap | null = null;
    const ok = await this.actions.run(async () => (saved = await this.api.saveVariant(this.mapId(), this.variant().variant, this.body())), 'chain.flowMap.editor.saved', {
      variant: this.variantName()[this.lang()],
    });
    if (ok && saved) {
      this.form.markAsPristine();
      this.changed.emit(saved);
      return;
    }
    const refusal = this.actions.error();
    const fields = Object.fromEntries((refusal?.fields ?? []).filter((f) => this.form.get(f.field)).map((f) => [f.field, f.field]));
    this.placed.set(showRefusalOnFields(this.form, refusal, fields));
  }

  /** After an import: the stored variant fills the form again. */
  reset() {
    this.filledFrom = '';
    this.form.markAsPristine();
    this.notice.set(null);
    this.invalidTried.set(false);
    this.actions.error.set(null);
  }
}
