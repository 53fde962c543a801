import type { TextShape } from '@koers/web-programme';

/** A new Koplopergroep (`koploper.cohortForm.*`; the home's table uses its column names too). */
const nl = {
  title: 'Nieuwe Koplopergroep',
  name: 'Naam',
  municipality: 'Gemeente',
  startsOn: 'Startdatum',
  endsOn: 'Einddatum',
  create: 'Koplopergroep aanmaken',
  nameRequired: 'Geef de Koplopergroep een naam.',
  municipalityRequired: 'Vul de gemeente in.',
  startsOnRequired: 'Kies de startdatum.',
  endsOnRequired: 'Kies de einddatum.',
  endsBeforeStart: 'De einddatum moet na de startdatum liggen.',
};

const en: TextShape<typeof nl> = {
  title: 'New cohort',
  name: 'Name',
  municipality: 'Municipality',
  startsOn: 'Start date',
  endsOn: 'End date',
  create: 'Create cohort',
  nameRequired: 'Give the cohort a name.',
  municipalityRequired: 'Fill in the municipality.',
  startsOnRequired: 'Choose the start date.',
  endsOnRequired: 'Choose the end date.',
  endsBeforeStart: 'The end date must be after the start date.',
};

export const COHORT_FORM_TEXTS = { nl, en };
