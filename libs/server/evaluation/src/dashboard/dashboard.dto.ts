import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { withText } from '@koers/server-auth';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { DASHBOARD_DIMENSIONS, type DashboardDimension } from './dashboard-dimensions';

const BY_TEXT = { nl: `Kies een indeling: ${DASHBOARD_DIMENSIONS.join(', ')}`, en: `Choose a breakdown: ${DASHBOARD_DIMENSIONS.join(', ')}` };

export class DashboardQuery {
  @ApiPropertyOptional({ enum: DASHBOARD_DIMENSIONS, default: 'programmeLine', description: 'The breakdown: programme line, step, municipality (region) or year' })
  @IsOptional()
  @IsIn(DASHBOARD_DIMENSIONS as unknown as string[], withText(BY_TEXT, 'evaluation.dashboard_by'))
  by?: DashboardDimension;
}

export class ProvinceReportQuery extends DashboardQuery {
  @ApiPropertyOptional({ example: 'Drenthe', description: 'The province the report is for (its title); at most 100 characters' })
  @IsOptional()
  @IsString()
  @MaxLength(100, withText({ nl: 'De naam van de provincie is hoogstens 100 tekens', en: 'The province name is at most 100 characters' }, 'evaluation.province_length'))
  province?: string;
}

export class DashboardTextView {
  @ApiProperty({ example: 'Duurzaam ondernemen' }) nl!: string;
  @ApiProperty({ example: 'Sustainable entrepreneurship' }) en!: string;
}

class DashboardIntervalView {
  @ApiProperty({ example: 55.2 }) lowPercent!: number;
  @ApiProperty({ example: 95.3 }) highPercent!: number;
}

export class DashboardShareView {
  @ApiProperty({ type: String, nullable: true, description: 'The breakdown value (null: the whole programme, or not known)' }) value!: string | null;
  @ApiProperty({ description: 'Answers to the item (n)' }) n!: number;
  @ApiProperty() agree!: number;
  @ApiProperty({ type: Number, nullable: true, example: 83.3 }) sharePercent!: number | null;
  @ApiProperty({ type: DashboardIntervalView, nullable: true, description: 'Wilson score interval, 95%' }) interval95!: DashboardIntervalView | null;
}

export class DashboardItemView {
  @ApiProperty({ example: 'good-instrument' }) key!: string;
  @ApiProperty({ type: DashboardTextView }) text!: DashboardTextView;
  @ApiProperty({ enum: ['core', 'partner'] }) origin!: 'core' | 'partner';
  @ApiProperty({ type: Number, nullable: true, example: 83 }) frieslandPercent!: number | null;
  @ApiProperty({ type: DashboardShareView, description: 'The whole programme' }) overall!: DashboardShareView;
  @ApiProperty({ type: [DashboardShareView], description: 'Per row of the breakdown, in the rows\' order' }) rows!: DashboardShareView[];
}

export class DashboardRowView {
  @ApiProperty({ type: String, nullable: true, example: 'sustainable_entrepreneurship' }) value!: string | null;
  @ApiProperty({ type: DashboardTextView }) label!: DashboardTextView;
  @ApiProperty({ description: 'Groups with at least one enrolment' }) groups!: number;
  @ApiProperty({ description: 'Of which closed' }) closedGroups!: number;
  @ApiProperty({ description: 'Companies and organisations reached: distinct organisations enrolled' }) reached!: number;
  @ApiProperty({ description: 'Completed tracks: enrolments of closed groups that did not withdraw' }) completed!: number;
  @ApiProperty({ description: 'Organisations of the row with a computed CO2 footprint' }) co2Organisations!: number;
  @ApiProperty({ type: Number, nullable: true, description: 'Their newest footprint (footprint.ghg, total), kg CO2e, whole kg; null when none has one' }) co2MeasuredKg!: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Expected CO2 reduction of action-plan measures marked done, kg CO2e, whole kg; null when none has an estimate' }) co2ReducedKg!: number | null;
  @ApiProperty({ description: 'Survey invitations in the evaluation run' }) invited!: number;
  @ApiProperty({ description: 'Answered (n)' }) answered!: number;
  @ApiProperty({ type: Number, nullable: true, example: 66.7 }) responseRatePercent!: number | null;
}

class DashboardRunSource {
  @ApiProperty({ format: 'uuid' }) runId!: string;
  @ApiProperty({ example: 'evaluation.questionnaire.v1' }) questionnaireId!: string;
  @ApiProperty({ example: 1 }) questionnaireVersion!: number;
  @ApiProperty({ example: 'evaluation.programme' }) pluginId!: string;
  @ApiProperty({ example: '0.1.0' }) pluginVersion!: string;
  @ApiProperty({ format: 'date-time' }) computedAt!: string;
}

export class DashboardSourceView {
  @ApiProperty({ type: DashboardTextView, description: 'Where the reach figures come from' }) reach!: DashboardTextView;
  @ApiProperty({ type: DashboardTextView }) co2!: DashboardTextView;
  @ApiProperty({ type: DashboardRunSource, nullable: true, description: 'The newest finished evaluation run (POST /api/evaluation/figures); null before the first' }) evaluation!: DashboardRunSource | null;
  @ApiProperty({ format: 'date-time', description: 'When these figures were read' }) readAt!: string;
}

export class DashboardView {
  @ApiProperty({ enum: DASHBOARD_DIMENSIONS }) by!: DashboardDimension;
  @ApiProperty({ type: [DashboardRowView] }) rows!: DashboardRowView[];
  @ApiProperty({ type: DashboardRowView, description: 'The whole programme of the partner' }) total!: DashboardRowView;
  @ApiProperty({ type: [DashboardItemView], description: 'The survey items: the share agreeing overall and per row (empty before the first evaluation run)' }) items!: DashboardItemView[];
  @ApiProperty({ type: DashboardSourceView }) source!: DashboardSourceView;
}
