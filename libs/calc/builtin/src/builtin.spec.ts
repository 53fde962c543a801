import { referenceData } from '@koers/reference-data';
import { join } from 'node:path';
import { discoverExternalPlugins, runCalculator } from '@koers/calc-sdk';
import { describe, expect, it } from 'vitest';
import { builtinCalculators, builtinReferenceProvider, createBuiltinRegistry } from './index';

/** Every built-in as id@version, in the order of builtinCalculators (the calculator generator appends new plugins here). */
const BUILTIN_IDS = ['footprint.ghg@1.2.0', 'iso26000.scan@1.0.0', 'circularity.cti@0.1.0', 'chain.impact@0.1.0', 'profile.recommendations@0.2.0', 'evaluation.programme@0.1.0'];

describe('built-in calculators', () => {
  it('registers every built-in', () => {
    const idAtVersion = (c: { id: string; version: string }) => `${c.id}@${c.version}`;
    expect(builtinCalculators.map(idAtVersion)).toEqual(BUILTIN_IDS);
    // The registry lists by id.
    expect(createBuiltinRegistry().list().map(idAtVersion).sort()).toEqual([...BUILTIN_IDS].sort());
  });

  it('resolves factor sets, their index, the ISO structure and the measures catalogue, and nothing else', () => {
    expect(builtinReferenceProvider.get('co2emissiefactoren-nl-2025')).toMatchObject({ id: 'co2emissiefactoren-nl-2025' });
    expect(builtinReferenceProvider.get('emission-factor-sets')).toHaveLength(3);
    expect(builtinReferenceProvider.get('iso26000.structure')).toHaveProperty('coreSubjects');
    expect(builtinReferenceProvider.get('measures.catalogue.v1')).toMatchObject({ id: 'measures.catalogue.v1' });
    expect(builtinReferenceProvider.get('nope')).toBeUndefined();
  });

  it('every built-in only declares reference data the provider has', () => {
    for (const c of builtinCalculators) {
      for (const id of c.referenceData ?? []) {
        const known = id.endsWith('*') ? [...referenceData.keys()].some((k) => k.startsWith(id.slice(0, -1))) : builtinReferenceProvider.get(id) !== undefined;
        expect(known, `${c.id} declares ${id}`).toBe(true);
      }
    }
  });

  it('refuses an external plugin that reuses a built-in id@version', () => {
    expect(() => createBuiltinRegistry([builtinCalculators[0]!])).toThrow('calculator footprint.ghg@1.2.0 is already registered');
  });

  it('the example external plugin in plugins/ passes validation and runs', () => {
    const found = discoverExternalPlugins(join(__dirname, '..', '..', '..', '..', 'plugins'));
    expect(found.refused).toEqual([]);
    const registry = createBuiltinRegistry(found.loaded);
    const water = registry.get('example.water-intensity')!;
    expect(water).toBeDefined();
    expect(runCalculator(water, { year: 2024, waterM3: 150, employees: 12 }, builtinReferenceProvider)).toEqual({
      status: 'ok',
      output: { year: 2024, waterM3: 150, employees: 12, m3PerEmployee: 12.5, litresPerEmployeePerWorkday: 57.339 },
    });
  });
});
