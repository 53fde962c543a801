import { withText } from '@koers/server-auth';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ISO26000_ISSUE_IDS } from '@koers/reference-data';
import { CAR_FUELS, ELECTRICITY_CONTRACTS, FREIGHT_MODES, HAULS, HVO_BLENDS, MATERIALS, REFRIGERANTS, TRIP_PURPOSES, WASTE_STREAMS } from '@koers/calc-footprint-ghg';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  Equals,
  IsArray,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsPositive,
  IsString,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { ACTIVITY_TYPES } from './baseline-file';

const TYPES = Object.keys(ACTIVITY_TYPES);
const UNITS = [...new Set(Object.values(ACTIVITY_TYPES).flatMap((t) => t.units))];

class YearDto {
  @ApiProperty({ example: 2025, minimum: 1990, maximum: 2100, description: 'The calendar year the figures are about' })
  @IsInt()
  @Min(1990)
  @Max(2100)
  year!: number;
}

class BilingualTextView {
  @ApiProperty({ example: 'Aardgas per m² vloeroppervlak ligt ver buiten het gebruikelijke' }) nl!: string;
  @ApiProperty({ example: 'Natural gas per m² floor area is far outside the usual range' }) en!: string;
}

/** A factor the list does not have (materials bought, goods by rail or inland ship), with where it comes from. */
export class DeclaredFactorDto {
  @ApiProperty({ example: 1.1, minimum: 0, exclusiveMinimum: true, maximum: 1000, description: 'kg CO2e per kg of material (cradle-to-gate) or per tonne-km of freight (well-to-wheel), above 0' })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @IsPositive()
  @Max(1000)
  kgCO2ePerUnit!: number;
  @ApiProperty({ example: 'EPD Papierfabriek Veluwe, kopieerpapier 80 g/m2', maxLength: 300, description: "Where the factor comes from: the supplier's EPD, an LCA database, the carrier's ISO 14083 report" })
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  source!: string;
  @ApiProperty({ example: 2025, minimum: 1990, maximum: 2100, description: 'The year of that source' })
  @IsInt()
  @Min(1990)
  @Max(2100)
  year!: number;
}

/** One footprint.ghg activity; which of contract / fuel+purpose / purpose / haul / stream / refrigerant / mode is needed depends on the type. */
export class ActivityDto {
  @ApiProperty({ enum: TYPES, example: 'electricity' }) @IsIn(TYPES) type!: string;
  @ApiProperty({ example: 42000, minimum: 0, description: 'Amount in `unit` over the year' })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  amount!: number;
  @ApiProperty({ enum: UNITS, example: 'kWh', description: 'electricity, solar_production kWh|MWh; natural_gas, green_gas, water m3; district_heat GJ; diesel, petrol, lpg, hvo l; propane l|kg; car_km, train_km, flight_km, bus_km, public_transport_km km; freight_tkm tkm (tonne-km); waste, material kg|t; refrigerant kg' })
  @IsIn(UNITS)
  unit!: string;
  @ApiPropertyOptional({ enum: ELECTRICITY_CONTRACTS, example: 'green-nl', description: 'electricity only (required there)' })
  @IsOptional()
  @IsIn(ELECTRICITY_CONTRACTS)
  contract?: string;
  @ApiPropertyOptional({ enum: CAR_FUELS, example: 'diesel', description: 'car_km only (required there)' }) @IsOptional() @IsIn(CAR_FUELS) fuel?: string;
  @ApiPropertyOptional({ enum: TRIP_PURPOSES, example: 'business', description: 'car_km, bus_km and public_transport_km (required there): business travel or commuting' })
  @IsOptional()
  @IsIn(TRIP_PURPOSES)
  purpose?: string;
  @ApiPropertyOptional({ enum: HAULS, example: 'short', description: 'flight_km only (required there)' }) @IsOptional() @IsIn(HAULS) haul?: string;
  @ApiPropertyOptional({ enum: WASTE_STREAMS, example: 'residual', description: 'waste only (required there)' }) @IsOptional() @IsIn(WASTE_STREAMS) stream?: string;
  @ApiPropertyOptional({ enum: REFRIGERANTS, example: 'R410A', description: 'refrigerant only (required there): kg leaked or topped up, counted by its GWP' })
  @IsOptional()
  @IsIn(REFRIGERANTS)
  refrigerant?: string;
  @ApiPropertyOptional({ enum: FREIGHT_MODES, example: 'road-van', description: 'freight_tkm only (required there); the list has a factor for a van below 2 t only, rail and inland-ship need a declared factor' })
  @IsOptional()
  @IsIn(FREIGHT_MODES)
  mode?: string;
  @ApiPropertyOptional({ enum: HVO_BLENDS, example: 'hvo30', description: 'hvo only, optional: the blend (the list has HVO30 only, the default)' })
  @IsOptional()
  @IsIn(HVO_BLENDS)
  blend?: string;
  @ApiPropertyOptional({ enum: MATERIALS, example: 'paper', description: 'material only (required there): what was bought' })
  @IsOptional()
  @IsIn(MATERIALS)
  material?: string;
  @ApiPropertyOptional({ type: DeclaredFactorDto, description: 'material and freight_tkm by rail or inland-ship only (required there): the factor is not on the list, so it comes from the source named' })
  @IsOptional()
  @ValidateNested()
  @Type(() => DeclaredFactorDto)
  factor?: DeclaredFactorDto;
  @ApiPropertyOptional({ example: 'Elektriciteit winkel', maxLength: 200 }) @IsOptional() @IsString() @MaxLength(200) label?: string;
}

