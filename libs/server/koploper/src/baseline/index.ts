/** The baseline (nulmeting): what the module registers and what the participant's track overview uses. */
export { BaselineController, BaselineReferenceController } from './baseline.controller';
export { BaselineService } from './baseline.service';
export { BaselineView as Baseline } from './baseline.dto';
