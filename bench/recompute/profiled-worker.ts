/**
 * The worker under the V8 profiler (main thread only; the compute threads are
 * measured in-process by bench/calc-path). Used by `BENCH_PROFILE=<dir> npm run bench:recompute`:
 * on SIGTERM it writes <dir>/worker-<pid>.cpuprofile (open it in Chrome's DevTools) before the
 * worker's own shutdown runs.
 */
import { Session } from 'node:inspector';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.env.BENCH_PROFILE as string;
const session = new Session();
session.connect();
session.post('Profiler.enable');
session.post('Profiler.setSamplingInterval', { interval: 200 });
session.post('Profiler.start');
process.prependOnceListener('SIGTERM', () => {
  session.post('Profiler.stop', (err, res) => {
    if (err) return;
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `worker-${process.pid}.cpuprofile`), JSON.stringify(res.profile));
  });
});
require('../../apps/worker/src/main');
