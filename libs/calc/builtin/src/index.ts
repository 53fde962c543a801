import { CalculatorRegistry, type CalculatorDefinition, type ReferenceProvider } from '@koers/calc-sdk';
import { footprintGhg } from '@koers/calc-footprint-ghg';
import { iso26000Scan } from '@koers/calc-iso26000';
import { circularityCti } from '@koers/calc-circularity-cti';
import { chainImpact } from '@koers/calc-chain-impact';
import { profileRecommendations } from '@koers/calc-recommendations';
import { evaluationProgramme } from '@koers/calc-evaluation-programme';
import { referenceData } from '@koers/reference-data';

/**
 * Every built-in calculator. `nx g ./tools/generators:calculator <name>` adds a new
 * plugin here (and to the spec's BUILTIN_IDS); nothing else dispatches on ids.
 */
export const builtinCalculators: readonly CalculatorDefinition[] = Object.freeze([
  footprintGhg as CalculatorDefinition,
  iso26000Scan as CalculatorDefinition,
  circularityCti as CalculatorDefinition,
  chainImpact as CalculatorDefinition,
  profileRecommendations as CalculatorDefinition,
  evaluationProgramme as CalculatorDefinition,
]);

/** A registry with the built-ins plus any extra (e.g. discovered external) definitions. */
export function createBuiltinRegistry(extra: Iterable<CalculatorDefinition> = []): CalculatorRegistry {
  const registry = new CalculatorRegistry(builtinCalculators);
  for (const d of extra) registry.register(d);
  return registry;
}

/** Built-in reference data: emission-factor sets by id, their index, `iso26000.structure` and the measures catalogue. */
export const builtinReferenceProvider: ReferenceProvider = Object.freeze({ get: (id: string) => referenceData.get(id) });
