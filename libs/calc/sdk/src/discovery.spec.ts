import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { discoverExternalPlugins } from './discovery';
import { runCalculator } from './run';

const fixtures = join(__dirname, '..', 'test', 'fixtures', 'plugins');

describe('discoverExternalPlugins', () => {
  const result = discoverExternalPlugins(fixtures);
  const reasons = Object.fromEntries(result.refused.map((r) => [r.package, r.reason]));

  it('loads valid plugins, including scoped packages and default exports', () => {
    expect(result.loaded.map((d) => `${d.id}@${d.version}`).sort()).toEqual(['acme.identity@0.1.0', 'fixture.double@1.2.3']);
    expect(result.sources.map((s) => s.package).sort()).toEqual(['@acme/scoped', 'koers-plugin-good']);
  });

  it('loaded plugins run', () => {
    const doubler = result.loaded.find((d) => d.id === 'fixture.double')!;
    expect(runCalculator(doubler, { value: 21 }, { get: () => undefined })).toEqual({ status: 'ok', output: { doubled: 42 } });
  });

  it('refuses every bad package with a clear reason and does not throw', () => {
    expect(reasons).toEqual({
      'koers-plugin-throwing': expect.stringMatching(/^loading "\.\/index\.js" threw: boom while loading/),
      'koers-plugin-bad-schemas': expect.stringMatching(/^invalid calculator definition: version must be a semver.*inputSchema must be a zod schema.*outputSchema must be a zod schema/),
      'koers-plugin-no-manifest': expect.stringMatching(/no "koers": \{ "calculator": .* manifest/),
      'koers-plugin-missing-entry': 'manifest entry "./dist/index.js" does not exist (not built?)',
      'koers-plugin-escape': 'manifest entry "../good/index.js" points outside the package directory',
      'broken-json': expect.stringMatching(/^package.json is not valid JSON/),
      'not-a-package': 'not an npm package: no package.json',
    });
  });

  it('returns nothing for a missing directory', () => {
    expect(discoverExternalPlugins(join(fixtures, 'does-not-exist'))).toEqual({ loaded: [], sources: [], refused: [] });
  });
});
