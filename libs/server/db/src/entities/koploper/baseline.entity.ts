import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The nulmeting of one participant for one year: links to the calculation inputs it produced. */
@Entity('baseline')
export class Baseline {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'partner_id', type: 'uuid' }) partnerId!: string;
  @Column({ name: 'participant_id', type: 'uuid' }) participantId!: string;
  @Column({ name: 'organisation_id', type: 'uuid' }) organisationId!: string;
  @Column({ type: 'int' }) year!: number;
  @Column({ type: 'varchar', length: 16 }) status!: 'submitted' | 'reviewed';
  @Column({ type: 'varchar', length: 8 }) source!: 'form' | 'upload';
  @Column({ name: 'footprint_input_id', type: 'uuid', nullable: true }) footprintInputId!: string | null;
  @Column({ name: 'iso_input_id', type: 'uuid', nullable: true }) isoInputId!: string | null;
  @Column({ name: 'entered_by', type: 'uuid', nullable: true }) enteredBy!: string | null;
  @Column({ name: 'entered_at', type: 'timestamptz', default: () => 'now()' }) enteredAt!: Date;
  @Column({ name: 'reviewed_by', type: 'uuid', nullable: true }) reviewedBy!: string | null;
  @Column({ name: 'reviewed_at', type: 'timestamptz', nullable: true }) reviewedAt!: Date | null;
}
