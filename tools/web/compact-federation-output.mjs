// Native Federation rewrites the imports of the shared-package bundles with
// TypeScript's printer, which puts back the whitespace esbuild had removed
// (about 6% more to download, gzipped). This minifies the whitespace of every
// script of a production build again: nothing is renamed (exports and import
// specifiers stay as they are), so the import map and file names still hold.
//   node tools/web/compact-federation-output.mjs dist/apps/shell/browser
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { transform } from 'esbuild';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: compact-federation-output.mjs <browser output dir>');
  process.exit(2);
}
let before = 0;
let after = 0;
for (const name of readdirSync(dir).filter((f) => f.endsWith('.js'))) {
  const file = join(dir, name);
  const source = readFileSync(file, 'utf8');
  const { code } = await transform(source, { minifyWhitespace: true, format: 'esm', target: 'es2022', legalComments: 'inline', charset: 'utf8' });
  if (code.length < source.length) {
    writeFileSync(file, code);
    before += source.length;
    after += code.length;
  }
}
console.log(`compact-federation-output: ${dir}: ${(before / 1024).toFixed(0)} kB -> ${(after / 1024).toFixed(0)} kB of scripts`);
