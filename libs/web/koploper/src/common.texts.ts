import type { TextShape } from '@koers/web-programme';

/** Texts every page of step 1 uses: its navigation, common words, a cohort's status. */
const nl = {
  nav: { home: 'Koplopertraject', certificates: 'MVO-certificaten', alumni: 'Koplopernetwerk', register: 'Openbaar MVO-register' },
  common: { save: 'Opslaan', saved: 'Opgeslagen.', cancel: 'Annuleren', add: 'Toevoegen', back: 'Terug', open: 'Openen', none: 'Nog niets', year: 'Jaar', status: 'Status', download: 'Downloaden' },
  cohortStatus: { planned: 'In voorbereiding', running: 'Loopt', closed: 'Afgesloten' },
};

const en: TextShape<typeof nl> = {
  nav: { home: 'Koploper track', certificates: 'CSR certificates', alumni: 'Alumni network', register: 'Public CSR register' },
  common: { save: 'Save', saved: 'Saved.', cancel: 'Cancel', add: 'Add', back: 'Back', open: 'Open', none: 'Nothing yet', year: 'Year', status: 'Status', download: 'Download' },
  cohortStatus: { planned: 'Being prepared', running: 'Running', closed: 'Closed' },
};

export const COMMON_TEXTS = { nl, en };
