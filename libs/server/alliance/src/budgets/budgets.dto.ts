import { BUDGET_CATEGORY_KEYS, BUDGET_DIRECTIONS, BUDGET_SCOPES, STEP_KEYS, type BudgetCategory, type BudgetDirection, type BudgetScope, type StepKey } from '@koers/domain';
import { NotBlank, withText } from '@koers/server-auth';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsOptional, IsString, IsUUID, MaxLength, ValidateIf, ValidateNested } from 'class-validator';
import { AllianceTextView, apply, choose, day, euros } from '../inputs';
import { AlliancePartnerRefView } from '../partners/partners.dto';

export class CreateBudgetDto {
  @ApiProperty({ enum: BUDGET_SCOPES, description: 'step: a step of the partner over a period; group: one group of a step; pilot: a pilot project' }) @choose(BUDGET_SCOPES, 'alliance.budget_scope') scope!: BudgetScope;
  @ApiPropertyOptional({ enum: STEP_KEYS, description: 'For scope step' }) @IsOptional() @choose(STEP_KEYS, 'alliance.step') step?: StepKey;
  @ApiPropertyOptional({ description: 'For scope group: a group of the partner' }) @IsOptional() @IsUUID('all', withText({ nl: 'Kies een groep', en: 'Choose a group' }, 'validation.uuid')) groupId?: string;
  @ApiPropertyOptional({ description: 'For scope pilot: a pilot the partner keeps' }) @IsOptional() @IsUUID('all', withText({ nl: 'Kies een pilotproject', en: 'Choose a pilot project' }, 'validation.uuid')) pilotId?: string;
  @ApiPropertyOptional({ maxLength: 200, example: 'Koplopertraject Drenthe 2026-2027', description: "Defaults to the group's or pilot's name" }) @IsOptional() @IsString() @MaxLength(200) @NotBlank({ nl: 'De titel', en: 'The title' }) title?: string;
  @ApiPropertyOptional({ example: '2026-01-01', description: "Required for scope step; defaults to the group's or pilot's start" }) @IsOptional() @apply(day({ nl: 'Begin van de periode', en: 'Start of the period' })) periodStart?: string;
  @ApiPropertyOptional({ example: '2027-12-31', description: "Required for scope step; defaults to the group's or pilot's end" }) @IsOptional() @apply(day({ nl: 'Einde van de periode', en: 'End of the period' })) periodEnd?: string;
  @ApiPropertyOptional({ maxLength: 5000 }) @IsOptional() @IsString() @MaxLength(5000) note?: string;
}

export class UpdateBudgetDto {
  @ApiPropertyOptional({ maxLength: 200 }) @IsOptional() @IsString() @MaxLength(200) @NotBlank({ nl: 'De titel', en: 'The title' }) title?: string;
  @ApiPropertyOptional({ example: '2026-01-01' }) @IsOptional() @apply(day({ nl: 'Begin van de periode', en: 'Start of the period' })) periodStart?: string;
  @ApiPropertyOptional({ example: '2027-12-31' }) @IsOptional() @apply(day({ nl: 'Einde van de periode', en: 'End of the period' })) periodEnd?: string;
  @ApiPropertyOptional({ maxLength: 5000 }) @IsOptional() @IsString() @MaxLength(5000) note?: string;
}

export class BudgetLineDto {
  @ApiProperty({ enum: BUDGET_CATEGORY_KEYS, description: 'Income: participant_contribution, subsidy, partner_money, partner_in_kind, other_income; cost: staff, advice, meetings, communication, materials, other_cost' })
  @choose(BUDGET_CATEGORY_KEYS, 'alliance.budget_category')
  category!: BudgetCategory;
  @ApiPropertyOptional({ maxLength: 200, example: 'Provincie Drenthe, regeling Duurzaam mkb' }) @IsOptional() @IsString() @MaxLength(200) description?: string;
  @ApiProperty({ example: 12500, description: 'Planned euros, at most 2 decimals' }) @apply(euros) plannedEur!: number;
  @ApiPropertyOptional({ type: Number, nullable: true, example: 11800.5, description: 'What was actually received or spent; null or absent while nothing is booked' })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @apply(euros)
  actualEur?: number | null;
}

