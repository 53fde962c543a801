import type { Activity, ActivityType, DeclaredFactorInput, Theme } from './schema';

/** kg and t are the only activity units that differ from factor units besides MWh. Explicit, not inferred. */
export const UNIT_TO_FACTOR_UNIT: Readonly<Record<string, { factorUnit: string; multiplier: number }>> = {
  kWh: { factorUnit: 'kWh', multiplier: 1 },
  MWh: { factorUnit: 'kWh', multiplier: 1000 },
  m3: { factorUnit: 'm3', multiplier: 1 },
  GJ: { factorUnit: 'GJ', multiplier: 1 },
  l: { factorUnit: 'l', multiplier: 1 },
  km: { factorUnit: 'km', multiplier: 1 },
  kg: { factorUnit: 'kg', multiplier: 1 },
  t: { factorUnit: 'kg', multiplier: 1000 },
  tkm: { factorUnit: 'tkm', multiplier: 1 },
};

export interface ActivityRule<A extends Activity = Activity> {
  theme: Theme;
  /** Dutch-practice scope (the well-to-wheel total of the line goes here). */
  scope(a: A): 1 | 2 | 3;
  /** GHG Protocol scope 3 category the line belongs to when it is scope 3. */
  ghgCategory(a: A): string;
  /** Factor used for the line (market-based for electricity). */
  factorKey(a: A): string;
  /** Location-based factor, only where it differs in kind (electricity); `has` tells which keys the chosen set has. */
  locationFactorKey?(a: A, has: (key: string) => boolean): string;
  /**
   * Where the list has no factor: the factor the user declared and the set's `declared`
   * entry that says so (the line's factorKey stays `factorKey(a)`). Undefined: the set's factor.
   */
  declared?(a: A): { key: string; factor: DeclaredFactorInput } | undefined;
}

type Rules = { [T in ActivityType]: ActivityRule<Extract<Activity, { type: T }>> };

/**
 * Location-based electricity uses the grid mix. From the 2026 list on it is a line of its
 * own (`electricity.grid-mix`); the 2024 and 2025 sets have none, and their location-based
 * figures keep the grey factor they were computed with (see docs/calculators.md).
 */
export const LOCATION_BASED_ELECTRICITY_KEY = 'electricity.grid-mix';
export const LOCATION_BASED_ELECTRICITY_FALLBACK_KEY = 'electricity.grey';

const tripCategory = (a: { purpose: 'business' | 'commute' }) => (a.purpose === 'commute' ? '7-employee-commuting' : '6-business-travel');

/**
 * One rule per activity type: adding a type is one entry here plus its schema.
 * Scope rule: own fuel use is scope 1; bought electricity and heat scope 2; business
 * km in company cars scope 1, or scope 2 when electric; commuting, train, flights,
 * waste and water scope 3. Added in 1.1.0: refrigerant leakage, green gas, propane and
 * HVO are own emissions (scope 1); bus and public transport scope 3 by purpose (business
 * travel or commuting); goods transport bought in tonne-km scope 3 category 4; own solar
 * production is a zero line in scope 1 (see solar_production). Added in 1.2.0: materials
 * bought (scope 3 category 1) and goods by rail or inland ship (category 4), with the
 * factor the user declares from a named source, the list having none.
 */
