import type { TextShape } from '@koers/web-programme';

/** Texts every page of step 2 uses: its navigation, common words, a masterclass's status and audience. */
const nl = {
  nav: { home: 'CE-masterclasses', scan: 'Regioscan', proposals: 'Ketenprojectvoorstellen' },
  common: { save: 'Opslaan', saved: 'Opgeslagen.', add: 'Toevoegen', back: 'Terug', open: 'Openen', none: 'Nog niets', status: 'Status', remove: 'Weghalen' },
  status: { planned: 'In voorbereiding', running: 'Loopt', closed: 'Afgesloten' },
  audience: { label: 'Doelgroep', sme: 'MKB', large: 'Grote bedrijven' },
};

const en: TextShape<typeof nl> = {
  nav: { home: 'CE masterclasses', scan: 'Region scan', proposals: 'Chain-project proposals' },
  common: { save: 'Save', saved: 'Saved.', add: 'Add', back: 'Back', open: 'Open', none: 'Nothing yet', status: 'Status', remove: 'Remove' },
  status: { planned: 'Being prepared', running: 'Running', closed: 'Closed' },
  audience: { label: 'Audience', sme: 'SME', large: 'Large companies' },
};

export const COMMON_TEXTS = { nl, en };
