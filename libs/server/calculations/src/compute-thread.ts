/**
 * Runs inside a worker thread (piscina): calculators are CPU work, so they must
 * not block the event loop that renews BullMQ's job locks.
 */
import { createContext, runCalculator, type CalculatorContext, type CalculatorDefinition, type ReferenceProvider, type RunResult } from '@koers/calc-sdk';
import { workerData } from 'node:worker_threads';
import { builtinReferenceProvider, loadCatalogue } from './catalogue';

export interface ComputeTask {
  pluginId: string;
  pluginVersion: string;
  /** Inputs as JSON text: parsing happens here, off the worker's event loop. */
  items: { id: string; input: string }[];
}

export type ComputeFailure = Exclude<RunResult<unknown>, { status: 'ok' }>;

export interface ComputeOutcome {
  id: string;
  /** On success the output is returned as JSON text, ready for PostgreSQL. */
  result: { status: 'ok'; outputJson: string } | ComputeFailure;
  /** The reference-data ids the calculator actually read (provenance). */
  referenceIds: string[];
}

/** A bulk batch's outcome in the shape its upsert takes, so the worker's event loop only passes it on. */
export interface ComputeBatch {
  /** Per item, in the task's order: null when it succeeded, else why not. */
  failures: (ComputeFailure | null)[];
  /** Per item: the reference-data ids it read, comma-separated and sorted (null when none): the result's `reference_set`. */
  refs: (string | null)[];
  /**
   * One JSON array with an element per item: its output, or null when it failed. One
   * text for one PostgreSQL parameter: no array literal to escape row by row.
   */
  outputsJson: string;
}

const catalogue = loadCatalogue((workerData as { pluginsDir?: string } | undefined)?.pluginsDir ?? 'plugins');
/** The index of the factor sets is read to choose a set; it is not provenance. */
const NOT_PROVENANCE = 'emission-factor-sets';

/**
 * Runs every item of a task through `runCalculator` (input check, compute, output
 * check) with one context that records, per item, which reference data was read.
 */
function eachItem(definition: CalculatorDefinition, items: ComputeTask['items'], visit: (item: ComputeTask['items'][number], run: RunResult<unknown>, refs: string[]) => void) {
  let used: string[] = [];
  const recording: ReferenceProvider = {
    get(id) {
      if (id !== NOT_PROVENANCE && !used.includes(id)) used.push(id);
      return builtinReferenceProvider.get(id);
    },
  };
  const context: CalculatorContext = createContext(definition, recording);
  for (const item of items) {
    used = [];
    let run: RunResult<unknown>;
    try {
      run = runCalculator(definition, JSON.parse(item.input), context);
    } catch (e) {
      run = { status: 'failed', error: `invoer is geen JSON / input is not JSON: ${(e as Error).message}` };
    }
    visit(item, run, used.length > 1 ? used.sort() : used);
  }
}

function unknown(task: ComputeTask): ComputeFailure {
  return { status: 'failed', error: `unknown calculator ${task.pluginId}@${task.pluginVersion}` };
}

export default function compute(task: ComputeTask): ComputeOutcome[] {
  const definition = catalogue.registry.get(task.pluginId, task.pluginVersion);
  if (!definition) return task.items.map((i) => ({ id: i.id, result: unknown(task), referenceIds: [] }));
  const out: ComputeOutcome[] = [];
  eachItem(definition, task.items, (item, run, refs) => {
    const result = run.status === 'ok' ? ({ status: 'ok', outputJson: JSON.stringify(run.output) } as const) : run;
    out.push({ id: item.id, result, referenceIds: refs });
  });
  return out;
}

export function computeBatch(task: ComputeTask): ComputeBatch {
  const definition = catalogue.registry.get(task.pluginId, task.pluginVersion);
  if (!definition) return { failures: task.items.map(() => unknown(task)), refs: task.items.map(() => null), outputsJson: `[${task.items.map(() => 'null').join(',')}]` };
  const failures: (ComputeFailure | null)[] = [];
  const refs: (string | null)[] = [];
  const outputs: string[] = [];
  eachItem(definition, task.items, (_item, run, used) => {
    if (run.status === 'ok') {
      failures.push(null);
      outputs.push(JSON.stringify(run.output) ?? 'null');
      refs.push(used.length ? used.join(',') : null);
    } else {
      failures.push(run);
      outputs.push('null');
      refs.push(null);
    }
  });
  return { failures, refs, outputsJson: `[${outputs.join(',')}]` };
}
