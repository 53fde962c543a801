import type { Bilingual, PrizeCriterion } from '@koers/domain';

export interface PublishedCriterion {
  id: string;
  name: Bilingual;
  description: Bilingual;
  /** Highest score a juror may give (the lowest is 0); scores have at most one decimal. */
  max: number;
  /** Relative weight in the total (see scorePrize in @koers/domain). */
  weight: number;
}

/**
 * The published criteria of the Koploperprijs, on which every juror scores every
 * communicatieopdracht. Ids are stored with the scores: never rename one.
 */
export const PRIZE_CRITERIA: readonly PublishedCriterion[] = [
  {
    id: 'message',
    name: { nl: 'Boodschap', en: 'Message' },
    description: { nl: 'Is helder wat het bedrijf aan duurzaamheid doet en waarom?', en: 'Is it clear what the company does about sustainability, and why?' },
    max: 10,
    weight: 2,
  },
  {
    id: 'persuasiveness',
    name: { nl: 'Overtuigingskracht', en: 'Persuasiveness' },
    description: { nl: 'Zet het klanten, medewerkers en andere ondernemers aan tot eigen stappen?', en: 'Does it move customers, staff and other entrepreneurs to take steps of their own?' },
    max: 10,
    weight: 2,
  },
  {
    id: 'creativity',
    name: { nl: 'Creativiteit', en: 'Creativity' },
    description: { nl: 'Is de vorm origineel en past die bij het bedrijf?', en: 'Is the form original and does it suit the company?' },
    max: 10,
    weight: 1,
  },
  {
    id: 'reach',
    name: { nl: 'Bereik', en: 'Reach' },
    description: { nl: 'Bereikt het de doelgroep in de eigen gemeente en regio?', en: 'Does it reach its audience in the municipality and the region?' },
    max: 5,
    weight: 1,
  },
];

/** The criteria as the domain's prize scoring takes them. */
export const SCORING_CRITERIA: PrizeCriterion[] = PRIZE_CRITERIA.map((c) => ({ id: c.id, label: c.name, weight: c.weight, maxScore: c.max }));
