import type { EmissionFactor, EmissionFactorSet } from '../types';
import { DECLARED_AMENDMENT, DECLARED_FACTORS } from './declared';

/** How the list is cited on every line read from it. */
export const LIST_2026 = 'CO2emissiefactoren.nl, lijst 2026 (Excel-export "Factoren 2026", 20-08-2026)';
const NOT_ON_LIST = 'Not a line of the CO2emissiefactoren.nl 2026 list.';

/** A line read from the 2026 list: WTW and TTW as printed (WTT = WTW - TTW). */
const list = (unit: EmissionFactor['unit'], wtw: number, ttw: number, item: string, note?: string): EmissionFactor => ({
  unit,
  kgCO2ePerUnit: wtw,
  ttwKgCO2ePerUnit: ttw,
  source: `${LIST_2026}, ${item}`,
  ...(note ? { note } : {}),
});

/**
 * Waste: the list gives kg per tonne, the GHG-protocol column (collection and
 * processing; incineration emissions go to the user of the recovered energy, GHG
 * Protocol scope 3 category 5). Per kg here; no TTW/WTT split, so all of it counts as
 * the line's own (waste lines are scope 3 as a whole).
 */
const waste = (perTonne: number, item: string): EmissionFactor =>
  list('kg', perTonne / 1000, perTonne / 1000, `Afval (GHG-protocol, ${perTonne} kg/ton): ${item}`, 'The list gives kg CO2e per tonne; stored per kg.');

/** Refrigerants: kg CO2e per kg leaked is the GWP100 (IPCC AR6, as the list uses); all of it direct. */
const refrigerant = (gwp: number, name: string, note?: string): EmissionFactor => ({
  unit: 'kg',
  kgCO2ePerUnit: gwp,
  ttwKgCO2ePerUnit: gwp,
  source: note ? `IPCC AR6 WG1 (2021), GWP100; ${name}` : `${LIST_2026}, Koudemiddelen: ${name} (GWP100)`,
  ...(note ? { note } : {}),
});

/** Liquid propane at 15 °C: used only to offer propane per kg, the list giving it per litre. */
export const PROPANE_KG_PER_LITRE = 0.51;

/**
 * CO2emissiefactoren.nl, the list of 2026 (values from /shared/reference/co2emissiefactoren-2026.md,
 * transcribed from the list's Excel export), for footprints from reporting year 2026.
 * Every factor says where it comes from; those not on the list say so in their note.
 * PUBLISHED: values are not edited in place (see factor-sets.spec.ts).
 */
