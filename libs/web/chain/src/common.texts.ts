import type { TextShape } from '@koers/web-programme';

/** Texts every page of step 3 uses: its navigation, common words, a project's status. */
const nl = {
  nav: { home: 'Ketenprojecten', sector: 'Sectorketens', applications: 'Aanvragen' },
  common: { save: 'Opslaan', saved: 'Opgeslagen.', add: 'Toevoegen', back: 'Terug', open: 'Openen', none: 'Nog niets', status: 'Status', remove: 'Weghalen', cancel: 'Annuleren' },
  status: { planned: 'In voorbereiding', running: 'Loopt', closed: 'Afgesloten' },
};

const en: TextShape<typeof nl> = {
  nav: { home: 'Chain projects', sector: 'Sector chains', applications: 'Applications' },
  common: { save: 'Save', saved: 'Saved.', add: 'Add', back: 'Back', open: 'Open', none: 'Nothing yet', status: 'Status', remove: 'Remove', cancel: 'Cancel' },
  status: { planned: 'Being prepared', running: 'Running', closed: 'Closed' },
};

export const COMMON_TEXTS = { nl, en };
