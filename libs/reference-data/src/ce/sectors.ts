import { deepFreeze } from '../deep-freeze';
import { SBI_DIVISION_NAMES } from '../sectors/sbi-names';
import { sbiDivision, sbiSection } from '../sectors/sbi';
import type { CeSector, CeTransitionAgenda } from './types';

/**
 * Reference-data id of the CE-suitable sectors. PUBLISHED: never edit in place
 * (its hash is pinned by the spec); changes go in a new version with a new id,
 * so a saved region scan can be explained with the table it was made with.
 */
export const CE_SECTORS_ID = 'ce.sectors.v1';

// Sources, named once so every entry cites the same wording.
const RBP = 'Rijksoverheid, Nederland circulair in 2050: Rijksbreed programma Circulaire Economie (2016)';
const TA = (agenda: string) => `Transitieagenda ${agenda} (2018), uitwerking van het Grondstoffenakkoord; voortgezet in het Nationaal Programma Circulaire Economie 2023-2030`;
const URL = 'https://www.rijksoverheid.nl/onderwerpen/circulaire-economie';
const CE_CHALLENGE = 'Rabobank, Circular Economy Challenge (eerste editie: deelnemers uit automotive en food & agri), zoals beschreven in het projectplan Koplopers in duurzaam ondernemerschap, stap 2';
const LAP = 'Landelijk afvalbeheerplan (LAP3), Rijkswaterstaat; ' + RBP;

const AGENDA_SOURCE: Record<CeTransitionAgenda, string> = {
  'biomass-food': TA('Biomassa en voedsel'),
  plastics: TA('Kunststoffen'),
  manufacturing: TA('Maakindustrie'),
  construction: TA('Bouw'),
  'consumer-goods': TA('Consumptiegoederen'),
  'waste-recycling': LAP,
};

const entry = (division: string, weight: 1 | 2 | 3, agenda: CeTransitionAgenda, rationale: string, extraSource?: string): CeSector => ({
  division,
  section: sbiSection(division) as string,
  weight,
  name: SBI_DIVISION_NAMES[division],
  agenda,
  source: extraSource ? `${AGENDA_SOURCE[agenda]}; ${extraSource}` : AGENDA_SOURCE[agenda],
  sourceUrl: URL,
  rationale,
});

