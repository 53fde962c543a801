import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';

export class UpdateSustainabilityProfileDto {
  @ApiProperty({ example: 'Mooie start met groene stroom. Pak nu de bestelbussen aan.', maxLength: 5000, description: "The adviser's comment shown on the profile" })
  @IsString()
  @MaxLength(5000)
  adviserComment!: string;
}

// ---------------------------------------------------------------- answers

class BilingualText {
  @ApiProperty({ example: 'Energie is 62% van uw footprint' }) nl!: string;
  @ApiProperty({ example: 'Energy is 62% of your footprint' }) en!: string;
}

export class ProfileItemView {
  @ApiProperty({ enum: ['footprint-theme', 'iso26000-subject', 'measures-taken', 'baseline'], description: "'baseline': what the baseline shows goes well (green power, own solar, electric cars)" }) kind!: string;
  @ApiProperty({ example: 'energy', description: "Footprint theme, ISO 26000 core subject, measure theme, or for 'baseline' green-electricity / own-solar / electric-fleet" }) id!: string;
  @ApiProperty({ example: 62.1, description: "Share of the footprint (%), ISO 26000 score (%), number of measures taken, or for 'baseline' the kWh or km" }) value!: number;
  @ApiProperty({ type: BilingualText }) text!: BilingualText;
}

class RangeView {
  @ApiProperty() min!: number;
  @ApiProperty() max!: number;
}

class CostEffectView {
  @ApiProperty({ type: RangeView, required: false }) investmentEur?: RangeView;
  @ApiProperty({ type: RangeView, required: false }) yearlySavingEur?: RangeView;
  @ApiProperty({ type: RangeView, required: false }) paybackYears?: RangeView;
  @ApiProperty({ example: 'per 10 kWp' }) basis!: string;
}

export class Co2EffectView {
  @ApiProperty({ enum: ['estimate', 'typical', 'none'], description: "estimate: for this company; typical: the catalogue's figure per a stated unit; none: no direct CO2 effect" }) kind!: 'estimate' | 'typical' | 'none';
  @ApiProperty({ type: RangeView, nullable: true }) kgCO2ePerYear!: RangeView | null;
  @ApiProperty({ type: BilingualText, nullable: true, description: 'For typical: what the figure is counted per (per car, per 10 kWp ...)' }) per!: BilingualText | null;
}

export class EmlMarkingView {
  @ApiProperty({ enum: ['buildings', 'facilities', 'processes'], description: 'EML part: Gebouwen, Faciliteiten, Processen' }) part!: 'buildings' | 'facilities' | 'processes';
  @ApiProperty({ type: BilingualText }) category!: BilingualText;
  @ApiProperty({ description: 'Checked line by line against the EML edition named in the reference data' }) verified!: boolean;
}

class DutyThresholdsView {
  @ApiProperty({ example: 50000 }) electricityKWhPerYear!: number;
  @ApiProperty({ example: 25000 }) naturalGasM3EquivalentPerYear!: number;
}

class DutySourceView {
  @ApiProperty() name!: string;
  @ApiProperty() url!: string;
  @ApiProperty({ format: 'date' }) consulted!: string;
}

export class EnergySavingDutyView {
  @ApiProperty({ example: 'energy-saving-duty.nl.v1', description: 'The reference data the assessment was made with' }) rule!: string;
  @ApiProperty({ description: 'At or above 50,000 kWh or 25,000 m³ natural gas equivalent a year' }) applies!: boolean;
  @ApiProperty({ example: 42000 }) electricityKWh!: number;
  @ApiProperty({ example: 24000 }) gasM3Equivalent!: number;
  @ApiProperty({ type: DutyThresholdsView }) thresholds!: DutyThresholdsView;
  @ApiProperty({ type: [String], enum: ['electricity', 'gas'], isArray: true }) reachedBy!: ('electricity' | 'gas')[];
  @ApiProperty({ example: 5 }) paybackYearsAtMost!: number;
  @ApiProperty({ example: 4, description: 'The informatieplicht: report every so many years' }) reportingEveryYears!: number;
  @ApiProperty({ description: 'Above the research-duty thresholds (onderzoeksplicht)' }) researchDuty!: boolean;
  @ApiProperty({ type: [String], description: 'Fuels counted with a conversion Koers derived rather than read from a source' }) derivedConversions!: string[];
  @ApiProperty({ type: BilingualText }) summary!: BilingualText;
  @ApiProperty({ type: [BilingualText] }) caveats!: BilingualText[];
  @ApiProperty({ type: [DutySourceView] }) sources!: DutySourceView[];
}

