import { builtinReferenceProvider, createBuiltinRegistry } from '@koers/calc-builtin';
import { discoverExternalPlugins, stableHash, type CalculatorDefinition, type CalculatorRegistry, type RefusedPlugin } from '@koers/calc-sdk';
import { referenceData } from '@koers/reference-data';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * Every calculator this process knows: the built-ins plus external plugins
 * found in the plugins directory. The same code runs in the api (to validate
 * input), the worker and its compute threads.
 */
export interface CalculatorCatalogue {
  registry: CalculatorRegistry;
  refused: RefusedPlugin[];
  /** Short hash of the published reference-data ids: a new factor set changes it and so starts a recompute. */
  referenceVersion: string;
}

export function loadCatalogue(pluginsDir: string): CalculatorCatalogue {
  const dir = resolve(pluginsDir);
  const discovered = existsSync(dir) ? discoverExternalPlugins(dir) : { loaded: [] as CalculatorDefinition[], refused: [] as RefusedPlugin[] };
  const refused = [...discovered.refused];
  const registry = createBuiltinRegistry();
  for (const d of discovered.loaded) {
    try {
      registry.register(d);
    } catch (e) {
      refused.push({ package: `${d.id}@${d.version}`, directory: dir, reason: (e as Error).message });
    }
  }
  return { registry, refused, referenceVersion: referenceVersion() };
}

export function referenceVersion(): string {
  return stableHash([...referenceData.keys()].sort()).slice(0, 16);
}

export { builtinReferenceProvider };
export const CALCULATOR_CATALOGUE = Symbol('CALCULATOR_CATALOGUE');
