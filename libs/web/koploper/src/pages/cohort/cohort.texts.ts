import type { TextShape } from '@koers/web-programme';

/** One Koplopergroep (`koploper.cohort.*`) and its meetings (`koploper.meeting.*`). */
const nl = {
  cohort: {
    participants: 'Deelnemers',
    sizeRule: 'Groepsgrootte: {{min}} tot {{max}} bedrijven',
    adviser: 'Adviseur',
    noParticipants: 'Nog geen deelnemers. Voeg een bekend bedrijf toe of nodig een bedrijf uit per e-mail.',
    addExisting: 'Bekend bedrijf toevoegen',
    organisation: 'Bedrijf',
    chooseOrganisation: 'Kies een bedrijf',
    organisationRequired: 'Kies het bedrijf dat u toevoegt.',
    invited: 'Uitnodiging verstuurd naar {{email}}.',
    resent: 'Nieuwe uitnodiging verstuurd naar {{email}}; de vorige link werkt niet meer.',
    withdrawn: 'De uitnodiging aan {{email}} is ingetrokken.',
    advisers: 'Adviseurs',
    addAdviser: 'Adviseur toevoegen',
    staffRemoved: '{{name}} is uit de Koplopergroep gehaald.',
    start: 'Koplopergroep starten',
    started: 'De Koplopergroep is gestart.',
    close: 'Jaar afsluiten (naar het Koplopernetwerk)',
    closed: 'De Koplopergroep is afgesloten; de deelnemers staan in het Koplopernetwerk.',
    meetings: 'Bijeenkomsten',
    prize: 'Communicatieopdracht en Koploperprijs',
    openTrack: 'Traject',
    planning: 'Planning',
  },
  meeting: {
    add: 'Bijeenkomst plannen',
    planned: 'De bijeenkomst is gepland.',
    none: 'Nog geen bijeenkomsten gepland.',
    visitHint: 'Een gesprek op locatie met één bedrijf plant de adviseur op het traject van dat bedrijf.',
  },
};

const en: TextShape<typeof nl> = {
  cohort: {
    participants: 'Participants',
    sizeRule: 'Group size: {{min}} to {{max}} companies',
    adviser: 'Adviser',
    noParticipants: 'No participants yet. Add a known company or invite one by email.',
    addExisting: 'Add a known company',
    organisation: 'Company',
    chooseOrganisation: 'Choose a company',
    organisationRequired: 'Choose the company you add.',
    invited: 'Invitation sent to {{email}}.',
    resent: 'New invitation sent to {{email}}; the previous link no longer works.',
    withdrawn: 'The invitation to {{email}} has been withdrawn.',
    advisers: 'Advisers',
    addAdviser: 'Add adviser',
    staffRemoved: '{{name}} has been taken off the cohort.',
    start: 'Start cohort',
    started: 'The cohort has started.',
    close: 'Close the year (to the alumni network)',
    closed: 'The cohort is closed; its participants are in the alumni network.',
    meetings: 'Meetings',
    prize: 'Communication assignment and Koploper prize',
    openTrack: 'Track',
    planning: 'Planning',
  },
  meeting: {
    add: 'Plan meeting',
    planned: 'The meeting is planned.',
    none: 'No meetings planned yet.',
    visitHint: 'A visit at one company is planned by the adviser on that company’s track.',
  },
};

export const COHORT_TEXTS = { nl, en };
