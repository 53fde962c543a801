import { Refusal } from '@koers/server-db';

/**
 * An ISO 26000 scan without a single maturity: well-formed, but there is
 * nothing to score (it would show as "—%"). The API answers 422 naming
 * `answers`, with how many issues were sent and how many marked not relevant.
 */
export class EmptyScanError extends Refusal {
  readonly status = 422;
  constructor(sent: number, notRelevant: number) {
    const text =
      sent === 0
        ? { nl: 'De ISO 26000-scan is leeg: geef bij minstens één onderwerp aan hoe ver het bedrijf is (0-4)', en: 'The ISO 26000 scan is empty: give at least one issue a maturity (0-4)' }
        : {
            nl: `Alle ${notRelevant} onderwerpen staan op "niet van toepassing": geef bij minstens één onderwerp aan hoe ver het bedrijf is (0-4)`,
            en: `All ${notRelevant} issues are marked "not relevant": give at least one issue a maturity (0-4)`,
          };
    super('iso26000.empty', text, { sent, notRelevant }, [{ field: 'answers', code: 'iso26000.empty', text, params: { sent, notRelevant } }]);
  }
}