export class RecommendationView {
  @ApiProperty({ example: 1 }) rank!: number;
  @ApiProperty({ example: 'energy.led-lighting' }) measureId!: string;
  @ApiProperty({ example: 'energy' }) theme!: string;
  @ApiProperty({ type: BilingualText }) title!: BilingualText;
  @ApiProperty({ example: 62.1, description: '0..100: footprint share of its theme, or 100 minus the weakest linked ISO 26000 score' }) relevance!: number;
  @ApiProperty({ enum: ['footprint', 'iso26000', 'none'] }) basis!: string;
  @ApiProperty({ type: BilingualText }) reason!: BilingualText;
  @ApiProperty({ type: RangeView, nullable: true }) estimatedKgCO2ePerYear!: RangeView | null;
  @ApiProperty({ type: RangeView, nullable: true }) typicalKgCO2ePerYear!: RangeView | null;
  @ApiProperty({ type: CostEffectView }) costEffect!: CostEffectView;
  @ApiProperty({ description: 'On the RVO Erkende Maatregelenlijst' }) erkendeMaatregel!: boolean;
  @ApiProperty({ type: Number, nullable: true, description: 'Expected kg CO2e a year, for ranking by CO2 effect; null without a figure. Absent in profiles made before it.' }) expectedKgCO2ePerYear!: number | null;
  @ApiProperty({ type: Co2EffectView, description: 'The CO2 effect as page and PDF show it. Absent in profiles made before it.' }) co2Effect!: Co2EffectView;
  @ApiProperty({ type: EmlMarkingView, nullable: true, description: 'On the Erkende Maatregelenlijst (energy-saving duty reference data); null when not' }) eml!: EmlMarkingView | null;
  @ApiProperty({ enum: ['obligatory', 'choice'], description: 'obligatory: on the EML and the company falls under the energy-saving duty' }) obligation!: 'obligatory' | 'choice';
  @ApiProperty() source!: string;
}

export class ComparisonView {
  @ApiProperty({ example: 2024, description: "The organisation's first baseline year" }) baselineYear!: number;
  @ApiProperty({ example: 51234.5 }) baselineKgCO2e!: number;
  @ApiProperty({ example: -4200.3, description: 'This year minus the first year' }) changeKgCO2e!: number;
  @ApiProperty({ type: Number, nullable: true, example: -8.2 }) changePercent!: number | null;
}

export class YearChangeView {
  @ApiProperty({ example: 30000 }) baselineKgCO2e!: number;
  @ApiProperty({ example: 26900 }) currentKgCO2e!: number;
  @ApiProperty({ example: -3100, description: 'This year minus the baseline year: negative is a reduction' }) changeKgCO2e!: number;
  @ApiProperty({ type: Number, nullable: true, example: -10.3, description: 'Percent of the baseline (one decimal); null when the baseline is 0' }) changePercent!: number | null;
}

class YearOnYearScopesView {
  @ApiProperty({ type: YearChangeView }) scope1!: YearChangeView;
  @ApiProperty({ type: YearChangeView, description: 'Market-based, as the totals' }) scope2!: YearChangeView;
  @ApiProperty({ type: YearChangeView }) scope3!: YearChangeView;
}

class YearOnYearThemesView {
  @ApiProperty({ type: YearChangeView }) energy!: YearChangeView;
  @ApiProperty({ type: YearChangeView }) mobility!: YearChangeView;
  @ApiProperty({ type: YearChangeView }) waste!: YearChangeView;
  @ApiProperty({ type: YearChangeView }) water!: YearChangeView;
  @ApiProperty({ type: YearChangeView }) materials!: YearChangeView;
}

