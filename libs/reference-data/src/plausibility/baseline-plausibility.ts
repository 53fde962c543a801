import { deepFreeze } from '../deep-freeze';

/**
 * Plausibility checks on a baseline (nulmeting) as reference data: ratios far
 * outside what Dutch SMEs usually use, and a baseline with nothing in it while
 * the company has employees. A rule only warns: the adviser confirms the figure
 * ("klopt", with a note) or corrects it. The bounds are deliberately wide (a
 * few times the usual values either way), so a warning means "look again", not
 * "wrong". PUBLISHED: a changed rule is a new version with a new id.
 */
export const BASELINE_PLAUSIBILITY_ID = 'baseline-plausibility.nl.v1';

export interface PlausibilityText {
  nl: string;
  en: string;
}

export type PlausibilityMeasure =
  /** m³ natural gas and green gas a year per m² floor area. */
  | 'gas_m3_per_m2'
  /** kWh electricity bought a year per fte. */
  | 'electricity_kwh_per_fte'
  /** kWh electricity bought a year per m² floor area. */
  | 'electricity_kwh_per_m2'
  /** Every activity amount 0 (or none entered) while the company has employees. */
  | 'nothing_with_employees';

export interface PlausibilityRule {
  id: string;
  measure: PlausibilityMeasure;
  /** Outside [min, max] warns; for nothing_with_employees there is no range. */
  range: { min: number; max: number } | null;
  unit: string;
  text: PlausibilityText;
  /** Why these bounds: the usual values and where they are from. */
  justification: PlausibilityText;
  sources: readonly { name: string; url: string; consulted: string }[];
  /** Whether the bounds are read from the source (true) or Koers's own, set wide around the usual values it gives (false). */
  sourced: boolean;
}

export interface BaselinePlausibility {
  id: string;
  title: PlausibilityText;
  rules: readonly PlausibilityRule[];
}

const RVO_KENGETALLEN = { name: 'RVO, Referentiegebouwen en kengetallen energiegebruik utiliteitsbouw', url: 'https://www.rvo.nl/onderwerpen/wetten-en-regels-gebouwen', consulted: '2026-11-20' };
const CBS_ENERGIE = { name: 'CBS StatLine, Energieverbruik bedrijven naar SBI (kWh en m³ per vestiging)', url: 'https://opendata.cbs.nl/statline', consulted: '2026-11-20' };
const MILIEUBAROMETER = { name: 'Stimular, Milieubarometer: kengetallen per branche (kWh en m³ per fte en per m²)', url: 'https://www.milieubarometer.nl', consulted: '2026-11-20' };

export const BASELINE_PLAUSIBILITY: BaselinePlausibility = deepFreeze({
  id: BASELINE_PLAUSIBILITY_ID,
  title: { nl: 'Controles op de nulmeting', en: 'Baseline plausibility checks' },
  rules: [
    {
      id: 'gas-per-m2',
      measure: 'gas_m3_per_m2',
      range: { min: 1, max: 60 },
      unit: 'm³/m²',
      text: { nl: 'Aardgas per m² vloeroppervlak ligt ver buiten het gebruikelijke', en: 'Natural gas per m² floor area is far outside the usual range' },
      justification: {
        nl: 'Kantoren, winkels en werkplaatsen gebruiken meestal 5-20 m³ gas per m² per jaar, bedrijven met gasovens of procesverwarming tot zo’n 40. Onder 1 of boven 60 is vaak een tikfout (m³ als kWh, een ontbrekende of extra nul) of het verkeerde oppervlak. De grenzen zijn van Koers, ruim om de gebruikelijke waarden van de bronnen.',
        en: 'Offices, shops and workshops usually use 5-20 m³ gas per m² a year, companies with gas ovens or process heat up to about 40. Below 1 or above 60 is often a typo (m³ as kWh, a missing or extra zero) or the wrong floor area. The bounds are Koers’s own, set wide around the usual values of the sources.',
      },
      sources: [RVO_KENGETALLEN, MILIEUBAROMETER],
      sourced: false,
    },
    {
      id: 'electricity-per-fte',
      measure: 'electricity_kwh_per_fte',
      range: { min: 300, max: 60000 },
      unit: 'kWh/fte',
      text: { nl: 'Elektriciteit per fte ligt ver buiten het gebruikelijke', en: 'Electricity per fte is far outside the usual range' },
      justification: {
        nl: 'Een kantoorbaan gebruikt meestal 1.500-4.000 kWh per fte per jaar, productie en koeling (bakkerij, slagerij) tot zo’n 20.000. Onder 300 of boven 60.000 kWh per fte is vaak MWh als kWh, of het aantal medewerkers in personen in plaats van fte. De grenzen zijn van Koers, ruim om de gebruikelijke waarden van de bronnen.',
        en: 'An office job usually uses 1,500-4,000 kWh per fte a year, production and refrigeration (bakery, butcher) up to about 20,000. Below 300 or above 60,000 kWh per fte is often MWh typed as kWh, or staff counted in persons instead of fte. The bounds are Koers’s own, set wide around the usual values of the sources.',
      },
      sources: [MILIEUBAROMETER, CBS_ENERGIE],
      sourced: false,
    },
    {
      id: 'electricity-per-m2',
      measure: 'electricity_kwh_per_m2',
      range: { min: 5, max: 1000 },
      unit: 'kWh/m²',
      text: { nl: 'Elektriciteit per m² vloeroppervlak ligt ver buiten het gebruikelijke', en: 'Electricity per m² floor area is far outside the usual range' },
      justification: {
        nl: 'Kantoren gebruiken meestal 50-150 kWh per m² per jaar, winkels met koeling en kleine productiebedrijven tot zo’n 400. Onder 5 of boven 1.000 is vaak een verkeerd oppervlak (terrein in plaats van gebouw) of een verkeerde eenheid. De grenzen zijn van Koers, ruim om de gebruikelijke waarden van de bronnen.',
        en: 'Offices usually use 50-150 kWh per m² a year, shops with refrigeration and small manufacturers up to about 400. Below 5 or above 1,000 is often the wrong area (the site instead of the building) or the wrong unit. The bounds are Koers’s own, set wide around the usual values of the sources.',
      },
      sources: [RVO_KENGETALLEN, CBS_ENERGIE],
      sourced: false,
    },
    {
      id: 'nothing-with-employees',
      measure: 'nothing_with_employees',
      range: null,
      unit: 'fte',
      text: { nl: 'Alle hoeveelheden zijn 0 terwijl het bedrijf medewerkers heeft', en: 'Every amount is 0 while the company has employees' },
      justification: {
        nl: 'Een bedrijf met medewerkers gebruikt vrijwel altijd energie (stroom, verwarming of vervoer). Een nulmeting zonder enig verbruik is meestal nog niet ingevuld; klopt het (bijvoorbeeld alles via de verhuurder), zeg dan waarom.',
        en: 'A company with employees nearly always uses energy (electricity, heating or transport). A baseline without any use is usually not filled in yet; if it is right (e.g. everything through the landlord), say why.',
      },
      sources: [],
      sourced: false,
    },
  ],
});

