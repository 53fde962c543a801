import { generateFiles, joinPathFragments, names, updateJson, type Tree } from '@nx/devkit';

/**
 * Adds `"alias": ["target"]` as the last entry of compilerOptions.paths, keeping the
 * file's hand formatting (updateJson would re-indent every line). Falls back to
 * updateJson when the block cannot be found textually.
 */
export function addPathAlias(tree: Tree, alias: string, target: string): void {
  const file = 'tsconfig.base.json';
  const text = tree.read(file, 'utf8') ?? '';
  const start = text.indexOf('"paths": {');
  const end = start < 0 ? -1 : text.indexOf('}', start);
  const body = end < 0 ? '' : text.slice(start, end);
  if (body.includes(`"${alias}"`)) throw new Error(`${alias} is already in ${file}`);
  const lastEntry = body.trimEnd();
  if (start < 0 || end < 0 || !lastEntry.endsWith(']')) {
    updateJson(tree, file, (json) => {
      json.compilerOptions.paths = { ...(json.compilerOptions.paths ?? {}), [alias]: [target] };
      return json;
    });
    return;
  }
  const insertAt = start + lastEntry.length;
  const indent = /\n([ \t]*)"[^"]+": \[[^\]]*\]\s*$/.exec(lastEntry)?.[1] ?? '      ';
  tree.write(file, `${text.slice(0, insertAt)},\n${indent}"${alias}": ["${target}"]${text.slice(insertAt)}`);
}
import { registerBuiltin } from './register-builtin';
import type { CalculatorGeneratorSchema } from './schema';

const NAME_PATTERN = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
/** The version a new calculator starts at. */
const FIRST_VERSION = '0.1.0';

/**
 * Scaffolds libs/calc/<name>: a calculator definition, one golden case, a spec and
 * Nx targets, and registers it in libs/calc/builtin (import, `builtinCalculators`,
 * the spec's `BUILTIN_IDS`).
 */
export default async function calculatorGenerator(tree: Tree, options: CalculatorGeneratorSchema): Promise<void> {
  const name = options.name;
  if (!NAME_PATTERN.test(name)) throw new Error(`name must be kebab-case (e.g. energy-label), got "${name}"`);
  const projectRoot = joinPathFragments('libs', 'calc', name);
  if (tree.exists(projectRoot)) throw new Error(`${projectRoot} already exists`);
  const importPath = `@koers/calc-${name}`;
  const id = options.id ?? name.replace(/-/g, '.');
  const n = names(name);
  const title = options.title ?? name.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase());

  generateFiles(tree, joinPathFragments(__dirname, 'files'), projectRoot, {
    tmpl: '',
    name,
    projectName: `calc-${name}`,
    id,
    title,
    constName: n.propertyName,
    version: FIRST_VERSION,
  });

  addPathAlias(tree, importPath, joinPathFragments(projectRoot, 'src', 'index.ts'));
  registerBuiltin(tree, { importPath, constName: n.propertyName, idAtVersion: `${id}@${FIRST_VERSION}` });
}
