import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PARTICIPANT_PHASES, PHASES, type ParticipantPhase, type Phase } from '@koers/domain';
import { IsBoolean, IsDateString, IsIn, IsObject, IsOptional, IsString, IsUUID, MaxLength, MinLength, ValidateIf } from 'class-validator';

export class CreateCohortDto {
  @ApiProperty({ example: 'Koplopergroep Assen 2026' }) @IsString() @MinLength(1) @MaxLength(200) name!: string;
  @ApiProperty({ example: 'Assen' }) @IsString() @MinLength(1) @MaxLength(100) municipality!: string;
  @ApiProperty({ example: '2026-01-15' }) @IsDateString({ strict: true }) startsOn!: string;
  @ApiProperty({ example: '2026-12-15' }) @IsDateString({ strict: true }) endsOn!: string;
}

export class UpdateCohortDto {
  @ApiPropertyOptional({ example: 'Koplopergroep Assen 2026' }) @IsOptional() @IsString() @MinLength(1) @MaxLength(200) name?: string;
  @ApiPropertyOptional({ example: 'Assen' }) @IsOptional() @IsString() @MinLength(1) @MaxLength(100) municipality?: string;
  @ApiPropertyOptional({ example: '2026-01-15' }) @IsOptional() @IsDateString({ strict: true }) startsOn?: string;
  @ApiPropertyOptional({ example: '2026-12-15' }) @IsOptional() @IsDateString({ strict: true }) endsOn?: string;
  @ApiPropertyOptional({
    description: `The date (YYYY-MM-DD) by which each phase should be finished; phases: ${PHASES.join(', ')}. A null date removes it.`,
    example: { kickoff: '2026-02-01', baseline: '2026-04-01', profile: '2026-05-15' },
    type: 'object',
    additionalProperties: { type: 'string', format: 'date', nullable: true },
  })
  @IsOptional()
  @IsObject()
  phasePlan?: Partial<Record<Phase, string | null>>;
}

export class AddParticipantDto {
  @ApiProperty() @IsUUID() organisationId!: string;
}

export class UpdateParticipantDto {
  @ApiPropertyOptional({ enum: PARTICIPANT_PHASES, description: 'Move to this phase (only the next one, or withdrawn)' })
  @IsOptional()
  @IsIn(PARTICIPANT_PHASES as unknown as string[])
  phase?: ParticipantPhase;
  @ApiPropertyOptional({ nullable: true, description: "The participant's adviser: one of the cohort's advisers, or null" })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsUUID()
  adviserUserId?: string | null;
}

export class AddAdviserDto {
  @ApiProperty() @IsUUID() userId!: string;
  @ApiProperty({ description: 'A local professional trained on the job; needs a mentor' }) @IsBoolean() trainee!: boolean;
  @ApiPropertyOptional({ description: 'An experienced adviser of this cohort (required for a trainee)' }) @IsOptional() @IsUUID() mentorUserId?: string;
}