const SECTORS: CeSector[] = [
  // ---------------------------------------------------------- biomass and food
  entry('01', 3, 'biomass-food', 'Agriculture is the start of the biomass and food chain the agenda names first: closing nutrient cycles, residual flows to feed and materials.', CE_CHALLENGE),
  entry('02', 2, 'biomass-food', 'Forestry supplies wood as a renewable building and product material (biobased economy in the agenda); smaller regional flows than agriculture.'),
  entry('03', 1, 'biomass-food', 'Fishing and aquaculture are part of the food chain the agenda covers; few companies in the region, so a lower weight.'),
  entry('10', 3, 'biomass-food', 'Food processing: food waste, side streams and packaging are the agenda\'s main levers; food & agri was one of the two sectors of the CE Challenge.', CE_CHALLENGE),
  entry('11', 2, 'biomass-food', 'Beverages: side streams (spent grain, pulp) and returnable packaging; part of the food chain in the agenda.'),
  entry('56', 1, 'biomass-food', 'Restaurants and catering: food waste at the end of the chain, which the agenda aims to halve; small material flows per company.'),
  // ------------------------------------------------------------------ plastics
  entry('20', 2, 'plastics', 'Chemicals: feedstock for plastics, where the agenda calls for recycled and biobased feedstock; mostly large plants.'),
  entry('22', 3, 'plastics', 'Rubber and plastic products: the agenda\'s core (design for recycling, recycled content, less single-use plastic).'),
  // ------------------------------------------------------------- manufacturing
  entry('24', 2, 'manufacturing', 'Basic metals: recycled metal as feedstock and steel and aluminium in closed loops, named in the manufacturing agenda.'),
  entry('25', 3, 'manufacturing', 'Metal products: the manufacturing agenda\'s focus on design for disassembly, remanufacturing and material passports fits metalworking SMEs directly.'),
  entry('26', 2, 'manufacturing', 'Electronics: critical raw materials and e-waste, named in the manufacturing agenda; few regional producers.'),
  entry('27', 2, 'manufacturing', 'Electrical equipment: critical raw materials and longer product life (repair, remanufacture) in the manufacturing agenda.'),
  entry('28', 3, 'manufacturing', 'Machinery: remanufacturing, product-as-a-service and modular design are the agenda\'s examples for capital goods.'),
  entry('29', 3, 'manufacturing', 'Automotive: remanufacturing of parts and vehicle recycling; automotive was one of the two sectors of the CE Challenge.', CE_CHALLENGE),
  entry('30', 2, 'manufacturing', 'Other transport equipment (boats, trains, bicycles): same levers as automotive, fewer companies.'),
  entry('33', 3, 'manufacturing', 'Repair and installation of machinery keeps products in use (R4-R6 of the R-ladder), the manufacturing agenda\'s priority.'),
  entry('45', 2, 'manufacturing', 'Motor vehicle trade and repair: repair, used parts and vehicle take-back; automotive was one of the sectors of the CE Challenge.', CE_CHALLENGE),
  // -------------------------------------------------------------- construction
  entry('16', 3, 'construction', 'Wood products: biobased building material and reuse of timber, named in the construction agenda (and the biobased economy).'),
  entry('23', 2, 'construction', 'Concrete, cement, glass and ceramics: high-volume building materials where the agenda asks for recycled aggregate and lower-carbon products.'),
  entry('41', 3, 'construction', 'Building construction: the construction agenda (circular building, material passports, reuse of elements) is written for this division.'),
  entry('42', 2, 'construction', 'Civil engineering: circular infrastructure and secondary materials in roads and waterworks, named in the construction agenda; mostly public clients.'),
  entry('43', 3, 'construction', 'Specialised construction (installers, demolition, finishing): circular demolition and reusable installations are in the construction agenda.'),
  entry('71', 1, 'construction', 'Architects and engineers decide material choice and design for recovery early; advisory role, no own material flows, so the lowest weight.'),
  // ------------------------------------------------------------ consumer goods
  entry('13', 3, 'consumer-goods', 'Textiles: the consumer goods agenda names textiles as a priority product group (recycled fibres, extended producer responsibility).'),
  entry('14', 3, 'consumer-goods', 'Clothing: a priority product group of the consumer goods agenda (reuse, repair, recycled content).'),
  entry('15', 1, 'consumer-goods', 'Leather and footwear: consumer goods with repair and reuse potential; few regional producers.'),
  entry('17', 2, 'consumer-goods', 'Paper and board: packaging, a theme of the consumer goods agenda; paper recycling is already high, so a middle weight.'),
  entry('31', 3, 'consumer-goods', 'Furniture: the consumer goods agenda names furniture as a priority product group (refurbish, remanufacture, leasing of office furniture).'),
  entry('32', 1, 'consumer-goods', 'Other manufacturing (toys, sports goods, medical devices): consumer goods covered by the agenda, a mixed division.'),
  entry('47', 1, 'consumer-goods', 'Retail: sells the consumer goods the agenda covers and can take products back; no production of its own.'),
  entry('77', 2, 'consumer-goods', 'Rental and leasing: product-as-a-service and use instead of ownership, a business model the agendas promote.'),
  entry('95', 3, 'consumer-goods', 'Repair of computers and household goods keeps products in use (R4 of the R-ladder), which the consumer goods agenda promotes.'),
  // ------------------------------------------------------- waste and recycling
  entry('37', 1, 'waste-recycling', 'Sewerage: recovery of phosphate and other raw materials from waste water; mostly public bodies.'),
  entry('38', 3, 'waste-recycling', 'Waste collection, treatment and materials recovery: the closing link of every agenda (recycling, R8 of the R-ladder).'),
  entry('39', 2, 'waste-recycling', 'Remediation and other waste management: soil and material recovery, smaller flows than 38.'),
];

/** The CE-suitable SBI divisions, by division code. Divisions not in the table have weight 0. */
export const CE_SECTORS_V1: readonly CeSector[] = deepFreeze(SECTORS);

/** The CE entry for an SBI code (`43.21` -> division 43); undefined when the division is not CE-suitable in this table. */
export function ceSectorFor(code: string, table: readonly CeSector[] = CE_SECTORS_V1): CeSector | undefined {
  const division = sbiDivision(code);
  return division === undefined ? undefined : table.find((s) => s.division === division);
}
