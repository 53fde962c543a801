import type { TextShape } from '@koers/web-programme';

/** The step's home (`koploper.home.*`). */
const nl = {
  intro: 'Koplopergroepen per gemeente: nulmeting, duurzaamheidsprofiel, actieplan, communicatie, symposium en certificaat.',
  cohorts: 'Koplopergroepen',
  newCohort: 'Nieuwe Koplopergroep',
  empty: 'Nog geen Koplopergroepen',
  emptyHint: 'Maak een Koplopergroep voor een gemeente en nodig bedrijven uit.',
  mine: 'Mijn Koplopertraject',
  mineEmpty: 'U neemt nog niet deel aan een Koplopergroep.',
  openTrack: 'Open het traject van {{name}}',
};

const en: TextShape<typeof nl> = {
  intro: 'Cohorts per municipality: baseline, sustainability profile, action plan, communication, symposium and certificate.',
  cohorts: 'Cohorts',
  newCohort: 'New cohort',
  empty: 'No cohorts yet',
  emptyHint: 'Create a cohort for a municipality and invite companies.',
  mine: 'My Koploper track',
  mineEmpty: 'You do not take part in a cohort yet.',
  openTrack: 'Open the track of {{name}}',
};

export const HOME_TEXTS = { nl, en };
