/**
 * Every user-visible text of the web apps, Dutch first and English second.
 * Keys are grouped by screen; a missing key in English is a type error.
 */
export const nl = {
  app: { name: 'Koers', skip: 'Naar de inhoud', language: 'Taal', loading: 'Bezig met laden…', retry: 'Opnieuw proberen' },
  nav: { home: 'Overzicht', koploper: 'Stap 1 · Koplopertraject', masterclass: 'Stap 2 · CE-masterclasses', chain: 'Stap 3 · Ketenprojecten', journey: 'Reis', alliance: 'Alliantie', profile: 'Mijn profiel', signOut: 'Afmelden', partner: 'Organisatie', main: 'Hoofdmenu', switched: 'U werkt nu voor {{name}}.', switchFailed: 'Wisselen is niet gelukt. Probeer het opnieuw.' },
  signIn: {
    title: 'Aanmelden bij Koers',
    intro: 'Meld u aan met het e-mailadres en wachtwoord van uw account.',
    email: 'E-mailadres',
    password: 'Wachtwoord',
    submit: 'Aanmelden',
    emailRequired: 'Vul uw e-mailadres in.',
    emailInvalid: 'Dit is geen geldig e-mailadres.',
    passwordRequired: 'Vul uw wachtwoord in.',
    failed: 'Onjuist e-mailadres of wachtwoord.',
    unavailable: 'Koers is even niet bereikbaar. Probeer het zo opnieuw.',
  },
  roles: { administrator: 'Beheerder', coordinator: 'Coördinator', adviser: 'Adviseur', analyst: 'Analist', participant: 'Deelnemer' },
  home: { welcome: 'Welkom, {{name}}', intro: 'Kies een stap van het programma.', steps: 'Stappen van het programma', noSteps: 'Er zijn voor uw rol nog geen stappen beschikbaar.' },
  steps: {
    koploper: { title: 'Koplopertraject', intro: 'Koplopergroepen per gemeente: nulmeting, duurzaamheidsprofiel, actieplan en certificaat.', items: 'Koplopergroepen', empty: 'Nog geen Koplopergroepen', emptyHint: 'Zodra een coördinator een Koplopergroep start, ziet u die hier.' },
    masterclass: { title: 'CE-masterclasses', intro: 'Masterclasses circulaire economie voor groepen van 5 tot 10 ondernemers.', items: 'Masterclasses', empty: 'Nog geen masterclasses', emptyHint: 'Geplande masterclasses verschijnen hier.' },
    chain: { title: 'Ketenprojecten', intro: 'Innovatieprojecten die grondstofketens sluiten, met ketenpartners en specialisten.', items: 'Ketenprojecten', empty: 'Nog geen ketenprojecten', emptyHint: 'Ketenprojecten die starten, ziet u hier.' },
  },
  organisation: {
    title: 'Profiel van de organisatie',
    name: 'Naam',
    kvk: 'KvK-nummer',
    sbi: 'SBI-code',
    size: 'Grootte',
    municipality: 'Gemeente',
    region: 'Regio',
    partner: 'Alliantiepartner',
    slug: 'Code',
    organisations: 'Deelnemende organisaties',
    kind: 'Soort',
    kinds: { company: 'Bedrijf', municipality: 'Gemeente', care_institution: 'Zorginstelling', other: 'Andere organisatie' },
    sizes: { micro: 'Micro (minder dan 10 medewerkers)', small: 'Klein (10 tot 50 medewerkers)', medium: 'Middelgroot (50 tot 250 medewerkers)', large: 'Groot (250 of meer medewerkers)' },
  },
  profile: { title: 'Mijn profiel', name: 'Naam', email: 'E-mailadres', memberships: 'Lidmaatschappen', language: 'Voorkeurstaal', save: 'Opslaan', saved: 'Uw profiel is opgeslagen.', nameRequired: 'Vul uw naam in.' },
  list: { name: 'Naam', municipality: 'Gemeente', startsOn: 'Start', participants: 'Deelnemers' },
  table: { filter: 'Zoeken', noMatch: 'Niets gevonden.', previous: 'Vorige', next: 'Volgende', page: 'Pagina {{page}} van {{pages}}' },
  errors: { title: 'Er ging iets mis', generic: 'Dit onderdeel kon niet worden geladen.', remote: 'Dit onderdeel van Koers is nu niet bereikbaar. Probeer het later opnieuw of neem contact op met de beheerder.', notFound: 'Deze pagina bestaat niet.' },
};

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

