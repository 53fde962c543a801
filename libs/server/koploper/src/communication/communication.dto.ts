import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayUnique, IsArray, IsObject, IsString, IsUUID, MaxLength } from 'class-validator';
import { PRIZE_CRITERIA } from './criteria';

export const MAX_TEXT = 20_000;

/** PUT /participants/:pid/communication: the text of the communicatieopdracht (a draft until submitted). */
export class PutCommunicationDto {
  @ApiProperty({ example: 'Onze klanten zien in de winkel hoeveel stroom de ovens vandaag van het eigen dak haalden.', maxLength: MAX_TEXT })
  @IsString()
  @MaxLength(MAX_TEXT)
  text!: string;
}

/** PUT /cohorts/:id/jury: the jurors of the Koploperprijs (staff users of the partner); replaces the jury. */
export class PutJuryDto {
  @ApiProperty({ type: [String], format: 'uuid', maxItems: 20, example: ['3f1c2a4e-8d7b-4c1e-9a2f-5b6d7e8f9a0b'] })
  @IsArray()
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  userIds!: string[];
}

/** PUT /communication/:submissionId/scores: one juror's scores on every criterion. */
export class PutScoresDto {
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'number', minimum: 0 },
    example: Object.fromEntries(PRIZE_CRITERIA.map((c) => [c.id, c.max - 2])),
    description: `A score 0..max (at most one decimal) for every criterion: ${PRIZE_CRITERIA.map((c) => `${c.id} (max ${c.max})`).join(', ')}`,
  })
  @IsObject()
  scores!: Record<string, number>;
}

/** POST /cohorts/:id/prize: the winner, which must have (one of) the highest totals. */
export class AwardPrizeDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  participantId!: string;
}

// ---------------------------------------------------------------- answers

export class SubmissionFileView {
  @ApiProperty({ description: 'Download with GET /files/:id' }) id!: string;
  @ApiProperty({ example: 'poster.pdf' }) filename!: string;
  @ApiProperty({ example: 'application/pdf' }) contentType!: string;
  @ApiProperty({ example: 482113 }) sizeBytes!: number;
}

/** A stored file as the submission and the prize list it. */
export const submissionFileView = (f: SubmissionFileView): SubmissionFileView => ({ id: f.id, filename: f.filename, contentType: f.contentType, sizeBytes: f.sizeBytes });

export class SubmissionView {
  @ApiProperty() id!: string;
  @ApiProperty() participantId!: string;
  @ApiProperty() text!: string;
  @ApiProperty({ enum: ['draft', 'submitted'] }) status!: 'draft' | 'submitted';
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) submittedAt!: Date | null;
  @ApiProperty({ type: [SubmissionFileView], description: 'Oldest first' }) files!: SubmissionFileView[];
}

class PrizeText {
  @ApiProperty({ example: 'Overtuigingskracht' }) nl!: string;
  @ApiProperty({ example: 'Persuasiveness' }) en!: string;
}

export class PrizeCriterionView {
  @ApiProperty({ example: 'persuasiveness' }) id!: string;
  @ApiProperty({ type: PrizeText }) name!: PrizeText;
  @ApiProperty({ type: PrizeText }) description!: PrizeText;
  @ApiProperty({ example: 10, description: 'Highest score (the lowest is 0)' }) max!: number;
  @ApiProperty({ example: 2, description: 'Relative weight in the total' }) weight!: number;
}

export class JurorView {
  @ApiProperty() userId!: string;
  @ApiProperty({ example: 'Ada Veenstra' }) name!: string;
}

export class JurorScoreView {
  @ApiProperty() jurorUserId!: string;
  @ApiProperty({ example: 'persuasiveness' }) criterionId!: string;
  @ApiProperty({ example: 8.5 }) score!: number;
}

export class PrizeEntryView {
  @ApiProperty() participantId!: string;
  @ApiProperty({ example: 'Bakkerij De Vries' }) organisationName!: string;
  @ApiProperty() submissionId!: string;
  @ApiProperty({ description: 'What the jury judges: the submitted text' }) text!: string;
  @ApiProperty({ type: [SubmissionFileView], description: 'And its files (GET /files/:id), oldest first' }) files!: SubmissionFileView[];
  @ApiProperty({ type: [JurorScoreView], description: "The current jurors' scores" }) scores!: JurorScoreView[];
  @ApiProperty({ example: 7.833, description: "Mean over its jurors of each juror's weighted score, 0..10 (3 decimals); 0 while unscored" }) total!: number;
  @ApiProperty({ description: 'Every current juror has scored it' }) complete!: boolean;
}

export class PrizeView {
  @ApiProperty({ type: [PrizeCriterionView] }) criteria!: PrizeCriterionView[];
  @ApiProperty({ type: [JurorView] }) jury!: JurorView[];
  @ApiProperty({ type: [PrizeEntryView], description: 'Submitted assignments of active participants, highest total first; unscored ones last' }) entries!: PrizeEntryView[];
  @ApiProperty({ type: [String], description: 'Participants sharing the highest total (none before any score); more than one is a tie the coordinator decides' }) leaders!: string[];
  @ApiProperty() tie!: boolean;
  @ApiProperty({ type: String, nullable: true }) winnerParticipantId!: string | null;
}