/** What a check reads of a baseline: the footprint.ghg input's key figures and activities. */
export interface PlausibilityInput {
  organisation?: { employees?: number | null; floorAreaM2?: number | null } | null;
  activities: readonly { type: string; amount: number; unit: string }[];
}

/** A rule the baseline falls outside, with the figure that did it (rounded as shown). */
export interface PlausibilityFinding {
  ruleId: string;
  value: number;
  unit: string;
  range: { min: number; max: number } | null;
  text: PlausibilityText;
  justification: PlausibilityText;
  sources: readonly { name: string; url: string; consulted: string }[];
}

const sumOf = (input: PlausibilityInput, type: string, toUnit: (unit: string, amount: number) => number) =>
  input.activities.filter((a) => a.type === type).reduce((s, a) => s + toUnit(a.unit, a.amount), 0);
const kWh = (unit: string, amount: number) => (unit === 'MWh' ? amount * 1000 : amount);
const same = (_unit: string, amount: number) => amount;
const round1 = (x: number) => Math.round(x * 10) / 10;

/** The figure a rule looks at, or null when the baseline does not have what it needs (no floor area, no electricity ...). */
function measured(rule: PlausibilityRule, input: PlausibilityInput): number | null {
  const fte = input.organisation?.employees ?? null;
  const m2 = input.organisation?.floorAreaM2 ?? null;
  const gas = sumOf(input, 'natural_gas', same) + sumOf(input, 'green_gas', same);
  const electricity = sumOf(input, 'electricity', kWh);
  const hasType = (t: string) => input.activities.some((a) => a.type === t);
  switch (rule.measure) {
    case 'gas_m3_per_m2':
      return m2 && m2 > 0 && (hasType('natural_gas') || hasType('green_gas')) && gas > 0 ? gas / m2 : null;
    case 'electricity_kwh_per_fte':
      return fte && fte > 0 && hasType('electricity') && electricity > 0 ? electricity / fte : null;
    case 'electricity_kwh_per_m2':
      return m2 && m2 > 0 && hasType('electricity') && electricity > 0 ? electricity / m2 : null;
    case 'nothing_with_employees':
      return fte && fte > 0 && input.activities.every((a) => a.amount === 0) ? fte : null;
  }
}

/** The rules this baseline falls outside of (an empty list when all is plausible or nothing can be checked). */
export function checkBaselinePlausibility(input: PlausibilityInput, set: BaselinePlausibility = BASELINE_PLAUSIBILITY): PlausibilityFinding[] {
  const findings: PlausibilityFinding[] = [];
  for (const rule of set.rules) {
    const value = measured(rule, input);
    if (value === null) continue;
    const outside = rule.range ? value < rule.range.min || value > rule.range.max : true;
    if (outside) findings.push({ ruleId: rule.id, value: round1(value), unit: rule.unit, range: rule.range, text: rule.text, justification: rule.justification, sources: rule.sources });
  }
  return findings;
}
