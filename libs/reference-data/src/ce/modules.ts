import { deepFreeze } from '../deep-freeze';
import type { CeModule, InnovationField, RLadderRung } from './types';

/** Reference-data ids, versioned like the other sets: changes go in a new version with a new id. */
export const CE_MODULES_ID = 'ce.modules.v1';
export const R_LADDER_ID = 'ce.r-ladder.2017';
export const INNOVATION_FIELDS_ID = 'ce.innovation-fields.v1';

/** The masterclass module library: the building blocks a session is composed of. */
export const CE_MODULES_V1: readonly CeModule[] = deepFreeze<CeModule[]>([
  {
    id: 'ce-basics',
    name: { nl: 'Basis circulaire economie', en: 'Circular economy basics' },
    description: { nl: 'Van lineair (take, make, waste) naar circulair: wat het betekent voor de regio en voor het eigen bedrijf.', en: 'From linear (take, make, waste) to circular: what it means for the region and for the company itself.' },
    audiences: ['sme', 'large'],
  },
  {
    id: 'r-ladder',
    name: { nl: 'De R-ladder', en: 'The R-ladder' },
    description: { nl: 'Van weigeren (R0) tot energie terugwinnen (R9): waar staat het bedrijf en welke trede is de volgende.', en: 'From refuse (R0) to recover energy (R9): where the company stands and which rung comes next.' },
    audiences: ['sme', 'large'],
  },
  {
    id: 'business-models',
    name: { nl: 'Circulaire verdienmodellen', en: 'Circular business models' },
    description: { nl: 'Product als dienst, lease, terugkoop en delen: verdienen aan gebruik in plaats van verkoop.', en: 'Product-as-a-service, lease, buy-back and sharing: earning from use instead of sale.' },
    audiences: ['sme', 'large'],
  },
  {
    id: 'design-for-recovery',
    name: { nl: 'Ontwerpen voor hergebruik', en: 'Design for recovery' },
    description: { nl: 'Modulair, demontabel en met herkenbare materialen ontwerpen, zodat product en onderdelen terugkomen.', en: 'Modular, demountable design with recognisable materials, so products and parts come back.' },
    audiences: ['sme', 'large'],
  },
  {
    id: 'return-logistics',
    name: { nl: 'Retourlogistiek', en: 'Return logistics' },
    description: { nl: 'Producten, verpakkingen en reststromen terughalen: inzameling, statiegeld en terugnameregelingen.', en: 'Bringing back products, packaging and residual flows: collection, deposits and take-back schemes.' },
    audiences: ['sme', 'large'],
  },
  {
    id: 'chain-cooperation',
    name: { nl: 'Ketensamenwerking', en: 'Chain cooperation' },
    description: { nl: 'Met leveranciers, klanten en branchegenoten kringlopen sluiten; de opmaat naar een ketenproject (stap 3).', en: 'Closing loops with suppliers, customers and peers; the lead-in to a chain project (step 3).' },
    audiences: ['sme', 'large'],
  },
  {
    id: 'financing',
    name: { nl: 'Financiering van circulaire plannen', en: 'Financing circular plans' },
    description: { nl: 'Hoe een bank naar circulaire verdienmodellen kijkt, subsidies en regelingen, en de businesscase.', en: 'How a bank looks at circular business models, grants and schemes, and the business case.' },
    audiences: ['sme', 'large'],
  },
  {
    id: 'material-passport',
    name: { nl: 'Materialenpaspoort en ketentransparantie', en: 'Material passports and chain transparency' },
    description: { nl: 'Vastleggen welke materialen in producten en gebouwen zitten, voor hergebruik en rapportage (CSRD).', en: 'Recording which materials are in products and buildings, for reuse and reporting (CSRD).' },
    audiences: ['large'],
  },
  {
    id: 'circular-procurement',
    name: { nl: 'Circulair inkopen', en: 'Circular procurement' },
    description: { nl: 'Inkoopeisen en gunningscriteria die circulaire producten en diensten belonen.', en: 'Purchasing requirements and award criteria that reward circular products and services.' },
    audiences: ['large'],
  },
  {
    id: 'first-steps-sme',
    name: { nl: 'Eerste stappen voor het mkb', en: 'First steps for SMEs' },
    description: { nl: 'Laagdrempelige circulaire maatregelen met snelle terugverdientijd, met voorbeelden uit de regio.', en: 'Accessible circular measures with a quick payback, with examples from the region.' },
    audiences: ['sme'],
  },
]);

const PBL = 'Potting e.a., Circulaire economie: innovatie meten in de keten, PBL (2017); RVO, R-ladder';

