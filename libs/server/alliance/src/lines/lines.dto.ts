import { PILOT_STATUSES, PROGRAMME_LINES, type PilotStatus, type ProgrammeLine } from '@koers/domain';
import { NotBlank, withText } from '@koers/server-auth';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsNumber, IsOptional, IsString, MaxLength, Max, Min, ValidateIf, ValidateNested } from 'class-validator';
import { AllianceTextView, apply, choose, day } from '../inputs';
import { AlliancePartnerRefView } from '../partners/partners.dto';

export class ImpactFigureDto {
  @ApiProperty({ maxLength: 200, example: 'Jongeren benoemd tot junior MVO-ambassadeur' }) @IsString() @MaxLength(200) @NotBlank({ nl: 'Wat het getal meet', en: 'What the figure measures' }) label!: string;
  @ApiProperty({ example: 12, description: 'At most 4 decimals' })
  @IsNumber({ maxDecimalPlaces: 4, allowNaN: false, allowInfinity: false }, withText({ nl: 'Een getal met hoogstens 4 decimalen', en: 'A number with at most 4 decimals' }, 'alliance.figure_value'))
  @Min(-99_999_999_999_999, withText({ nl: 'Het getal is te klein', en: 'The number is too small' }, 'alliance.figure_value'))
  @Max(99_999_999_999_999, withText({ nl: 'Het getal is te groot', en: 'The number is too large' }, 'alliance.figure_value'))
  value!: number;
  @ApiPropertyOptional({ maxLength: 32, example: 'personen' }) @IsOptional() @IsString() @MaxLength(32) unit?: string;
  @ApiProperty({ maxLength: 500, example: 'Evaluatie Drenthe College, juni 2016' }) @IsString() @MaxLength(500) @NotBlank({ nl: 'De bron van het getal', en: 'The source of the figure' }) source!: string;
  @ApiPropertyOptional({ example: '2016-06-30' }) @IsOptional() @apply(day({ nl: 'Gemeten op', en: 'Measured on' })) measuredOn?: string;
}

export class CreatePilotDto {
  @ApiProperty({ enum: PROGRAMME_LINES }) @choose(PROGRAMME_LINES, 'alliance.programme_line') programmeLine!: ProgrammeLine;
  @ApiProperty({ maxLength: 200, example: 'De Groene Golf: MVO-scan bij stagebedrijven' }) @IsString() @MaxLength(200) @NotBlank({ nl: 'De titel', en: 'The title' }) title!: string;
  @ApiPropertyOptional({ maxLength: 5000 }) @IsOptional() @IsString() @MaxLength(5000) description?: string;
  @ApiProperty({ maxLength: 200, example: 'Drenthe College' }) @IsString() @MaxLength(200) @NotBlank({ nl: 'De trekker', en: 'The lead organisation' }) leadOrganisation!: string;
  @ApiPropertyOptional({ example: 'mvo-noord', description: 'When the lead organisation is an alliance partner' }) @IsOptional() @IsString() @MaxLength(64) leadPartnerSlug?: string;
  @ApiPropertyOptional({ enum: PILOT_STATUSES, default: 'preparing' }) @IsOptional() @choose(PILOT_STATUSES, 'alliance.pilot_status') status?: PilotStatus;
  @ApiPropertyOptional({ example: '2016-01-01' }) @IsOptional() @apply(day({ nl: 'Start', en: 'Start' })) startsOn?: string;
  @ApiPropertyOptional({ example: '2016-12-31' }) @IsOptional() @apply(day({ nl: 'Einde', en: 'End' })) endsOn?: string;
}

