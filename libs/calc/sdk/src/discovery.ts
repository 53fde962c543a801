import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, resolve, sep } from 'node:path';
import { validateDefinition } from './define';
import type { CalculatorDefinition } from './types';

/**
 * The package.json field an external plugin uses to declare its entry point:
 * `"koers": { "calculator": "./dist/index.js" }`.
 */
export const PLUGIN_MANIFEST_FIELD = 'koers';
export const PLUGIN_MANIFEST_ENTRY = 'calculator';

export interface RefusedPlugin {
  /** Package name when readable, else the directory name. */
  package: string;
  directory: string;
  reason: string;
}

export interface DiscoveredPlugin {
  package: string;
  directory: string;
  definition: CalculatorDefinition;
}

export interface DiscoveryResult {
  loaded: CalculatorDefinition[];
  /** Same as `loaded`, with where each came from. */
  sources: DiscoveredPlugin[];
  refused: RefusedPlugin[];
}

function packageDirs(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir).sort()) {
    if (entry.startsWith('.') || entry === 'node_modules') continue;
    const full = join(dir, entry);
    if (!statSync(full).isDirectory()) continue;
    // npm scopes: plugins/@acme/foo
    if (entry.startsWith('@')) {
      for (const sub of readdirSync(full).sort()) {
        if (statSync(join(full, sub)).isDirectory()) out.push(join(full, sub));
      }
    } else out.push(full);
  }
  return out;
}

function loadOne(directory: string): { package: string; definition?: CalculatorDefinition; reason?: string } {
  const fallbackName = relative(resolve(directory, '..'), directory);
  const pkgPath = join(directory, 'package.json');
  if (!existsSync(pkgPath)) return { package: fallbackName, reason: 'not an npm package: no package.json' };
  let pkg: Record<string, unknown>;
  try {
    pkg = JSON.parse(readFileSync(pkgPath, 'utf8'));
  } catch (e) {
    return { package: fallbackName, reason: `package.json is not valid JSON: ${(e as Error).message}` };
  }
  const name = typeof pkg['name'] === 'string' ? pkg['name'] : fallbackName;
  const manifest = pkg[PLUGIN_MANIFEST_FIELD] as Record<string, unknown> | undefined;
  const entry = manifest && typeof manifest === 'object' ? manifest[PLUGIN_MANIFEST_ENTRY] : undefined;
  if (typeof entry !== 'string' || entry.length === 0) {
    return { package: name, reason: `package.json has no "${PLUGIN_MANIFEST_FIELD}": { "${PLUGIN_MANIFEST_ENTRY}": "<path to entry file>" } manifest` };
  }
  const entryPath = resolve(directory, entry);
  if (!entryPath.startsWith(resolve(directory) + sep)) {
    return { package: name, reason: `manifest entry "${entry}" points outside the package directory` };
  }
  if (!existsSync(entryPath)) return { package: name, reason: `manifest entry "${entry}" does not exist (not built?)` };
  let mod: unknown;
  try {
    mod = createRequire(pkgPath)(entryPath);
  } catch (e) {
    return { package: name, reason: `loading "${entry}" threw: ${(e as Error)?.message ?? String(e)}` };
  }
  // Accept `module.exports = def`, `exports.default = def` (transpiled ESM) or `exports.calculator = def`.
  const m = mod as Record<string, unknown> | null;
  const candidate = m && typeof m === 'object' && 'default' in m ? m['default'] : m && typeof m === 'object' && 'calculator' in m ? m['calculator'] : m;
  const check = validateDefinition(candidate);
  if (!check.ok) return { package: name, reason: `invalid calculator definition: ${check.errors.join('; ')}` };
  return { package: name, definition: check.definition };
}

/**
 * Loads every plugin package in `dir` (one level, plus npm scopes). A package
 * that is malformed, throws on load or exports an invalid definition is refused
 * with a reason; this function itself never throws for a bad plugin.
 */
export function discoverExternalPlugins(dir: string): DiscoveryResult {
  const result: DiscoveryResult = { loaded: [], sources: [], refused: [] };
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return result;
  for (const directory of packageDirs(dir)) {
    let outcome: ReturnType<typeof loadOne>;
    try {
      outcome = loadOne(directory);
    } catch (e) {
      outcome = { package: relative(dir, directory), reason: `unexpected error: ${(e as Error)?.message ?? String(e)}` };
    }
    if (outcome.definition) {
      result.loaded.push(outcome.definition);
      result.sources.push({ package: outcome.package, directory, definition: outcome.definition });
    } else {
      result.refused.push({ package: outcome.package, directory, reason: outcome.reason ?? 'unknown' });
    }
  }
  return result;
}
