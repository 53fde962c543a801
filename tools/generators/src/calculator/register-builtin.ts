import { applyChangesToString, ChangeType, type StringChange, type Tree } from '@nx/devkit';
import * as ts from 'typescript';

export const BUILTIN_INDEX = 'libs/calc/builtin/src/index.ts';
export const BUILTIN_SPEC = 'libs/calc/builtin/src/builtin.spec.ts';

export interface BuiltinEntry {
  /** The library's import path, `@koers/calc-<name>`. */
  importPath: string;
  /** The exported definition, `energyLabel`. */
  constName: string;
  /** `id@version` as the registry lists it, `energy.label@0.1.0`. */
  idAtVersion: string;
}

/**
 * Makes a calculator library built-in: imports its definition in
 * libs/calc/builtin/src/index.ts, appends it to `builtinCalculators`, and appends
 * its `id@version` to `BUILTIN_IDS` in the builtin spec. Idempotent: what is
 * already there is left alone. Edits the text at the points the TypeScript
 * parser finds, so the rest of each file keeps its hand formatting.
 * Returns the files it changed.
 */
export function registerBuiltin(tree: Tree, entry: BuiltinEntry): string[] {
  const changed: string[] = [];
  const index = read(tree, BUILTIN_INDEX);
  const isEntry = (e: string) => new RegExp(`^${entry.constName}(\\s|,|$)`).test(e);
  const next = addToArray(addImport(index, entry), 'builtinCalculators', isEntry, `${entry.constName} as CalculatorDefinition`, BUILTIN_INDEX);
  if (next !== index) {
    tree.write(BUILTIN_INDEX, next);
    changed.push(BUILTIN_INDEX);
  }
  const spec = read(tree, BUILTIN_SPEC);
  const id = entry.idAtVersion.slice(0, entry.idAtVersion.lastIndexOf('@') + 1);
  // Any version of the same id counts as listed: a version bump is a hand edit, not a second entry.
  const isId = (e: string) => e.slice(1).startsWith(id);
  const nextSpec = addToArray(spec, 'BUILTIN_IDS', isId, `'${entry.idAtVersion}'`, BUILTIN_SPEC);
  if (nextSpec !== spec) {
    tree.write(BUILTIN_SPEC, nextSpec);
    changed.push(BUILTIN_SPEC);
  }
  return changed;
}

function read(tree: Tree, file: string): string {
  const text = tree.read(file, 'utf8');
  if (text === null) throw new Error(`${file} not found: the calculator cannot be registered as a built-in`);
  return text;
}

const parse = (text: string) => ts.createSourceFile('file.ts', text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);

/** Adds `import { constName } from 'importPath';` after the last calc import (or the last import), unless the module is imported already. */
function addImport(text: string, { importPath, constName }: BuiltinEntry): string {
  const imports = parse(text).statements.filter(ts.isImportDeclaration);
  const from = (i: ts.ImportDeclaration) => (i.moduleSpecifier as ts.StringLiteral).text;
  if (imports.some((i) => from(i) === importPath)) return text;
  const calc = imports.filter((i) => from(i).startsWith('@koers/calc-'));
  const after = calc.at(-1) ?? imports.at(-1);
  const line = `import { ${constName} } from '${importPath}';`;
  const change: StringChange = after ? { type: ChangeType.Insert, index: after.getEnd(), text: `\n${line}` } : { type: ChangeType.Insert, index: 0, text: `${line}\n` };
  return applyChangesToString(text, [change]);
}

/**
 * Appends `element` to the array literal of `const <variable> = [...]` (also
 * inside a call such as `Object.freeze([...])`), unless `present` says an
 * element is it already. One element per line when the array is written so, else inline.
 */
function addToArray(text: string, variable: string, present: (element: string) => boolean, element: string, file: string): string {
  const source = parse(text);
  const array = findArray(source, variable);
  if (!array) throw new Error(`${file}: no array literal \`${variable}\` found; add ${element} by hand`);
  if (array.elements.some((e) => present(e.getText(source)))) return text;
  const last = array.elements.at(-1);
  const lineOf = (pos: number) => source.getLineAndCharacterOfPosition(pos).line;
  const multiline = lineOf(array.getStart(source)) !== lineOf(array.getEnd());
  if (!last) {
    // `[\n]` keeps its closing line; `[]` becomes `[element]`.
    return applyChangesToString(text, [{ type: ChangeType.Insert, index: array.getStart(source) + 1, text: multiline ? `\n  ${element},` : element }]);
  }
  const trailingComma = array.elements.hasTrailingComma;
  const afterLast = trailingComma ? text.indexOf(',', last.getEnd()) + 1 : last.getEnd();
  if (multiline) {
    const lineStart = text.lastIndexOf('\n', last.getStart(source)) + 1;
    const indent = text.slice(lineStart, last.getStart(source));
    return applyChangesToString(text, [{ type: ChangeType.Insert, index: afterLast, text: `${trailingComma ? '' : ','}\n${indent}${element}${trailingComma ? ',' : ''}` }]);
  }
  return applyChangesToString(text, [{ type: ChangeType.Insert, index: last.getEnd(), text: `, ${element}` }]);
}

function findArray(source: ts.SourceFile, variable: string): ts.ArrayLiteralExpression | undefined {
  let found: ts.ArrayLiteralExpression | undefined;
  const visit = (node: ts.Node): void => {
    if (found) return;
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.name.text === variable && node.initializer) {
      found = firstArray(node.initializer);
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function firstArray(node: ts.Node): ts.ArrayLiteralExpression | undefined {
  if (ts.isArrayLiteralExpression(node)) return node;
  return ts.forEachChild(node, firstArray);
}
