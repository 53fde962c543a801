import { readJson, type Tree } from '@nx/devkit';
import { createTreeWithEmptyWorkspace } from '@nx/devkit/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import calculatorGenerator from './generator';

describe('calculator generator', () => {
  let tree: Tree;
  beforeEach(() => {
    tree = createTreeWithEmptyWorkspace();
    tree.write('tsconfig.base.json', '{\n  "compilerOptions": {\n    "lib": ["ES2023"],\n    "paths": {\n      "@koers/calc-sdk": ["libs/calc/sdk/src/index.ts"]\n    }\n  }\n}\n');
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
});
