import { ChangeDetectionStrategy, Component, effect, input, output, signal } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { Activity } from '@koers/web-api-client';

type ActivityType = Activity['type'];
type Unit = Activity['unit'];

/** The units and the one detail each activity type needs (the footprint.ghg input, as in the template). */
const TYPES: Record<ActivityType, { units: Unit[]; detail?: 'contract' | 'car' | 'haul' | 'stream' }> = {
  electricity: { units: ['kWh', 'MWh'], detail: 'contract' },
  natural_gas: { units: ['m3'] },
  district_heat: { units: ['GJ'] },
  diesel: { units: ['l'] },
  petrol: { units: ['l'] },
  lpg: { units: ['l'] },
  car_km: { units: ['km'], detail: 'car' },
  train_km: { units: ['km'] },
  flight_km: { units: ['km'], detail: 'haul' },
  waste: { units: ['kg', 't'], detail: 'stream' },
  water: { units: ['m3'] },
};
const CONTRACTS = ['grey', 'green-nl', 'green-eu', 'unknown'] as const;
const FUELS = ['diesel', 'petrol', 'lpg', 'electric', 'unknown'] as const;
const PURPOSES = ['business', 'commute'] as const;
const HAULS = ['short', 'medium', 'long'] as const;
const STREAMS = ['residual', 'paper', 'plastic', 'organic', 'glass', 'wood'] as const;

interface Row {
  type: ActivityType;
  amount: string;
  unit: Unit;
  contract: string;
  fuel: string;
  purpose: string;
  haul: string;
  stream: string;
  label: string;
}

const blank = (type: ActivityType = 'electricity'): Row => ({ type, amount: '', unit: TYPES[type].units[0], contract: 'grey', fuel: 'diesel', purpose: 'business', haul: 'short', stream: 'residual', label: '' });

function fromActivity(a: Activity): Row {
  return { ...blank(a.type), amount: String(a.amount), unit: a.unit, contract: a.contract ?? 'grey', fuel: a.fuel ?? 'diesel', purpose: a.purpose ?? 'business', haul: a.haul ?? 'short', stream: a.stream ?? 'residual', label: a.label ?? '' };
}

/** A row as the API takes it: only the detail its type needs; an empty or unreadable amount goes as it is, so the API names the row. */
export function toActivity(r: Row): Activity {
  const detail = TYPES[r.type].detail;
  const amount = r.amount.trim() === '' ? Number.NaN : Number(r.amount.replace(',', '.'));
  return {
    type: r.type,
    amount,
    unit: r.unit,
    ...(detail === 'contract' ? { contract: r.contract as Activity['contract'] } : {}),
    ...(detail === 'car' ? { fuel: r.fuel as Activity['fuel'], purpose: r.purpose as Activity['purpose'] } : {}),
    ...(detail === 'haul' ? { haul: r.haul as Activity['haul'] } : {}),
    ...(detail === 'stream' ? { stream: r.stream as Activity['stream'] } : {}),
    ...(r.label.trim() ? { label: r.label.trim() } : {}),
  };
}

/**
 * The baseline by hand: one row per activity of the year, each with only the
 * detail its type needs. The rows the API rejects are named by the page
 * (activities.N.field), so nothing here duplicates the API's checks.
 */
