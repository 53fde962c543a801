import { EMISSION_FACTOR_SET_INDEX_ID, emissionFactorSetIndex, emissionFactorSets } from './emission-factors/registry';
import { ISO26000_STRUCTURE, ISO26000_STRUCTURE_ID } from './iso26000/structure';
import { MEASURE_CATALOGUE, MEASURE_CATALOGUE_ID } from './measures/catalogue';
import { CE_MODULES_ID, CE_MODULES_V1, INNOVATION_FIELDS, INNOVATION_FIELDS_ID, R_LADDER, R_LADDER_ID } from './ce/modules';
import { CE_SECTORS_ID, CE_SECTORS_V1 } from './ce/sectors';
import { evaluationQuestionnaires } from './evaluation/questionnaire';
import { ENERGY_SAVING_DUTY, ENERGY_SAVING_DUTY_ID } from './energy-saving-duty/energy-saving-duty';

/**
 * All built-in reference data by id: what a calculator context may hand out.
 * Adding a factor set to `emissionFactorSets` adds it here with no other edit.
 */
export const referenceData: ReadonlyMap<string, unknown> = new Map<string, unknown>([
  [EMISSION_FACTOR_SET_INDEX_ID, emissionFactorSetIndex],
  [ISO26000_STRUCTURE_ID, ISO26000_STRUCTURE],
  [MEASURE_CATALOGUE_ID, MEASURE_CATALOGUE],
  [CE_SECTORS_ID, CE_SECTORS_V1],
  [CE_MODULES_ID, CE_MODULES_V1],
  [R_LADDER_ID, R_LADDER],
  [INNOVATION_FIELDS_ID, INNOVATION_FIELDS],
  [ENERGY_SAVING_DUTY_ID, ENERGY_SAVING_DUTY],
  ...emissionFactorSets.map((s) => [s.id, s] as [string, unknown]),
  ...evaluationQuestionnaires.map((q) => [q.id, q] as [string, unknown]),
]);
