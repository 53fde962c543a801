import type { Bilingual } from '@koers/domain';

/**
 * The address of one certificate's page in the public MVO register, built like
 * the mails' links: the public web address (PUBLIC_WEB_URL), the koploper app's
 * mount point and the register's path (`koploperPublicRoutes` in @koers/web-koploper).
 */
export function registerLink(publicWebUrl: string, number: string): string {
  return `${publicWebUrl.replace(/\/+$/, '')}/koploper/mvo-register/${encodeURIComponent(number)}`;
}

/** What an MVO-certificaat means, in a few lines: on the certificate itself and on its page in the register. */
export const CSR_CERTIFICATE_MEANING: readonly Bilingual[] = [
  {
    nl: 'Het bedrijf heeft het Koplopertraject van de MVO-alliantie doorlopen: een nulmeting met CO2-voetafdruk en ISO 26000-scan, een duurzaamheidsprofiel, een DuOn-agenda (actieplan) en een MVO-visie.',
    en: "The company completed the alliance's Koploper track: a baseline with a CO2 footprint and an ISO 26000 scan, a sustainability profile, an action plan and a CSR vision.",
  },
  {
    nl: 'Een beoordelaar van de alliantie die het bedrijf niet zelf adviseerde, heeft profiel, actieplan en visie beoordeeld en goedgekeurd.',
    en: 'A reviewer of the alliance who did not advise the company reviewed and approved the profile, action plan and vision.',
  },
  {
    nl: 'Het certificaat geldt tot en met de vermelde datum, zolang het niet is ingetrokken; het openbare MVO-register toont altijd de actuele status.',
    en: 'The certificate is valid up to and including the date shown unless it is revoked; the public CSR register always shows its current status.',
  },
];
