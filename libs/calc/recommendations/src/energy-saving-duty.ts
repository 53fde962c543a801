import type { EnergySavingDuty } from '@koers/reference-data';
import { z } from 'zod';

/** The parts of a footprint.ghg line the assessment reads. */
export interface FootprintLineLike {
  type: string;
  amount: number;
  unit: string;
  factorKey?: string;
  kgCO2e?: number;
}

const text = z.object({ nl: z.string(), en: z.string() });

export const energySavingDutySchema = z.object({
  /** Reference data the assessment was made with (its id: the rule and its thresholds). */
  rule: z.string(),
  /** At or above either threshold. */
  applies: z.boolean(),
  electricityKWh: z.number(),
  gasM3Equivalent: z.number(),
  thresholds: z.object({ electricityKWhPerYear: z.number(), naturalGasM3EquivalentPerYear: z.number() }),
  /** Which threshold(s) the company reaches. */
  reachedBy: z.array(z.enum(['electricity', 'gas'])),
  paybackYearsAtMost: z.number(),
  reportingEveryYears: z.number(),
  /** Above the research-duty thresholds the EML route does not suffice (onderzoeksplicht). */
  researchDuty: z.boolean(),
  /** Activity types of the baseline counted in m³ equivalent with a conversion Koers derived (not read from a source). */
  derivedConversions: z.array(z.string()),
  summary: text,
  caveats: z.array(text),
  sources: z.array(z.object({ name: z.string(), url: z.string(), consulted: z.string() })),
});
export type EnergySavingDutyAssessment = z.infer<typeof energySavingDutySchema>;

const nl = (x: number) => new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 }).format(x);
const en = (x: number) => new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 }).format(x);
const round0 = (x: number) => Math.round(x);

/**
 * Whether a company falls under the energy-saving duty, from its baseline's lines: bought
 * electricity in kWh against the electricity threshold, natural gas and the fuels the
 * reference data converts (green gas, propane, district heat) in m³ natural gas equivalent
 * against the gas threshold. At or above either one, the duty applies. Transport fuels
 * and types the reference data does not convert are not counted.
 */
export function assessEnergySavingDuty(lines: readonly FootprintLineLike[], duty: EnergySavingDuty): EnergySavingDutyAssessment {
  let kWh = 0;
  let m3 = 0;
  const derived = new Set<string>();
  for (const l of lines) {
    if (l.type === 'electricity') kWh += l.unit === 'MWh' ? l.amount * 1000 : l.amount;
    const conversion = duty.gasEquivalents.find((g) => g.activityType === l.type && g.unit === l.unit);
    if (conversion) {
      m3 += l.amount * conversion.m3PerUnit;
      if (!conversion.sourced && l.amount > 0) derived.add(l.type);
    }
  }
  const t = duty.thresholds;
  const reachedBy: ('electricity' | 'gas')[] = [];
  if (kWh >= t.electricityKWhPerYear) reachedBy.push('electricity');
  if (m3 >= t.naturalGasM3EquivalentPerYear) reachedBy.push('gas');
  const applies = reachedBy.length > 0;
  const figures = {
    nl: `${nl(kWh)} kWh elektriciteit en ${nl(m3)} m³ aardgas(equivalent) per jaar; de drempels zijn ${nl(t.electricityKWhPerYear)} kWh en ${nl(t.naturalGasM3EquivalentPerYear)} m³`,
    en: `${en(kWh)} kWh of electricity and ${en(m3)} m³ of natural gas (equivalent) a year; the thresholds are ${en(t.electricityKWhPerYear)} kWh and ${en(t.naturalGasM3EquivalentPerYear)} m³`,
  };
  const summary = applies
    ? {
        nl: `Valt onder de energiebesparingsplicht: ${figures.nl}. Alle maatregelen met een terugverdientijd van ${duty.paybackYearsAtMost} jaar of minder zijn verplicht (sinds 2023 ook CO2-reducerende); eens per ${duty.reporting.everyYears} jaar rapporteren bij RVO (informatieplicht).`,
        en: `Falls under the energy-saving duty: ${figures.en}. Every measure that pays back in ${duty.paybackYearsAtMost} years or less is obligatory (since 2023 also CO2-reducing ones); report to RVO once every ${duty.reporting.everyYears} years (reporting duty).`,
      }
    : {
        nl: `Valt niet onder de energiebesparingsplicht: ${figures.nl}. De maatregelen zijn een keuze.`,
        en: `Does not fall under the energy-saving duty: ${figures.en}. The measures are a choice.`,
      };
  const r = duty.researchDutyThresholds;
  return {
    rule: duty.id,
    applies,
    electricityKWh: round0(kWh),
    gasM3Equivalent: round0(m3),
    thresholds: { electricityKWhPerYear: t.electricityKWhPerYear, naturalGasM3EquivalentPerYear: t.naturalGasM3EquivalentPerYear },
    reachedBy,
    paybackYearsAtMost: duty.paybackYearsAtMost,
    reportingEveryYears: duty.reporting.everyYears,
    researchDuty: kWh >= r.electricityKWhPerYear || m3 >= r.naturalGasM3EquivalentPerYear,
    derivedConversions: [...derived].sort(),
    summary,
    caveats: duty.caveats.map((c) => ({ ...c })),
    sources: duty.sources.map((s) => ({ ...s })),
  };
}
