import type { DeclaredFactor } from '../types';

/** The day the sets got their declared entries (footprint.ghg 1.2.0). */
export const DECLARED_ADDED = '2026-12-04';

const NONE_ON_LISTS = 'Not a line of the CO2emissiefactoren.nl lists (2024, 2025 and 2026 have none for it).';

/**
 * Purchased materials and goods transport by rail or inland ship: the lists have no
 * factors for them (the 2026 list's only materials are waste processing, its only goods
 * transport the van below 2 t). The user declares the factor, its source and the year of
 * that source with each activity; every line says so.
 */
export const DECLARED_FACTORS: Readonly<Record<string, DeclaredFactor>> = {
  material: {
    unit: 'kg',
    source: 'niet op de lijst CO2emissiefactoren.nl; factor opgegeven door de gebruiker uit de genoemde bron (kg CO2e per kg, van grondstof tot fabriekspoort)',
    note: `${NONE_ON_LISTS} Materials bought (GHG Protocol scope 3 category 1, purchased goods): the factor per kg is cradle-to-gate (EN 15804 modules A1-A3) from the supplier's EPD or an LCA database the user names, with the year of that source. The 2026 list's "Papier en karton", "Kunststoffen" and "Hout" lines are waste processing, not production, and are not used for it.`,
  },
  'freight.rail': {
    unit: 'tkm',
    source: 'niet op de lijst CO2emissiefactoren.nl; factor opgegeven door de gebruiker uit de genoemde bron (kg CO2e per tonkilometer, well-to-wheel, goederenvervoer per spoor)',
    note: `${NONE_ON_LISTS} Goods carried by rail for the company (GHG Protocol scope 3 category 4): the well-to-wheel factor per tonne-km from the carrier's report (ISO 14083 / GLEC Framework) or a source the user names, with its year.`,
  },
  'freight.inland-ship': {
    unit: 'tkm',
    source: 'niet op de lijst CO2emissiefactoren.nl; factor opgegeven door de gebruiker uit de genoemde bron (kg CO2e per tonkilometer, well-to-wheel, binnenvaart)',
    note: `${NONE_ON_LISTS} Goods carried by inland ship for the company (GHG Protocol scope 3 category 4): the well-to-wheel factor per tonne-km from the carrier's report (ISO 14083 / GLEC Framework) or a source the user names, with its year.`,
  },
};

export const DECLARED_AMENDMENT = {
  date: DECLARED_ADDED,
  what: 'Added the declared entries of footprint.ghg 1.2.0 (materials bought, goods by rail and by inland ship): the list has no factors for them, so the set records that the factor is not on the list and comes from the source the user names with each activity. No factor of the set changed.',
} as const;
