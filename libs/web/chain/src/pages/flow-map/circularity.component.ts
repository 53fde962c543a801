import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { FLOW_VARIANT_LABELS, FLOW_VARIANTS, type FlowVariant } from '@koers/domain';
import type { CalculationOutcome } from '@koers/web-api-client';
import { LanguageService } from '@koers/web-ui';
import { BilingualPipe, type Bilingual } from '@koers/web-programme';
import { percent } from './flow-numbers';

/** The indicators circularity.cti gives per variant, in the order the table shows them. */
export const CTI_INDICATORS = ['circularInflowPct', 'circularOutflowPct', 'recoveryPotentialPct', 'actualRecoveryPct', 'materialCircularityPct', 'renewableEnergyPct', 'waterCircularityPct'] as const;
export type CtiIndicator = (typeof CTI_INDICATORS)[number];

/** The calculator's notes that say why an indicator is not computed (libs/calc/circularity-cti). */
const WHY_NOT: Record<CtiIndicator, readonly string[]> = {
  circularInflowPct: ['no-inflow'],
  circularOutflowPct: ['no-outflow'],
  recoveryPotentialPct: ['no-outflow'],
  actualRecoveryPct: ['no-outflow', 'no-recovery-potential'],
  materialCircularityPct: ['material-circularity-one-sided'],
  renewableEnergyPct: ['energy-missing', 'energy-zero'],
  waterCircularityPct: ['water-missing', 'water-zero'],
};

interface Note {
  code: string;
  text: Bilingual;
}

export type FigureCell =
  | { state: 'value'; value: number }
  | { state: 'pending' | 'none' | 'failed' }
  | { state: 'notComputed'; note: Bilingual | null };

export interface FigureRow {
  key: CtiIndicator;
  cells: [FigureCell, FigureCell];
  /** Redesign minus as-is in percentage points (one decimal), when both are computed. */
  difference: number | null;
}

const isBilingual = (v: unknown): v is Bilingual => !!v && typeof v === 'object' && typeof (v as Bilingual).nl === 'string' && typeof (v as Bilingual).en === 'string';

export function notesOf(o: CalculationOutcome): Note[] {
  const notes = o.output?.['notes'];
  return Array.isArray(notes) ? notes.filter((n): n is Note => !!n && typeof n === 'object' && typeof n.code === 'string' && isBilingual(n.text)) : [];
}

export function figureCell(o: CalculationOutcome, key: CtiIndicator): FigureCell {
  if (o.status !== 'succeeded' || !o.output) return { state: o.status === 'succeeded' ? 'none' : o.status };
  const value = o.output[key];
  if (typeof value === 'number' && Number.isFinite(value)) return { state: 'value', value };
  const note = notesOf(o).find((n) => WHY_NOT[key].includes(n.code));
  return { state: 'notComputed', note: note?.text ?? null };
}

export function figureRows(asIs: CalculationOutcome, redesign: CalculationOutcome): FigureRow[] {
  return CTI_INDICATORS.map((key) => {
    const a = figureCell(asIs, key);
    const r = figureCell(redesign, key);
    const difference = a.state === 'value' && r.state === 'value' ? Math.round((r.value - a.value) * 10) / 10 : null;
    return { key, cells: [a, r], difference };
  });
}

/**
 * circularity.cti of both variants side by side: per indicator the as-is and
 * the redesigned figure (`51,8%`) and the difference in percentage points with
 * an arrow and a word (higher, lower, equal); "niet berekend" with the
 * calculator's note where it gives no figure, "wordt berekend…" while the
 * worker computes; the calculator's version as the source.
 */
