import type { CalculatorContext, CalculatorDefinition, Issue, ReferenceProvider, RunResult } from './types';

/** zod issue -> our flat issue; path segments joined with dots (`activities.2.amount`). */
export function toIssues(error: { issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }> }): Issue[] {
  return error.issues.map((i) => ({ path: i.path.map((p) => String(p)).join('.'), message: i.message }));
}

function declares(definition: CalculatorDefinition, id: string): boolean {
  const declared = definition.referenceData ?? [];
  return declared.some((d) => (d.endsWith('*') ? id.startsWith(d.slice(0, -1)) : d === id));
}

export class ReferenceDataError extends Error {}

/**
 * The only door from a compute function to the outside: reference data by id,
 * limited to what the definition declares (so the recompute planner can trust
 * `referenceData` to say which results a new factor set affects).
 */
export function createContext(definition: CalculatorDefinition, provider: ReferenceProvider): CalculatorContext {
  return Object.freeze({
    reference<T>(id: string): T {
      if (!declares(definition, id)) {
        throw new ReferenceDataError(`${definition.id} did not declare reference data "${id}" (declared: ${(definition.referenceData ?? []).join(', ') || 'none'})`);
      }
      const value = provider.get(id);
      if (value === undefined) throw new ReferenceDataError(`unknown reference data "${id}"`);
      return value as T;
    },
  });
}

function isContext(value: CalculatorContext | ReferenceProvider): value is CalculatorContext {
  return typeof (value as CalculatorContext).reference === 'function';
}

function errorMessage(e: unknown): string {
  if (e instanceof Error) return e.message;
  try {
    return `non-error thrown: ${JSON.stringify(e)}`;
  } catch {
    return 'non-error thrown';
  }
}

/**
 * Validates input, computes, validates output. Never throws: every outcome is a
 * value, so one bad plugin or row cannot take down a worker or a bulk run.
 */
export function runCalculator<O>(
  definition: CalculatorDefinition<unknown, O>,
  rawInput: unknown,
  contextOrProvider: CalculatorContext | ReferenceProvider,
): RunResult<O> {
  try {
    const context = isContext(contextOrProvider) ? contextOrProvider : createContext(definition, contextOrProvider);
    const parsedInput = definition.inputSchema.safeParse(rawInput);
    if (!parsedInput.success) return { status: 'invalid-input', issues: toIssues(parsedInput.error) };
    let output: unknown;
    try {
      output = definition.compute(parsedInput.data, context);
    } catch (e) {
      return { status: 'failed', error: errorMessage(e) };
    }
    if (output !== null && typeof output === 'object' && typeof (output as { then?: unknown }).then === 'function') {
      return { status: 'failed', error: 'compute returned a promise; calculators must be synchronous and pure' };
    }
    const parsedOutput = definition.outputSchema.safeParse(output);
    if (!parsedOutput.success) return { status: 'invalid-output', issues: toIssues(parsedOutput.error) };
    return { status: 'ok', output: parsedOutput.data };
  } catch (e) {
    // A schema with a throwing refinement, a hostile getter...: still a value, not a crash.
    return { status: 'failed', error: errorMessage(e) };
  }
}
