/**
 * Benchmark: the calculator path in-process, in µs per organisation-year, against a
 * bare JSON parse and a bare JSON parse plus the footprint's multiplications, all in
 * the same run on the same inputs (the bulk recompute's fixture). Not part of the tests.
 *   npm run bench:calc-path -- [N=20000] [rounds=5]
 * Prints each stage separately so it is clear where the time goes:
 *   parse            JSON.parse of the stored input text
 *   parse+arith      parse and multiply each activity by its factor (the floor)
 *   compute          the plugin's compute alone on parsed, validated input
 *   input-check      the input schema alone
 *   output-check     the output schema alone
 *   runCalculator    input check + compute + output check (what the SDK guarantees)
 *   parse+run        JSON.parse and runCalculator
 *   input hash       stableHash of the input (sorted-key JSON, sha256): made once, when the input is stored;
 *                    the recompute reads it from calculation_input and does not hash again
 *   stringify        JSON.stringify of the output (it goes to PostgreSQL as text)
 *   worker path      what a compute thread does, in batches of CALC_BATCH_SIZE: parse, runCalculator, provenance, stringify
 */
import { builtinReferenceProvider } from '@koers/calc-builtin';
import { footprintGhg, UNIT_TO_FACTOR_UNIT } from '@koers/calc-footprint-ghg';
import { createContext, runCalculator, stableHash, type CalculatorDefinition } from '@koers/calc-sdk';
import { referenceData, type EmissionFactorSet } from '@koers/reference-data';
import { footprintInput } from '../../tools/testing/calc-fixtures';
import { computeBatch } from '../../libs/server/calculations/src/compute-thread';

const N = Number(process.argv[2] ?? 20_000);
const ROUNDS = Number(process.argv[3] ?? 5);
const BATCH = Number(process.env.CALC_BATCH_SIZE ?? 500);
const def = footprintGhg as CalculatorDefinition;
const ctx = createContext(def, builtinReferenceProvider);
const texts = Array.from({ length: N }, (_, i) => JSON.stringify(footprintInput(i, 2024 + (i % 2))));
// Parsed inputs and outputs for the stages that start from them: a pool of POOL, cycled, so the bench
// does not keep N objects alive (a worker thread holds one batch at a time; a big old generation would
// charge every stage with GC work a worker does not have).
const POOL = Math.min(N, 1000);
const parsed = texts.slice(0, POOL).map((t) => structuredClone(JSON.parse(t)));
const sets = new Map<number, EmissionFactorSet>([
  [2024, referenceData.get('co2emissiefactoren-nl-2024') as EmissionFactorSet],
  [2025, referenceData.get('co2emissiefactoren-nl-2025') as EmissionFactorSet],
]);
// Kept as structured clones: objects that outlive the setup, made by the calculator's or zod's own
// allocation sites, would teach V8 to pretenure those sites (allocate them in the old generation),
// charging every stage below with old-generation GC a worker thread does not have (it measured 2x).
const validated = parsed.map((p) => structuredClone(footprintGhg.inputSchema.parse(p)));
const outputs = validated.map((v) => structuredClone(footprintGhg.compute(v, ctx)));

const keyOf = (a: { type: string; contract?: string; fuel?: string; stream?: string }) =>
  a.type === 'electricity' ? `electricity.${a.contract}` : a.type === 'car_km' ? `car.${a.fuel}` : a.type === 'waste' ? `waste.${a.stream}` : a.type;

let sink = 0;
const stages: Record<string, () => void> = {
  parse: () => {
    for (const t of texts) sink += JSON.parse(t).year;
  },
  'parse+arith': () => {
    for (const t of texts) {
      const input = JSON.parse(t);
      const set = sets.get(input.year)!;
      let total = 0;
      for (const a of input.activities) total += a.amount * UNIT_TO_FACTOR_UNIT[a.unit].multiplier * (set.factors[keyOf(a)]?.kgCO2ePerUnit ?? 0);
      sink += total;
    }
  },
  compute: () => {
    for (let i = 0; i < N; i++) sink += (footprintGhg.compute(validated[i % POOL], ctx) as { totalKgCO2e: number }).totalKgCO2e;
  },
  'input-check': () => {
    for (let i = 0; i < N; i++) sink += footprintGhg.inputSchema.safeParse(parsed[i % POOL]).success ? 1 : 0;
  },
  'output-check': () => {
    for (let i = 0; i < N; i++) sink += footprintGhg.outputSchema.safeParse(outputs[i % POOL]).success ? 1 : 0;
  },
  runCalculator: () => {
    for (let i = 0; i < N; i++) sink += runCalculator(def, parsed[i % POOL], ctx).status === 'ok' ? 1 : 0;
  },
  'parse+run': () => {
    for (const t of texts) sink += runCalculator(def, JSON.parse(t), ctx).status === 'ok' ? 1 : 0;
  },
  'input hash': () => {
    for (let i = 0; i < N; i++) sink += stableHash(parsed[i % POOL]).length;
  },
  stringify: () => {
    for (let i = 0; i < N; i++) sink += JSON.stringify(outputs[i % POOL]).length;
  },
  'worker path': () => {
    // In batches as the bulk recompute hands them to a compute thread (CALC_BATCH_SIZE, 500 by default).
    for (let start = 0; start < N; start += BATCH) {
      const items = [];
      for (let i = start; i < Math.min(N, start + BATCH); i++) items.push({ id: String(i), input: texts[i] });
      sink += computeBatch({ pluginId: def.id, pluginVersion: def.version, items }).outputsJson.length;
    }
  },
};

const only = process.env.BENCH_STAGE;
const best: Record<string, number> = {};
for (let r = 0; r < ROUNDS; r++) {
  for (const [name, fn] of Object.entries(stages)) {
    if (only && name !== only) continue;
    // CPU time of the process (its GC threads included), not wall time: the machine is shared.
    const c = process.cpuUsage();
    fn();
    const used = process.cpuUsage(c);
    const us = (used.user + used.system) / N;
    best[name] = Math.min(best[name] ?? Infinity, us);
  }
}
console.log(`bench/calc-path  N=${N}  rounds=${ROUNDS}  (best round, CPU µs per organisation-year)`);
for (const [name, us] of Object.entries(best)) console.log(`  ${name.padEnd(14)} ${us.toFixed(2).padStart(8)} µs`);
if (best['parse+arith'] && best['worker path']) {
  console.log(`  worker path / (parse+arith): ${(best['worker path'] / best['parse+arith']).toFixed(1)}x   goal: runCalculator <= 15 µs`);
}
if (sink === 42) console.log('');