class YearFactorSetView {
  @ApiProperty({ example: 'co2emissiefactoren-nl-2025' }) id!: string;
  @ApiProperty({ example: 'CO2emissiefactoren.nl 2025' }) title!: string;
}

class YearOnYearFactorSetsView {
  @ApiProperty({ type: YearFactorSetView }) baseline!: YearFactorSetView;
  @ApiProperty({ type: YearFactorSetView }) current!: YearFactorSetView;
}

class YearOnYearMeasuresView {
  @ApiProperty({ example: 2, description: 'Action-plan items marked done with an expected CO2 effect' }) count!: number;
  @ApiProperty({ example: -4200, description: 'Their expected effect together, kg CO2e a year (negative: a reduction)' }) expectedKgCO2e!: number;
  @ApiProperty({ example: -3100, description: 'The change measured in the total' }) measuredKgCO2e!: number;
}

export class YearOnYearView {
  @ApiProperty({ example: 2024 }) baselineYear!: number;
  @ApiProperty({ example: 2025 }) year!: number;
  @ApiProperty({ type: YearOnYearFactorSetsView, description: 'The emission-factor set each year was computed with' }) factorSets!: YearOnYearFactorSetsView;
  @ApiProperty({ type: YearChangeView }) total!: YearChangeView;
  @ApiProperty({ type: YearOnYearScopesView }) scopes!: YearOnYearScopesView;
  @ApiProperty({ type: YearOnYearThemesView }) themes!: YearOnYearThemesView;
  @ApiProperty({ type: YearOnYearMeasuresView, nullable: true, description: 'Null when no measure marked done has an expected effect' }) measures!: YearOnYearMeasuresView | null;
}

export class ProfileSummaryView {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: ['draft', 'published'] }) status!: 'draft' | 'published';
  @ApiProperty({ type: Number, nullable: true, description: '1, 2, ... once published; null for the draft' }) version!: number | null;
  @ApiProperty({ example: 2025, description: 'The baseline year the profile is about' }) year!: number;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt!: Date;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) publishedAt!: Date | null;
  @ApiProperty({ description: 'The worker has rendered the PDF' }) pdfReady!: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: "A trainee adviser published this draft: it waits for the mentor's sign-off ('wacht op de mentor') and stays a draft until then" })
  awaitingSignOffAt!: Date | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: "When the mentor signed off a trainee adviser's publication" }) signedOffAt!: Date | null;
}

class RatioBasisView {
  @ApiProperty({ type: Number, nullable: true, example: 12 }) employees!: number | null;
  @ApiProperty({ type: Number, nullable: true, example: 450 }) floorAreaM2!: number | null;
  @ApiProperty({ type: Number, nullable: true, example: 1800000 }) turnoverEur!: number | null;
}

class RatioFactorSetView {
  @ApiProperty({ example: 'co2emissiefactoren-nl-2026' }) id!: string;
  @ApiProperty({ example: 'CO2emissiefactoren.nl 2026' }) title!: string;
}

class RatioSourceView {
  @ApiProperty({ example: 2026 }) year!: number;
  @ApiProperty({ type: RatioFactorSetView }) factorSet!: RatioFactorSetView;
}

class ProductionRatioView {
  @ApiProperty({ example: 'ton brood' }) unit!: string;
  @ApiProperty({ example: 120 }) amount!: number;
  @ApiProperty({ example: 500, description: 'kg CO2e per unit' }) kgCO2e!: number;
}

/** kg CO2e per fte, m², € 1.000 turnover and production unit (the footprint's market-based total). */
export class ProfileRatiosView {
  @ApiProperty({ type: Number, nullable: true, example: 5000, description: 'kg CO2e per fte; null without employees' }) perFte!: number | null;
  @ApiProperty({ type: Number, nullable: true, example: 133.3, description: 'kg CO2e per m² floor area' }) perM2!: number | null;
  @ApiProperty({ type: Number, nullable: true, example: 33.3, description: 'kg CO2e per € 1.000 turnover' }) perThousandEur!: number | null;
  @ApiProperty({ type: ProductionRatioView, nullable: true }) perProductionUnit!: ProductionRatioView | null;
  @ApiProperty({ type: RatioBasisView }) basis!: RatioBasisView;
  @ApiProperty({ type: RatioSourceView, description: "The footprint's factor set and year" }) source!: RatioSourceView;
}

