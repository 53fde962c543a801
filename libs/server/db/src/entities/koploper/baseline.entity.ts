import { Check, Column, Entity, ForeignKey, Index, PrimaryColumn, Unique } from 'typeorm';

/** The nulmeting of one participant for one year: links to the calculation inputs it produced. */
@Entity('baseline')
@Unique('baseline_participant_id_year_key', ['participantId', 'year'])
@Check('baseline_year_check', 'year between 1990 and 2100')
@Check('baseline_status_check', "status in ('submitted', 'reviewed')")
@Check('baseline_pending_review_check', "pending_review_by is null or status = 'submitted'")
@Check('baseline_source_check', "source in ('form', 'upload')")
@Check('baseline_production_check', '(production_unit is null) = (production_amount is null) and (production_amount is null or production_amount > 0)')
@Check('baseline_plausibility_confirmations_check', "jsonb_typeof(plausibility_confirmations) = 'array'")
// The sector benchmark reads the reviewed baselines of one year across partners.
@Index('baseline_reviewed_year', ['year', 'organisationId'], { where: "status = 'reviewed'" })
export class Baseline {
  @PrimaryColumn('uuid') id!: string;
  @ForeignKey('partner', { name: 'baseline_partner_id_fkey' }) @Column({ name: 'partner_id', type: 'uuid' }) partnerId!: string;
  @ForeignKey('enrolment', { name: 'baseline_participant_id_fkey', onDelete: 'CASCADE' }) @Column({ name: 'participant_id', type: 'uuid' }) participantId!: string;
  @ForeignKey('organisation', { name: 'baseline_organisation_id_fkey' }) @Column({ name: 'organisation_id', type: 'uuid' }) organisationId!: string;
  @Column({ type: 'int' }) year!: number;
  @Column({ type: 'varchar', length: 16 }) status!: 'submitted' | 'reviewed';
  @Column({ type: 'varchar', length: 8 }) source!: 'form' | 'upload';
  @ForeignKey('calculation_input', { name: 'baseline_footprint_input_id_fkey' }) @Column({ name: 'footprint_input_id', type: 'uuid', nullable: true }) footprintInputId!: string | null;
  @ForeignKey('calculation_input', { name: 'baseline_iso_input_id_fkey' }) @Column({ name: 'iso_input_id', type: 'uuid', nullable: true }) isoInputId!: string | null;
  @ForeignKey('app_user', { name: 'baseline_entered_by_fkey' }) @Column({ name: 'entered_by', type: 'uuid', nullable: true }) enteredBy!: string | null;
  @Column({ name: 'entered_at', type: 'timestamptz', default: () => 'now()' }) enteredAt!: Date;
  @ForeignKey('app_user', { name: 'baseline_reviewed_by_fkey' }) @Column({ name: 'reviewed_by', type: 'uuid', nullable: true }) reviewedBy!: string | null;
  @Column({ name: 'reviewed_at', type: 'timestamptz', nullable: true }) reviewedAt!: Date | null;
  /** A trainee adviser's review (or entry), waiting for the mentor's sign-off; the status stays `submitted` meanwhile. */
  @ForeignKey('app_user', { name: 'baseline_pending_review_by_fkey' }) @Column({ name: 'pending_review_by', type: 'uuid', nullable: true }) pendingReviewBy!: string | null;
  @Column({ name: 'pending_review_at', type: 'timestamptz', nullable: true }) pendingReviewAt!: Date | null;
  @ForeignKey('app_user', { name: 'baseline_signed_off_by_fkey' }) @Column({ name: 'signed_off_by', type: 'uuid', nullable: true }) signedOffBy!: string | null;
  @Column({ name: 'signed_off_at', type: 'timestamptz', nullable: true }) signedOffAt!: Date | null;
  /** An optional production unit of the year (e.g. "ton brood", 120), for kg CO2e per unit. numeric comes back as a string. */
  @Column({ name: 'production_unit', type: 'varchar', length: 60, nullable: true }) productionUnit!: string | null;
  @Column({ name: 'production_amount', type: 'numeric', precision: 16, scale: 3, nullable: true }) productionAmount!: string | null;
  /** The adviser's confirmations of plausibility warnings; each holds for the figure it confirmed. */
  @Column({ name: 'plausibility_confirmations', type: 'jsonb', default: [] }) plausibilityConfirmations!: PlausibilityConfirmation[];
}

export interface PlausibilityConfirmation {
  ruleId: string;
  /** The figure the warning showed when confirmed (rounded as shown). */
  value: number;
  note: string;
  by: string;
  at: string;
}