export const ACTIVITY_RULES: Rules = {
  electricity: {
    theme: 'energy',
    scope: () => 2,
    ghgCategory: () => 'scope2',
    factorKey: (a) => `electricity.${a.contract}`,
    locationFactorKey: (_a, has) => (has(LOCATION_BASED_ELECTRICITY_KEY) ? LOCATION_BASED_ELECTRICITY_KEY : LOCATION_BASED_ELECTRICITY_FALLBACK_KEY),
  },
  natural_gas: { theme: 'energy', scope: () => 1, ghgCategory: () => 'scope1', factorKey: () => 'natural_gas' },
  district_heat: { theme: 'energy', scope: () => 2, ghgCategory: () => 'scope2', factorKey: () => 'district_heat' },
  diesel: { theme: 'mobility', scope: () => 1, ghgCategory: () => 'scope1', factorKey: () => 'diesel' },
  petrol: { theme: 'mobility', scope: () => 1, ghgCategory: () => 'scope1', factorKey: () => 'petrol' },
  lpg: { theme: 'mobility', scope: () => 1, ghgCategory: () => 'scope1', factorKey: () => 'lpg' },
  car_km: {
    theme: 'mobility',
    scope: (a) => (a.purpose === 'commute' ? 3 : a.fuel === 'electric' ? 2 : 1),
    ghgCategory: (a) => (a.purpose === 'commute' ? '7-employee-commuting' : a.fuel === 'electric' ? 'scope2' : 'scope1'),
    factorKey: (a) => `car.${a.fuel}`,
  },
  train_km: { theme: 'mobility', scope: () => 3, ghgCategory: () => '6-business-travel', factorKey: () => 'train' },
  flight_km: { theme: 'mobility', scope: () => 3, ghgCategory: () => '6-business-travel', factorKey: (a) => `flight.${a.haul}` },
  waste: { theme: 'waste', scope: () => 3, ghgCategory: () => '5-waste', factorKey: (a) => `waste.${a.stream}` },
  water: { theme: 'water', scope: () => 3, ghgCategory: () => '1-purchased-goods-and-services', factorKey: () => 'water' },
  // Leaked refrigerant is emitted on site: kg x GWP, all direct. Under energy: it is part of the cooling and heat-pump installations.
  refrigerant: { theme: 'energy', scope: () => 1, ghgCategory: () => 'scope1', factorKey: (a) => `refrigerant.${a.refrigerant}` },
  green_gas: { theme: 'energy', scope: () => 1, ghgCategory: () => 'scope1', factorKey: () => 'green_gas' },
  propane: { theme: 'energy', scope: () => 1, ghgCategory: () => 'scope1', factorKey: (a) => (a.unit === 'kg' ? 'propane.kg' : 'propane') },
  hvo: { theme: 'mobility', scope: () => 1, ghgCategory: () => 'scope1', factorKey: (a) => a.blend ?? 'hvo30' },
  bus_km: { theme: 'mobility', scope: () => 3, ghgCategory: tripCategory, factorKey: () => 'bus' },
  public_transport_km: { theme: 'mobility', scope: () => 3, ghgCategory: tripCategory, factorKey: () => 'public_transport' },
  // Tonne-km are goods carried by others for the company (its own vans are in their fuel): upstream transport.
  // Rail and inland shipping (1.2.0) are not on the list: their factor is the user's, from a named source.
  freight_tkm: {
    theme: 'mobility',
    scope: () => 3,
    ghgCategory: () => '4-upstream-transportation',
    factorKey: (a) => `freight.${a.mode}`,
    declared: (a) => (a.mode === 'road-van' || !a.factor ? undefined : { key: `freight.${a.mode}`, factor: a.factor }),
  },
  /*
   * Own solar production is reported as a line of its own (kWh produced, 0 kg), never
   * subtracted from bought electricity: what is used on site never passes the meter, so
   * the bought kWh already leave it out, and what is fed back is not bought electricity
   * the company avoids (the GHG Protocol does not net exports against scope 2).
   */
  solar_production: { theme: 'energy', scope: () => 1, ghgCategory: () => 'scope1', factorKey: () => 'electricity.own-solar' },
  /*
   * Materials bought (1.2.0): cradle-to-gate emissions of what the company buys are scope 3
   * category 1 (purchased goods), theme materials. The list has no production factors (its
   * paper, plastics and wood lines are waste processing), so the factor is the user's.
   */
  material: {
    theme: 'materials',
    scope: () => 3,
    ghgCategory: () => '1-purchased-goods-and-services',
    factorKey: (a) => `material.${a.material}`,
    declared: (a) => ({ key: 'material', factor: a.factor }),
  },
};

export function ruleFor(activity: Activity): ActivityRule {
  return ACTIVITY_RULES[activity.type] as ActivityRule;
}
