import { withText } from '@koers/server-auth';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { assertIsoDate } from '@koers/domain';
import { MEASURE_CATALOGUE } from '@koers/reference-data';
import type { ActionItemStatus } from '@koers/server-db';
import { EmlMarkingView, EnergySavingDutyView } from '../profiles/profiles.dto';
import { IsIn, IsNumber, IsOptional, IsString, Matches, Max, MaxLength, Min, ValidateBy, ValidateIf } from 'class-validator';

export const ACTION_ITEM_STATUSES: ActionItemStatus[] = ['planned', 'in_progress', 'done', 'dropped'];
const MEASURE_IDS = MEASURE_CATALOGUE.measures.map((m) => m.id);
/** numeric(14, 1) and numeric(14, 2) hold far more; a trillion is already no plan. */
const MAX_AMOUNT = 1e12;
const NOT_BLANK = /\S/;

/** An existing calendar date YYYY-MM-DD between 2000 and 2100 (no time, no 30 February). */
function IsDay(): PropertyDecorator {
  return ValidateBy({
    name: 'isDay',
    validator: {
      validate: (v: unknown) => {
        if (typeof v !== 'string') return false;
        try {
          assertIsoDate(v, 'date');
        } catch {
          return false;
        }
        return v >= '2000-01-01' && v <= '2100-12-31';
      },
      defaultMessage: (a) => `${a?.property}: not an existing date YYYY-MM-DD (2000-2100)`,
    },
  }, withText({ nl: 'Geen bestaande datum JJJJ-MM-DD (2000-2100)', en: 'Not an existing date YYYY-MM-DD (2000-2100)' }, 'validation.isDay'));
}

const measureMessage = withText({ nl: 'Onbekende maatregel (zie de maatregelencatalogus)', en: 'Unknown measure (see the measures catalogue)' }, 'action_plan.unknown_measure');
const blankMessage = (what: { nl: string; en: string }) => withText({ nl: `${what.nl} mag niet leeg zijn`, en: `${what.en} must not be empty` }, 'validation.blank');

/** POST /participants/:pid/action-plan/items: a measure from the profile's recommendations or an own one. */
export class CreateActionItemDto {
  @ApiPropertyOptional({ type: String, nullable: true, example: 'energy.led-lighting', description: 'A measure id from the catalogue (as in the profile recommendations); leave out for an own measure' })
  @IsOptional()
  @IsString()
  @IsIn(MEASURE_IDS, measureMessage)
  measureId?: string | null;

  @ApiProperty({ example: 'LED-verlichting in winkel en bakkerij', maxLength: 300 })
  @IsString()
  @MaxLength(300)
  @Matches(NOT_BLANK, blankMessage({ nl: 'Titel', en: 'Title' }))
  title!: string;

  @ApiProperty({ example: 'Petra de Vries', maxLength: 200, description: 'Who in the company carries it out' })
  @IsString()
  @MaxLength(200)
  @Matches(NOT_BLANK, blankMessage({ nl: 'Eigenaar', en: 'Owner' }))
  owner!: string;

  @ApiProperty({ type: String, format: 'date', example: '2026-09-30' })
  @IsDay()
  dueOn!: string;

  @ApiPropertyOptional({ enum: ACTION_ITEM_STATUSES, default: 'planned' })
  @IsOptional()
  @IsIn(ACTION_ITEM_STATUSES)
  status?: ActionItemStatus;

