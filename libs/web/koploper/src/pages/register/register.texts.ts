import type { TextShape } from '@koers/web-programme';

/** The public MVO register (`koploper.register.*`). */
const nl = {
  title: 'Openbaar MVO-register',
  intro: 'Bedrijven met een geldig MVO-certificaat van de alliantie.',
  number: 'Nummer',
  company: 'Bedrijf',
  municipality: 'Gemeente',
  awardedOn: 'Uitgereikt op',
  validUntil: 'Geldig tot',
  empty: 'Er staan nog geen geldige certificaten in het register.',
};

const en: TextShape<typeof nl> = {
  title: 'Public CSR register',
  intro: 'Companies holding a valid CSR certificate of the alliance.',
  number: 'Number',
  company: 'Company',
  municipality: 'Municipality',
  awardedOn: 'Awarded on',
  validUntil: 'Valid until',
  empty: 'The register has no valid certificates yet.',
};

export const REGISTER_TEXTS = { nl, en };
