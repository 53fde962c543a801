import { provideTranslocoScope } from '@jsverse/transloco';
import { ACCEPTANCE_TEXTS } from './invitations/acceptance.texts';

/**
 * The texts of the programme core's pieces (Transloco scope `programme`, keys
 * `programme.*`), Dutch first and English second. They name no step: a step's
 * own words (Koplopergroep, bijeenkomst, adviseur) come in through the
 * components' inputs.
 */
export const nl = {
  refusal: {
    generic: 'Er ging iets mis. Probeer het opnieuw.',
    unreachable: 'Koers is even niet bereikbaar. Probeer het zo opnieuw.',
    row: 'regel {{line}}',
    atFields: 'Niet opgeslagen: zie de velden hierboven.',
  },
  form: {
    required: 'Vul dit veld in.',
    choose: 'Maak een keuze.',
    email: 'Dit is geen geldig e-mailadres.',
    tooLong: 'Gebruik hooguit {{max}} tekens.',
    notNegative: 'Vul 0 of meer in.',
    number: 'Vul een getal in.',
  },
  phases: { title: 'Fasen', moveTo: 'Naar fase', done: 'afgerond' },
  late: 'Te laat',
  participants: { organisation: 'Organisatie', phase: 'Fase', plannedBy: 'Gepland klaar', staff: 'Begeleider', open: 'Openen' },
  planning: {
    hint: 'De datum waarop elke fase klaar moet zijn. Wie later is, staat in de lijst als te laat.',
    save: 'Planning opslaan',
    beforeStart: 'Kies een datum vanaf {{date}}.',
    afterEnd: 'Kies een datum tot en met {{date}}.',
    order: 'Deze datum ligt vóór die van {{phase}}: elke fase is pas na de vorige klaar.',
  },
  sessions: {
    none: 'Nog niets gepland.',
    kind: 'Soort',
    title: 'Titel',
    startsAt: 'Datum en tijd',
    endsAt: 'Eindtijd (niet verplicht)',
    endsBeforeStart: 'De eindtijd ligt niet na de begintijd.',
    with: 'Met {{name}}',
    notInvited: 'Een gesprek met een ander bedrijf',
    location: 'Locatie',
    agenda: 'Agenda',
    plan: 'Sessie plannen',
    titleRequired: 'Geef een titel.',
    startsAtRequired: 'Kies de datum en tijd.',
    locationRequired: 'Vul de locatie in.',
    attendance: 'Aanwezigheid',
    participant: 'Deelnemer',
    present: '{{name}} aanwezig bij {{session}}',
  },
  invitations: {
    title: 'Uitnodigen per e-mail',
    email: 'E-mailadres',
    send: 'Uitnodiging versturen',
    list: 'Uitnodigingen',
    accepted: 'Geaccepteerd',
    open: 'Open',
    validUntil: 'geldig tot {{date}}',
    expired: 'Verlopen op {{date}}',
    withdrawn: 'Ingetrokken',
    resend: 'Opnieuw versturen',
    withdraw: 'Intrekken',
    emailRequired: 'Vul een e-mailadres in.',
    emailInvalid: 'Dit is geen geldig e-mailadres.',
  },
  acceptance: ACCEPTANCE_TEXTS.nl,
  staff: {
    choose: 'Kies een persoon',
    trainee: 'In opleiding',
    mentor: 'Mentor',
    add: 'Aan de groep toevoegen',
    personRequired: 'Kies wie u toevoegt.',
    mentorRequired: 'Iemand in opleiding werkt onder een mentor: kies die.',
    remove: 'Weghalen',
    none: 'Nog niemand',
  },
  materials: {
    none: 'Nog geen materialen.',
    list: 'Materialen',
    added: 'toegevoegd op {{date}}',
    file: 'Bestand',
    hint: 'PDF, PowerPoint (pptx), Word (docx), Excel (xlsx), PNG, JPEG of MP4; hooguit 20 MB.',
    upload: 'Uploaden',
    fileRequired: 'Kies een bestand.',
    tooLarge: 'Dit bestand is groter dan 20 MB.',
    remove: 'Verwijderen',
  },
};

