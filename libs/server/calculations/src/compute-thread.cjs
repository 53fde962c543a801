// Entry of a compute thread: TypeScript through SWC (with the path aliases), then the task functions
// (piscina calls `default`, or the export named in run()'s `name` option, e.g. `computeBatch`).
const { join } = require('node:path');
process.env.SWC_NODE_PROJECT ??= join(__dirname, '..', '..', '..', '..', 'tsconfig.base.json');
require('@swc-node/register');
module.exports = require('./compute-thread.ts');
