import { ChangeDetectionStrategy, Component, DestroyRef, computed, effect, inject, input, resource, signal, untracked, viewChildren } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { FLOW_VARIANT_LABELS, FLOW_VARIANTS, type FlowVariant } from '@koers/domain';
import { ChainApi, type FlowMap } from '@koers/web-api-client';
import { AuthService } from '@koers/web-auth';
import { ErrorStateComponent, LoadingComponent } from '@koers/web-ui';
import { BilingualPipe, FieldErrorComponent, KoersDatePipe, RefusalComponent, fieldErrors, notBlank, pageActions, showRefusalOnFields, tooLong } from '@koers/web-programme';
import { CircularityComponent } from './circularity.component';
import { FlowSankeyComponent } from './flow-sankey.component';
import { VariantEditorComponent } from './variant-editor.component';
import { VariantImportComponent } from './variant-import.component';
import { VariantViewComponent } from './variant-view.component';

/** Who changes a flow map (the API's roles); a participant of the project and an analyst read it. */
const EDITORS = ['administrator', 'coordinator', 'adviser'] as const;
/** After a save the worker computes the indicators: the page asks again every second, at most this often. */
export const POLL_TIMES = 20;
export const POLL_MS = 1000;

/**
 * A material-flow map of a product or chain of a chain project, for its
 * coordinator or adviser: the subject (rename), the as-is and the redesigned
 * variant side by side (stacked on a narrow screen), each a table editor with
 * its import; "Kopieer huidige situatie naar herontwerp" to start the
 * redesign; both as Sankey diagrams (a variant out of balance flagged per
 * node); and the circularity indicators compared. A participant of the
 * project reads the same page without anything to change.
 */
