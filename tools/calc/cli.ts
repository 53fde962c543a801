/**
 * Run a calculator plugin on a JSON file and print the result as JSON.
 *
 *   npm run --silent calc -- <plugin-id>[@<version>] <input.json>
 *
 * stdout carries only the JSON result ({ status, output | issues | error });
 * everything meant for people goes to stderr. Exit codes: 0 ok, 1 unknown plugin
 * or unreadable/unparsable file, 2 invalid input, 3 plugin failed or gave invalid output.
 * External plugins are loaded from $PLUGINS_DIR, else ./plugins.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { discoverExternalPlugins, runCalculator } from '@koers/calc-sdk';
import { builtinReferenceProvider, createBuiltinRegistry } from '@koers/calc-builtin';

const EXIT = { ok: 0, usage: 1, invalidInput: 2, failed: 3 } as const;

function fail(message: string, code: number): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

function main(argv: string[]): number {
  const [pluginArg, file] = argv;
  if (!pluginArg || !file || argv.length > 2) {
    fail('usage: npm run --silent calc -- <plugin-id>[@<version>] <input.json>', EXIT.usage);
  }

  const pluginsDir = resolve(process.env['PLUGINS_DIR'] ?? 'plugins');
  const external = discoverExternalPlugins(pluginsDir);
  for (const r of external.refused) process.stderr.write(`warning: plugin ${r.package} refused: ${r.reason}\n`);

  const registry = createBuiltinRegistry();
  for (const d of external.loaded) {
    try {
      registry.register(d);
    } catch (e) {
      process.stderr.write(`warning: ${(e as Error).message}\n`);
    }
  }

  const at = pluginArg.lastIndexOf('@');
  const [id, version] = at > 0 ? [pluginArg.slice(0, at), pluginArg.slice(at + 1)] : [pluginArg, undefined];
  const definition = registry.get(id, version);
  if (!definition) {
    const known = registry.list().map((c) => `  ${c.id}@${c.version}  ${c.title.en}`);
    fail(`unknown plugin "${pluginArg}". Known plugins:\n${known.join('\n')}`, EXIT.usage);
  }

  let input: unknown;
  try {
    input = JSON.parse(readFileSync(resolve(file), 'utf8'));
  } catch (e) {
    fail(`cannot read ${file} as JSON: ${(e as Error).message}`, EXIT.usage);
  }

  const result = runCalculator(definition, input, builtinReferenceProvider);
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);

  if (result.status === 'invalid-input') {
    const lines = result.issues.map((i) => `  ${i.path || '(input)'}: ${i.message}`);
    process.stderr.write(`invalid input for ${definition.id}@${definition.version} (${result.issues.length} problem(s)):\n${lines.join('\n')}\n`);
    return EXIT.invalidInput;
  }
  if (result.status === 'failed') {
    process.stderr.write(`${definition.id}@${definition.version} failed: ${result.error}\n`);
    return EXIT.failed;
  }
  if (result.status === 'invalid-output') {
    process.stderr.write(`${definition.id}@${definition.version} produced output that does not match its schema (a plugin bug)\n`);
    return EXIT.failed;
  }
  process.stderr.write(`${definition.id}@${definition.version}: ok\n`);
  return EXIT.ok;
}

process.exitCode = main(process.argv.slice(2));
