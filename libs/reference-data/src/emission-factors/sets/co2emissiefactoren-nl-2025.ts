import type { EmissionFactorSet } from '../types';
import { addedFactors, AMENDED_2026, replacedBy2026 } from './amend-from-2026';
import { DECLARED_AMENDMENT, DECLARED_FACTORS } from './declared';

const LIST = 'CO2emissiefactoren.nl, lijst januari 2025';
const CHECKED = 'Carried over from the 2024 set (a secondary citation of that list); not reported among the >5% changes of 2025. Verify against the published 2025 list.';
const MEMORY = 'Carried over from the 2024 set (best known value); not reported among the >5% changes of 2025. Not verified against the published 2025 table.';
const SPLIT = 'The TTW/WTT split is an estimate (CE Delft 2023: 300 of 374 g/kWh is generation, i.e. ~80%), not a list value.';

/**
 * CO2emissiefactoren.nl as updated in January 2025 (exact day not verified), for footprints
 * from reporting year 2025. Changes versus 2024 follow the changes reported by Milieubarometer
 * ("Yearly update CO2-factors February 2025"); factors not reported as changed by more than 5% are
 * carried over and say so.
 * PUBLISHED: never edit in place except as `amendments` allows (its hash is pinned); new values mean a new set.
 */
export const CO2EMISSIEFACTOREN_NL_2025: EmissionFactorSet = {
  id: 'co2emissiefactoren-nl-2025',
  title: 'CO2emissiefactoren.nl, januari 2025',
  sourceUrl: 'https://www.co2emissiefactoren.nl/lijst-emissiefactoren/',
  published: '2025-01',
  validFromYear: 2025,
  basis: 'well-to-wheel',
  amendments: [
    {
      date: AMENDED_2026,
      what: 'NOT VERIFIED placeholders replaced by the values of the CO2emissiefactoren.nl 2026 list: district heat (was 38.25 kg/GJ (2024 indicative value x 1.53)), waste residual 0.4, paper 0.04, plastic 0.3, glass 0.025 and wood 0.06 kg/kg (now the GHG-protocol figures per tonne, per kg). Organic waste and water are not on the list and stay marked. Added from the 2026 set the factors of the activity types added in footprint.ghg 1.1.0 (own solar, green gas, propane, HVO30, bus, public transport, goods by van, refrigerants).',
    },
    DECLARED_AMENDMENT,
  ],
  factors: {
    'electricity.grey': {
      unit: 'kWh', kgCO2ePerUnit: 0.498, ttwKgCO2ePerUnit: 0.4, source: `${LIST}, Elektriciteit: grijze stroom`,
      note: `Derived: 2024 value 0.536 x 0.93 (grey electricity -7% reported for 2025); not read from the list. ${SPLIT}`,
    },
    'electricity.unknown': {
      unit: 'kWh', kgCO2ePerUnit: 0.268, ttwKgCO2ePerUnit: 0.215, source: `${LIST}, Elektriciteit: stroom onbekend (marktmix)`,
      note: `0.268 cited as "stroom onbekend, CO2emissiefactoren.nl 2025" by a secondary source; matches the -18% grid-mix change (0.328 x 0.82). ${SPLIT}`,
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
      note: 'Natural gas changed by less than 5% in 2025 (Milieubarometer); the exact 2025 value is not verified, 2024 value kept.',
    },
    district_heat: replacedBy2026('district_heat', '38.25 kg/GJ (2024 indicative value x 1.53)'),
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
      unit: 'km', kgCO2ePerUnit: 0.221, ttwKgCO2ePerUnit: 0.189, source: `${LIST}, Personenvervoer: personenauto LPG (vkm)`,
      note: 'Derived: 2024 value 0.186 x 1.19 (LPG passenger car +19% reported for 2025); not verified.',
    },
    'car.electric': {
      unit: 'km', kgCO2ePerUnit: 0.101, ttwKgCO2ePerUnit: 0, source: `${LIST}, Personenvervoer: personenauto batterij-elektrisch, grijze stroom (vkm)`,
      note: 'Derived: 2024 value 0.109 x 0.93 (electric transport on grey electricity -7% reported for 2025); not verified.',
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
