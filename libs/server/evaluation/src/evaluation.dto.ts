import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { NotBlank, withText } from '@koers/server-auth';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsInt, IsObject, IsOptional, IsString, Matches, Max, MaxLength, Min, ValidateIf, ValidateNested } from 'class-validator';

export class EvaluationTextDto {
  @ApiProperty({ example: 'De bijeenkomsten waren goed georganiseerd' })
  @IsString() @NotBlank({ nl: 'De Nederlandse tekst', en: 'The Dutch text' }) @MaxLength(300, withText({ nl: 'De vraag is hoogstens 300 tekens', en: 'The question is at most 300 characters' }, 'evaluation.text_length'))
  nl!: string;
  @ApiProperty({ example: 'The meetings were well organised' })
  @IsString() @NotBlank({ nl: 'De Engelse tekst', en: 'The English text' }) @MaxLength(300, withText({ nl: 'De vraag is hoogstens 300 tekens', en: 'The question is at most 300 characters' }, 'evaluation.text_length'))
  en!: string;
}

export class AddQuestionDto {
  @ApiProperty({ example: 'meetings', description: 'Short key of lower-case letters, digits and dashes; stored as partner.<key>' })
  @IsString()
  @Matches(/^[a-z0-9-]{1,50}$/, withText({ nl: 'De sleutel bestaat uit kleine letters, cijfers en streepjes (hoogstens 50)', en: 'The key is lower-case letters, digits and dashes (at most 50)' }, 'evaluation.key'))
  key!: string;
  @ApiProperty({ type: EvaluationTextDto, description: 'The statement participants agree or disagree with, Dutch and English' })
  @IsObject(withText({ nl: 'Geef de vraag in het Nederlands en het Engels', en: 'Give the question in Dutch and English' }, 'evaluation.text'))
  @ValidateNested() @Type(() => EvaluationTextDto)
  text!: EvaluationTextDto;
}

export class EvaluationTextView {
  @ApiProperty() nl!: string;
  @ApiProperty() en!: string;
}

export class PartnerQuestionView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'partner.meetings' }) key!: string;
  @ApiProperty({ type: EvaluationTextView }) text!: EvaluationTextView;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty() retired!: boolean;
}

export class PartnerQuestionListView {
  @ApiProperty({ type: [PartnerQuestionView] }) items!: PartnerQuestionView[];
}

export class SurveyAnswerDto {
  @ApiProperty({ example: 'good-instrument' }) @IsString() @MaxLength(64) item!: string;
  @ApiPropertyOptional({ type: Number, nullable: true, minimum: 1, maximum: 5, description: '1 helemaal oneens .. 5 helemaal eens; null: no answer to this item' })
  @IsOptional() @ValidateIf((_, v) => v !== null)
  @IsInt(withText({ nl: 'Kies een antwoord van 1 tot en met 5', en: 'Choose an answer from 1 to 5' }, 'evaluation.value'))
  @Min(1, withText({ nl: 'Kies een antwoord van 1 tot en met 5', en: 'Choose an answer from 1 to 5' }, 'evaluation.value'))
  @Max(5, withText({ nl: 'Kies een antwoord van 1 tot en met 5', en: 'Choose an answer from 1 to 5' }, 'evaluation.value'))
  value?: number | null;
}

export class AnswerSurveyDto {
  @ApiProperty({ type: [SurveyAnswerDto] })
  @IsArray() @ArrayMaxSize(100) @ValidateNested({ each: true }) @Type(() => SurveyAnswerDto)
  answers!: SurveyAnswerDto[];
}

export class AnswerReceiptView {
  @ApiProperty({ description: 'Items answered with a value' }) answered!: number;
  @ApiProperty({ description: 'Items the survey has' }) items!: number;
}

class QuestionnaireRef {
  @ApiProperty({ example: 'evaluation.questionnaire.v1' }) id!: string;
  @ApiProperty({ example: 1 }) version!: number;
  @ApiProperty({ type: EvaluationTextView }) title!: EvaluationTextView;
}

class ScaleLabel {
  @ApiProperty() value!: number;
  @ApiProperty({ type: EvaluationTextView }) text!: EvaluationTextView;
}

class SurveyItemView {
  @ApiProperty() key!: string;
  @ApiProperty({ type: EvaluationTextView }) text!: EvaluationTextView;
  @ApiProperty({ enum: ['core', 'partner'] }) origin!: 'core' | 'partner';
}

export class PublicSurveyView {
  @ApiProperty({ type: QuestionnaireRef }) questionnaire!: QuestionnaireRef;
  @ApiProperty({ example: 'Koplopergroep Assen 2026' }) group!: string;
  @ApiProperty({ example: 'MVO Noord' }) partner!: string;
  @ApiProperty({ example: 'Bakkerij De Vries' }) organisation!: string;
  @ApiProperty({ description: 'Answered already: the page thanks and does not ask again' }) answered!: boolean;
  @ApiProperty({ format: 'date-time' }) expiresAt!: string;
  @ApiProperty({ type: [ScaleLabel] }) scale!: ScaleLabel[];
  @ApiProperty({ type: [SurveyItemView] }) items!: SurveyItemView[];
}

class FiguresSource {
  @ApiProperty({ example: 'evaluation.questionnaire.v1' }) questionnaireId!: string;
  @ApiProperty({ example: 1 }) questionnaireVersion!: number;
  @ApiProperty({ example: 'evaluation.programme' }) pluginId!: string;
  @ApiProperty({ example: '0.1.0' }) pluginVersion!: string;
  @ApiProperty({ description: 'Closed groups whose surveys are counted' }) surveys!: number;
  @ApiProperty() invited!: number;
  @ApiProperty({ description: 'n: invitations answered' }) answered!: number;
  @ApiProperty() inputHash!: string;
}

export class EvaluationFiguresView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: ['pending', 'succeeded', 'failed'] }) status!: 'pending' | 'succeeded' | 'failed';
  @ApiProperty({ type: FiguresSource }) source!: FiguresSource;
  @ApiProperty({ type: Object, nullable: true, description: 'The evaluation.programme output: per item the share agreeing (with n and a Wilson 95% interval) overall and by group, municipality, year, step and programme line; response rates; measured shares' })
  output!: Record<string, unknown> | null;
  @ApiProperty({ type: String, nullable: true }) error!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) computedAt!: string | null;
}