  @ApiPropertyOptional({ type: Number, nullable: true, minimum: 0, example: 1800, description: 'Expected CO2 reduction per year (kg CO2e, rounded to 0.1)' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(MAX_AMOUNT)
  expectedKgCO2e?: number | null;

  @ApiPropertyOptional({ type: Number, nullable: true, minimum: 0, example: 2500, description: 'Expected cost (euro, ex VAT, rounded to cents)' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(MAX_AMOUNT)
  expectedCostEur?: number | null;
}

/** PATCH /action-plan-items/:id: any field; null clears measureId, expectedKgCO2e and expectedCostEur. */
export class UpdateActionItemDto {
  @ApiPropertyOptional({ type: String, nullable: true, example: 'energy.led-lighting' })
  @IsOptional()
  @IsString()
  @IsIn(MEASURE_IDS, measureMessage)
  measureId?: string | null;

  @ApiPropertyOptional({ maxLength: 300 })
  @ValidateIf((o: UpdateActionItemDto) => o.title !== undefined)
  @IsString()
  @MaxLength(300)
  @Matches(NOT_BLANK, blankMessage({ nl: 'Titel', en: 'Title' }))
  title?: string;

  @ApiPropertyOptional({ maxLength: 200 })
  @ValidateIf((o: UpdateActionItemDto) => o.owner !== undefined)
  @IsString()
  @MaxLength(200)
  @Matches(NOT_BLANK, blankMessage({ nl: 'Eigenaar', en: 'Owner' }))
  owner?: string;

  @ApiPropertyOptional({ type: String, format: 'date' })
  @ValidateIf((o: UpdateActionItemDto) => o.dueOn !== undefined)
  @IsDay()
  dueOn?: string;

  @ApiPropertyOptional({ enum: ACTION_ITEM_STATUSES })
  @ValidateIf((o: UpdateActionItemDto) => o.status !== undefined)
  @IsIn(ACTION_ITEM_STATUSES)
  status?: ActionItemStatus;

  @ApiPropertyOptional({ type: Number, nullable: true, minimum: 0 })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(MAX_AMOUNT)
  expectedKgCO2e?: number | null;

  @ApiPropertyOptional({ type: Number, nullable: true, minimum: 0 })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(MAX_AMOUNT)
  expectedCostEur?: number | null;
}

/** PUT /participants/:pid/vision: the MVO-visie in the company's own words (empty clears it). */
export class PutVisionDto {
  @ApiProperty({ example: 'Wij bakken lekker brood met zo min mogelijk energie en verspilling.', maxLength: 5000 })
  @IsString()
  @MaxLength(5000)
  text!: string;
}

// ---------------------------------------------------------------- answers

export class ActionItemView {
  @ApiProperty() id!: string;
  @ApiProperty({ type: String, nullable: true, example: 'energy.led-lighting' }) measureId!: string | null;
  @ApiProperty({ example: 'LED-verlichting in winkel en bakkerij' }) title!: string;
  @ApiProperty({ example: 'Petra de Vries' }) owner!: string;
  @ApiProperty({ type: String, format: 'date', example: '2026-09-30' }) dueOn!: string;
  @ApiProperty({ enum: ACTION_ITEM_STATUSES }) status!: ActionItemStatus;
  @ApiProperty({ type: Number, nullable: true, example: 1800 }) expectedKgCO2e!: number | null;
  @ApiProperty({ type: Number, nullable: true, example: 2500 }) expectedCostEur!: number | null;
  @ApiProperty({ description: 'Planned or in progress and the due date has passed (Dutch calendar day)' }) overdue!: boolean;
  @ApiProperty({ type: EmlMarkingView, nullable: true, description: 'The measure is on the Erkende Maatregelenlijst; null when not (or an own measure)' }) eml!: EmlMarkingView | null;
  @ApiProperty({ enum: ['obligatory', 'choice'], description: "obligatory ('verplicht (EML, terugverdientijd ≤ 5 jaar)'): on the EML and the company falls under the energy-saving duty; choice otherwise" }) obligation!: 'obligatory' | 'choice';
}

export class ActionPlanProgressView {
  @ApiProperty({ example: 5, description: 'Items that are not dropped' }) total!: number;
  @ApiProperty({ example: 2 }) done!: number;
  @ApiProperty({ example: 1 }) inProgress!: number;
  @ApiProperty({ example: 4200.5, description: 'Sum over the items that are not dropped (kg CO2e per year)' }) expectedKgCO2e!: number;
  @ApiProperty({ example: 12500, description: 'Sum over the items that are not dropped (euro)' }) expectedCostEur!: number;
}

export class ActionPlanView {
  @ApiProperty({ description: 'The MVO-visie; empty when not written yet' }) vision!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) visionUpdatedAt!: Date | null;
  @ApiProperty({ type: EnergySavingDutyView, nullable: true, description: "Whether the company falls under the energy-saving duty, from the latest reviewed baseline's footprint; null while there is none" }) energySavingDuty!: EnergySavingDutyView | null;
  @ApiProperty({ type: [ActionItemView], description: 'By due date, then as entered' }) items!: ActionItemView[];
  @ApiProperty({ type: ActionPlanProgressView }) progress!: ActionPlanProgressView;
}
