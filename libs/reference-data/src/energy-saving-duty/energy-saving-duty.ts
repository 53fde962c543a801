import { deepFreeze } from '../deep-freeze';

/**
 * The Dutch energy-saving duty (energiebesparingsplicht) and its reporting duty
 * (informatieplicht) as reference data: thresholds, payback rule, the parts of the
 * Erkende Maatregelenlijst (EML) and which measures of the Koers catalogue are on it.
 * PUBLISHED: never edit in place; a changed rule is a new version with a new id, so a
 * published profile keeps saying what held when it was made.
 */
export const ENERGY_SAVING_DUTY_ID = 'energy-saving-duty.nl.v1';

export interface DutyText {
  nl: string;
  en: string;
}

export type EmlPart = 'buildings' | 'facilities' | 'processes';

/** How one fuel of a baseline counts towards the threshold in m³ natural gas equivalent. */
export interface GasEquivalent {
  /** footprint.ghg activity type (natural_gas, green_gas, propane, district_heat). */
  activityType: string;
  unit: string;
  m3PerUnit: number;
  basis: string;
  /** Whether the conversion was read from a source (true) or is Koers's own derivation (false). */
  sourced: boolean;
}

export interface EmlMarking {
  /** Id in measures.catalogue.v1. */
  measureId: string;
  part: EmlPart;
  /** The EML category the measure falls under, in the EML's own words where known. */
  category: DutyText;
  /** The EML edition the marking is meant against. */
  edition: string;
  /** True only when the marking was checked line by line against that edition's published text. */
  verified: boolean;
  note: string;
}

export interface EnergySavingDuty {
  id: string;
  title: DutyText;
  /** What the rule says, in a few lines, for the profile. */
  summary: DutyText;
  /** Legal basis and where it was read, with the date it was last consulted. */
  sources: readonly { name: string; url: string; consulted: string }[];
  /** The rule in this form holds since (CO2-reducing measures and the single EML). */
  validFrom: string;
  /** A site (locatie) falls under the duty at or above either threshold, per year. */
  thresholds: { electricityKWhPerYear: number; naturalGasM3EquivalentPerYear: number; atOrAbove: true; per: 'site' };
  /** Every measure with this payback or less must be taken; since validFrom also CO2-reducing measures. */
  paybackYearsAtMost: number;
  co2ReducingMeasuresSince: string;
  /** The informatieplicht: report the measures taken once every so many years, to RVO (eLoket). */
  reporting: { everyYears: number; lastRoundDeadline: string; /** Four years after the last round; RVO names the exact date. */ nextRoundYear: number; name: DutyText };
  /** Above these the duty to research (onderzoeksplicht) replaces the EML route; shown, not assessed further. */
  researchDutyThresholds: { electricityKWhPerYear: number; naturalGasM3EquivalentPerYear: number };
  /** 1 m³ natural gas equivalent in MJ (lower heating value of Groningen gas, as the EML uses). */
  megajoulePerM3Equivalent: number;
  gasEquivalents: readonly GasEquivalent[];
  /** Activity types of a baseline that do not count towards the site's use (transport fuels). */
  notCounted: readonly string[];
  emlParts: readonly { id: EmlPart; code: string; name: DutyText; scope: DutyText }[];
  emlMarkings: readonly EmlMarking[];
  /** What this data cannot know, said wherever the assessment is shown. */
  caveats: readonly DutyText[];
}

const MJ_PER_M3 = 31.65;
const EML_2023 = 'EML 2023 (Omgevingsregeling bijlagen VII en XIV, geldig vanaf 1 juli 2023)';
const NOT_VERIFIED =
  'Marked from the catalogue measure\'s own EML reference (its source) and the EML 2023 structure; not checked line by line against the published list in this repository. An adviser confirms the measure and its conditions (burning hours, installation) for the site.';

