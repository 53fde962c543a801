import { Check, Column, CreateDateColumn, Entity, ForeignKey, PrimaryColumn, Unique } from 'typeorm';

export interface SurveyPartnerItem {
  key: string;
  text: { nl: string; en: string };
}

/** The evaluation survey of one closed group: the questionnaire version and the partner's questions as they were at closing. */
@Entity('evaluation_survey')
@Unique('evaluation_survey_group_key', ['groupId'])
@Check('evaluation_survey_remind_check', 'remind_after_days between 1 and 60')
export class EvaluationSurvey {
  @PrimaryColumn('uuid') id!: string;
  @ForeignKey('partner', { name: 'evaluation_survey_partner_id_fkey' }) @Column({ name: 'partner_id', type: 'uuid' }) partnerId!: string;
  @ForeignKey('programme_group', { name: 'evaluation_survey_group_id_fkey', onDelete: 'CASCADE' }) @Column({ name: 'group_id', type: 'uuid' }) groupId!: string;
  @Column({ name: 'questionnaire_id', type: 'varchar', length: 64 }) questionnaireId!: string;
  @Column({ name: 'partner_items', type: 'jsonb', default: [] }) partnerItems!: SurveyPartnerItem[];
  @Column({ name: 'remind_after_days', type: 'smallint', default: 7 }) remindAfterDays!: number;
  @Column({ name: 'expires_at', type: 'timestamptz' }) expiresAt!: Date;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
