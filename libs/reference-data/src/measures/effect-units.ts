import { deepFreeze } from '../deep-freeze';
import type { MeasureText } from './measure';

/**
 * What the typical kg figure of a catalogue measure is counted per (its `co2Effect.basis`
 * says it in English; this is the short bilingual form a profile prints after the figure).
 * Keyed by catalogue id, then measure id: only measures with `co2Effect.kgCO2ePerYear`.
 * Supplements measures.catalogue.v1 without changing it (its hash is pinned).
 */
export const MEASURE_EFFECT_UNITS: Readonly<Record<string, Readonly<Record<string, MeasureText>>>> = deepFreeze({
  'measures.catalogue.v1': {
    'energy.pipe-insulation': { nl: 'per 10 à 20 m kale leiding', en: 'per 10 to 20 m of bare pipe' },
    'energy.solar-pv': { nl: 'per 10 kWp zonnepanelen', en: 'per 10 kWp of solar panels' },
    'mobility.bike-commuting': { nl: 'per medewerker die de auto laat staan', en: 'per employee leaving the car at home' },
    'mobility.electric-fleet': { nl: 'per auto (30.000 km per jaar)', en: 'per car (30,000 km a year)' },
    'mobility.train-business-travel': { nl: 'per 5.000 à 10.000 km van auto naar trein', en: 'per 5,000 to 10,000 km from car to train' },
    'mobility.no-short-flights': { nl: 'per 2.000 à 10.000 vliegkilometers', en: 'per 2,000 to 10,000 flight km' },
    'waste.separate-paper': { nl: 'per 0,5 à 5 ton apart ingezameld', en: 'per 0.5 to 5 t collected separately' },
    'waste.separate-plastic': { nl: 'per 0,5 à 5 ton apart ingezameld', en: 'per 0.5 to 5 t collected separately' },
    'waste.separate-organic': { nl: 'per 0,5 à 5 ton apart ingezameld', en: 'per 0.5 to 5 t collected separately' },
    'water.saving-shower-heads': { nl: 'per veelgebruikte douche', en: 'per much-used shower' },
  },
});
