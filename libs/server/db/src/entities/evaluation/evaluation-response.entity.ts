import { Check, Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';

export interface SurveyAnswer {
  item: string;
  value: number | null;
}

/** The answers of one invitation, stored once (the invitation is the key). */
@Entity('evaluation_response')
@Index('evaluation_response_survey', ['surveyId'])
@Check('evaluation_response_answers_check', "jsonb_typeof(answers) = 'array'")
export class EvaluationResponse {
  @ForeignKey('evaluation_invitation', { name: 'evaluation_response_invitation_id_fkey', onDelete: 'CASCADE' }) @PrimaryColumn({ name: 'invitation_id', type: 'uuid' }) invitationId!: string;
  @ForeignKey('partner', { name: 'evaluation_response_partner_id_fkey' }) @Column({ name: 'partner_id', type: 'uuid' }) partnerId!: string;
  @ForeignKey('evaluation_survey', { name: 'evaluation_response_survey_id_fkey', onDelete: 'CASCADE' }) @Column({ name: 'survey_id', type: 'uuid' }) surveyId!: string;
  @Column({ type: 'jsonb' }) answers!: SurveyAnswer[];
  @Column({ name: 'answered_at', type: 'timestamptz', default: () => 'now()' }) answeredAt!: Date;
}
