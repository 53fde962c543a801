// Preloaded (`node -r`) into the loaded API when BENCH_CPU_PROF=<dir> is set:
// profiles the whole process and writes <dir>/api-<pid>.cpuprofile on SIGTERM
// (before Nest's shutdown hook re-raises the signal, which --cpu-prof would miss).
const { Session } = require('node:inspector');
const { writeFileSync, mkdirSync } = require('node:fs');
const { join } = require('node:path');

const dir = process.env.BENCH_CPU_PROF;
if (dir) {
  const session = new Session();
  session.connect();
  session.post('Profiler.enable');
  session.post('Profiler.setSamplingInterval', { interval: 200 });
  session.post('Profiler.start');
  process.prependListener('SIGTERM', () => {
    session.post('Profiler.stop', (err, res) => {
      if (err) return;
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, `api-${process.pid}.cpuprofile`), JSON.stringify(res.profile));
    });
  });
}
