import { Column, Entity, PrimaryColumn } from 'typeorm';

/** What a Koploper participant has beyond the core enrolment: the MVO-visie in its own words. */
@Entity('koploper_enrolment')
export class KoploperEnrolment {
  @PrimaryColumn({ name: 'enrolment_id', type: 'uuid' }) enrolmentId!: string;
  @Column({ name: 'partner_id', type: 'uuid' }) partnerId!: string;
  @Column({ name: 'organisation_id', type: 'uuid' }) organisationId!: string;
  @Column({ name: 'csr_vision', type: 'text', default: '' }) csrVision!: string;
  @Column({ name: 'csr_vision_updated_at', type: 'timestamptz', nullable: true }) csrVisionUpdatedAt!: Date | null;
}
