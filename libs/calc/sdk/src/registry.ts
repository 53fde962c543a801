import semver from 'semver';
import { validateDefinition } from './define';
import type { CalculatorDefinition, LocalizedText } from './types';

export interface CalculatorSummary {
  id: string;
  version: string;
  title: LocalizedText;
}

/** All calculators known to a process, by id and version. Several versions of one id may coexist. */
export class CalculatorRegistry {
  private readonly byId = new Map<string, Map<string, CalculatorDefinition>>();

  constructor(definitions: Iterable<CalculatorDefinition> = []) {
    for (const d of definitions) this.register(d);
  }

  /** Adds a definition; refuses an invalid one or a second definition with the same id@version. */
  register(definition: CalculatorDefinition): this {
    const check = validateDefinition(definition);
    if (!check.ok) throw new Error(`cannot register calculator: ${check.errors.join('; ')}`);
    const versions = this.byId.get(definition.id) ?? new Map<string, CalculatorDefinition>();
    if (versions.has(definition.version)) {
      throw new Error(`calculator ${definition.id}@${definition.version} is already registered`);
    }
    versions.set(definition.version, definition);
    this.byId.set(definition.id, versions);
    return this;
  }

  has(id: string, version?: string): boolean {
    return this.get(id, version) !== undefined;
  }

  /** The given version, or the highest semver version when none is given. */
  get(id: string, version?: string): CalculatorDefinition | undefined {
    const versions = this.byId.get(id);
    if (!versions) return undefined;
    if (version !== undefined) return versions.get(version);
    const newest = semver.rsort([...versions.keys()])[0];
    return newest === undefined ? undefined : versions.get(newest);
  }

  versions(id: string): string[] {
    return semver.sort([...(this.byId.get(id)?.keys() ?? [])]);
  }

  /** Every registered id@version, sorted by id then version. */
  list(): CalculatorSummary[] {
    const out: CalculatorSummary[] = [];
    for (const id of [...this.byId.keys()].sort()) {
      const versions = this.byId.get(id) ?? new Map<string, CalculatorDefinition>();
      for (const version of semver.sort([...versions.keys()])) {
        const d = versions.get(version);
        if (d) out.push({ id, version, title: d.title });
      }
    }
    return out;
  }
}
