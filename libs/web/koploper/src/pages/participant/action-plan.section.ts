import { ChangeDetectionStrategy, Component, computed, effect, inject, input, output, resource, untracked } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import { KoploperApi, type ActionItem, type ActionItemStatus, type ActionPlan, type ProfileSummary } from '@koers/web-api-client';
import { co2Column, formatNumber } from '@koers/domain';
import { LanguageService } from '@koers/web-ui';
import { BilingualPipe, Co2Pipe, EuroPipe, FieldErrorComponent, fieldErrors, notBlank, todayIso, tooLong, type PageActions } from '@koers/web-programme';
import { amountMessages, amountOf, retypeAmount, validAmount } from './amount-field';
import { PlanItemRowComponent } from './plan-item-row';
import { EnergyDutySection } from '../profile/energy-duty.section';

/**
 * The action plan (DuOn-Agenda): progress and expected effect, the measures
 * (status changed at once), a new measure (picked from the newest published
 * profile's recommendations or the company's own) and the MVO-visie.
 */
@Component({
  selector: 'koers-action-plan',
  imports: [ReactiveFormsModule, TranslocoPipe, BilingualPipe, Co2Pipe, EuroPipe, FieldErrorComponent, PlanItemRowComponent, EnergyDutySection],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let p = plan();
    <p data-testid="plan-progress">{{ 'koploper.plan.progress' | transloco: p.progress }}</p>
    <p>{{ 'koploper.plan.expected' | transloco: { co2: (p.progress.expectedKgCO2e | co2), cost: (p.progress.expectedCostEur | euro) } }}</p>
    <koers-energy-duty [duty]="p.energySavingDuty ?? null" />
    @if (p.items.length) {
      <table class="koers-table" data-testid="plan-items">
        <caption class="koers-visually-hidden">{{ 'koploper.plan.title' | transloco }}</caption>
        <thead>
          <tr>
            <th scope="col">{{ 'koploper.plan.measure' | transloco }}</th>
            <th scope="col">{{ 'koploper.plan.owner' | transloco }}</th>
            <th scope="col">{{ 'koploper.plan.dueOn' | transloco }}</th>
            <th scope="col">{{ 'koploper.plan.status' | transloco }}</th>
            <th scope="col" data-testid="plan-co2-header">{{ 'koploper.plan.co2Column' | transloco: { unit: co2().label } }}</th>
            <th scope="col">{{ 'koploper.plan.cost' | transloco }}</th>
            <th scope="col">{{ 'koploper.energyDuty.obligation' | transloco }}</th>
            <th scope="col"><span class="koers-visually-hidden">{{ 'koploper.plan.remove' | transloco }}</span></th>
          </tr>
        </thead>
        <tbody>
          @for (item of p.items; track item.id) {
            <tr koers-plan-item [item]="item" [duty]="p.energySavingDuty ?? null" [co2]="co2()" [busy]="actions().busy()" [editable]="editable()" (statusChange)="setStatus($event.item, $event.status)" (remove)="remove($event)"></tr>
          }
        </tbody>
      </table>
    } @else {
      <p>{{ 'koploper.plan.empty' | transloco }}</p>
    }
    @if (!editable()) {
      <p class="koers-hint" data-testid="plan-read-only">{{ 'koploper.plan.readOnly' | transloco }}</p>
      <h3>{{ 'koploper.plan.vision' | transloco }}</h3>
      <p class="koers-pre" data-testid="vision">{{ p.vision || ('koploper.plan.noVision' | transloco) }}</p>
    } @else {
    <form class="koers-form" [formGroup]="item" (ngSubmit)="addItem()" novalidate>
      <h3>{{ 'koploper.plan.add' | transloco }}</h3>
      @if (recommendations().length) {
        <div class="koers-field">
          <label for="item-measure">{{ 'koploper.plan.recommendations' | transloco }}</label>
          <select id="item-measure" formControlName="measureId">
            <option value=""></option>
            @for (r of recommendations(); track r.measureId) {
              <option [value]="r.measureId">{{ r.title | bilingual }}</option>
            }
          </select>
        </div>
      }
      @for (f of textFields; track f.name) {
        <div class="koers-field">
          <label [for]="f.id">{{ f.label | transloco }}</label>
          <input [id]="f.id" [type]="f.type" [formControlName]="f.name" [attr.maxlength]="f.max"
                 [attr.aria-invalid]="!!errors()[f.name]" [attr.aria-describedby]="errors()[f.name] ? f.id + '-error' : null" />
          <koers-field-error [id]="f.id + '-error'" [message]="errors()[f.name]" />
        </div>
      }
      <!-- Amounts are text typed the reader's way (30.000, 4.500,5): type="number" would drop Dutch notation. -->
      <div class="koers-field">
        <label for="item-co2">{{ 'koploper.plan.co2' | transloco }}</label>
        <input id="item-co2" type="text" inputmode="decimal" formControlName="co2"
               [attr.aria-invalid]="!!errors().co2" [attr.aria-describedby]="errors().co2 ? 'item-co2-error' : null" />
        <koers-field-error id="item-co2-error" [message]="errors().co2" />
      </div>
      <div class="koers-field">
        <label for="item-cost">{{ 'koploper.plan.cost' | transloco }}</label>
        <input id="item-cost" type="text" inputmode="decimal" formControlName="cost"
               [attr.aria-invalid]="!!errors().cost" [attr.aria-describedby]="errors().cost ? 'item-cost-error' : null" />
        <koers-field-error id="item-cost-error" [message]="errors().cost" />
      </div>
      <button class="koers-button" type="submit" [disabled]="actions().busy()">{{ 'koploper.plan.add' | transloco }}</button>
    </form>
    <form class="koers-form" [formGroup]="visionForm" (ngSubmit)="saveVision()" novalidate>
      <h3>{{ 'koploper.plan.vision' | transloco }}</h3>
      <div class="koers-field">
        <label for="vision">{{ 'koploper.plan.visionHint' | transloco }}</label>
        <textarea id="vision" rows="5" maxlength="5000" formControlName="text"
                  [attr.aria-invalid]="!!visionErrors().text" [attr.aria-describedby]="visionErrors().text ? 'vision-error' : null"></textarea>
        <koers-field-error id="vision-error" [message]="visionErrors().text" />
      </div>
      <button class="koers-button koers-button-secondary" type="submit" [disabled]="actions().busy()">{{ 'koploper.plan.saveVision' | transloco }}</button>
    </form>
    }
  `,
})
export class ActionPlanSection {
  private readonly api = inject(KoploperApi);
  private readonly language = inject(LanguageService);
  private readonly lang = () => this.language.current();
  /** One unit for the plan's CO2 column, from its largest amount (never t and kg mixed). */
  readonly co2 = computed(() => co2Column(this.plan().items.map((i) => i.expectedKgCO2e), this.lang()));
  readonly participantId = input.required<string>();
  readonly plan = input.required<ActionPlan>();
  /** The company's profiles: the newest published one recommends measures. */
  readonly profiles = input<readonly ProfileSummary[]>([]);
  readonly actions = input.required<PageActions>();
  /** Whether this role may change the plan (the API's writers: the company, its adviser, the coordinator and the administrator; not the analyst). */
  readonly editable = input(true);
  readonly changed = output<void>();

  readonly latestProfile = resource({
    params: () => this.profiles().find((p) => p.status === 'published')?.id,
    loader: ({ params }) => this.api.profile(params),
  });
  readonly recommendations = computed(() => this.latestProfile.value()?.recommendations ?? []);

  readonly textFields = [
    { name: 'title', id: 'item-title', label: 'koploper.plan.measure', type: 'text', max: 300 },
    { name: 'owner', id: 'item-owner', label: 'koploper.plan.owner', type: 'text', max: 200 },
    { name: 'dueOn', id: 'item-due', label: 'koploper.plan.dueOn', type: 'date', max: null },
  ] as const;
  readonly item = new FormGroup({
    measureId: new FormControl('', { nonNullable: true }),
    title: new FormControl('', { nonNullable: true, validators: [notBlank, Validators.maxLength(300)] }),
    owner: new FormControl('', { nonNullable: true, validators: [notBlank, Validators.maxLength(200)] }),
    dueOn: new FormControl(todayIso(), { nonNullable: true, validators: Validators.required }),
    co2: new FormControl('', { nonNullable: true, validators: validAmount(this.lang, { optional: true }) }),
    cost: new FormControl('', { nonNullable: true, validators: validAmount(this.lang, { optional: true }) }),
  });
  readonly errors = fieldErrors(this.item, {
    title: { required: 'koploper.plan.titleRequired', maxlength: tooLong },
    owner: { required: 'koploper.plan.ownerRequired', maxlength: tooLong },
    dueOn: { required: 'koploper.plan.dueOnRequired' },
    co2: amountMessages('programme.form.notNegative'),
    cost: amountMessages('programme.form.notNegative'),
  });
  readonly visionForm = new FormGroup({ text: new FormControl('', { nonNullable: true, validators: Validators.maxLength(5000) }) });
  readonly visionErrors = fieldErrors(this.visionForm, { text: { maxlength: tooLong } });

  /** The language the amounts are written in now. */
  private typedIn = this.language.current();

  constructor() {
    // Another language: the amounts are written again in it (1.500 becomes 1,500), never read the other way.
    effect(() => {
      const lang = this.language.current();
      untracked(() => {
        for (const c of [this.item.controls.co2, this.item.controls.cost]) c.setValue(retypeAmount(c.value, this.typedIn, lang), { emitEvent: false });
        this.typedIn = lang;
      });
    });
    // A recommendation fills in its title and the middle of its estimates.
    this.item.controls.measureId.valueChanges.pipe(takeUntilDestroyed()).subscribe((id) => this.pickMeasure(id));
    // The vision shows what is stored until the user edits it.
    effect(() => {
      const stored = this.plan().vision;
      if (this.visionForm.pristine) this.visionForm.controls.text.setValue(stored, { emitEvent: false });
    });
  }

  private run(change: () => Promise<unknown>, done?: string) {
    return this.actions().run(change, done, {}, () => this.changed.emit());
  }

  pickMeasure(measureId: string) {
    const r = this.recommendations().find((x) => x.measureId === measureId);
    if (!r) return;
    const kg = r.estimatedKgCO2ePerYear ?? r.typicalKgCO2ePerYear;
    const cost = r.costEffect.investmentEur;
    this.item.patchValue({
      title: r.title[this.language.current()],
      ...(kg ? { co2: formatNumber(Math.round((kg.min + kg.max) / 2), this.lang()) } : {}),
      ...(cost ? { cost: formatNumber(Math.round((cost.min + cost.max) / 2), this.lang()) } : {}),
    });
  }

  async addItem() {
    this.item.markAllAsTouched();
    if (this.item.invalid) return;
    const v = this.item.getRawValue();
    const co2 = amountOf(v.co2, this.lang());
    const cost = amountOf(v.cost, this.lang());
    const body = {
      ...(v.measureId ? { measureId: v.measureId } : {}),
      title: v.title.trim(),
      owner: v.owner.trim(),
      dueOn: v.dueOn,
      ...(co2 !== null ? { expectedKgCO2e: co2 } : {}),
      ...(cost !== null ? { expectedCostEur: cost } : {}),
    };
    if (await this.run(() => this.api.addActionItem(this.participantId(), body), 'koploper.plan.added')) {
      // Owner and date stay for the next measure.
      this.item.reset({ measureId: '', title: '', owner: v.owner, dueOn: v.dueOn, co2: '', cost: '' });
    }
  }

  setStatus(item: ActionItem, status: ActionItemStatus) {
    return this.run(() => this.api.updateActionItem(item.id, { status }));
  }

  remove(item: ActionItem) {
    return this.run(() => this.api.deleteActionItem(item.id));
  }

  async saveVision() {
    if (this.visionForm.invalid) return;
    if (await this.run(() => this.api.putVision(this.participantId(), this.visionForm.controls.text.value), 'koploper.plan.visionSaved')) this.visionForm.markAsPristine();
  }
}
