/**
 * The form model of a flow-map variant: its shape, the rule and messages of
 * each field (the API's limits), and the conversions between the API's
 * variant and the form's draft (numbers as the reader types them).
 */
import { FormArray, FormControl, FormGroup, type AbstractControl } from '@angular/forms';
import type { FlowNodeKind, RecoveryRoute } from '@koers/domain';
import type { FlowVariantFields, FlowVariantView } from '@koers/web-api-client';
import type { Language } from '@koers/web-ui';
import { tooLong, type FieldMessages } from '@koers/web-programme';
import { numberOf, writeNumber, type NumberRule } from './flow-numbers';

export type Text = FormControl<string>;
export type NodeForm = FormGroup<{ name: Text; kind: FormControl<FlowNodeKind>; stockChangeKg: Text }>;
export type FlowForm = FormGroup<{ from: Text; to: Text; material: Text; kgPerYear: Text; recycledPct: Text; renewablePct: Text; recoveryRoute: FormControl<RecoveryRoute | ''>; recoveryPotentialPct: Text }>;

/** A variant as the form holds it: numbers as typed, in the reader's language. */
export interface VariantDraft {
  nodes: { name: string; kind: FlowNodeKind; stockChangeKg: string }[];
  flows: { from: string; to: string; material: string; kgPerYear: string; recycledPct: string; renewablePct: string; recoveryRoute: RecoveryRoute | ''; recoveryPotentialPct: string }[];
  energy: { totalKwh: string; renewableKwh: string; electricityKwh: string; naturalGasM3: string };
  water: { intakeM3: string; circularM3: string };
}

/** The API's limits: numeric(14,3) for amounts (below 100 billion), shares 0-100 with two decimals. */
const LIMIT = 99_999_999_999.999;
const PCT: NumberRule = { min: 0, max: 100, decimals: 2 };
const AMOUNT: NumberRule = { min: 0, max: LIMIT };
/** The rule of each number field, by its name in the API's body. */
export const NUMBER_RULES: Record<string, NumberRule> = {
  stockChangeKg: { min: -LIMIT, max: LIMIT },
  kgPerYear: { ...AMOUNT, required: true },
  recycledPct: PCT,
  renewablePct: PCT,
  recoveryPotentialPct: PCT,
  totalKwh: AMOUNT,
  renewableKwh: AMOUNT,
  electricityKwh: AMOUNT,
  naturalGasM3: AMOUNT,
  intakeM3: AMOUNT,
  circularM3: AMOUNT,
};
const NAME_MESSAGES: FieldMessages = { required: 'chain.flowMap.nodes.nameRequired', maxlength: tooLong };
export const FIELD_MESSAGES: Record<string, FieldMessages> = {
  name: NAME_MESSAGES,
  from: { required: 'chain.flowMap.flows.nodeRequired' },
  to: { required: 'chain.flowMap.flows.nodeRequired' },
  material: { required: 'chain.flowMap.flows.materialRequired', maxlength: tooLong },
};
export const ENERGY_FIELDS = ['totalKwh', 'renewableKwh', 'electricityKwh', 'naturalGasM3'] as const;
export const WATER_FIELDS = ['intakeM3', 'circularM3'] as const;

/** Every leaf control of `control` with its path (`flows.2.to`): the API's field names. */
export function leaves(control: AbstractControl, path = ''): [string, AbstractControl][] {
  if (control instanceof FormGroup || control instanceof FormArray) {
    return Object.entries(control.controls as Record<string, AbstractControl>).flatMap(([k, c]) => leaves(c, path ? `${path}.${k}` : k));
  }
  return [[path, control]];
}


/** A stored variant as the form holds it, numbers written the reader's way. */
export function draftOf(v: FlowVariantView, lang: Language): VariantDraft {
  const w = (x: number | null) => writeNumber(x, lang);
  return {
    nodes: v.nodes.map((n) => ({ name: n.name, kind: n.kind, stockChangeKg: n.stockChangeKg ? w(n.stockChangeKg) : '' })),
    flows: v.flows.map((f) => ({
      from: f.from, to: f.to, material: f.material, kgPerYear: w(f.kgPerYear), recycledPct: w(f.recycledPct), renewablePct: w(f.renewablePct),
      recoveryRoute: f.recoveryRoute ?? '', recoveryPotentialPct: w(f.recoveryPotentialPct),
    })),
    energy: { totalKwh: w(v.energy.totalKwh), renewableKwh: w(v.energy.renewableKwh), electricityKwh: w(v.energy.electricityKwh), naturalGasM3: w(v.energy.naturalGasM3) },
    water: { intakeM3: w(v.water.intakeM3), circularM3: w(v.water.circularM3) },
  };
}

/** What the API takes: the variant whole, numbers read the reader's way. */
export function bodyOf(v: VariantDraft, lang: Language): FlowVariantFields {
  const n = (text: string) => numberOf(text, lang);
  return {
    nodes: v.nodes.map((x) => ({ name: x.name.trim(), kind: x.kind, stockChangeKg: n(x.stockChangeKg) ?? 0 })),
    flows: v.flows.map((f) => ({
      from: f.from, to: f.to, material: f.material.trim(), kgPerYear: n(f.kgPerYear) ?? 0, recycledPct: n(f.recycledPct) ?? 0, renewablePct: n(f.renewablePct) ?? 0,
      recoveryRoute: f.recoveryRoute || null, recoveryPotentialPct: n(f.recoveryPotentialPct),
    })),
    energy: { totalKwh: n(v.energy.totalKwh), renewableKwh: n(v.energy.renewableKwh), electricityKwh: n(v.energy.electricityKwh), naturalGasM3: n(v.energy.naturalGasM3) },
    water: { intakeM3: n(v.water.intakeM3), circularM3: n(v.water.circularM3) },
  };
}
