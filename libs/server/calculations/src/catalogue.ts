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
  /**
   * Short hash of the published reference-data ids a calculator may read (its
   * declared `referenceData`): a new factor set changes it for the footprint
   * and so starts its recompute, while a new measures catalogue does not.
   */
  referenceVersionOf(pluginId: string, version?: string): string;
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
  const cache = new Map<string, string>();
  const referenceVersionOf = (pluginId: string, version?: string) => {
    const def = registry.get(pluginId, version);
    if (!def) throw new Error(`unknown calculator ${pluginId}@${version ?? 'latest'}`);
    const key = `${def.id}@${def.version}`;
    let v = cache.get(key);
    if (!v) {
      v = referenceVersion(def);
      cache.set(key, v);
    }
    return v;
  };
  return { registry, refused, referenceVersionOf };
}

export function referenceVersion(def: Pick<CalculatorDefinition, 'referenceData'>): string {
  const declared = def.referenceData ?? [];
  const used = [...referenceData.keys()].filter((id) => declared.some((d) => (d.endsWith('*') ? id.startsWith(d.slice(0, -1)) : d === id)));
  return stableHash(used.sort()).slice(0, 16);
}

export { builtinReferenceProvider };
export const CALCULATOR_CATALOGUE = Symbol('CALCULATOR_CATALOGUE');
