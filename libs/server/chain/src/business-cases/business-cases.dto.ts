import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { NotBlank, withText } from '@koers/server-auth';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsInt, IsNumber, IsOptional, IsString, IsUUID, Max, MaxLength, Min, ValidateNested } from 'class-validator';

const euros = { maxDecimalPlaces: 2, allowNaN: false, allowInfinity: false };
const nonNegative = withText({ nl: 'Geef een bedrag van 0 of meer', en: 'Give an amount of 0 or more' }, 'business_case.negative');
const limit = withText({ nl: 'Dit bedrag is te groot', en: 'This amount is too large' }, 'business_case.too_large');

export class BusinessCaseLineDto {
  @ApiProperty({ description: "A lead or chain partner of the project (its enrolment, the member's participantId)" }) @IsUUID() participantId!: string;
  @ApiProperty({ example: 85000 }) @IsNumber(euros) @Min(0, nonNegative) @Max(1e11, limit) investmentEur!: number;
  @ApiProperty({ example: 12500, description: 'Yearly cost savings (negative: extra costs)' }) @IsNumber(euros) @Min(-1e11, limit) @Max(1e11, limit) yearlySavingsEur!: number;
  @ApiProperty({ example: 20000, description: 'Yearly extra revenue' }) @IsNumber(euros) @Min(-1e11, limit) @Max(1e11, limit) extraRevenueEur!: number;
  @ApiPropertyOptional({ example: 1.5, description: 'Change in employment, fte' }) @IsOptional() @IsNumber({ maxDecimalPlaces: 2, allowNaN: false, allowInfinity: false }) @Min(-10000) @Max(10000) fteChange?: number;
}

export class BusinessCaseDto {
  @ApiProperty({ example: 'Hennepplaat met gerecyclede snijresten' }) @IsString() @MaxLength(200) @NotBlank({ nl: 'De naam van de optie', en: "The option's name" }) name!: string;
  @ApiPropertyOptional({ example: 'Snijresten van de bouwplaats gaan terug naar de fabriek' }) @IsOptional() @IsString() @MaxLength(5000) description?: string;
  @ApiProperty({ example: 4, description: 'Discount rate for the net present value, % per year' })
  @IsNumber(euros)
  @Min(0, withText({ nl: 'De rekenrente is 0 tot 50%', en: 'The discount rate is 0 to 50%' }, 'business_case.rate'))
  @Max(50, withText({ nl: 'De rekenrente is 0 tot 50%', en: 'The discount rate is 0 to 50%' }, 'business_case.rate'))
  discountRatePct!: number;
  @ApiProperty({ example: 10, description: 'Years the net present value looks ahead' })
  @IsInt(withText({ nl: 'De looptijd is een heel aantal jaren', en: 'The horizon is a whole number of years' }, 'business_case.horizon'))
  @Min(1, withText({ nl: 'De looptijd is 1 tot 50 jaar', en: 'The horizon is 1 to 50 years' }, 'business_case.horizon'))
  @Max(50, withText({ nl: 'De looptijd is 1 tot 50 jaar', en: 'The horizon is 1 to 50 years' }, 'business_case.horizon'))
  horizonYears!: number;
  @ApiProperty({ type: [BusinessCaseLineDto] }) @IsArray() @ArrayMaxSize(31) @ValidateNested({ each: true }) @Type(() => BusinessCaseLineDto) lines!: BusinessCaseLineDto[];
}

// Answers.

export class BusinessCaseFiguresView {
  @ApiProperty() investmentEur!: number;
  @ApiProperty({ description: 'Yearly savings plus extra revenue' }) yearlyBenefitEur!: number;
  @ApiProperty({ type: Number, nullable: true, description: 'Simple payback in years; null without a yearly benefit' }) paybackYears!: number | null;
  @ApiProperty({ description: 'Net present value over the horizon at the discount rate' }) npvEur!: number;
}

export class BusinessCaseLineView {
  @ApiProperty() participantId!: string;
  @ApiProperty({ type: String, nullable: true }) organisationName!: string | null;
  @ApiProperty() investmentEur!: number;
  @ApiProperty() yearlySavingsEur!: number;
  @ApiProperty() extraRevenueEur!: number;
  @ApiProperty() fteChange!: number;
  @ApiProperty({ type: BusinessCaseFiguresView }) figures!: BusinessCaseFiguresView;
}

export class BusinessCaseView {
  @ApiProperty() id!: string;
  @ApiProperty() projectId!: string;
  @ApiProperty() name!: string;
  @ApiProperty() description!: string;
  @ApiProperty() discountRatePct!: number;
  @ApiProperty() horizonYears!: number;
  @ApiProperty({ description: 'The option the project goes on with; its impact is computed' }) chosen!: boolean;
  @ApiProperty({ type: [BusinessCaseLineView] }) lines!: BusinessCaseLineView[];
  @ApiProperty({ type: BusinessCaseFiguresView, description: 'All chain partners together' }) total!: BusinessCaseFiguresView;
}

export class BusinessCaseListView {
  @ApiProperty({ type: [BusinessCaseView] }) items!: BusinessCaseView[];
}
