import type { Bilingual } from '../text';

/** Values that fill a refusal's text; sent along so a client can build its own sentence. */
export type RuleParams = Record<string, string | number | boolean | null | readonly string[]>;

/**
 * A refused rule of the programme: a stable `code` (clients and tests match on
 * it), the values it names (`params`) and the text in both languages. The API
 * answers it as 409 problem+json with all three.
 */
export class RuleError extends Error {
  constructor(
    readonly code: string,
    readonly text: Bilingual,
    readonly params: RuleParams = {},
  ) {
    super(`${text.nl} / ${text.en}`);
    this.name = 'RuleError';
  }
}
