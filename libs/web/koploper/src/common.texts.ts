import type { TextShape } from '@koers/web-programme';

/** Texts every page of step 1 uses: its navigation, common words, a cohort's status. */
const nl = {
  nav: { home: 'Koplopertraject', certificates: 'MVO-certificaten', alumni: 'Koplopernetwerk', register: 'Openbaar MVO-register' },
  common: { save: 'Opslaan', saved: 'Opgeslagen.', cancel: 'Annuleren', add: 'Toevoegen', back: 'Terug', open: 'Openen', none: 'Nog niets', year: 'Jaar', status: 'Status', download: 'Downloaden' },
  cohortStatus: { planned: 'In voorbereiding', running: 'Loopt', closed: 'Afgesloten' },
  notFound: {
    home: 'Naar het Koplopertraject',
    track: { title: 'Traject niet gevonden', hint: 'Dit traject bestaat niet, of u heeft er geen toegang toe.' },
    cohort: { title: 'Koplopergroep niet gevonden', hint: 'Deze Koplopergroep bestaat niet, of u heeft er geen toegang toe.' },
    profile: { title: 'Profiel niet gevonden', hint: 'Dit Duurzaamheidsprofiel bestaat niet, is nog niet gepubliceerd, of u heeft er geen toegang toe.' },
  },
};

const en: TextShape<typeof nl> = {
  nav: { home: 'Koploper track', certificates: 'CSR certificates', alumni: 'Alumni network', register: 'Public CSR register' },
  common: { save: 'Save', saved: 'Saved.', cancel: 'Cancel', add: 'Add', back: 'Back', open: 'Open', none: 'Nothing yet', year: 'Year', status: 'Status', download: 'Download' },
  cohortStatus: { planned: 'Being prepared', running: 'Running', closed: 'Closed' },
  notFound: {
    home: 'To the Koploper track',
    track: { title: 'Track not found', hint: 'This track does not exist, or you have no access to it.' },
    cohort: { title: 'Cohort not found', hint: 'This cohort does not exist, or you have no access to it.' },
    profile: { title: 'Profile not found', hint: 'This sustainability profile does not exist, is not published yet, or you have no access to it.' },
  },
};

export const COMMON_TEXTS = { nl, en };
