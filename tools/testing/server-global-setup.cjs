// Runs once per Jest run, outside the test sandbox (Jest transforms the TypeScript; aliases resolved here).
require('./alias-resolver.cjs');
module.exports = require('./test-database.ts').globalSetup;