export const ENERGY_SAVING_DUTY: EnergySavingDuty = deepFreeze({
  id: ENERGY_SAVING_DUTY_ID,
  title: { nl: 'Energiebesparingsplicht en informatieplicht', en: 'Energy-saving duty and reporting duty' },
  summary: {
    nl: 'Een locatie die per jaar 50.000 kWh elektriciteit of 25.000 m³ aardgas(equivalent) of meer gebruikt, moet alle energiebesparende maatregelen nemen die zich in 5 jaar of minder terugverdienen, en sinds 2023 ook zulke CO2-reducerende maatregelen. Dat kan met de toepasselijke maatregelen van de Erkende Maatregelenlijst (EML). Eens per 4 jaar rapporteert de locatie bij RVO welke maatregelen zijn genomen (informatieplicht).',
    en: 'A site using 50,000 kWh of electricity or 25,000 m³ of natural gas (equivalent) or more a year must take every energy-saving measure that pays back in 5 years or less, and since 2023 also such CO2-reducing measures. Taking the applicable measures of the Erkende Maatregelenlijst (EML, list of recognised measures) fulfils it. Once every 4 years the site reports to RVO which measures it took (reporting duty).',
  },
  sources: [
    { name: 'RVO, Energiebesparingsplicht en informatieplicht (drempels per locatie; eens per 4 jaar rapporteren, ronde 2023 uiterlijk 1 december 2023)', url: 'https://www.rvo.nl/onderwerpen/energiebesparingsplicht', consulted: '2026-12-03' },
    { name: 'RVO, Erkende maatregelenlijsten (EML): 3 onderdelen Gebouwen, Faciliteiten en Processen; bijlagen VII en XIV van de Omgevingsregeling (pagina laatst gecontroleerd 19 februari 2024)', url: 'https://www.rvo.nl/onderwerpen/energiebesparingsplicht/eml', consulted: '2026-12-03' },
    { name: 'Besluit activiteiten leefomgeving (Omgevingswet, sinds 1 januari 2024; daarvoor Activiteitenbesluit milieubeheer art. 2.15)', url: 'https://wetten.overheid.nl/BWBR0041330', consulted: '2026-12-03' },
    { name: 'InfoMil, Handreiking erkende maatregelen energiebesparing: code G (gebouw), F (faciliteiten), P (processen)', url: 'https://www.infomil.nl/onderwerpen/duurzaamheid-energie/energiebesparing/handreiking-erkende-maatregelen-energiebesparing/format-maatregelen/', consulted: '2026-12-03' },
  ],
  validFrom: '2023-07-01',
  thresholds: { electricityKWhPerYear: 50_000, naturalGasM3EquivalentPerYear: 25_000, atOrAbove: true, per: 'site' },
  paybackYearsAtMost: 5,
  co2ReducingMeasuresSince: '2023-07-01',
  reporting: {
    everyYears: 4,
    lastRoundDeadline: '2023-12-01',
    nextRoundYear: 2027,
    name: { nl: 'informatieplicht energiebesparing', en: 'energy-saving reporting duty (informatieplicht)' },
  },
  researchDutyThresholds: { electricityKWhPerYear: 10_000_000, naturalGasM3EquivalentPerYear: 170_000 },
  megajoulePerM3Equivalent: MJ_PER_M3,
  gasEquivalents: [
    { activityType: 'natural_gas', unit: 'm3', m3PerUnit: 1, basis: 'Natural gas counts as itself.', sourced: true },
    { activityType: 'green_gas', unit: 'm3', m3PerUnit: 1, basis: 'Green gas is fed in at natural-gas quality: 1 m³ is 1 m³ natural gas equivalent.', sourced: false },
    { activityType: 'propane', unit: 'l', m3PerUnit: 0.741, basis: `Derived: 46.0 MJ/kg (lower heating value) x 0.51 kg/l = 23.46 MJ/l, divided by ${MJ_PER_M3} MJ/m³.`, sourced: false },
    { activityType: 'propane', unit: 'kg', m3PerUnit: 1.453, basis: `Derived: 46.0 MJ/kg (lower heating value) divided by ${MJ_PER_M3} MJ/m³.`, sourced: false },
    { activityType: 'district_heat', unit: 'GJ', m3PerUnit: 31.6, basis: `Derived: 1,000 MJ divided by ${MJ_PER_M3} MJ/m³; bought heat counted as fuel use of the site.`, sourced: false },
  ],
  notCounted: ['diesel', 'petrol', 'lpg', 'hvo', 'car_km', 'train_km', 'flight_km', 'bus_km', 'public_transport_km', 'freight_tkm', 'waste', 'water', 'refrigerant', 'solar_production'],
  emlParts: [
    { id: 'buildings', code: 'G', name: { nl: 'Gebouwen', en: 'Buildings' }, scope: { nl: 'isolatie, ventilatie, verwarming, verlichting: voor elk gebouw van toepassing', en: 'insulation, ventilation, heating, lighting: applicable to every building' } },
    { id: 'facilities', code: 'F', name: { nl: 'Faciliteiten', en: 'Facilities' }, scope: { nl: 'stookinstallatie, perslucht, koeling, pompen, liften: waar aanwezig', en: 'boilers, compressed air, cooling, pumps, lifts: where present' } },
    { id: 'processes', code: 'P', name: { nl: 'Processen', en: 'Processes' }, scope: { nl: 'branchespecifieke processen zoals ovens, spuitcabines en procesbaden', en: 'sector-specific processes such as ovens, spray booths and process baths' } },
  ],
  emlMarkings: [
    { measureId: 'energy.led-lighting', part: 'buildings', category: { nl: 'Verlichting: LED-verlichting', en: 'Lighting: LED lighting' }, edition: EML_2023, verified: false, note: NOT_VERIFIED },
    { measureId: 'energy.lighting-controls', part: 'buildings', category: { nl: 'Verlichting: aanwezigheids- en daglichtregeling', en: 'Lighting: presence and daylight control' }, edition: EML_2023, verified: false, note: NOT_VERIFIED },
    { measureId: 'energy.heating-timer', part: 'buildings', category: { nl: 'Ruimteverwarming: tijdschakeling', en: 'Space heating: time control' }, edition: EML_2023, verified: false, note: NOT_VERIFIED },
    { measureId: 'energy.weather-compensation', part: 'buildings', category: { nl: 'Ruimteverwarming: aanvoertemperatuur weersafhankelijk regelen', en: 'Space heating: weather-compensated flow temperature' }, edition: EML_2023, verified: false, note: NOT_VERIFIED },
    { measureId: 'energy.pipe-insulation', part: 'buildings', category: { nl: 'Ruimteverwarming: leidingen en appendages isoleren', en: 'Space heating: insulating pipes and fittings' }, edition: EML_2023, verified: false, note: NOT_VERIFIED },
    { measureId: 'energy.ventilation-schedule', part: 'buildings', category: { nl: 'Ventilatie: uit of lager buiten gebruikstijd', en: 'Ventilation: off or lower outside use' }, edition: EML_2023, verified: false, note: NOT_VERIFIED },
    { measureId: 'energy.cold-store-doors', part: 'facilities', category: { nl: 'Koelen en vriezen: koudeverlies beperken (deuren, strokengordijn, nachtafdekking)', en: 'Cooling and freezing: limiting cold losses (doors, strip curtains, night covers)' }, edition: EML_2023, verified: false, note: NOT_VERIFIED },
  ],
  caveats: [
    {
      nl: 'De plicht geldt per locatie; de nulmeting telt alle locaties van het bedrijf samen. Heeft het bedrijf meer locaties, dan bepaalt de adviseur het per locatie.',
      en: 'The duty holds per site; the baseline adds all of the company\'s sites together. With several sites the adviser decides per site.',
    },
    {
      nl: 'Zelf opgewekte stroom die op de locatie wordt gebruikt telt mee voor de 50.000 kWh; de nulmeting kent alleen de opgewekte kWh, niet het eigen gebruik, en telt die niet mee.',
      en: 'Own solar power used on site counts towards the 50,000 kWh; the baseline knows only the kWh produced, not the own use, and leaves them out.',
    },
    {
      nl: 'De EML-markeringen zijn nog niet regel voor regel tegen de gepubliceerde EML 2023 gecontroleerd.',
      en: 'The EML markings have not yet been checked line by line against the published EML 2023.',
    },
  ],
});

/** The EML marking of a catalogue measure, if it is on the list. */
export function emlMarking(measureId: string, duty: EnergySavingDuty = ENERGY_SAVING_DUTY): EmlMarking | undefined {
  return duty.emlMarkings.find((m) => m.measureId === measureId);
}
