import type { EmissionFactorSet } from '../types';
import { addedFactors, AMENDED_2026, replacedBy2026 } from './amend-from-2026';
import { DECLARED_AMENDMENT, DECLARED_FACTORS } from './declared';

const LIST = 'CO2emissiefactoren.nl, lijst januari 2024';
const CHECKED = 'Value taken from a secondary citation of the 2024 list, not read from the list itself; verify against the published list.';
const MEMORY = 'Best known value of the official list; not verified against the published 2024 table. Verify before relying on it.';
const SPLIT = 'The TTW/WTT split is an estimate (CE Delft 2023: 300 of 374 g/kWh is generation, i.e. ~80%), not a list value.';

/**
 * CO2emissiefactoren.nl as updated on 22 January 2024 (see its "Wijzigingen overzicht"),
 * for footprints from reporting year 2024.
 * PUBLISHED: never edit in place except as `amendments` allows (its hash is pinned); new values mean a new set.
 */
export const CO2EMISSIEFACTOREN_NL_2024: EmissionFactorSet = {
  id: 'co2emissiefactoren-nl-2024',
  title: 'CO2emissiefactoren.nl, januari 2024',
  sourceUrl: 'https://www.co2emissiefactoren.nl/lijst-emissiefactoren/',
  published: '2024-01-22',
  validFromYear: 2024,
  basis: 'well-to-wheel',
  amendments: [
    {
      date: AMENDED_2026,
      what: 'NOT VERIFIED placeholders replaced by the values of the CO2emissiefactoren.nl 2026 list: district heat (was 25 kg/GJ (indicative)), waste residual 0.4, paper 0.04, plastic 0.3, glass 0.025 and wood 0.06 kg/kg (now the GHG-protocol figures per tonne, per kg). Organic waste and water are not on the list and stay marked. Added from the 2026 set the factors of the activity types added in footprint.ghg 1.1.0 (own solar, green gas, propane, HVO30, bus, public transport, goods by van, refrigerants).',
    },
    DECLARED_AMENDMENT,
  ],
  factors: {
    'electricity.grey': {
      unit: 'kWh', kgCO2ePerUnit: 0.536, ttwKgCO2ePerUnit: 0.43, source: `${LIST}, Elektriciteit: grijze stroom`,
      note: `${CHECKED} Consistent with the +18% change for grey electricity reported by Milieubarometer (Jan 2024). ${SPLIT}`,
    },
    'electricity.unknown': {
      unit: 'kWh', kgCO2ePerUnit: 0.328, ttwKgCO2ePerUnit: 0.263, source: `${LIST}, Elektriciteit: stroom onbekend (marktmix)`,
      note: `${MEMORY} Consistent with the -3% change reported for 2024 and with 0.268 in 2025 after -18%. ${SPLIT}`,
    },
    'electricity.green-nl': {
      unit: 'kWh', kgCO2ePerUnit: 0, ttwKgCO2ePerUnit: 0, source: `${LIST}, Elektriciteit: wind/zon (Nederlandse GvO)`,
      note: 'The list excludes infrastructure ("voorzieningen"), so wind and solar electricity count as 0.',
    },
    'electricity.green-eu': {
      unit: 'kWh', kgCO2ePerUnit: 0, ttwKgCO2ePerUnit: 0, source: `${LIST}, Elektriciteit: groene stroom met Europese GvO`,
      note: 'Treated like Dutch green electricity (0). Some Dutch tools count foreign guarantees of origin less favourably; a policy choice to revisit.',
    },
    natural_gas: {
      unit: 'm3', kgCO2ePerUnit: 2.134, ttwKgCO2ePerUnit: 1.788, source: `${LIST}, Brandstoffen: aardgas (Nm3)`,
      note: `${MEMORY} The 2024 update raised natural gas by about 2% (RHDHV chain study), which matches 2.085 -> 2.134.`,
    },
    district_heat: replacedBy2026('district_heat', '25 kg/GJ (indicative)'),
    diesel: {
      unit: 'l', kgCO2ePerUnit: 3.256, ttwKgCO2ePerUnit: 2.62, source: `${LIST}, Brandstoffen voertuigen: diesel (B7, NL)`,
      note: `${CHECKED} TTW is an estimate.`,
    },
    petrol: {
      unit: 'l', kgCO2ePerUnit: 2.821, ttwKgCO2ePerUnit: 2.28, source: `${LIST}, Brandstoffen voertuigen: benzine (E10, NL)`,
      note: `${CHECKED} TTW is an estimate.`,
    },
    lpg: {
      unit: 'l', kgCO2ePerUnit: 1.806, ttwKgCO2ePerUnit: 1.56, source: `${LIST}, Brandstoffen voertuigen: LPG`,
      note: MEMORY,
    },
    'car.petrol': {
      unit: 'km', kgCO2ePerUnit: 0.193, ttwKgCO2ePerUnit: 0.155, source: `${LIST}, Personenvervoer: personenauto benzine, gewichtsklasse onbekend (vkm)`,
      note: MEMORY,
    },
    'car.diesel': {
      unit: 'km', kgCO2ePerUnit: 0.205, ttwKgCO2ePerUnit: 0.163, source: `${LIST}, Personenvervoer: personenauto diesel, gewichtsklasse onbekend (vkm)`,
      note: MEMORY,
    },
    'car.lpg': {
      unit: 'km', kgCO2ePerUnit: 0.186, ttwKgCO2ePerUnit: 0.159, source: `${LIST}, Personenvervoer: personenauto LPG (vkm)`,
      note: MEMORY,
    },
    'car.electric': {
      unit: 'km', kgCO2ePerUnit: 0.109, ttwKgCO2ePerUnit: 0, source: `${LIST}, Personenvervoer: personenauto batterij-elektrisch, grijze stroom (vkm)`,
      note: 'Value confirmed by the list\'s change log of 22-01-2024 (WTW and WTT corrected from 1.09 to 0.109). All of it is WTT in the list (no tailpipe).',
    },
    'car.unknown': {
      unit: 'km', kgCO2ePerUnit: 0.195, ttwKgCO2ePerUnit: 0.157, source: `${LIST}, Personenvervoer: personenauto brandstof onbekend (vkm)`,
      note: MEMORY,
    },
    train: {
      unit: 'km', kgCO2ePerUnit: 0.006, ttwKgCO2ePerUnit: 0, source: `${LIST}, Personenvervoer: trein (reizigerskilometer)`,
      note: MEMORY,
    },
    'flight.short': {
      unit: 'km', kgCO2ePerUnit: 0.297, ttwKgCO2ePerUnit: 0.246, source: `${LIST}, Personenvervoer: vliegtuig < 700 km (reizigerskilometer)`,
      note: `${MEMORY} TTW is an estimate (~83%).`,
    },
    'flight.medium': {
      unit: 'km', kgCO2ePerUnit: 0.2, ttwKgCO2ePerUnit: 0.166, source: `${LIST}, Personenvervoer: vliegtuig 700-2500 km (reizigerskilometer)`,
      note: `${MEMORY} TTW is an estimate (~83%).`,
    },
    'flight.long': {
      unit: 'km', kgCO2ePerUnit: 0.147, ttwKgCO2ePerUnit: 0.122, source: `${LIST}, Personenvervoer: vliegtuig > 2500 km (reizigerskilometer)`,
      note: `${MEMORY} TTW is an estimate (~83%).`,
    },
    'waste.residual': replacedBy2026('waste.residual', '0.4 kg/kg (indicative)'),
    'waste.paper': replacedBy2026('waste.paper', '0.04 kg/kg (indicative)'),
    'waste.plastic': replacedBy2026('waste.plastic', '0.3 kg/kg (indicative)'),
    'waste.organic': {
      unit: 'kg', kgCO2ePerUnit: 0.03, ttwKgCO2ePerUnit: 0.03, source: 'Indicative, not part of CO2emissiefactoren.nl (no line for organic waste)',
      note: 'NOT VERIFIED: composting/digestion, indicative value; its origin was not recorded, and the 2026 list has no line for organic waste either.',
    },
    'waste.glass': replacedBy2026('waste.glass', '0.025 kg/kg (indicative)'),
    'waste.wood': replacedBy2026('waste.wood', '0.06 kg/kg (indicative)'),
    water: { unit: 'm3', kgCO2ePerUnit: 0.298, ttwKgCO2ePerUnit: 0.298, source: 'Indicative, not part of CO2emissiefactoren.nl (drinking water supply)', note: 'NOT VERIFIED: indicative value for Dutch tap water supply; its origin was not recorded. Drinking water is not on the CO2emissiefactoren.nl list (the 2026 list says: take it from another named source, e.g. the water company); replace with a sourced figure in a new set.' },
    ...addedFactors(),
  },
  declared: DECLARED_FACTORS,
};