export const CO2EMISSIEFACTOREN_NL_2026: EmissionFactorSet = {
  id: 'co2emissiefactoren-nl-2026',
  title: 'CO2emissiefactoren.nl, lijst 2026',
  sourceUrl: 'https://www.co2emissiefactoren.nl/lijst-emissiefactoren/',
  published: '2026-08-20',
  validFromYear: 2026,
  basis: 'well-to-wheel',
  amendments: [DECLARED_AMENDMENT],
  factors: {
    // Electricity: market-based takes the contract's line, location-based the grid mix.
    'electricity.grey': list('kWh', 0.483, 0.401, 'Grijze stroom', 'A contract without guarantees of origin (market-based).'),
    'electricity.grid-mix': list('kWh', 0.244, 0.2, 'Stroom (onbekend) gridmix', 'The average grid mix: the location-based factor for all bought electricity.'),
    'electricity.unknown': list('kWh', 0.244, 0.2, 'Stroom (onbekend) gridmix', 'An unknown contract counts as the list\'s "stroom (onbekend)", the grid mix.'),
    'electricity.green-nl': list('kWh', 0, 0, 'Windkracht / Zonne-energie / Waterkracht', 'Zero only with Dutch guarantees of origin.'),
    'electricity.green-eu': list('kWh', 0.483, 0.401, 'Grijze stroom', `${NOT_ON_LIST} The list's zero for wind, solar and hydro holds only with Dutch guarantees of origin, so green electricity with European guarantees of origin counts as a contract without (Dutch) guarantees: the grey line. (The 2024 and 2025 sets counted it as 0.)`),
    'electricity.own-solar': list('kWh', 0, 0, 'Zonne-energie', 'Own production used on site: no emissions. Reported, not subtracted from bought electricity.'),
    natural_gas: list('m3', 2.134, 1.779, 'Aardgas (G-gas), Nm³', '31.65 MJ/Nm³; amounts in m³ are taken as Nm³.'),
    green_gas: list('m3', 0.305, 0, 'Groengas (gemiddeld), Nm³', 'The biogenic 1.779 kg/Nm³ is not counted (the list\'s rule); the 0.305 is the chain.'),
    district_heat: list('GJ', 40.45, 34.31, 'Gemiddelde warmtenetten'),
    diesel: list('l', 3.251, 2.462, 'Diesel B7 (pompmix)', 'The pump blend; its biogenic 0.176 kg/l is not counted.'),
    petrol: list('l', 2.794, 2.139, 'Benzine E10 (pompmix)', 'The pump blend; its biogenic 0.149 kg/l is not counted.'),
    lpg: list('l', 1.792, 1.625, 'LPG'),
    propane: list('l', 1.725, 1.53, 'Propaan'),
    'propane.kg': {
      unit: 'kg',
      kgCO2ePerUnit: 3.382,
      ttwKgCO2ePerUnit: 3,
      source: `${LIST_2026}, Propaan (per liter), omgerekend naar kg`,
      note: `Derived, not a list value: the list's 1.725 (WTW) and 1.53 (TTW) kg per litre divided by ${PROPANE_KG_PER_LITRE} kg/l (liquid propane at 15 °C, an assumption named here), rounded to 3 decimals.`,
    },
    hvo30: list('l', 2.558, 1.858, 'HVO30', 'A blend of 30% HVO and 70% fossil diesel; the list has no line for HVO100.'),
    'car.petrol': list('km', 0.196, 0.15, 'Auto benzine middel (voertuigkilometer)'),
    'car.diesel': list('km', 0.224, 0.169, 'Auto diesel middel (voertuigkilometer)'),
    'car.lpg': list('km', 0.184, 0.167, 'Auto LPG middel (voertuigkilometer)'),
    'car.electric': list('km', 0.111, 0, 'Auto elektrisch, grijze stroom (voertuigkilometer)', 'As in the earlier sets, an electric car counts on grey electricity (the list: 0.056 on the average mix, 0 on green).'),
    'car.unknown': list('km', 0.19, 0.142, 'Auto, brandstof onbekend (voertuigkilometer)'),
    train: list('km', 0.03, 0.002, 'Trein (gemiddeld / onbekend) (reizigerskilometer)'),
    bus: list('km', 0.104, 0.071, 'Bus (gemiddeld) (reizigerskilometer)', 'WTW 0.104 as printed; TTW 0.071 + WTT 0.032 on the list.'),
    public_transport: list('km', 0.036, 0.011, 'OV algemeen (reizigerskilometer)'),
    'flight.short': list('km', 0.234, 0.202, 'Vliegtuig regionaal (< 700 km) (reizigerskilometer)', 'Includes non-CO2 effects.'),
    'flight.medium': list('km', 0.172, 0.152, 'Vliegtuig Europees (700-2.500 km) (reizigerskilometer)', 'Includes non-CO2 effects.'),
    'flight.long': list('km', 0.157, 0.14, 'Vliegtuig intercontinentaal (> 2.500 km) (reizigerskilometer)', 'Includes non-CO2 effects.'),
    'freight.road-van': list('tkm', 1.326, 1.005, 'Bestelauto < 2 ton (goederenvervoer, tonkilometer)', 'The only goods-transport line of the list; rail and inland shipping are not on it.'),
    'waste.residual': waste(38, 'Restafval'),
    'waste.paper': waste(7, 'Papier en karton (recycling)'),
    'waste.plastic': waste(38, 'Kunststoffen'),
    'waste.glass': waste(26, 'Glas (recycling)'),
    'waste.wood': waste(7, 'Hout A+B (recycling)'),
    'waste.organic': {
      unit: 'kg',
      kgCO2ePerUnit: 0.03,
      ttwKgCO2ePerUnit: 0.03,
      source: 'Indicative, not part of CO2emissiefactoren.nl (no line for organic waste)',
      note: `NOT VERIFIED: ${NOT_ON_LIST} Carried over from the 2024 set, where its origin was not recorded (composting/digestion, indicative). Replace with a sourced figure in a new set.`,
    },
    water: {
      unit: 'm3',
      kgCO2ePerUnit: 0.298,
      ttwKgCO2ePerUnit: 0.298,
      source: 'Indicative, not part of CO2emissiefactoren.nl (drinking water supply)',
      note: `NOT VERIFIED: ${NOT_ON_LIST} (the list says a drinking-water factor must come from another named source, e.g. the water company). Carried over from the 2024 set, where its origin was not recorded. Replace with the water company's figure in a new set.`,
    },
    'refrigerant.R32': refrigerant(771, 'R32'),
    'refrigerant.R134a': refrigerant(1530, 'R134a'),
    'refrigerant.R404A': refrigerant(4728, 'R404a'),
    'refrigerant.R410A': refrigerant(2256, 'R410a'),
    'refrigerant.R407C': refrigerant(
      1908,
      'R407C',
      `${NOT_ON_LIST} Computed from the AR6 GWP100 of its components (R32 771, R125 3740, R134a 1530) by mass, 23/25/52% (ASHRAE 34): 177.33 + 935 + 795.6 = 1907.93, rounded to 1908. The list's own refrigerant values are AR6 (R404a 4728 = 44% R125 + 52% R143a + 4% R134a).`,
    ),
    'refrigerant.R290': refrigerant(0.02, 'R290 (propaan)'),
    'refrigerant.R744': refrigerant(1, 'R744 (CO2)'),
  },
  declared: DECLARED_FACTORS,
};
