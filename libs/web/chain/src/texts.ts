import { provideTranslocoScope } from '@jsverse/transloco';
import { COMMON_TEXTS } from './common.texts';
import { FLOW_MAP_TEXTS } from './pages/flow-map/flow-map.texts';
import { HOME_TEXTS } from './pages/home/home.texts';
import { PROJECT_NEW_TEXTS } from './pages/project-new/project-new.texts';
import { PROJECT_TEXTS } from './pages/project/project.texts';
import { SECTOR_TEXTS } from './pages/sector/sector.texts';

/**
 * The chain app's texts, Transloco scope `chain` (keys `chain.*`): each page
 * keeps its own in its folder (Dutch first, English in the same shape, a
 * missing key a type error).
 */
function texts(lang: 'nl' | 'en') {
  return {
    ...COMMON_TEXTS[lang],
    home: HOME_TEXTS[lang],
    projectNew: PROJECT_NEW_TEXTS[lang],
    project: PROJECT_TEXTS[lang],
    flowMap: FLOW_MAP_TEXTS[lang],
    sector: SECTOR_TEXTS[lang],
  };
}

export const CHAIN_PAGE_TEXTS = { nl: texts('nl'), en: texts('en') };

/** The scope of the step's pages; it ships with this library, so the shell's first screen does not carry it. */
export const chainTexts = () =>
  provideTranslocoScope({
    scope: 'chain',
    loader: { nl: () => Promise.resolve(CHAIN_PAGE_TEXTS.nl), en: () => Promise.resolve(CHAIN_PAGE_TEXTS.en) },
  });
