// Preloaded (`node -r`) into the API by bench/api-read in its capture phase:
// every query the process sends through `pg` is appended to BENCH_SQL_LOG as one
// JSON line { at, ms, text, values } (at, ms: when it was sent and how long the
// answer took, in milliseconds). Never loaded by the API otherwise.
const { appendFileSync } = require('node:fs');
const { Client } = require('pg');

const file = process.env.BENCH_SQL_LOG;
if (file) {
  const query = Client.prototype.query;
  Client.prototype.query = function (config, values, callback) {
    const text = typeof config === 'string' ? config : config && config.text;
    const result = query.call(this, config, values, callback);
    if (typeof text !== 'string' || !result || typeof result.then !== 'function') return result;
    const at = performance.now();
    const write = () => appendFileSync(file, JSON.stringify({ at, ms: performance.now() - at, text, values: Array.isArray(values) ? values : (config && config.values) || [] }) + '\n');
    result.then(write, write);
    return result;
  };
}
