// Resolves the workspace's @koers/* path aliases for code Jest runs outside
// its module registry (global setup/teardown), where moduleNameMapper does not apply.
const Module = require('node:module');
const { join } = require('node:path');
const { compilerOptions } = require('../../tsconfig.base.json');

const root = join(__dirname, '..', '..');
const original = Module._resolveFilename;
if (!original.__koers) {
  Module._resolveFilename = function (request, ...rest) {
    const target = compilerOptions.paths[request];
    return original.call(this, target ? join(root, target[0]) : request, ...rest);
  };
  Module._resolveFilename.__koers = true;
}
