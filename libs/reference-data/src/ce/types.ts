import type { Bilingual, MasterclassAudience } from '@koers/domain';

/** The transition agendas of the national circular-economy programme, plus waste and recycling as the closing link. */
export const CE_TRANSITION_AGENDAS = ['biomass-food', 'plastics', 'manufacturing', 'construction', 'consumer-goods', 'waste-recycling'] as const;
export type CeTransitionAgenda = (typeof CE_TRANSITION_AGENDAS)[number];

/** A CE-suitable SBI division: how suitable (1-3), in which agenda, and why (source and rationale, never an unsourced claim). */
export interface CeSector {
  /** Two-digit SBI 2008 division, e.g. `41`. */
  division: string;
  /** SBI section letter of the division, e.g. `F`. */
  section: string;
  weight: 1 | 2 | 3;
  name: Bilingual;
  agenda: CeTransitionAgenda;
  /** The document this entry rests on. */
  source: string;
  sourceUrl?: string;
  /** Why this division is in the table with this weight. */
  rationale: string;
}

export interface CeModule {
  id: string;
  name: Bilingual;
  description: Bilingual;
  audiences: readonly MasterclassAudience[];
}

export const R_LADDER_STEPS = ['R0', 'R1', 'R2', 'R3', 'R4', 'R5', 'R6', 'R7', 'R8', 'R9'] as const;
export type RLadderStep = (typeof R_LADDER_STEPS)[number];

export interface RLadderRung {
  id: RLadderStep;
  name: Bilingual;
  description: Bilingual;
}

export interface InnovationField {
  id: string;
  name: Bilingual;
  description: Bilingual;
}