class BenchmarkGroupView {
  @ApiProperty({ example: '10', description: 'SBI division: the first two digits of the SBI code' }) sbiDivision!: string;
  @ApiProperty({ enum: ['micro', 'small', 'medium', 'large'] }) sizeClass!: string;
  @ApiProperty({ example: 2026, description: 'The baseline year compared (the same year for every company)' }) year!: number;
}

class RatioBenchmarkView {
  @ApiProperty({ enum: ['perFte', 'perM2', 'perThousandEur'] }) metric!: string;
  @ApiProperty({ description: 'False: withheld (see reason)' }) shown!: boolean;
  @ApiPropertyOptional({ enum: ['company_missing', 'too_few_others'], description: 'When withheld: the company lacks the figure, or fewer than minOthers other companies have it' }) reason?: string;
  @ApiPropertyOptional({ example: 7, description: 'Other companies with this figure' }) n?: number;
  @ApiPropertyOptional({ example: 4500 }) companyValue?: number;
  @ApiPropertyOptional({ example: 5000 }) p25?: number;
  @ApiPropertyOptional({ example: 6000 }) median?: number;
  @ApiPropertyOptional({ example: 7000 }) p75?: number;
  @ApiPropertyOptional({ enum: ['lowest_quarter', 'below_median', 'above_median', 'highest_quarter'], description: 'Lower kg per unit is better' }) position?: string;
}

/** The sector benchmark: aggregates of the other companies of the group only; withheld below minOthers. */
export class BenchmarkView {
  @ApiProperty({ type: BenchmarkGroupView }) group!: BenchmarkGroupView;
  @ApiProperty({ example: 5 }) minOthers!: number;
  @ApiProperty({ description: 'At least minOthers other companies are in the group' }) shown!: boolean;
  @ApiProperty({ type: Number, nullable: true, example: 7, description: 'Other companies in the group; null when withheld (not even the count is said)' }) others!: number | null;
  @ApiProperty({ type: [RatioBenchmarkView] }) ratios!: RatioBenchmarkView[];
}

export class ProfileView extends ProfileSummaryView {
  @ApiProperty({ example: 'Bakkerij De Vries' }) organisationName!: string;
  @ApiProperty({ type: String, nullable: true }) adviserName!: string | null;
  @ApiProperty() adviserComment!: string;
  @ApiProperty({ type: String, nullable: true, description: 'The trainee adviser whose publication waits for the sign-off' }) awaitingSignOffByName!: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'The footprint.ghg output: totalKgCO2e, scopes, themes, lines, ...' }) footprint!: unknown;
  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true, description: 'The iso26000.scan output: coreSubjects[].scorePercent for the radar, ...' }) iso26000!: unknown;
  @ApiProperty({ type: [ProfileItemView] }) goingWell!: ProfileItemView[];
  @ApiProperty({ type: [ProfileItemView] }) canImprove!: ProfileItemView[];
  @ApiProperty({ type: [RecommendationView], description: 'Ranked, most relevant first' }) recommendations!: RecommendationView[];
  @ApiProperty({ type: EnergySavingDutyView, nullable: true, description: 'Whether the company falls under the energy-saving duty; null when the profile predates it or the footprint has no lines' }) energySavingDuty!: EnergySavingDutyView | null;
  @ApiProperty({ type: ComparisonView, nullable: true, description: 'Against the first baseline year; null in the first year' }) comparison!: ComparisonView | null;
  @ApiProperty({ type: YearOnYearView, nullable: true, description: 'Per scope and theme against the first baseline year, and the done measures\' expected effect against the change measured; null in the first year' }) yearOnYear!: YearOnYearView | null;
  @ApiProperty({ type: ProfileRatiosView, nullable: true, description: 'kg CO2e per fte, m², € 1.000 turnover and production unit; null in profiles made before them' }) ratios!: ProfileRatiosView | null;
  @ApiProperty({ type: BenchmarkView, nullable: true, description: 'The sector benchmark (SBI division, size class, same year, all partners); null in profiles made before it' }) benchmark!: BenchmarkView | null;
}
