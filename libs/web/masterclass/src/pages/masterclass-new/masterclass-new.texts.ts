import type { TextShape } from '@koers/web-programme';

/** A new masterclass (`masterclass.form.*`). */
const nl = {
  title: 'Nieuwe masterclass',
  intro: 'Een masterclass is voor 5 tot 10 ondernemers van één doelgroep. Na het aanmaken voegt u deelnemers toe uit een regioscan of nodigt u ze uit per e-mail.',
  name: 'Titel',
  goals: 'Doelen',
  goalsHint: 'Wat de deelnemers na afloop weten of kunnen.',
  coOrganisers: 'Mede-organisatoren',
  coOrganisersHint: 'Eén per regel, bijvoorbeeld de gemeente of een hogeschool.',
  startsOn: 'Startdatum',
  endsOn: 'Einddatum',
  create: 'Masterclass aanmaken',
  nameRequired: 'Geef de masterclass een titel.',
  goalsRequired: 'Beschrijf de doelen.',
  startsOnRequired: 'Kies de startdatum.',
  endsOnRequired: 'Kies de einddatum.',
  endsBeforeStart: 'De einddatum moet na de startdatum liggen.',
};

const en: TextShape<typeof nl> = {
  title: 'New masterclass',
  intro: 'A masterclass is for 5 to 10 entrepreneurs of one audience. Once created, add participants from a region scan or invite them by email.',
  name: 'Title',
  goals: 'Goals',
  goalsHint: 'What the participants know or can do afterwards.',
  coOrganisers: 'Co-organisers',
  coOrganisersHint: 'One per line, for example the municipality or a university of applied sciences.',
  startsOn: 'Start date',
  endsOn: 'End date',
  create: 'Create masterclass',
  nameRequired: 'Give the masterclass a title.',
  goalsRequired: 'Describe the goals.',
  startsOnRequired: 'Choose the start date.',
  endsOnRequired: 'Choose the end date.',
  endsBeforeStart: 'The end date must be after the start date.',
};

export const MASTERCLASS_FORM_TEXTS = { nl, en };
