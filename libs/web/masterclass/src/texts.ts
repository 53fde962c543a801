import { provideTranslocoScope } from '@jsverse/transloco';
import { COMMON_TEXTS } from './common.texts';
import { HOME_TEXTS } from './pages/home/home.texts';
import { MASTERCLASS_FORM_TEXTS } from './pages/masterclass-new/masterclass-new.texts';
import { MASTERCLASS_TEXTS } from './pages/masterclass/masterclass.texts';
import { OPPORTUNITIES_TEXTS } from './pages/opportunities/opportunities.texts';
import { OUTCOME_TEXTS } from './pages/outcome/outcome.texts';
import { SCAN_TEXTS } from './pages/scan/scan.texts';

/**
 * The masterclass app's texts, Transloco scope `masterclass` (keys
 * `masterclass.*`): each page keeps its own in its folder (Dutch first,
 * English in the same shape, a missing key a type error).
 */
function texts(lang: 'nl' | 'en') {
  return {
    ...COMMON_TEXTS[lang],
    home: HOME_TEXTS[lang],
    form: MASTERCLASS_FORM_TEXTS[lang],
    ...MASTERCLASS_TEXTS[lang],
    scan: SCAN_TEXTS[lang],
    outcome: OUTCOME_TEXTS[lang],
    opportunities: OPPORTUNITIES_TEXTS[lang],
  };
}

export const MASTERCLASS_PAGE_TEXTS = { nl: texts('nl'), en: texts('en') };

/** The scope of the step's pages; it ships with this library, so the shell's first screen does not carry it. */
export const masterclassTexts = () =>
  provideTranslocoScope({
    scope: 'masterclass',
    loader: { nl: () => Promise.resolve(MASTERCLASS_PAGE_TEXTS.nl), en: () => Promise.resolve(MASTERCLASS_PAGE_TEXTS.en) },
  });
