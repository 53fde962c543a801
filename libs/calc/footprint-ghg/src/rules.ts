import type { Activity, ActivityType, Theme } from './schema';

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
};

export interface ActivityRule<A extends Activity = Activity> {
  theme: Theme;
  /** Dutch-practice scope (the well-to-wheel total of the line goes here). */
  scope(a: A): 1 | 2 | 3;
  /** GHG Protocol scope 3 category the line belongs to when it is scope 3. */
  ghgCategory(a: A): string;
  /** Factor used for the line (market-based for electricity). */
  factorKey(a: A): string;
  /** Location-based factor, only where it differs in kind (electricity). */
  locationFactorKey?(a: A): string;
}

type Rules = { [T in ActivityType]: ActivityRule<Extract<Activity, { type: T }>> };

/** Location-based electricity always uses the grey grid factor (see docs/calculators.md). */
export const LOCATION_BASED_ELECTRICITY_KEY = 'electricity.grey';

/**
 * One rule per activity type: adding a type is one entry here plus its schema.
 * Scope rule: own fuel use is scope 1; bought electricity and heat scope 2; business
 * km in company cars scope 1, or scope 2 when electric; commuting, train, flights,
 * waste and water scope 3.
 */
export const ACTIVITY_RULES: Rules = {
  electricity: { theme: 'energy', scope: () => 2, ghgCategory: () => 'scope2', factorKey: (a) => `electricity.${a.contract}`, locationFactorKey: () => LOCATION_BASED_ELECTRICITY_KEY },
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
};

export function ruleFor(activity: Activity): ActivityRule {
  return ACTIVITY_RULES[activity.type] as ActivityRule;
}
