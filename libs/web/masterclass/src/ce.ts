import type { Bilingual } from '@koers/web-programme';

/*
 * The circular-economy words the outcome form offers: the R-ladder and the
 * innovation fields, the ids and names of `R_LADDER` and `INNOVATION_FIELDS`
 * in @koers/reference-data (libs/reference-data/src/ce/modules.ts). Copied,
 * not imported: the reference data's index would bring every table (emission
 * factors, measures) into the page's chunk; ce.spec.ts checks they agree.
 */

export interface Choice {
  id: string;
  name: Bilingual;
}

export const R_LADDER: readonly Choice[] = [
  { id: 'R0', name: { nl: 'R0 Weigeren', en: 'R0 Refuse' } },
  { id: 'R1', name: { nl: 'R1 Heroverwegen', en: 'R1 Rethink' } },
  { id: 'R2', name: { nl: 'R2 Verminderen', en: 'R2 Reduce' } },
  { id: 'R3', name: { nl: 'R3 Hergebruiken', en: 'R3 Reuse' } },
  { id: 'R4', name: { nl: 'R4 Repareren', en: 'R4 Repair' } },
  { id: 'R5', name: { nl: 'R5 Opknappen', en: 'R5 Refurbish' } },
  { id: 'R6', name: { nl: 'R6 Herfabriceren', en: 'R6 Remanufacture' } },
  { id: 'R7', name: { nl: 'R7 Herbestemmen', en: 'R7 Repurpose' } },
  { id: 'R8', name: { nl: 'R8 Recyclen', en: 'R8 Recycle' } },
  { id: 'R9', name: { nl: 'R9 Terugwinnen', en: 'R9 Recover' } },
];

export const INNOVATION_FIELDS: readonly Choice[] = [
  { id: 'material-choice', name: { nl: 'Materiaalkeuze', en: 'Material choice' } },
  { id: 'product-design', name: { nl: 'Productontwerp', en: 'Product design' } },
  { id: 'business-model', name: { nl: 'Verdienmodel', en: 'Business model' } },
  { id: 'return-logistics', name: { nl: 'Retourlogistiek', en: 'Return logistics' } },
  { id: 'chain-cooperation', name: { nl: 'Ketensamenwerking', en: 'Chain cooperation' } },
  { id: 'residual-flows', name: { nl: 'Reststromen', en: 'Residual flows' } },
  { id: 'packaging', name: { nl: 'Verpakkingen', en: 'Packaging' } },
  { id: 'energy', name: { nl: 'Energie', en: 'Energy' } },
  { id: 'water', name: { nl: 'Water', en: 'Water' } },
  { id: 'procurement', name: { nl: 'Inkoop', en: 'Procurement' } },
];

/** A field's name; an id the list does not know shows as itself. */
export function fieldName(id: string): Bilingual {
  return INNOVATION_FIELDS.find((f) => f.id === id)?.name ?? { nl: id, en: id };
}
