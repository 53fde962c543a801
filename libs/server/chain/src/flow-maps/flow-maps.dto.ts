import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { FLOW_NODE_KINDS, FLOW_VARIANTS, RECOVERY_ROUTES, type FlowNodeKind, type FlowVariant, type RecoveryRoute } from '@koers/domain';
import { NotBlank, withText } from '@koers/server-auth';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsNumber, IsOptional, IsString, Max, MaxLength, Min, MinLength, ValidateIf, ValidateNested } from 'class-validator';
import { CalculationOutcomeView } from '../projects/projects.dto';

const kindText = withText({ nl: `Kies een soort knooppunt: ${FLOW_NODE_KINDS.join(', ')}`, en: `Choose a kind of node: ${FLOW_NODE_KINDS.join(', ')}` }, 'flow_map.node_kind');
const routeText = withText({ nl: `Kies een route: ${RECOVERY_ROUTES.join(', ')}`, en: `Choose a route: ${RECOVERY_ROUTES.join(', ')}` }, 'flow_map.route');
const amount = { maxDecimalPlaces: 3, allowNaN: false, allowInfinity: false };
const pct = (field: string) => [IsNumber({ ...amount, maxDecimalPlaces: 2 }), Min(0, withText({ nl: `${field} is 0 tot 100`, en: `${field} is 0 to 100` }, 'flow_map.pct')), Max(100, withText({ nl: `${field} is 0 tot 100`, en: `${field} is 0 to 100` }, 'flow_map.pct'))];
const nonNegative = withText({ nl: 'Geef een getal van 0 of meer', en: 'Give a number of 0 or more' }, 'flow_map.negative');
const apply = (decorators: PropertyDecorator[]): PropertyDecorator => (target, key) => decorators.forEach((d) => d(target, key));

export class CreateFlowMapDto {
  @ApiProperty({ example: 'Hennepisolatieplaat', description: 'The product or chain the map is of' }) @IsString() @MaxLength(200) @NotBlank({ nl: 'Het product of de keten', en: 'The product or chain' }) subject!: string;
}

export class FlowNodeDto {
  @ApiProperty({ example: 'Hennepteler Groningen' }) @IsString() @MaxLength(100) @NotBlank({ nl: 'De naam van het knooppunt', en: "The node's name" }) name!: string;
  @ApiProperty({ enum: FLOW_NODE_KINDS }) @IsIn(FLOW_NODE_KINDS as unknown as string[], kindText) kind!: FlowNodeKind;
  @ApiPropertyOptional({ example: 0, description: 'Material that stays in the node per year (kg; negative when the stock shrinks)' }) @IsOptional() @IsNumber(amount) @Min(-99_999_999_999.999) @Max(99_999_999_999.999) stockChangeKg?: number;
}

export class MaterialFlowDto {
  @ApiProperty({ example: 'Hennepteler Groningen', description: 'Name of a node of this variant' }) @IsString() @MinLength(1) @MaxLength(100) from!: string;
  @ApiProperty({ example: 'Isolatiefabriek' }) @IsString() @MinLength(1) @MaxLength(100) to!: string;
  @ApiProperty({ example: 'Hennepvezel' }) @IsString() @MaxLength(100) @NotBlank({ nl: 'Het materiaal', en: 'The material' }) material!: string;
  @ApiProperty({ example: 120000 }) @IsNumber(amount) @Min(0, nonNegative) @Max(99_999_999_999.999) kgPerYear!: number;
  @ApiPropertyOptional({ example: 0, description: 'Share recycled (0-100)' }) @IsOptional() @apply(pct('recycledPct')) recycledPct?: number;
  @ApiPropertyOptional({ example: 100, description: 'Share renewable (0-100); virgin non-renewable is the rest' }) @IsOptional() @apply(pct('renewablePct')) renewablePct?: number;
  @ApiPropertyOptional({ enum: RECOVERY_ROUTES, nullable: true, description: 'For material leaving the useful chain: what happens to it' })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsIn(RECOVERY_ROUTES as unknown as string[], routeText)
  recoveryRoute?: RecoveryRoute | null;
  @ApiPropertyOptional({ type: Number, nullable: true, example: 90, description: 'Share designed to be recoverable (0-100); empty reads as 100' })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @apply(pct('recoveryPotentialPct'))
  recoveryPotentialPct?: number | null;
}

export class VariantEnergyDto {
  @ApiPropertyOptional({ type: Number, nullable: true, example: 250000, description: 'All energy used, kWh (for % renewable energy)' }) @IsOptional() @ValidateIf((_, v) => v !== null) @IsNumber(amount) @Min(0, nonNegative) @Max(1e11) totalKwh?: number | null;
  @ApiPropertyOptional({ type: Number, nullable: true, example: 100000 }) @IsOptional() @ValidateIf((_, v) => v !== null) @IsNumber(amount) @Min(0, nonNegative) @Max(1e11) renewableKwh?: number | null;
  @ApiPropertyOptional({ type: Number, nullable: true, example: 180000, description: 'Electricity bought, kWh (for the CO2 effect)' }) @IsOptional() @ValidateIf((_, v) => v !== null) @IsNumber(amount) @Min(0, nonNegative) @Max(1e11) electricityKwh?: number | null;
  @ApiPropertyOptional({ type: Number, nullable: true, example: 8000, description: 'Natural gas, Nm³ (for the CO2 effect)' }) @IsOptional() @ValidateIf((_, v) => v !== null) @IsNumber(amount) @Min(0, nonNegative) @Max(1e11) naturalGasM3?: number | null;
}