export const en: Shape<typeof nl> = {
  app: { name: 'Koers', skip: 'Skip to content', language: 'Language', loading: 'Loading…', retry: 'Try again' },
  nav: { home: 'Overview', koploper: 'Step 1 · Koploper track', masterclass: 'Step 2 · CE masterclasses', chain: 'Step 3 · Chain projects', journey: 'Journey', alliance: 'Alliance', profile: 'My profile', signOut: 'Sign out', partner: 'Organisation', main: 'Main menu', switched: 'You are now working for {{name}}.', switchFailed: 'Switching did not work. Please try again.' },
  signIn: {
    title: 'Sign in to Koers',
    intro: 'Sign in with the email address and password of your account.',
    email: 'Email address',
    password: 'Password',
    submit: 'Sign in',
    emailRequired: 'Enter your email address.',
    emailInvalid: 'This is not a valid email address.',
    passwordRequired: 'Enter your password.',
    failed: 'Wrong email address or password.',
    unavailable: 'Koers cannot be reached right now. Please try again shortly.',
  },
  roles: { administrator: 'Administrator', coordinator: 'Coordinator', adviser: 'Adviser', analyst: 'Analyst', participant: 'Participant' },
  home: { welcome: 'Welcome, {{name}}', intro: 'Choose a step of the programme.', steps: 'Steps of the programme', noSteps: 'No steps are available for your role yet.' },
  steps: {
    koploper: { title: 'Koploper track', intro: 'Cohorts per municipality: baseline scan, sustainability profile, action plan and certificate.', items: 'Cohorts', empty: 'No cohorts yet', emptyHint: 'Once a coordinator starts a cohort, it appears here.' },
    masterclass: { title: 'CE masterclasses', intro: 'Circular-economy masterclasses for groups of 5 to 10 entrepreneurs.', items: 'Masterclasses', empty: 'No masterclasses yet', emptyHint: 'Planned masterclasses appear here.' },
    chain: { title: 'Chain projects', intro: 'Innovation projects that close material chains, with chain partners and specialists.', items: 'Chain projects', empty: 'No chain projects yet', emptyHint: 'Chain projects appear here once they start.' },
  },
  organisation: {
    title: 'Organisation profile',
    name: 'Name',
    kvk: 'Chamber of Commerce number',
    sbi: 'SBI code',
    size: 'Size',
    municipality: 'Municipality',
    region: 'Region',
    partner: 'Alliance partner',
    slug: 'Code',
    organisations: 'Participating organisations',
    kind: 'Kind',
    kinds: { company: 'Company', municipality: 'Municipality', care_institution: 'Care institution', other: 'Other organisation' },
    sizes: { micro: 'Micro (fewer than 10 employees)', small: 'Small (10 to 50 employees)', medium: 'Medium (50 to 250 employees)', large: 'Large (250 or more employees)' },
  },
  profile: { title: 'My profile', name: 'Name', email: 'Email address', memberships: 'Memberships', language: 'Preferred language', save: 'Save', saved: 'Your profile has been saved.', nameRequired: 'Enter your name.' },
  list: { name: 'Name', municipality: 'Municipality', startsOn: 'Starts', participants: 'Participants' },
  table: { filter: 'Search', noMatch: 'Nothing found.', previous: 'Previous', next: 'Next', page: 'Page {{page}} of {{pages}}' },
  errors: { title: 'Something went wrong', generic: 'This part could not be loaded.', remote: 'This part of Koers cannot be reached right now. Try again later or contact your administrator.', notFound: 'This page does not exist.' },
};

export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const TRANSLATIONS: Record<Language, typeof nl> = { nl, en };
