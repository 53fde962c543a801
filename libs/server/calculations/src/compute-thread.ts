/**
 * Runs inside a worker thread (piscina): calculators are CPU work, so they must
 * not block the event loop that renews BullMQ's job locks.
 */
import { createContext, runCalculator, type ReferenceProvider, type RunResult } from '@koers/calc-sdk';
import { workerData } from 'node:worker_threads';
import { builtinReferenceProvider, loadCatalogue } from './catalogue';

export interface ComputeTask {
  pluginId: string;
  pluginVersion: string;
  /** Inputs as JSON text: parsing happens here, off the worker's event loop. */
  items: { id: string; input: string }[];
}

export interface ComputeOutcome {
  id: string;
  /** On success the output is returned as JSON text, ready for PostgreSQL. */
  result: { status: 'ok'; outputJson: string } | Exclude<RunResult<unknown>, { status: 'ok' }>;
  /** The reference-data ids the calculator actually read (provenance). */
  referenceIds: string[];
}

const catalogue = loadCatalogue((workerData as { pluginsDir?: string } | undefined)?.pluginsDir ?? 'plugins');

export default function compute(task: ComputeTask): ComputeOutcome[] {
  const definition = catalogue.registry.get(task.pluginId, task.pluginVersion);
  if (!definition) {
    return task.items.map((i) => ({ id: i.id, result: { status: 'failed', error: `unknown calculator ${task.pluginId}@${task.pluginVersion}` }, referenceIds: [] }));
  }
  return task.items.map((item) => {
    const used = new Set<string>();
    const recording: ReferenceProvider = {
      get(id) {
        used.add(id);
        return builtinReferenceProvider.get(id);
      },
    };
    const run = runCalculator(definition, JSON.parse(item.input), createContext(definition, recording));
    const result = run.status === 'ok' ? ({ status: 'ok', outputJson: JSON.stringify(run.output) } as const) : run;
    return { id: item.id, result, referenceIds: [...used].filter((id) => id !== 'emission-factor-sets').sort() };
  });
}
