import { Column, Entity, ForeignKey, PrimaryColumn } from 'typeorm';

/** What a Koploper participant has beyond the core enrolment: the MVO-visie in its own words. */
@Entity('koploper_enrolment')
export class KoploperEnrolment {
  @ForeignKey('enrolment', { name: 'koploper_enrolment_enrolment_id_fkey', onDelete: 'CASCADE' }) @PrimaryColumn({ name: 'enrolment_id', type: 'uuid' }) enrolmentId!: string;
  @ForeignKey('partner', { name: 'koploper_enrolment_partner_id_fkey' }) @Column({ name: 'partner_id', type: 'uuid' }) partnerId!: string;
  @ForeignKey('organisation', { name: 'koploper_enrolment_organisation_id_fkey' }) @Column({ name: 'organisation_id', type: 'uuid' }) organisationId!: string;
  @Column({ name: 'csr_vision', type: 'text', default: '' }) csrVision!: string;
  @Column({ name: 'csr_vision_updated_at', type: 'timestamptz', nullable: true }) csrVisionUpdatedAt!: Date | null;
}