/** The same keys as Dutch, every value a string (a list stays a list). */
export type TextShape<T> = { [K in keyof T]: T[K] extends string ? string : T[K] extends readonly string[] ? string[] : TextShape<T[K]> };

export const en: TextShape<typeof nl> = {
  refusal: {
    generic: 'Something went wrong. Please try again.',
    unreachable: 'Koers cannot be reached right now. Please try again shortly.',
    row: 'line {{line}}',
    atFields: 'Not saved: see the fields above.',
  },
  form: {
    required: 'Fill in this field.',
    choose: 'Make a choice.',
    email: 'This is not a valid email address.',
    tooLong: 'Use {{max}} characters at most.',
    notNegative: 'Enter 0 or more.',
    number: 'Enter a number.',
  },
  phases: { title: 'Phases', moveTo: 'Move to phase', done: 'done' },
  late: 'Late',
  participants: { organisation: 'Organisation', phase: 'Phase', plannedBy: 'Planned by', staff: 'Staff', open: 'Open' },
  planning: {
    hint: 'The date by which each phase should be finished. Whoever is later shows as late in the list.',
    save: 'Save planning',
    beforeStart: 'Choose a date from {{date}}.',
    afterEnd: 'Choose a date up to {{date}}.',
    order: 'This date is before the one of {{phase}}: a phase finishes only after the one before it.',
  },
  sessions: {
    none: 'Nothing planned yet.',
    kind: 'Kind',
    title: 'Title',
    startsAt: 'Date and time',
    endsAt: 'End time (optional)',
    endsBeforeStart: 'The end time is not after the start time.',
    with: 'With {{name}}',
    notInvited: 'A talk with another company',
    location: 'Location',
    agenda: 'Agenda',
    plan: 'Plan session',
    titleRequired: 'Give a title.',
    startsAtRequired: 'Choose the date and time.',
    locationRequired: 'Fill in the location.',
    attendance: 'Attendance',
    participant: 'Participant',
    present: '{{name}} present at {{session}}',
  },
  invitations: {
    title: 'Invite by email',
    email: 'Email address',
    send: 'Send invitation',
    list: 'Invitations',
    accepted: 'Accepted',
    open: 'Open',
    validUntil: 'valid until {{date}}',
    expired: 'Expired on {{date}}',
    withdrawn: 'Withdrawn',
    resend: 'Send again',
    withdraw: 'Withdraw',
    emailRequired: 'Fill in an email address.',
    emailInvalid: 'This is not a valid email address.',
  },
  acceptance: ACCEPTANCE_TEXTS.en,
  staff: {
    choose: 'Choose a person',
    trainee: 'In training',
    mentor: 'Mentor',
    add: 'Add to the group',
    personRequired: 'Choose whom you add.',
    mentorRequired: 'Someone in training works under a mentor: choose one.',
    remove: 'Remove',
    none: 'Nobody yet',
  },
  materials: {
    none: 'No materials yet.',
    list: 'Materials',
    added: 'added on {{date}}',
    file: 'File',
    hint: 'PDF, PowerPoint (pptx), Word (docx), Excel (xlsx), PNG, JPEG or MP4; 20 MB at most.',
    upload: 'Upload',
    fileRequired: 'Choose a file.',
    tooLarge: 'This file is larger than 20 MB.',
    remove: 'Remove',
  },
};

export const PROGRAMME_TEXTS = { nl, en };

/** The scope every component of this library provides for itself (keys `programme.*`). */
export const programmeTexts = () =>
  provideTranslocoScope({
    scope: 'programme',
    loader: { nl: () => Promise.resolve(PROGRAMME_TEXTS.nl), en: () => Promise.resolve(PROGRAMME_TEXTS.en) },
  });
