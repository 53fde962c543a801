import type { Bilingual } from '@koers/domain';
import { Matches } from 'class-validator';

/** What a class-validator decorator's `context` may carry: the API's validation pipe answers with this text (and code) instead of its standard one. */
export interface ValidationText {
  text: Bilingual;
  code?: string;
}

/**
 * Gives one validation decorator its own text in both languages (and,
 * optionally, its own code instead of `validation.<constraint>`):
 *
 *   @Matches(KVK_NUMBER_PATTERN, withText({ nl: 'KvK-nummer moet 8 cijfers zijn', en: 'kvkNumber must be 8 digits' }))
 */
export function withText(text: Bilingual, code?: string): { context: ValidationText } {
  return { context: code ? { text, code } : { text } };
}

/** Text that is more than spaces: `@NotBlank({ nl: 'De naam', en: 'The name' })` refuses '' and '   ' with `validation.blank`. */
export function NotBlank(what: Bilingual): PropertyDecorator {
  return Matches(/\S/, withText({ nl: `${what.nl} mag niet leeg zijn`, en: `${what.en} must not be empty` }, 'validation.blank'));
}
