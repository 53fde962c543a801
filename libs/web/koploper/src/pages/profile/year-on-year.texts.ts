import type { TextShape } from '@koers/web-programme';

/** The year-on-year effect on the profile (`koploper.yearOnYear.*`). */
const nl = {
  title: 'Verandering ten opzichte van {{year}}',
  caption: 'CO2-uitstoot per scope en thema: {{from}} tegen {{to}}',
  what: 'Wat',
  change: 'Verschil',
  changePercent: 'Verschil (%)',
  total: 'Totaal (marktmethode)',
  scope1: 'Scope 1 (eigen uitstoot)',
  scope2: 'Scope 2 (ingekochte energie)',
  scope3: 'Scope 3 (keten)',
  themes: { energy: 'Thema Energie', mobility: 'Thema Mobiliteit', waste: 'Thema Afval', water: 'Thema Water', materials: 'Thema Materialen' },
  factorSets: 'Emissiefactoren: {{from}} met {{fromSet}}, {{to}} met {{toSet}}.',
  measures: 'Effect van de afgeronde maatregelen ({{count}}): verwacht {{expected}}, gemeten {{measured}}',
  measuresNote: 'Verwacht: het CO2-effect dat het actieplan bij de maatregelen noemt. Gemeten: het verschil tussen de twee nulmetingen, dat ook andere oorzaken kan hebben (groei, weer, andere emissiefactoren).',
  noMeasures: 'Nog geen afgeronde maatregelen met een verwacht CO2-effect in het actieplan.',
};

const en: TextShape<typeof nl> = {
  title: 'Change since {{year}}',
  caption: 'CO2 emissions per scope and theme: {{from}} against {{to}}',
  what: 'What',
  change: 'Change',
  changePercent: 'Change (%)',
  total: 'Total (market-based)',
  scope1: 'Scope 1 (own emissions)',
  scope2: 'Scope 2 (purchased energy)',
  scope3: 'Scope 3 (value chain)',
  themes: { energy: 'Theme Energy', mobility: 'Theme Mobility', waste: 'Theme Waste', water: 'Theme Water', materials: 'Theme Materials' },
  factorSets: 'Emission factors: {{from}} with {{fromSet}}, {{to}} with {{toSet}}.',
  measures: 'Effect of the measures done ({{count}}): expected {{expected}}, measured {{measured}}',
  measuresNote: "Expected: the CO2 effect the action plan gives for the measures. Measured: the difference between the two baselines, which can have other causes too (growth, weather, other emission factors).",
  noMeasures: 'No measures done with an expected CO2 effect in the action plan yet.',
};

export const YEAR_ON_YEAR_TEXTS = { nl, en };
