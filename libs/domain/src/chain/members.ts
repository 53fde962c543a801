import type { Bilingual } from '../text';

/** A chain partner's place in the chain. */
export const CHAIN_ROLES = ['supplier', 'producer', 'processor', 'distributor', 'user', 'collector', 'recycler', 'other'] as const;
export type ChainRole = (typeof CHAIN_ROLES)[number];
export const CHAIN_ROLE_LABELS: Record<ChainRole, Bilingual> = {
  supplier: { nl: 'Leverancier', en: 'Supplier' },
  producer: { nl: 'Producent', en: 'Producer' },
  processor: { nl: 'Verwerker', en: 'Processor' },
  distributor: { nl: 'Distributeur', en: 'Distributor' },
  user: { nl: 'Gebruiker', en: 'User' },
  collector: { nl: 'Inzamelaar', en: 'Collector' },
  recycler: { nl: 'Recycler', en: 'Recycler' },
  other: { nl: 'Anders', en: 'Other' },
};

/** The kinds of organisation in a project's specialist pool (the seeds: designers, universities, TNO, KvK, advisers). */
export const SPECIALIST_KINDS = ['knowledge_institute', 'designer', 'research_institute', 'university', 'university_of_applied_sciences', 'adviser', 'government', 'chamber_of_commerce', 'other'] as const;
export type SpecialistKind = (typeof SPECIALIST_KINDS)[number];
export const SPECIALIST_KIND_LABELS: Record<SpecialistKind, Bilingual> = {
  knowledge_institute: { nl: 'Kennisinstelling', en: 'Knowledge institute' },
  designer: { nl: 'Ontwerper', en: 'Designer' },
  research_institute: { nl: 'Onderzoeksinstituut', en: 'Research institute' },
  university: { nl: 'Universiteit', en: 'University' },
  university_of_applied_sciences: { nl: 'Hogeschool', en: 'University of applied sciences' },
  adviser: { nl: 'Adviseur', en: 'Adviser' },
  government: { nl: 'Overheid', en: 'Government' },
  chamber_of_commerce: { nl: 'Kamer van Koophandel', en: 'Chamber of Commerce' },
  other: { nl: 'Anders', en: 'Other' },
};

/** How a chain project came about. */
export const CHAIN_ORIGINS = ['direct', 'proposal', 'application'] as const;
export type ChainOrigin = (typeof CHAIN_ORIGINS)[number];

/** Themes of the care sector chain (the seeds' first chain: Zorggebouwen en faciliteiten). A sector programme may name its own. */
export const CARE_SECTOR_THEMES: readonly Bilingual[] = [
  { nl: 'Duurzaam vastgoed', en: 'Sustainable real estate' },
  { nl: 'Energie en CO2', en: 'Energy and CO2' },
  { nl: 'Gezonde voeding', en: 'Healthy food' },
  { nl: 'Minder afval', en: 'Less waste' },
  { nl: 'Textielreiniging met minder water', en: 'Textile cleaning with less water' },
  { nl: 'Slimme mobiliteit', en: 'Smart mobility' },
];
