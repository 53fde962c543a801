import type { TextShape } from '@koers/web-programme';

/** The energy-saving duty on the profile and the action plan (`koploper.energyDuty.*`). */
const nl = {
  title: 'Energiebesparingsplicht',
  applies: 'Valt onder de plicht',
  notApplies: 'Valt niet onder de plicht',
  unknown: 'Nog niet bekend: er is nog geen beoordeelde nulmeting met een berekende footprint.',
  figures: '{{kWh}} kWh elektriciteit · {{m3}} m³ aardgas(equivalent) per jaar · drempels {{kWhLimit}} kWh en {{m3Limit}} m³',
  reporting: 'Informatieplicht: eens per {{years}} jaar rapporteren bij RVO welke maatregelen zijn genomen.',
  derived: 'Omgerekend naar m³ aardgasequivalent met een eigen afleiding (niet uit een bron): {{types}}.',
  source: 'Bron',
  consulted: 'geraadpleegd {{date}}',
  obligation: 'Plicht',
  eml: { buildings: 'EML Gebouwen', facilities: 'EML Faciliteiten', processes: 'EML Processen' },
  notVerified: 'nog niet regel voor regel tegen de EML gecontroleerd',
};

const en: TextShape<typeof nl> = {
  title: 'Energy-saving duty',
  applies: 'Falls under the duty',
  notApplies: 'Does not fall under the duty',
  unknown: 'Not known yet: there is no reviewed baseline with a computed footprint.',
  figures: '{{kWh}} kWh of electricity · {{m3}} m³ of natural gas (equivalent) a year · thresholds {{kWhLimit}} kWh and {{m3Limit}} m³',
  reporting: 'Reporting duty: once every {{years}} years, report to RVO which measures were taken.',
  derived: 'Converted to m³ natural gas equivalent with a derivation of our own (not from a source): {{types}}.',
  source: 'Source',
  consulted: 'consulted {{date}}',
  obligation: 'Duty',
  eml: { buildings: 'EML Buildings', facilities: 'EML Facilities', processes: 'EML Processes' },
  notVerified: 'not yet checked line by line against the EML',
};

export const ENERGY_DUTY_TEXTS = { nl, en };