@Component({
  selector: 'koers-baseline-form',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form class="koers-form" (submit)="$event.preventDefault(); submit()" novalidate data-testid="baseline-form">
      <table class="koers-table koers-form-table">
        <caption class="koers-visually-hidden">{{ 'koploper.activity.title' | transloco }}</caption>
        <thead>
          <tr>
            <th scope="col">{{ 'koploper.activity.type' | transloco }}</th>
            <th scope="col">{{ 'koploper.activity.amount' | transloco }}</th>
            <th scope="col">{{ 'koploper.activity.unit' | transloco }}</th>
            <th scope="col">{{ 'koploper.activity.detail' | transloco }}</th>
            <th scope="col">{{ 'koploper.activity.label' | transloco }}</th>
            <th scope="col"><span class="koers-visually-hidden">{{ 'koploper.activity.removeRow' | transloco }}</span></th>
          </tr>
        </thead>
        <tbody>
          @for (r of rows(); track $index; let i = $index) {
            <tr>
              <td>
                <select [attr.aria-label]="('koploper.activity.type' | transloco) + ' ' + (i + 1)" [value]="r.type" (change)="setType(i, $any($event.target).value)">
                  @for (t of types; track t) {
                    <option [value]="t">{{ 'koploper.activity.types.' + t | transloco }}</option>
                  }
                </select>
              </td>
              <td><input type="text" inputmode="decimal" [attr.aria-label]="('koploper.activity.amount' | transloco) + ' ' + (i + 1)" [value]="r.amount" (input)="set(i, 'amount', $any($event.target).value)" /></td>
              <td>
                <select [attr.aria-label]="('koploper.activity.unit' | transloco) + ' ' + (i + 1)" [value]="r.unit" (change)="set(i, 'unit', $any($event.target).value)">
                  @for (u of unitsOf(r.type); track $index) {
                    <option [value]="u">{{ u }}</option>
                  }
                </select>
              </td>
              <td>
                @switch (detailOf(r.type)) {
                  @case ('contract') {
                    <select [attr.aria-label]="('koploper.activity.detail' | transloco) + ' ' + (i + 1)" [value]="r.contract" (change)="set(i, 'contract', $any($event.target).value)">
                      @for (c of contracts; track c) {
                        <option [value]="c">{{ 'koploper.activity.contracts.' + c | transloco }}</option>
                      }
                    </select>
                  }
                  @case ('car') {
                    <select [attr.aria-label]="('koploper.activity.detail' | transloco) + ' ' + (i + 1)" [value]="r.fuel" (change)="set(i, 'fuel', $any($event.target).value)">
                      @for (f of fuels; track f) {
                        <option [value]="f">{{ 'koploper.activity.fuels.' + f | transloco }}</option>
                      }
                    </select>
                     <select [attr.aria-label]="('koploper.activity.purpose' | transloco) + ' ' + (i + 1)" [value]="r.purpose" (change)="set(i, 'purpose', $any($event.target).value)">
                      @for (p of purposes; track p) {
                        <option [value]="p">{{ 'koploper.activity.purposes.' + p | transloco }}</option>
                      }
                    </select>
                  }
                  @case ('haul') {
                    <select [attr.aria-label]="('koploper.activity.detail' | transloco) + ' ' + (i + 1)" [value]="r.haul" (change)="set(i, 'haul', $any($event.target).value)">
                      @for (h of hauls; track h) {
                        <option [value]="h">{{ 'koploper.activity.hauls.' + h | transloco }}</option>
                      }
                    </select>
                  }
                  @case ('stream') {
                    <select [attr.aria-label]="('koploper.activity.detail' | transloco) + ' ' + (i + 1)" [value]="r.stream" (change)="set(i, 'stream', $any($event.target).value)">
                      @for (s of streams; track s) {
                        <option [value]="s">{{ 'koploper.activity.streams.' + s | transloco }}</option>
                      }
                    </select>
                  }
                  @default {
                    —
                  }
                }
              </td>
              <td><input type="text" maxlength="200" [attr.aria-label]="('koploper.activity.label' | transloco) + ' ' + (i + 1)" [value]="r.label" (input)="set(i, 'label', $any($event.target).value)" /></td>
              <td>
                <button class="koers-button koers-button-secondary" type="button" [disabled]="rows().length === 1" (click)="remove(i)">
                  {{ 'koploper.activity.removeRow' | transloco }}<span class="koers-visually-hidden"> {{ i + 1 }}</span>
                </button>
              </td>
            </tr>
          }
        </tbody>
      </table>
      <p class="koers-actions">
        <button class="koers-button koers-button-secondary" type="button" (click)="add()">{{ 'koploper.activity.addRow' | transloco }}</button>
        <button class="koers-button" type="submit" [disabled]="busy()">{{ 'koploper.activity.save' | transloco }}</button>
      </p>
    </form>
  `,
})
export class BaselineFormComponent {
  /** What is stored, to start from (the latest baseline's activities). */
  readonly stored = input<Activity[] | null>(null);
  readonly busy = input(false);
  readonly save = output<Activity[]>();

  readonly types = Object.keys(TYPES) as ActivityType[];
  readonly contracts = CONTRACTS;
  readonly fuels = FUELS;
  readonly purposes = PURPOSES;
  readonly hauls = HAULS;
  readonly streams = STREAMS;
  readonly rows = signal<Row[]>([blank()]);

  constructor() {
    effect(() => {
      const stored = this.stored();
      if (stored?.length) this.rows.set(stored.map(fromActivity));
    });
  }

  unitsOf(type: ActivityType): Unit[] {
    return TYPES[type].units;
  }
  detailOf(type: ActivityType) {
    return TYPES[type].detail ?? null;
  }

  set(i: number, field: keyof Row, value: string) {
    this.rows.update((rows) => rows.map((r, j) => (j === i ? { ...r, [field]: value } : r)));
  }
  setType(i: number, type: ActivityType) {
    this.rows.update((rows) => rows.map((r, j) => (j === i ? { ...r, type, unit: TYPES[type].units.includes(r.unit) ? r.unit : TYPES[type].units[0] } : r)));
  }
  add() {
    this.rows.update((rows) => [...rows, blank('natural_gas')]);
  }
  remove(i: number) {
    this.rows.update((rows) => rows.filter((_, j) => j !== i));
  }
  submit() {
    this.save.emit(this.rows().map(toActivity));
  }
}