export class VariantWaterDto {
  @ApiPropertyOptional({ type: Number, nullable: true, example: 1200, description: 'Water taken in, m³ per year' }) @IsOptional() @ValidateIf((_, v) => v !== null) @IsNumber(amount) @Min(0, nonNegative) @Max(1e11) intakeM3?: number | null;
  @ApiPropertyOptional({ type: Number, nullable: true, example: 300, description: 'Of which circular (reused, rain water), m³ per year' }) @IsOptional() @ValidateIf((_, v) => v !== null) @IsNumber(amount) @Min(0, nonNegative) @Max(1e11) circularM3?: number | null;
}

export class PutFlowVariantDto {
  @ApiProperty({ type: [FlowNodeDto] }) @IsArray() @ArrayMaxSize(200) @ValidateNested({ each: true }) @Type(() => FlowNodeDto) nodes!: FlowNodeDto[];
  @ApiProperty({ type: [MaterialFlowDto] }) @IsArray() @ArrayMaxSize(2000) @ValidateNested({ each: true }) @Type(() => MaterialFlowDto) flows!: MaterialFlowDto[];
  @ApiPropertyOptional({ type: VariantEnergyDto }) @IsOptional() @ValidateNested() @Type(() => VariantEnergyDto) energy?: VariantEnergyDto;
  @ApiPropertyOptional({ type: VariantWaterDto }) @IsOptional() @ValidateNested() @Type(() => VariantWaterDto) water?: VariantWaterDto;
}

export const VARIANT_PARAM = FLOW_VARIANTS;

// Answers.

export class FlowNodeView {
  @ApiProperty() name!: string;
  @ApiProperty({ enum: FLOW_NODE_KINDS }) kind!: FlowNodeKind;
  @ApiProperty() stockChangeKg!: number;
}

export class MaterialFlowView {
  @ApiProperty() from!: string;
  @ApiProperty() to!: string;
  @ApiProperty() material!: string;
  @ApiProperty() kgPerYear!: number;
  @ApiProperty() recycledPct!: number;
  @ApiProperty() renewablePct!: number;
  @ApiProperty({ enum: RECOVERY_ROUTES, nullable: true }) recoveryRoute!: RecoveryRoute | null;
  @ApiProperty({ type: Number, nullable: true }) recoveryPotentialPct!: number | null;
}

export class EnergyView {
  @ApiProperty({ type: Number, nullable: true }) totalKwh!: number | null;
  @ApiProperty({ type: Number, nullable: true }) renewableKwh!: number | null;
  @ApiProperty({ type: Number, nullable: true }) electricityKwh!: number | null;
  @ApiProperty({ type: Number, nullable: true }) naturalGasM3!: number | null;
}

export class WaterView {
  @ApiProperty({ type: Number, nullable: true }) intakeM3!: number | null;
  @ApiProperty({ type: Number, nullable: true }) circularM3!: number | null;
}

export class ImbalanceView {
  @ApiProperty() node!: string;
  @ApiProperty() inKg!: number;
  @ApiProperty() outKg!: number;
  @ApiProperty() stockChangeKg!: number;
  @ApiProperty({ description: 'in - out - stock change (negative: more goes out than comes in)' }) differenceKg!: number;
}

export class FlowVariantView {
  @ApiProperty({ enum: FLOW_VARIANTS }) variant!: FlowVariant;
  @ApiProperty({ type: [FlowNodeView] }) nodes!: FlowNodeView[];
  @ApiProperty({ type: [MaterialFlowView] }) flows!: MaterialFlowView[];
  @ApiProperty({ type: EnergyView }) energy!: EnergyView;
  @ApiProperty({ type: WaterView }) water!: WaterView;
  @ApiProperty({ type: [ImbalanceView], description: 'Nodes where what comes in does not equal what goes out plus the stated stock change' }) imbalances!: ImbalanceView[];
  @ApiProperty({ type: CalculationOutcomeView, description: 'circularity.cti of this variant' }) circularity!: CalculationOutcomeView;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) updatedAt!: Date | null;
}

export class FlowMapView {
  @ApiProperty() id!: string;
  @ApiProperty() projectId!: string;
  @ApiProperty() subject!: string;
  @ApiProperty({ type: FlowVariantView }) asIs!: FlowVariantView;
  @ApiProperty({ type: FlowVariantView }) redesign!: FlowVariantView;
}
