import { Check, Column, CreateDateColumn, Entity, ForeignKey, PrimaryColumn, Unique } from 'typeorm';

/** A question a partner adds to the core evaluation questionnaire, asked on the same agree scale. */
@Entity('evaluation_question')
@Unique('evaluation_question_partner_key', ['partnerId', 'key'])
@Check('evaluation_question_key_check', "key ~ '^partner\\.[a-z0-9-]+$'")
export class EvaluationQuestion {
  @PrimaryColumn('uuid') id!: string;
  @ForeignKey('partner', { name: 'evaluation_question_partner_id_fkey' }) @Column({ name: 'partner_id', type: 'uuid' }) partnerId!: string;
  @Column({ type: 'varchar', length: 64 }) key!: string;
  @Column({ name: 'text_nl', type: 'varchar', length: 300 }) textNl!: string;
  @Column({ name: 'text_en', type: 'varchar', length: 300 }) textEn!: string;
  @ForeignKey('app_user', { name: 'evaluation_question_created_by_fkey' }) @Column({ name: 'created_by', type: 'uuid', nullable: true }) createdBy!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ name: 'retired_at', type: 'timestamptz', nullable: true }) retiredAt!: Date | null;
}
