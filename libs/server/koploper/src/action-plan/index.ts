/** The action plan (DuOn-agenda) and the CSR vision (MVO-visie): what the module registers and what the track overview and the CSR certificate use. */
export { ActionPlanController } from './action-plan.controller';
export { ActionPlanService } from './action-plan.service';
export { ActionItemView as ActionItem, ActionPlanView as ActionPlan } from './action-plan.dto';
