import { provideTranslocoScope } from '@jsverse/transloco';
import { COMMON_TEXTS } from './common.texts';
import { ALUMNI_TEXTS } from './pages/alumni/alumni.texts';
import { REVIEW_TEXTS } from './pages/certificates/certificates.texts';
import { COHORT_FORM_TEXTS } from './pages/cohort-new/cohort-new.texts';
import { COHORT_TEXTS } from './pages/cohort/cohort.texts';
import { HOME_TEXTS } from './pages/home/home.texts';
import { ACTIVITY_TEXTS } from './pages/participant/baseline.texts';
import { PLAN_TEXTS } from './pages/participant/plan.texts';
import { TRACK_TEXTS } from './pages/participant/track.texts';
import { VISIT_TEXTS } from './pages/participant/company-visit.texts';
import { PRIZE_TEXTS } from './pages/prize/prize.texts';
import { PROFILE_TEXTS } from './pages/profile/profile.texts';
import { ENERGY_DUTY_TEXTS } from './pages/profile/energy-duty.texts';
import { REGISTER_TEXTS } from './pages/register/register.texts';
import { YEAR_ON_YEAR_TEXTS } from './pages/profile/year-on-year.texts';
import { RATIO_TEXTS } from './pages/profile/ratios.texts';

/**
 * The koploper app's texts, Transloco scope `koploper` (keys `koploper.*`):
 * each page keeps its own in its folder (Dutch first, English in the same
 * shape, a missing key a type error); this puts them under one scope.
 */
function texts(lang: 'nl' | 'en') {
  return {
    ...COMMON_TEXTS[lang],
    home: HOME_TEXTS[lang],
    cohortForm: COHORT_FORM_TEXTS[lang],
    ...COHORT_TEXTS[lang],
    track: TRACK_TEXTS[lang],
    visit: VISIT_TEXTS[lang],
    activity: ACTIVITY_TEXTS[lang],
    ...PLAN_TEXTS[lang],
    profile: PROFILE_TEXTS[lang],
    energyDuty: ENERGY_DUTY_TEXTS[lang],
    register: REGISTER_TEXTS[lang],
    yearOnYear: YEAR_ON_YEAR_TEXTS[lang],
    ratios: RATIO_TEXTS[lang],
    review: REVIEW_TEXTS[lang],
    prize: PRIZE_TEXTS[lang],
    alumni: ALUMNI_TEXTS[lang],
  };
}

export const KOPLOPER_TEXTS = { nl: texts('nl'), en: texts('en') };

/** The scope of the step's pages; it ships with this library, so the shell's first screen does not carry it. */
export const koploperTexts = () =>
  provideTranslocoScope({
    scope: 'koploper',
    loader: { nl: () => Promise.resolve(KOPLOPER_TEXTS.nl), en: () => Promise.resolve(KOPLOPER_TEXTS.en) },
  });
