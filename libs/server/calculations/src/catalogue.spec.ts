import { stableHash } from '@koers/calc-sdk';
import { describe, expect, it } from 'vitest';
import { loadCatalogue, referenceVersion } from './catalogue';

describe('reference version per calculator', () => {
  it('depends only on the reference data a calculator declares', () => {
    const factors = referenceVersion({ referenceData: ['co2emissiefactoren-nl-*'] });
    const measures = referenceVersion({ referenceData: ['measures.catalogue.v1'] });
    expect(factors).toMatch(/^[0-9a-f]{16}$/);
    expect(factors).not.toBe(measures);
    // A calculator that reads no reference data is not recomputed for any new set.
    expect(referenceVersion({})).toBe(referenceVersion({ referenceData: ['no-such-set'] }));
  });

  it('is stable for the built-in calculators and differs between footprint and ISO scan', () => {
    const catalogue = loadCatalogue('plugins');
    expect(catalogue.referenceVersionOf('footprint.ghg')).toBe(loadCatalogue('plugins').referenceVersionOf('footprint.ghg'));
    expect(catalogue.referenceVersionOf('footprint.ghg')).not.toBe(catalogue.referenceVersionOf('iso26000.scan'));
    expect(() => catalogue.referenceVersionOf('no.such')).toThrow('unknown calculator');
  });

  it('covers the 2026 factor set, so that set starts the footprint\'s recompute, and keeps chain.impact on the same sets', () => {
    const catalogue = loadCatalogue('plugins');
    const version = (ids: string[]) => stableHash([...ids].sort()).slice(0, 16);
    const upTo2025 = ['emission-factor-sets', 'co2emissiefactoren-nl-2024', 'co2emissiefactoren-nl-2025'];
    // A release row per (plugin, version, reference version): a new reference version is a new release to recompute.
    expect(catalogue.referenceVersionOf('footprint.ghg')).toBe(version([...upTo2025, 'co2emissiefactoren-nl-2026']));
    expect(catalogue.referenceVersionOf('footprint.ghg')).not.toBe(version(upTo2025));
    // chain.impact chooses its set with footprint.ghg's chooser from the same declared sets: the same version, recomputed together.
    expect(catalogue.referenceVersionOf('chain.impact')).toBe(catalogue.referenceVersionOf('footprint.ghg'));
    // The measures catalogue is not a factor set: a calculator reading only it does not move.
    expect(referenceVersion({ referenceData: ['measures.catalogue.v1'] })).toBe(version(['measures.catalogue.v1']));
  });
});