@Component({
  selector: 'koers-flow-map',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    TranslocoPipe,
    BilingualPipe,
    KoersDatePipe,
    LoadingComponent,
    ErrorStateComponent,
    RefusalComponent,
    FieldErrorComponent,
    VariantEditorComponent,
    VariantImportComponent,
    VariantViewComponent,
    FlowSankeyComponent,
    CircularityComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .flow-variants { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 30rem), 1fr)); gap: 1.5rem; align-items: start; }
    .flow-variants > * { min-width: 0; }
    .flow-variant { border: 1px solid var(--koers-line); border-radius: 8px; padding: 0 1rem 1rem; }
  `,
  template: `
    <p><a routerLink="../.." data-testid="back">{{ 'chain.flowMap.back' | transloco: { project: projectName() ?? ('chain.flowMap.theProject' | transloco) } }}</a></p>
    @if (!map.hasValue()) {
      @if (map.error()) {
        <koers-error-state (retry)="map.reload()" />
      } @else {
        <koers-loading />
      }
    } @else {
      @let m = map.value();
      <h1>{{ m.subject }}</h1>
      <p>{{ 'chain.flowMap.intro' | transloco }}</p>
      @if (editable()) {
        <form class="koers-inline-form" [formGroup]="renameForm" (ngSubmit)="rename()" novalidate data-testid="rename">
          <div class="koers-field">
            <label for="flow-map-subject">{{ 'chain.flowMap.subject.label' | transloco }}</label>
            <input id="flow-map-subject" formControlName="subject" maxlength="200" autocomplete="off"
                   [attr.aria-invalid]="!!renameErrors().subject" [attr.aria-describedby]="renameErrors().subject ? 'flow-map-subject-error' : null" />
            <koers-field-error [id]="'flow-map-subject-error'" [message]="renameErrors().subject" />
          </div>
          <div class="koers-field">
            <button class="koers-button koers-button-secondary" type="submit" [disabled]="renameActions.busy()">{{ 'chain.flowMap.subject.rename' | transloco }}</button>
          </div>
        </form>
        <koers-refusal data-testid="rename-error" [refusal]="renameActions.error()" [omit]="renamePlaced()" />
      } @else {
        <p class="koers-note" data-testid="read-only">{{ (closed() ? 'chain.flowMap.closed' : 'chain.flowMap.readOnly') | transloco }}</p>
      }

      <section aria-labelledby="flow-variants-title">
        <h2 id="flow-variants-title">{{ 'chain.flowMap.variants' | transloco }}</h2>
        <div class="flow-variants">
          @for (v of variants; track v) {
            @let view = v === 'as_is' ? m.asIs : m.redesign;
            <div class="flow-variant" [attr.data-variant]="v">
              <h3 [id]="v + '-title'">{{ variantLabels[v] | bilingual }}</h3>
              <p data-testid="updated">
                @if (view.updatedAt) {
                  {{ 'chain.flowMap.updated' | transloco: { date: (view.updatedAt | koersDate: 'time') } }}
                } @else {
                  {{ 'chain.flowMap.neverSaved' | transloco }}
                }
              </p>
              @if (editable()) {
                @if (v === 'redesign') {
                  <p><button class="koers-button koers-button-secondary" type="button" data-testid="copy" (click)="copyAsIs()">{{ 'chain.flowMap.editor.copy' | transloco }}</button></p>
                }
                <koers-variant-editor [mapId]="m.id" [variant]="view" (changed)="saved($event)" />
                <koers-variant-import [mapId]="m.id" [variant]="v" (imported)="imported(v, $event)" />
              } @else {
                <koers-variant-view [variant]="view" />
              }
            </div>
          }
        </div>
      </section>

      <section aria-labelledby="flow-sankey-title">
        <h2 id="flow-sankey-title">{{ 'chain.flowMap.sankey.title' | transloco }}</h2>
        <div class="flow-variants">
          <koers-flow-sankey [variant]="m.asIs" />
          <koers-flow-sankey [variant]="m.redesign" />
        </div>
      </section>

      <section aria-labelledby="flow-figures-title">
        <h2 id="flow-figures-title">{{ 'chain.flowMap.figures.title' | transloco }}</h2>
        <p>{{ 'chain.flowMap.figures.intro' | transloco }}</p>
        <koers-circularity [asIs]="m.asIs.circularity" [redesign]="m.redesign.circularity" />
      </section>

      @if (editable()) {
        <section aria-labelledby="flow-remove-title">
          <h2 id="flow-remove-title">{{ 'chain.flowMap.removeMap.title' | transloco }}</h2>
          @if (confirmRemove()) {
            <p role="alert">{{ 'chain.flowMap.removeMap.confirm' | transloco: { subject: m.subject } }}</p>
            <p class="koers-actions">
              <button class="koers-button" type="button" [disabled]="removeActions.busy()" (click)="remove()">{{ 'chain.flowMap.removeMap.yes' | transloco }}</button>
              <button class="koers-button koers-button-secondary" type="button" (click)="confirmRemove.set(false)">{{ 'chain.common.cancel' | transloco }}</button>
            </p>
          } @else {
            <p><button class="koers-link" type="button" (click)="confirmRemove.set(true)">{{ 'chain.flowMap.removeMap.ask' | transloco }}</button></p>
          }
          <koers-refusal data-testid="remove-error" [refusal]="removeActions.error()" />
        </section>
      }
    }
  `,
})
export class FlowMapPage {
  readonly projectId = input.required<string>();
  readonly mapId = input.required<string>();
  private readonly api = inject(ChainApi);
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);

  readonly variants = FLOW_VARIANTS;
  readonly variantLabels = FLOW_VARIANT_LABELS;

  readonly map = resource({ params: () => this.mapId(), loader: ({ params }) => this.api.flowMap(params) });
  /** The project, for its name on the back link and whether it is closed; the map shows without it. */
  readonly project = resource({ params: () => this.projectId(), loader: ({ params }) => this.api.project(params) });
  readonly projectName = computed(() => (this.project.hasValue() ? this.project.value().name : null));
  readonly closed = computed(() => (this.project.hasValue() ? this.project.value().status === 'closed' : false));
  readonly editable = computed(() => this.auth.hasRole(...EDITORS) && !this.closed());

  private readonly variantEditors = viewChildren(VariantEditorComponent);

  readonly renameForm = new FormGroup({ subject: new FormControl('', { nonNullable: true, validators: [notBlank, Validators.maxLength(200)] }) });
  readonly renameErrors = fieldErrors(this.renameForm, { subject: { required: 'chain.flowMap.subject.required', maxlength: tooLong } });
  readonly renameActions = pageActions();
  readonly renamePlaced = signal<string[]>([]);
  readonly removeActions = pageActions();
  readonly confirmRemove = signal(false);

  private polling = 0;
  private destroyed = false;

  constructor() {
    inject(DestroyRef).onDestroy(() => (this.destroyed = true));
    effect(() => {
      const m = this.map.hasValue() ? this.map.value() : null;
      untracked(() => {
        if (m && this.renameForm.pristine) this.renameForm.setValue({ subject: m.subject }, { emitEvent: false });
      });
    });
    // Opened while the worker computes: wait for its figures too.
    effect(() => {
      const m = this.map.hasValue() ? this.map.value() : null;
      if (m && untracked(() => this.polling === 0) && isPending(m)) untracked(() => void this.poll());
    });
  }

  saved(m: FlowMap) {
    this.map.set(m);
    void this.poll();
  }

  imported(v: FlowVariant, m: FlowMap) {
    this.editorOf(v)?.reset();
    this.map.set(m);
    void this.poll();
  }

  copyAsIs() {
    const from = this.editorOf('as_is');
    const to = this.editorOf('redesign');
    if (from && to) to.startFrom(from.draft());
  }

  private editorOf(v: FlowVariant): VariantEditorComponent | undefined {
    return this.variantEditors().find((e) => e.variant().variant === v);
  }

  /** Asks for the map every second until neither variant's indicators are pending (at most POLL_TIMES); a newer poll replaces a running one. */
  async poll() {
    const run = ++this.polling;
    for (let i = 0; i < POLL_TIMES; i++) {
      const m = this.map.hasValue() ? this.map.value() : null;
      if (!m || !isPending(m)) break;
      await new Promise((r) => setTimeout(r, POLL_MS));
      if (this.destroyed || run !== this.polling) return;
      try {
        const next = await this.api.flowMap(this.mapId());
        if (this.destroyed || run !== this.polling) return;
        this.map.set(next);
      } catch {
        // The next round asks again; the figures say "wordt berekend…" meanwhile.
      }
    }
    if (run === this.polling) this.polling = 0;
  }

  async rename() {
    this.renameForm.markAllAsTouched();
    this.renamePlaced.set([]);
    if (this.renameForm.invalid) return;
    let m: FlowMap | null = null;
    const subject = this.renameForm.controls.subject.value.trim();
    if (await this.renameActions.run(async () => (m = await this.api.renameFlowMap(this.mapId(), subject)), 'chain.flowMap.subject.renamed')) {
      this.renameForm.markAsPristine();
      if (m) this.map.set(m);
    } else {
      this.renamePlaced.set(showRefusalOnFields(this.renameForm, this.renameActions.error(), { subject: 'subject' }));
    }
  }

  async remove() {
    if (await this.removeActions.run(() => this.api.removeFlowMap(this.mapId()), 'chain.flowMap.removeMap.done')) {
      void this.router.navigate(['../..'], { relativeTo: this.route });
    }
  }
}

function isPending(m: FlowMap): boolean {
  return m.asIs.circularity.status === 'pending' || m.redesign.circularity.status === 'pending';
}
