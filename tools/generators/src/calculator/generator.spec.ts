import { readJson, type Tree } from '@nx/devkit';
import { createTreeWithEmptyWorkspace } from '@nx/devkit/testing';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as ts from 'typescript';
import { beforeEach, describe, expect, it } from 'vitest';
import calculatorGenerator from './generator';
import { BUILTIN_INDEX, BUILTIN_SPEC, registerBuiltin } from './register-builtin';

const root = join(__dirname, '..', '..', '..', '..');
/** The builtin library's files as they are in the workspace: the generator must handle the real ones. */
const realBuiltin = () => ({ [BUILTIN_INDEX]: readFileSync(join(root, BUILTIN_INDEX), 'utf8'), [BUILTIN_SPEC]: readFileSync(join(root, BUILTIN_SPEC), 'utf8') });
const syntaxErrors = (text: string) => ts.transpileModule(text, { reportDiagnostics: true }).diagnostics?.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n')) ?? [];
/** Lines of `after` that are not in `before` (the files only ever gain lines or grow one). */
const added = (before: string, after: string) => after.split('\n').filter((l) => !before.split('\n').includes(l));

describe('calculator generator', () => {
  let tree: Tree;
  beforeEach(() => {
    tree = createTreeWithEmptyWorkspace();
    tree.write('tsconfig.base.json', '{\n  "compilerOptions": {\n    "lib": ["ES2023"],\n    "paths": {\n      "@koers/calc-sdk": ["libs/calc/sdk/src/index.ts"]\n    }\n  }\n}\n');
    for (const [file, text] of Object.entries(realBuiltin())) tree.write(file, text);
  });

  it('scaffolds the library, a golden case and the alias', async () => {
    await calculatorGenerator(tree, { name: 'energy-label' });
    for (const f of ['project.json', 'tsconfig.json', 'vitest.config.ts', 'src/index.ts', 'src/energy-label.spec.ts', 'golden/basic.input.json', 'golden/basic.expected.json']) {
      expect(tree.exists(`libs/calc/energy-label/${f}`), f).toBe(true);
    }
    const project = readJson(tree, 'libs/calc/energy-label/project.json');
    expect(project.name).toBe('calc-energy-label');
    expect(project.tags).toEqual(['scope:shared', 'type:calc']);
    expect(Object.keys(project.targets)).toEqual(['test', 'lint', 'typecheck']);
    const index = tree.read('libs/calc/energy-label/src/index.ts', 'utf8')!;
    expect(index).toContain("id: 'energy.label'");
    expect(index).toContain("version: '0.1.0'");
    expect(index).toContain('export const energyLabel = defineCalculator(');
    expect(readJson(tree, 'tsconfig.base.json').compilerOptions.paths['@koers/calc-energy-label']).toEqual(['libs/calc/energy-label/src/index.ts']);
    // Hand formatting is kept: one added line, nothing re-indented.
    expect(tree.read('tsconfig.base.json', 'utf8')).toBe(
      '{\n  "compilerOptions": {\n    "lib": ["ES2023"],\n    "paths": {\n      "@koers/calc-sdk": ["libs/calc/sdk/src/index.ts"],\n      "@koers/calc-energy-label": ["libs/calc/energy-label/src/index.ts"]\n    }\n  }\n}\n',
    );
  });

  it('takes an explicit id and refuses bad names and existing libraries', async () => {
    await calculatorGenerator(tree, { name: 'scan', id: 'acme.scan' });
    expect(tree.read('libs/calc/scan/src/index.ts', 'utf8')).toContain("id: 'acme.scan'");
    await expect(calculatorGenerator(tree, { name: 'scan' })).rejects.toThrow('libs/calc/scan already exists');
    await expect(calculatorGenerator(tree, { name: 'Bad_Name' })).rejects.toThrow(/kebab-case/);
  });

  it('registers the plugin in libs/calc/builtin: import, builtinCalculators and the spec list', async () => {
    const before = realBuiltin();
    await calculatorGenerator(tree, { name: 'energy-label' });
    const index = tree.read(BUILTIN_INDEX, 'utf8')!;
    expect(added(before[BUILTIN_INDEX], index)).toEqual(["import { energyLabel } from '@koers/calc-energy-label';", '  energyLabel as CalculatorDefinition,']);
    // The import goes with the other calc imports; the definition is the last built-in.
    expect(index).toMatch(/from '@koers\/calc-[a-z-]+';\nimport \{ energyLabel \} from '@koers\/calc-energy-label';\n/);
    expect(index).toMatch(/as CalculatorDefinition,\n {2}energyLabel as CalculatorDefinition,\n\]\);/);
    expect(syntaxErrors(index)).toEqual([]);
    const spec = tree.read(BUILTIN_SPEC, 'utf8')!;
    expect(added(before[BUILTIN_SPEC], spec)).toHaveLength(1);
    expect(spec).toMatch(/^const BUILTIN_IDS = \['footprint\.ghg@\d+\.\d+\.\d+', .*'evaluation\.programme@0\.1\.0', 'energy\.label@0\.1\.0'\];$/m);
    expect(syntaxErrors(spec)).toEqual([]);
    // The id and version the spec expects are the ones the scaffolded definition has.
    expect(tree.read('libs/calc/energy-label/src/index.ts', 'utf8')).toContain("version: '0.1.0'");
  });

  it('registers idempotently: a second run, or a plugin registered by hand, adds nothing', async () => {
    await calculatorGenerator(tree, { name: 'energy-label', id: 'acme.energy' });
    const once = { index: tree.read(BUILTIN_INDEX, 'utf8'), spec: tree.read(BUILTIN_SPEC, 'utf8') };
    expect(registerBuiltin(tree, { importPath: '@koers/calc-energy-label', constName: 'energyLabel', idAtVersion: 'acme.energy@0.1.0' })).toEqual([]);
    // A later version of a listed id is a hand edit of the spec, not a second entry.
    expect(registerBuiltin(tree, { importPath: '@koers/calc-energy-label', constName: 'energyLabel', idAtVersion: 'acme.energy@0.2.0' })).toEqual([]);
    expect({ index: tree.read(BUILTIN_INDEX, 'utf8'), spec: tree.read(BUILTIN_SPEC, 'utf8') }).toEqual(once);
    expect(once.index!.match(/energyLabel/g)).toHaveLength(2);

    // Someone added the import and the entry by hand before running the generator for the library.
    tree.write(BUILTIN_INDEX, once.index!.replace("from '@koers/calc-energy-label';", "from '@koers/calc-energy-label';\nimport { waterUse } from '@koers/calc-water-use';").replace('  energyLabel as CalculatorDefinition,', '  energyLabel as CalculatorDefinition,\n  waterUse as CalculatorDefinition,'));
    const byHand = tree.read(BUILTIN_INDEX, 'utf8');
    await calculatorGenerator(tree, { name: 'water-use' });
    expect(tree.read(BUILTIN_INDEX, 'utf8')).toBe(byHand);
    expect(tree.read(BUILTIN_SPEC, 'utf8')).toContain("'acme.energy@0.1.0', 'water.use@0.1.0']");
  });

  it('keeps the shape of the builtin array: one per line without a trailing comma, empty, or inline', () => {
    const entry = { importPath: '@koers/calc-scan', constName: 'scan', idAtVersion: 'scan@0.1.0' };
    const spec = "const BUILTIN_IDS = [];\n";
    tree.write(BUILTIN_SPEC, spec);
    tree.write(BUILTIN_INDEX, "import { a } from '@koers/calc-a';\n\nexport const builtinCalculators = Object.freeze([\n  a as CalculatorDefinition\n]);\n");
    expect(registerBuiltin(tree, entry)).toEqual([BUILTIN_INDEX, BUILTIN_SPEC]);
    expect(tree.read(BUILTIN_INDEX, 'utf8')).toBe("import { a } from '@koers/calc-a';\nimport { scan } from '@koers/calc-scan';\n\nexport const builtinCalculators = Object.freeze([\n  a as CalculatorDefinition,\n  scan as CalculatorDefinition\n]);\n");
    expect(tree.read(BUILTIN_SPEC, 'utf8')).toBe("const BUILTIN_IDS = ['scan@0.1.0'];\n");

    tree.write(BUILTIN_INDEX, "import { x } from 'x';\nexport const builtinCalculators = [\n];\n");
    registerBuiltin(tree, entry);
    expect(tree.read(BUILTIN_INDEX, 'utf8')).toBe("import { x } from 'x';\nimport { scan } from '@koers/calc-scan';\nexport const builtinCalculators = [\n  scan as CalculatorDefinition,\n];\n");
  });

  it('says what to do when the builtin library is not where it expects', async () => {
    tree.delete(BUILTIN_INDEX);
    await expect(calculatorGenerator(tree, { name: 'energy-label' })).rejects.toThrow(`${BUILTIN_INDEX} not found`);
    tree.write(BUILTIN_INDEX, 'export const other = [];\n');
    expect(() => registerBuiltin(tree, { importPath: '@koers/calc-scan', constName: 'scan', idAtVersion: 'scan@0.1.0' })).toThrow('no array literal `builtinCalculators` found');
  });
});
