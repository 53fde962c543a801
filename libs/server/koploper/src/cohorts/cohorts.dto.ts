import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { GroupFieldsDto, GroupView, ProgrammeLineField } from '@koers/server-programme';
import type { ProgrammeLine } from '@koers/domain';
import { IsDateString, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';

export class CreateCohortDto {
  @ApiProperty({ example: 'Koplopergroep Assen 2026' }) @IsString() @MinLength(1) @MaxLength(200) name!: string;
  @ApiProperty({ example: 'Assen' }) @IsString() @MinLength(1) @MaxLength(100) municipality!: string;
  @ApiProperty({ example: '2026-01-15' }) @IsDateString({ strict: true }) startsOn!: string;
  @ApiProperty({ example: '2026-12-15' }) @IsDateString({ strict: true }) endsOn!: string;
  @ProgrammeLineField() programmeLine?: ProgrammeLine;
}

/** The core group's fields and the municipality, step 1's own. */
export class UpdateCohortDto extends GroupFieldsDto {
  @ApiPropertyOptional({ example: 'Assen' }) @IsOptional() @IsString() @MinLength(1) @MaxLength(100) municipality?: string;
}

export class CohortSummaryView {
  @ApiProperty() id!: string;
  @ApiProperty({ example: 'Koplopergroep Assen 2026' }) name!: string;
  @ApiProperty({ example: 'Assen' }) municipality!: string;
  @ApiProperty({ example: '2026-01-15' }) startsOn!: string;
  @ApiProperty({ example: '2026-12-15' }) endsOn!: string;
  @ApiProperty({ enum: ['planned', 'running', 'closed'] }) status!: 'planned' | 'running' | 'closed';
  @ApiProperty({ example: 8, description: 'Participants who have not withdrawn' }) participants!: number;
}

export class CohortListView {
  @ApiProperty({ type: [CohortSummaryView] }) items!: CohortSummaryView[];
  @ApiProperty() total!: number;
}

/** A Koplopergroep: the core group with its municipality. */
export class CohortDetailView extends GroupView {
  @ApiProperty({ example: 'Assen' }) municipality!: string;
}
