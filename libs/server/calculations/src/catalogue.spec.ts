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
});