export class UpdatePilotDto {
  @ApiPropertyOptional({ enum: PROGRAMME_LINES }) @IsOptional() @choose(PROGRAMME_LINES, 'alliance.programme_line') programmeLine?: ProgrammeLine;
  @ApiPropertyOptional({ maxLength: 200 }) @IsOptional() @IsString() @MaxLength(200) @NotBlank({ nl: 'De titel', en: 'The title' }) title?: string;
  @ApiPropertyOptional({ maxLength: 5000 }) @IsOptional() @IsString() @MaxLength(5000) description?: string;
  @ApiPropertyOptional({ maxLength: 200 }) @IsOptional() @IsString() @MaxLength(200) @NotBlank({ nl: 'De trekker', en: 'The lead organisation' }) leadOrganisation?: string;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'null: the lead is no alliance partner' })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsString()
  @MaxLength(64)
  leadPartnerSlug?: string | null;
  @ApiPropertyOptional({ enum: PILOT_STATUSES }) @IsOptional() @choose(PILOT_STATUSES, 'alliance.pilot_status') status?: PilotStatus;
  @ApiPropertyOptional({ type: String, nullable: true }) @IsOptional() @ValidateIf((_, v) => v !== null) @apply(day({ nl: 'Start', en: 'Start' })) startsOn?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) @IsOptional() @ValidateIf((_, v) => v !== null) @apply(day({ nl: 'Einde', en: 'End' })) endsOn?: string | null;
  @ApiPropertyOptional({ maxLength: 10000, description: 'The evaluation on impact, in words' }) @IsOptional() @IsString() @MaxLength(10000) impactSummary?: string;
  @ApiPropertyOptional({ type: String, nullable: true, example: '2016-07-01' }) @IsOptional() @ValidateIf((_, v) => v !== null) @apply(day({ nl: 'Geëvalueerd op', en: 'Evaluated on' })) evaluatedOn?: string | null;
  @ApiPropertyOptional({ type: [ImpactFigureDto], description: 'The evaluation\'s figures, each with its source; replaces the earlier list' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => ImpactFigureDto)
  impactFigures?: ImpactFigureDto[];
}

export class PilotsQuery {
  @ApiPropertyOptional({ enum: PROGRAMME_LINES, description: 'Only the pilots of this line' }) @IsOptional() @choose(PROGRAMME_LINES, 'alliance.programme_line') line?: ProgrammeLine;
}

export class ImpactFigureView {
  @ApiProperty() label!: string;
  @ApiProperty({ example: 12 }) value!: number;
  @ApiProperty({ example: 'personen' }) unit!: string;
  @ApiProperty() source!: string;
  @ApiProperty({ type: String, nullable: true }) measuredOn!: string | null;
}

export class PilotSummaryView {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: PROGRAMME_LINES }) programmeLine!: ProgrammeLine;
  @ApiProperty() title!: string;
  @ApiProperty() leadOrganisation!: string;
  @ApiProperty({ enum: PILOT_STATUSES }) status!: PilotStatus;
  @ApiProperty({ type: AllianceTextView }) statusLabel!: AllianceTextView;
  @ApiProperty({ type: String, nullable: true }) startsOn!: string | null;
  @ApiProperty({ type: String, nullable: true }) endsOn!: string | null;
  @ApiProperty({ type: String, nullable: true }) evaluatedOn!: string | null;
}

export class PilotListView {
  @ApiProperty({ type: [PilotSummaryView] }) items!: PilotSummaryView[];
}

export class PilotView extends PilotSummaryView {
  @ApiProperty({ type: AllianceTextView }) programmeLineLabel!: AllianceTextView;
  @ApiProperty() description!: string;
  @ApiProperty({ type: AlliancePartnerRefView, nullable: true }) leadPartner!: AlliancePartnerRefView | null;
  @ApiProperty({ type: AlliancePartnerRefView, description: 'The partner that keeps the pilot' }) keeper!: AlliancePartnerRefView;
  @ApiProperty() impactSummary!: string;
  @ApiProperty({ type: [ImpactFigureView] }) impactFigures!: ImpactFigureView[];
  @ApiProperty() canEdit!: boolean;
}

/** The education line's figures over every school (koers_education_figures: counts only, no names). */
export class AllianceEducationFiguresView {
  @ApiProperty({ example: 1, description: 'Schools (partners) with registered students' }) schools!: number;
  @ApiProperty({ example: 12 }) students!: number;
  @ApiProperty({ example: 7, description: 'ISO 26000 scans handed in at internship companies' }) scans!: number;
  @ApiProperty({ example: 3, description: 'Junior MVO ambassadors named' }) ambassadors!: number;
}

export class ProgrammeLineView {
  @ApiProperty({ enum: PROGRAMME_LINES }) code!: ProgrammeLine;
  @ApiProperty({ type: AllianceTextView }) name!: AllianceTextView;
  @ApiProperty({ example: 2 }) position!: number;
  @ApiProperty({ example: 3, description: 'Pilot projects of the line' }) pilots!: number;
  @ApiProperty({ example: 4, description: "The reader's own partner's groups of every step in the line" }) ownGroups!: number;
  @ApiProperty({ type: AllianceEducationFiguresView, nullable: true, description: 'education_development only: the students\' scans and ambassadors (docs/alliance.md, the education line)' })
  education!: AllianceEducationFiguresView | null;
}

export class ProgrammeLineListView {
  @ApiProperty({ type: [ProgrammeLineView] }) items!: ProgrammeLineView[];
}
