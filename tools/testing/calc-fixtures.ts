/** Test fixtures for the calculation engine: realistic footprint inputs and a plugins directory. */
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A small company's year: electricity, gas, a van, commuting, waste and water; varied by `seed`. */
export function footprintInput(seed: number, year = 2024) {
  const f = 1 + (seed % 97) / 100;
  return {
    year,
    organisation: { employees: 5 + (seed % 40), floorAreaM2: 200 + (seed % 800) },
    activities: [
      { type: 'electricity', amount: Math.round(25_000 * f), unit: 'kWh', contract: seed % 3 === 0 ? 'green-nl' : 'grey' },
      { type: 'natural_gas', amount: Math.round(4_000 * f), unit: 'm3' },
      { type: 'diesel', amount: Math.round(1_500 * f), unit: 'l' },
      { type: 'car_km', amount: Math.round(12_000 * f), unit: 'km', fuel: 'petrol', purpose: 'commute' },
      { type: 'waste', amount: Math.round(3 * f * 10) / 10, unit: 't', stream: 'residual' },
      { type: 'water', amount: Math.round(120 * f), unit: 'm3' },
    ],
  };
}

/** A plugins directory with the example plugin and one that always throws. */
export function makePluginsDir(): string {
  // Inside the workspace, so the plugins resolve zod from its node_modules as they would in a deployment.
  const base = join(__dirname, '..', '..', 'tmp');
  mkdirSync(base, { recursive: true });
  const dir = mkdtempSync(join(base, 'plugins-'));
  cpSync(join(__dirname, '..', '..', 'plugins', 'example-water-intensity'), join(dir, 'example-water-intensity'), { recursive: true });
  const bad = join(dir, 'always-fails');
  mkdirSync(bad);
  writeFileSync(join(bad, 'package.json'), JSON.stringify({ name: 'koers-plugin-always-fails', version: '1.0.0', koers: { calculator: './index.js' } }));
  writeFileSync(
    join(bad, 'index.js'),
    `const { z } = require('zod');
module.exports = {
  id: 'test.always-fails', version: '1.0.0', title: { nl: 'Faalt altijd', en: 'Always fails' },
  inputSchema: z.object({ n: z.number() }), outputSchema: z.object({ n: z.number() }),
  compute() { throw new Error('deliberate failure for the test'); },
};\n`,
  );
  return dir;
}
