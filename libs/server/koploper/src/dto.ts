import { ApiProperty } from '@nestjs/swagger';
import { PARTICIPANT_PHASES, type ParticipantPhase } from '@koers/domain';
import { IsDateString, IsIn, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';

export class CreateCohortDto {
  @ApiProperty({ example: 'Koplopergroep Assen 2026' }) @IsString() @MinLength(1) @MaxLength(200) name!: string;
  @ApiProperty({ example: 'Assen' }) @IsString() @MinLength(1) @MaxLength(100) municipality!: string;
  @ApiProperty({ example: '2026-01-15' }) @IsDateString({ strict: true }) startsOn!: string;
  @ApiProperty({ example: '2026-12-15' }) @IsDateString({ strict: true }) endsOn!: string;
}

export class AddParticipantDto {
  @ApiProperty() @IsUUID() organisationId!: string;
}

export class ChangePhaseDto {
  @ApiProperty({ enum: PARTICIPANT_PHASES }) @IsIn(PARTICIPANT_PHASES as unknown as string[]) phase!: ParticipantPhase;
}
