import { Check, Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';

/** A move past the step's unmet phase guards: who, when, which guards and why (migration 1764000019000). */
@Entity('phase_override')
@Index('phase_override_enrolment', ['enrolmentId', 'overriddenAt'])
@Check('phase_override_guards_check', "jsonb_typeof(guards) = 'array' and jsonb_array_length(guards) > 0")
@Check('phase_override_reason_check', 'length(btrim(reason)) > 0')
export class PhaseOverride {
  @PrimaryColumn('uuid') id!: string;
  @ForeignKey('partner', { name: 'phase_override_partner_id_fkey' }) @Column({ name: 'partner_id', type: 'uuid' }) partnerId!: string;
  @ForeignKey('enrolment', { name: 'phase_override_enrolment_id_fkey', onDelete: 'CASCADE' }) @Column({ name: 'enrolment_id', type: 'uuid' }) enrolmentId!: string;
  @Column({ name: 'from_phase', type: 'varchar', length: 32 }) fromPhase!: string;
  @Column({ name: 'to_phase', type: 'varchar', length: 32 }) toPhase!: string;
  /** The codes of the guards that were unmet, e.g. `koploper.baseline_reviewed`. */
  @Column({ type: 'jsonb' }) guards!: string[];
  @Column({ type: 'text' }) reason!: string;
  @ForeignKey('app_user', { name: 'phase_override_overridden_by_fkey' }) @Column({ name: 'overridden_by', type: 'uuid', nullable: true }) overriddenBy!: string | null;
  @Column({ name: 'overridden_at', type: 'timestamptz', default: () => 'now()' }) overriddenAt!: Date;
}
