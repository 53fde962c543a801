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
  items: { id: string; input: unknown }[];
}

export interface ComputeOutcome {
  id: string;
  result: RunResult<unknown>;
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
    const result = runCalculator(definition, item.input, createContext(definition, recording));
    return { id: item.id, result, referenceIds: [...used].filter((id) => id !== 'emission-factor-sets').sort() };
  });
}