@Component({
  selector: 'koers-circularity',
  imports: [TranslocoPipe, BilingualPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .flow-note { display: block; font-size: .85rem; color: var(--koers-muted); max-width: 22rem; }
    .flow-up { color: #1b6e4f; }
    .flow-down { color: #b00020; }
    td.flow-figure { white-space: nowrap; }
    td.flow-difference { min-width: 8rem; }
    .flow-scroll { overflow-x: auto; max-width: 100%; position: relative; }
    .flow-scroll:focus-visible { outline: 3px solid #f2a900; outline-offset: 2px; }
  `,
  template: `
    @if (pending()) {
      <p role="status" data-testid="figures-pending">{{ 'chain.flowMap.figures.pendingNote' | transloco }}</p>
    }
    <div class="flow-scroll" tabindex="0" role="region" [attr.aria-label]="'chain.flowMap.figures.caption' | transloco">
      <table class="koers-table" data-testid="circularity">
        <caption class="koers-visually-hidden">{{ 'chain.flowMap.figures.caption' | transloco }}</caption>
        <thead>
          <tr>
            <th scope="col">{{ 'chain.flowMap.figures.indicator' | transloco }}</th>
            @for (v of variants; track v) {
              <th scope="col">{{ variantLabels[v] | bilingual }}</th>
            }
            <th scope="col">{{ 'chain.flowMap.figures.difference' | transloco }}</th>
          </tr>
        </thead>
        <tbody>
          @for (row of rows(); track row.key) {
            <tr [attr.data-indicator]="row.key">
              <th scope="row">{{ 'chain.flowMap.figures.ind.' + row.key | transloco }}</th>
              @for (cell of row.cells; track $index) {
                <td class="flow-figure">
                  @switch (cell.state) {
                    @case ('value') {
                      {{ pct(cell.value) }}
                    }
                    @case ('notComputed') {
                      {{ 'chain.flowMap.figures.notComputed' | transloco }}
                      @if (cell.note) {
                        <span class="flow-note">{{ cell.note | bilingual }}</span>
                      }
                    }
                    @default {
                      {{ 'chain.flowMap.figures.' + cell.state | transloco }}
                    }
                  }
                </td>
              }
              <td class="flow-difference">
                @if (row.difference === null) {
                  <span aria-hidden="true">—</span><span class="koers-visually-hidden">{{ 'chain.flowMap.figures.noDifference' | transloco }}</span>
                } @else if (row.difference > 0) {
                  <span class="flow-up"><span aria-hidden="true">▲ </span>{{ 'chain.flowMap.figures.up' | transloco: { points: points(row.difference) } }}</span>
                } @else if (row.difference < 0) {
                  <span class="flow-down"><span aria-hidden="true">▼ </span>{{ 'chain.flowMap.figures.down' | transloco: { points: points(row.difference) } }}</span>
                } @else {
                  <span aria-hidden="true">= </span>{{ 'chain.flowMap.figures.same' | transloco }}
                }
              </td>
            </tr>
          }
        </tbody>
      </table>
    </div>
    @for (s of sources(); track $index) {
      <p data-testid="figures-source">
        @if (s.variant) {
          {{ 'chain.flowMap.figures.sourceOf' | transloco: { variant: (variantLabels[s.variant] | bilingual), version: s.version } }}
        } @else {
          {{ 'chain.flowMap.figures.source' | transloco: { version: s.version } }}
        }
      </p>
    }
    @for (v of variants; track v) {
      @let o = outcome(v);
      @if (o.status === 'failed') {
        <p class="koers-form-error" role="alert" [attr.data-testid]="'figures-failed-' + v">{{ 'chain.flowMap.figures.failedNote' | transloco: { variant: (variantLabels[v] | bilingual) } }}</p>
      }
      @if (otherNotes()[v].length) {
        <details class="koers-details" [attr.data-testid]="'notes-' + v">
          <summary>{{ 'chain.flowMap.figures.notes' | transloco: { variant: (variantLabels[v] | bilingual) } }}</summary>
          <ul>
            @for (n of otherNotes()[v]; track $index) {
              <li>{{ n.text | bilingual }}</li>
            }
          </ul>
        </details>
      }
    }
  `,
})
export class CircularityComponent {
  readonly asIs = input.required<CalculationOutcome>();
  readonly redesign = input.required<CalculationOutcome>();
  private readonly language = inject(LanguageService);
  readonly variants = FLOW_VARIANTS;
  readonly variantLabels = FLOW_VARIANT_LABELS;

  readonly rows = computed(() => figureRows(this.asIs(), this.redesign()));
  readonly pending = computed(() => this.asIs().status === 'pending' || this.redesign().status === 'pending');

  outcome(v: FlowVariant): CalculationOutcome {
    return v === 'as_is' ? this.asIs() : this.redesign();
  }

  /** One source line when both variants were computed with the same version, else one per variant. */
  readonly sources = computed(() => {
    const done = FLOW_VARIANTS.map((v) => ({ v, o: this.outcome(v) })).filter(({ o }) => o.status === 'succeeded' && o.pluginVersion);
    const line = (v: FlowVariant | null, o: CalculationOutcome) => ({ variant: v, version: o.pluginVersion ?? '' });
    if (done.length === 1) return [line(done[0].v, done[0].o)];
    if (done.length === 2 && done[0].o.pluginVersion === done[1].o.pluginVersion) return [line(null, done[0].o)];
    return done.map(({ v, o }) => line(v, o));
  });

  /** The calculator's notes that no "niet berekend" cell shows already. */
  readonly otherNotes = computed(() => {
    const shown = (o: CalculationOutcome) => new Set(CTI_INDICATORS.flatMap((k) => (o.output && o.output[k] === null ? WHY_NOT[k] : [])));
    const of = (o: CalculationOutcome) => notesOf(o).filter((n) => !shown(o).has(n.code));
    return { as_is: of(this.asIs()), redesign: of(this.redesign()) };
  });

  pct(value: number): string {
    return percent(value, this.language.current());
  }

  points(difference: number): string {
    return new Intl.NumberFormat(this.language.current() === 'nl' ? 'nl-NL' : 'en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(Math.abs(difference));
  }
}