export class BudgetLinesDto {
  @ApiProperty({ type: [BudgetLineDto], description: 'Every line of the budget, in order; replaces the earlier lines' })
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => BudgetLineDto)
  lines!: BudgetLineDto[];
}

export class BudgetsQuery {
  @ApiPropertyOptional({ enum: BUDGET_SCOPES }) @IsOptional() @choose(BUDGET_SCOPES, 'alliance.budget_scope') scope?: BudgetScope;
  @ApiPropertyOptional({ enum: STEP_KEYS, description: 'Budgets of this step (of its groups too)' }) @IsOptional() @choose(STEP_KEYS, 'alliance.step') step?: StepKey;
}

export class BudgetLineView {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: BUDGET_CATEGORY_KEYS }) category!: BudgetCategory;
  @ApiProperty({ enum: BUDGET_DIRECTIONS }) direction!: BudgetDirection;
  @ApiProperty({ type: AllianceTextView }) categoryLabel!: AllianceTextView;
  @ApiProperty() description!: string;
  @ApiProperty({ example: 12500 }) plannedEur!: number;
  @ApiProperty({ type: Number, nullable: true, example: 11800.5 }) actualEur!: number | null;
}

export class BudgetSideView {
  @ApiProperty({ example: 104750 }) planned!: number;
  @ApiProperty({ example: 98000.5 }) actual!: number;
}

export class BudgetCategoryTotalView {
  @ApiProperty({ enum: BUDGET_CATEGORY_KEYS }) category!: BudgetCategory;
  @ApiProperty({ enum: BUDGET_DIRECTIONS }) direction!: BudgetDirection;
  @ApiProperty() planned!: number;
  @ApiProperty() actual!: number;
  @ApiProperty({ description: 'Actual minus planned' }) difference!: number;
}

export class BudgetTotalsView {
  @ApiProperty({ type: BudgetSideView }) income!: BudgetSideView;
  @ApiProperty({ type: BudgetSideView }) cost!: BudgetSideView;
  @ApiProperty({ type: BudgetSideView, description: 'Income minus cost' }) balance!: BudgetSideView;
  @ApiProperty({ type: [BudgetCategoryTotalView] }) byCategory!: BudgetCategoryTotalView[];
}

export class BudgetSubjectView {
  @ApiProperty({ type: String, nullable: true }) groupId!: string | null;
  @ApiProperty({ type: String, nullable: true }) pilotId!: string | null;
  @ApiProperty({ type: String, nullable: true, description: "The group's or pilot's name" }) name!: string | null;
}

export class BudgetSummaryView {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: BUDGET_SCOPES }) scope!: BudgetScope;
  @ApiProperty({ enum: STEP_KEYS, nullable: true }) step!: StepKey | null;
  @ApiProperty({ type: BudgetSubjectView }) subject!: BudgetSubjectView;
  @ApiProperty() title!: string;
  @ApiProperty({ example: '2026-01-01' }) periodStart!: string;
  @ApiProperty({ example: '2027-12-31' }) periodEnd!: string;
  @ApiProperty({ type: AlliancePartnerRefView, description: 'The partner that keeps the budget' }) keeper!: AlliancePartnerRefView;
  @ApiProperty({ type: BudgetTotalsView }) totals!: BudgetTotalsView;
}

export class BudgetListView {
  @ApiProperty({ type: [BudgetSummaryView] }) items!: BudgetSummaryView[];
  @ApiProperty({ type: BudgetTotalsView, description: 'All listed budgets together' }) totals!: BudgetTotalsView;
}

export class BudgetView extends BudgetSummaryView {
  @ApiProperty() note!: string;
  @ApiProperty({ type: [BudgetLineView] }) lines!: BudgetLineView[];
}
