import type { TextShape } from '@koers/web-programme';

/** The public MVO register and a certificate's page in it (`koploper.register.*`). */
const nl = {
  title: 'Openbaar MVO-register',
  intro: 'Bedrijven met een geldig MVO-certificaat van de alliantie.',
  meaning:
    'Een MVO-certificaat krijgt een bedrijf dat het Koplopertraject heeft doorlopen (nulmeting met CO2-voetafdruk en ISO 26000-scan, duurzaamheidsprofiel, actieplan en MVO-visie) en van wie een onafhankelijke beoordelaar van de alliantie dat heeft goedgekeurd. Het geldt tot de vermelde datum, tenzij het wordt ingetrokken.',
  number: 'Nummer',
  company: 'Bedrijf',
  municipality: 'Gemeente',
  awardedOn: 'Uitgereikt op',
  validUntil: 'Geldig tot en met',
  issuedBy: 'Uitgereikt door',
  empty: 'Er staan nog geen geldige certificaten in het register.',
  search: 'Zoeken',
  noMatch: 'Geen geldig certificaat gevonden',
  noMatchHint: 'Controleer de spelling, of zoek alleen op bedrijf of alleen op gemeente.',
  lookUpLabel: 'Certificaatnummer controleren',
  lookUp: 'Controleren',
  numberFormat: 'Een certificaatnummer ziet eruit als MVO-2026-0001.',
  back: '← Naar het MVO-register',
  entryTitle: 'MVO-certificaat {{number}}',
  notFoundTitle: 'Niet gevonden in het MVO-register',
  status: { valid: 'Geldig', expired: 'Verlopen', revoked: 'Ingetrokken' },
  validText: 'Dit certificaat is geldig tot en met {{until}}.',
  expiredText: 'Dit certificaat was geldig tot en met {{until}} en is verlopen.',
  revokedText: 'Dit certificaat is op {{on}} ingetrokken door de alliantie en is niet meer geldig.',
  meaningTitle: 'Wat dit certificaat betekent',
};

const en: TextShape<typeof nl> = {
  title: 'Public CSR register',
  intro: 'Companies holding a valid CSR certificate of the alliance.',
  meaning:
    'A company gets the CSR certificate after completing the Koploper track (a baseline with a CO2 footprint and an ISO 26000 scan, a sustainability profile, an action plan and a CSR vision) once an independent reviewer of the alliance has approved it. It is valid until the date shown unless it is revoked.',
  number: 'Number',
  company: 'Company',
  municipality: 'Municipality',
  awardedOn: 'Awarded on',
  validUntil: 'Valid until',
  issuedBy: 'Awarded by',
  empty: 'The register has no valid certificates yet.',
  search: 'Search',
  noMatch: 'No valid certificate found',
  noMatchHint: 'Check the spelling, or search by company or by municipality only.',
  lookUpLabel: 'Check a certificate number',
  lookUp: 'Check',
  numberFormat: 'A certificate number looks like MVO-2026-0001.',
  back: '← To the CSR register',
  entryTitle: 'CSR certificate {{number}}',
  notFoundTitle: 'Not found in the CSR register',
  status: { valid: 'Valid', expired: 'Expired', revoked: 'Revoked' },
  validText: 'This certificate is valid up to and including {{until}}.',
  expiredText: 'This certificate was valid up to and including {{until}} and has expired.',
  revokedText: 'This certificate was revoked by the alliance on {{on}} and is no longer valid.',
  meaningTitle: 'What this certificate means',
};

export const REGISTER_TEXTS = { nl, en };
