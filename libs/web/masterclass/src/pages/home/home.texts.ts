import type { TextShape } from '@koers/web-programme';

/** The step's home (`masterclass.home.*`). */
const nl = {
  intro: 'Masterclasses circulaire economie voor groepen van 5 tot 10 ondernemers: van de regioscan tot een voorstel voor een ketenproject.',
  list: 'Masterclasses',
  name: 'Naam',
  startsOn: 'Start',
  participants: 'Deelnemers',
  newMasterclass: 'Nieuwe masterclass',
  empty: 'Nog geen masterclasses',
  emptyHint: 'Begin met een regioscan om geschikte bedrijven te vinden, en maak dan een masterclass.',
  mine: 'Mijn masterclass',
  mineEmpty: 'U neemt nog niet deel aan een masterclass.',
  openOutcome: 'Intake en uitkomst van {{name}}',
};

const en: TextShape<typeof nl> = {
  intro: 'Circular-economy masterclasses for groups of 5 to 10 entrepreneurs: from the region scan to a chain-project proposal.',
  list: 'Masterclasses',
  name: 'Name',
  startsOn: 'Start',
  participants: 'Participants',
  newMasterclass: 'New masterclass',
  empty: 'No masterclasses yet',
  emptyHint: 'Start with a region scan to find suitable companies, then create a masterclass.',
  mine: 'My masterclass',
  mineEmpty: 'You do not take part in a masterclass yet.',
  openOutcome: 'Intake and outcome of {{name}}',
};

export const HOME_TEXTS = { nl, en };
