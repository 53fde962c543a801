#!/usr/bin/env node
// Runs a TypeScript entry point with SWC (decorator metadata and the
// tsconfig path aliases included), so dev tools, api and worker run from
// source with no separate build step: `node tools/dev/register.cjs <file.ts> [args]`.
const path = require('node:path');
process.env.SWC_NODE_PROJECT ??= path.join(__dirname, '..', '..', 'tsconfig.base.json');
require('@swc-node/register');
const [, , entry, ...rest] = process.argv;
if (!entry) {
  console.error('usage: node tools/dev/register.cjs <entry.ts> [args...]');
  process.exit(2);
}
process.argv = [process.argv[0], path.resolve(entry), ...rest];
require(path.resolve(entry));