/** The R-ladder of circularity strategies (PBL 2017): R0 is the most circular, R9 the least. */
export const R_LADDER: readonly (RLadderRung & { source: string })[] = deepFreeze([
  { id: 'R0', name: { nl: 'Weigeren', en: 'Refuse' }, description: { nl: 'Product overbodig maken door de functie op te geven of met een ander product te leveren.', en: 'Make a product redundant by abandoning its function or delivering it with a different product.' }, source: PBL },
  { id: 'R1', name: { nl: 'Heroverwegen', en: 'Rethink' }, description: { nl: 'Productgebruik intensiveren, bijvoorbeeld door delen of multifunctionele producten.', en: 'Make product use more intensive, e.g. by sharing or multifunctional products.' }, source: PBL },
  { id: 'R2', name: { nl: 'Verminderen', en: 'Reduce' }, description: { nl: 'Minder grondstoffen en materialen gebruiken bij productie of gebruik.', en: 'Use fewer natural resources and materials in manufacture or use.' }, source: PBL },
  { id: 'R3', name: { nl: 'Hergebruiken', en: 'Reuse' }, description: { nl: 'Een afgedankt, nog goed product door een ander laten gebruiken in dezelfde functie.', en: 'Reuse of a discarded product still in good condition by another user for the same function.' }, source: PBL },
  { id: 'R4', name: { nl: 'Repareren', en: 'Repair' }, description: { nl: 'Een kapot product repareren en onderhouden zodat het de oorspronkelijke functie houdt.', en: 'Repair and maintain a defective product so it keeps its original function.' }, source: PBL },
  { id: 'R5', name: { nl: 'Opknappen', en: 'Refurbish' }, description: { nl: 'Een oud product opknappen en moderniseren.', en: 'Restore an old product and bring it up to date.' }, source: PBL },
  { id: 'R6', name: { nl: 'Herfabriceren', en: 'Remanufacture' }, description: { nl: 'Onderdelen van een afgedankt product gebruiken in een nieuw product met dezelfde functie.', en: 'Use parts of a discarded product in a new product with the same function.' }, source: PBL },
  { id: 'R7', name: { nl: 'Herbestemmen', en: 'Repurpose' }, description: { nl: 'Een afgedankt product of onderdelen ervan gebruiken in een nieuw product met een andere functie.', en: 'Use a discarded product or its parts in a new product with a different function.' }, source: PBL },
  { id: 'R8', name: { nl: 'Recyclen', en: 'Recycle' }, description: { nl: 'Materialen verwerken tot grondstof van dezelfde of lagere kwaliteit.', en: 'Process materials to obtain the same or lower quality.' }, source: PBL },
  { id: 'R9', name: { nl: 'Terugwinnen', en: 'Recover' }, description: { nl: 'Verbranden van materialen met terugwinning van energie.', en: 'Incinerate materials with energy recovery.' }, source: PBL },
]);

/** The fields on which a masterclass participant sees development and innovation is needed (the outcome of a masterclass). */
export const INNOVATION_FIELDS: readonly InnovationField[] = deepFreeze<InnovationField[]>([
  { id: 'material-choice', name: { nl: 'Materiaalkeuze', en: 'Material choice' }, description: { nl: 'Gerecyclede, biobased of minder kritieke materialen.', en: 'Recycled, biobased or less critical materials.' } },
  { id: 'product-design', name: { nl: 'Productontwerp', en: 'Product design' }, description: { nl: 'Modulair, repareerbaar, demontabel en langer meegaand.', en: 'Modular, repairable, demountable and longer-lasting.' } },
  { id: 'business-model', name: { nl: 'Verdienmodel', en: 'Business model' }, description: { nl: 'Product als dienst, lease, terugkoop of delen.', en: 'Product-as-a-service, lease, buy-back or sharing.' } },
  { id: 'return-logistics', name: { nl: 'Retourlogistiek', en: 'Return logistics' }, description: { nl: 'Producten, verpakkingen en reststromen terughalen.', en: 'Bringing back products, packaging and residual flows.' } },
  { id: 'chain-cooperation', name: { nl: 'Ketensamenwerking', en: 'Chain cooperation' }, description: { nl: 'Samen met leveranciers, klanten en branchegenoten kringlopen sluiten.', en: 'Closing loops together with suppliers, customers and peers.' } },
  { id: 'residual-flows', name: { nl: 'Reststromen', en: 'Residual flows' }, description: { nl: 'Afval en bijproducten als grondstof voor een ander.', en: 'Waste and by-products as feedstock for someone else.' } },
  { id: 'packaging', name: { nl: 'Verpakkingen', en: 'Packaging' }, description: { nl: 'Minder, herbruikbare of recyclebare verpakkingen.', en: 'Less, reusable or recyclable packaging.' } },
  { id: 'energy', name: { nl: 'Energie', en: 'Energy' }, description: { nl: 'Besparen, hernieuwbaar opwekken en restwarmte benutten.', en: 'Saving, renewable generation and use of waste heat.' } },
  { id: 'water', name: { nl: 'Water', en: 'Water' }, description: { nl: 'Minder water gebruiken, hergebruiken en zuiveren.', en: 'Using less water, reusing and treating it.' } },
  { id: 'procurement', name: { nl: 'Inkoop', en: 'Procurement' }, description: { nl: 'Circulaire eisen aan leveranciers en producten.', en: 'Circular requirements for suppliers and products.' } },
]);
