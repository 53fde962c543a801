import { Column, CreateDateColumn, Entity, ForeignKey, PrimaryColumn, Unique } from 'typeorm';

/** One participant user of a finished enrolment, invited to one survey. */
@Entity('evaluation_invitation')
@Unique('evaluation_invitation_survey_user_key', ['surveyId', 'userId'])
export class EvaluationInvitation {
  @PrimaryColumn('uuid') id!: string;
  @ForeignKey('partner', { name: 'evaluation_invitation_partner_id_fkey' }) @Column({ name: 'partner_id', type: 'uuid' }) partnerId!: string;
  @ForeignKey('evaluation_survey', { name: 'evaluation_invitation_survey_id_fkey', onDelete: 'CASCADE' }) @Column({ name: 'survey_id', type: 'uuid' }) surveyId!: string;
  @ForeignKey('enrolment', { name: 'evaluation_invitation_enrolment_id_fkey', onDelete: 'CASCADE' }) @Column({ name: 'enrolment_id', type: 'uuid' }) enrolmentId!: string;
  @ForeignKey('organisation', { name: 'evaluation_invitation_organisation_id_fkey' }) @Column({ name: 'organisation_id', type: 'uuid' }) organisationId!: string;
  @ForeignKey('app_user', { name: 'evaluation_invitation_user_id_fkey' }) @Column({ name: 'user_id', type: 'uuid' }) userId!: string;
  @Column({ type: 'varchar', length: 320 }) email!: string;
  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true }) sentAt!: Date | null;
  @Column({ name: 'reminded_at', type: 'timestamptz', nullable: true }) remindedAt!: Date | null;
  @Column({ name: 'answered_at', type: 'timestamptz', nullable: true }) answeredAt!: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
