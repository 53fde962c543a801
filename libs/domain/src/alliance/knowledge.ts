import { JOURNEY_PART_LABELS, JOURNEY_PARTS } from '../journey/journey';
import type { Bilingual } from '../text';

/**
 * Knowledge sharing on a CSR platform (issue 13 item 8): the knowledge space
 * of a platform's members, the showcase of example projects of participating
 * companies (public only with the company's consent), and the public
 * application to join the alliance as a partner.
 */

/** What a knowledge item of a platform is. */
export const KNOWLEDGE_KINDS = ['meeting_material', 'masterclass_material', 'document', 'link'] as const;
export type KnowledgeKind = (typeof KNOWLEDGE_KINDS)[number];
export const KNOWLEDGE_KIND_LABELS: Record<KnowledgeKind, Bilingual> = {
  meeting_material: { nl: 'Materiaal van een bijeenkomst', en: 'Meeting material' },
  masterclass_material: { nl: 'Materiaal van een masterclass', en: 'Masterclass material' },
  document: { nl: 'Document', en: 'Document' },
  link: { nl: 'Link', en: 'Link' },
};

/** A tag: lower case letters, digits and hyphens, 1 to 40 characters (so tags filter exactly). */
export const KNOWLEDGE_TAG_PATTERN = /^[a-z0-9à-ÿ][a-z0-9à-ÿ-]{0,39}$/;
export const MAX_KNOWLEDGE_TAGS = 10;

/**
 * The consent parts a company grants a partner: the journey's parts, plus
 * `showcase`, the partner may show the company's example project publicly (the
 * showcase). One consent model (table `consent`): granted and withdrawn only by
 * the company's own users; withdrawn, the showcase is off the public page at once.
 */
export const SHOWCASE_CONSENT_PART = 'showcase' as const;
export const CONSENT_PARTS = [...JOURNEY_PARTS, SHOWCASE_CONSENT_PART] as const;
export type ConsentPart = (typeof CONSENT_PARTS)[number];
export const CONSENT_PART_LABELS: Record<ConsentPart, Bilingual> = {
  ...JOURNEY_PART_LABELS,
  showcase: { nl: 'Voorbeeldproject openbaar tonen', en: 'Show the example project publicly' },
};
export function isConsentPart(value: unknown): value is ConsentPart {
  return typeof value === 'string' && (CONSENT_PARTS as readonly string[]).includes(value);
}

/** An application to join the alliance as a partner: pending until the secretariat's administrator decides. */
export const APPLICATION_STATUSES = ['pending', 'accepted', 'declined'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];
export const APPLICATION_STATUS_LABELS: Record<ApplicationStatus, Bilingual> = {
  pending: { nl: 'In behandeling', en: 'Pending' },
  accepted: { nl: 'Aangenomen', en: 'Accepted' },
  declined: { nl: 'Afgewezen', en: 'Declined' },
};

/** A partner's slug made from its name: lower case, a-z, 0-9 and hyphens, at most 48 characters ("Stichting Groen & Co" -> "stichting-groen-co"). */
export function slugFromName(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/g, '');
  return slug || 'partner';
}