export class BaselineOrganisationDto {
  @ApiPropertyOptional({ example: 12, minimum: 0, description: 'Employees (FTE) in the year, for intensity figures' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  employees?: number;
  @ApiPropertyOptional({ example: 450, minimum: 0 }) @IsOptional() @IsNumber({ allowNaN: false, allowInfinity: false }) @Min(0) floorAreaM2?: number;
  @ApiPropertyOptional({ example: 1.8, minimum: 0 }) @IsOptional() @IsNumber({ allowNaN: false, allowInfinity: false }) @Min(0) turnoverEurMillion?: number;
}

/** An optional production unit of the year, for the ratio kg CO2e per unit (e.g. "ton brood", 120). */
export class BaselineProductionDto {
  @ApiProperty({ example: 'ton brood', maxLength: 60, description: 'What is counted, in the company\'s own words' })
  @IsString()
  @MinLength(1)
  @MaxLength(60)
  unit!: string;
  @ApiProperty({ example: 120, description: 'How many of it in the year (more than 0)' })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0.001)
  amount!: number;
}

/** PUT /participants/:pid/baseline: the footprint.ghg input of one year. */
export class PutBaselineDto extends YearDto {
  @ApiPropertyOptional({ type: BaselineOrganisationDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => BaselineOrganisationDto)
  organisation?: BaselineOrganisationDto;
  @ApiPropertyOptional({ type: BaselineProductionDto, nullable: true, description: 'The production unit; null clears it, left out keeps what was stored' })
  @IsOptional()
  @ValidateNested()
  @Type(() => BaselineProductionDto)
  production?: BaselineProductionDto | null;
  @ApiProperty({ type: [ActivityDto], description: 'The activities of the year, at most 1000' })
  @IsArray()
  @ArrayMaxSize(1000)
  @ValidateNested({ each: true })
  @Type(() => ActivityDto)
  activities!: ActivityDto[];
}

/** An answer to one ISO 26000 issue: a maturity 0-4, or not relevant with a reason. */
export class Iso26000AnswerDto {
  @ApiProperty({ enum: ISO26000_ISSUE_IDS, example: 'environment.pollution-prevention', description: 'An issue id from GET /koploper/iso26000' })
  @IsString()
  @IsIn(ISO26000_ISSUE_IDS, withText({ nl: 'Onbekend ISO 26000-onderwerp', en: 'Unknown ISO 26000 issue id' }, 'iso26000.unknown_issue'))
  issueId!: string;
  @ApiPropertyOptional({ minimum: 0, maximum: 4, example: 2, description: '0 = not started ... 4 = embedded; leave out when notRelevant' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(4)
  maturity?: number;
  @ApiPropertyOptional({ enum: [true], description: 'The issue does not apply to this company (give a reason)' })
  @IsOptional()
  @Equals(true)
  notRelevant?: true;
  @ApiPropertyOptional({ example: 'Wij hebben geen eigen productie', maxLength: 1000 }) @IsOptional() @IsString() @MinLength(1) @MaxLength(1000) reason?: string;
}

export class PutIso26000Dto extends YearDto {
  @ApiProperty({ type: [Iso26000AnswerDto] })
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => Iso26000AnswerDto)
  answers!: Iso26000AnswerDto[];
}

export class ReviewBaselineDto extends YearDto {}

/** The adviser confirms a plausibility warning: the figure is right, and why. */
export class ConfirmPlausibilityDto extends YearDto {
  @ApiProperty({ example: 'gas-per-m2', description: 'The rule of the warning (BaselineView.plausibility[].ruleId)' }) @IsString() @MaxLength(60) ruleId!: string;
  @ApiProperty({ example: 'Klopt: twee gasovens draaien dag en nacht', maxLength: 1000, description: 'Why the figure is right' })
  @IsString()
  @MaxLength(1000)
  note!: string;
}

export class BaselineQuery {
  @ApiPropertyOptional({ example: 2025, description: 'Default: the latest year' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1990)
  @Max(2100)
  year?: number;
}

// ---------------------------------------------------------------- answers

export class CalcResultView {
  @ApiProperty({ enum: ['pending', 'succeeded', 'failed'] }) status!: 'pending' | 'succeeded' | 'failed';
  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true, description: "The calculator's output once succeeded" }) output!: unknown;
  @ApiProperty({ type: String, nullable: true }) error!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) computedAt!: Date | null;
}

export class FootprintInputView {
  @ApiProperty({ example: 2025 }) year!: number;
  @ApiPropertyOptional({ type: BaselineOrganisationDto }) organisation?: BaselineOrganisationDto;
  @ApiProperty({ type: [ActivityDto] }) activities!: ActivityDto[];
}

export class BaselineFootprintView {
  @ApiProperty({ type: FootprintInputView, nullable: true }) input!: FootprintInputView | null;
  @ApiProperty({ type: CalcResultView, nullable: true }) result!: CalcResultView | null;
}

export class Iso26000InputView {
  @ApiProperty({ type: [Iso26000AnswerDto] }) answers!: Iso26000AnswerDto[];
}

export class BaselineIsoView {
  @ApiProperty({ type: Iso26000InputView, nullable: true }) input!: Iso26000InputView | null;
  @ApiProperty({ type: CalcResultView, nullable: true }) result!: CalcResultView | null;
}

/** A trainee adviser's review or entry, waiting for the mentor's sign-off. */
export class AwaitingSignOffView {
  @ApiProperty({ example: 'Jelle Bakker', description: 'The trainee adviser whose work waits' }) byName!: string;
  @ApiProperty({ type: String, format: 'date-time' }) at!: Date;
}

export class PlausibilitySourceView {
  @ApiProperty({ example: 'Stimular, Milieubarometer: kengetallen per branche' }) name!: string;
  @ApiProperty({ example: 'https://www.milieubarometer.nl' }) url!: string;
  @ApiProperty({ example: '2026-11-20' }) consulted!: string;
}

export class PlausibilityRangeView {
  @ApiProperty({ example: 1 }) min!: number;
  @ApiProperty({ example: 60 }) max!: number;
}

export class PlausibilityConfirmationView {
  @ApiProperty({ example: 'Klopt: twee gasovens draaien dag en nacht' }) note!: string;
  @ApiProperty({ example: 'Ada Veenstra' }) byName!: string;
  @ApiProperty({ type: String, format: 'date-time' }) at!: string;
}

/** A plausibility warning on the baseline: a figure far outside the usual, with why and the adviser's confirmation once given. */
export class PlausibilityWarningView {
  @ApiProperty({ example: 'gas-per-m2' }) ruleId!: string;
  @ApiProperty({ example: 188.9, description: 'The figure that is outside the range' }) value!: number;
  @ApiProperty({ example: 'm³/m²' }) unit!: string;
  @ApiProperty({ type: PlausibilityRangeView, nullable: true }) range!: PlausibilityRangeView | null;
  @ApiProperty({ type: BilingualTextView }) text!: BilingualTextView;
  @ApiProperty({ type: BilingualTextView, description: 'The usual values and why the bounds' }) justification!: BilingualTextView;
  @ApiProperty({ type: [PlausibilitySourceView] }) sources!: PlausibilitySourceView[];
  @ApiProperty({ example: 'baseline-plausibility.nl.v1' }) ruleSet!: string;
  @ApiProperty({ type: PlausibilityConfirmationView, nullable: true, description: 'Null until the adviser confirms this figure; reviewing needs every warning confirmed' })
  confirmed!: PlausibilityConfirmationView | null;
}

export class BaselineView {
  @ApiProperty({ example: 2025 }) year!: number;
  @ApiProperty({ enum: ['submitted', 'reviewed'], description: 'Entered by the participant: submitted until an adviser reviews it' }) status!: 'submitted' | 'reviewed';
  @ApiProperty({ enum: ['form', 'upload'] }) source!: 'form' | 'upload';
  @ApiProperty({ type: String, format: 'date-time' }) enteredAt!: Date;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) reviewedAt!: Date | null;
  @ApiProperty({ type: AwaitingSignOffView, nullable: true, description: "Reviewed by a trainee adviser: stays submitted until the mentor or a coordinator signs off ('wacht op de mentor')" })
  awaitingSignOff!: AwaitingSignOffView | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: "When the mentor signed off a trainee adviser's review" }) signedOffAt!: Date | null;
  @ApiProperty({ type: BaselineFootprintView }) footprint!: BaselineFootprintView;
  @ApiProperty({ type: BaselineIsoView }) iso26000!: BaselineIsoView;
  @ApiProperty({ type: BaselineProductionDto, nullable: true, description: 'The production unit of the year, if given' }) production!: BaselineProductionDto | null;
  @ApiProperty({ type: [PlausibilityWarningView], description: 'Figures far outside the usual (reference data baseline-plausibility); staff see them before reviewing' })
  plausibility!: PlausibilityWarningView[];
}

class BilingualView {
  @ApiProperty({ example: 'Milieu' }) nl!: string;
  @ApiProperty({ example: 'The environment' }) en!: string;
}

class Iso26000IssueView {
  @ApiProperty({ example: 'environment.pollution-prevention' }) id!: string;
  @ApiProperty({ type: BilingualView }) name!: BilingualView;
}

class Iso26000CoreSubjectView {
  @ApiProperty({ example: 'environment' }) id!: string;
  @ApiProperty({ type: BilingualView }) name!: BilingualView;
  @ApiProperty({ type: [Iso26000IssueView] }) issues!: Iso26000IssueView[];
}

export class Iso26000StructureView {
  @ApiProperty({ type: [Iso26000CoreSubjectView] }) coreSubjects!: Iso26000CoreSubjectView[];
}
