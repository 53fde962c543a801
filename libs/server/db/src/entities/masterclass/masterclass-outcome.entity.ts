import { Check, Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';

export interface OutcomeField {
  fieldId: string;
  note: string;
}
export interface OutcomeChainPartner {
  organisationId: string | null;
  name: string;
}
export interface OutcomeOpportunity {
  title: string;
  withEnrolmentIds: string[];
}

/**
 * An entrepreneur's outcome of a masterclass: the intake at the start (ambition,
 * where it stands on the R-ladder, what it hopes to get) and at the end the fields
 * needing development or innovation, candidate chain partners and the
 * opportunities it shares with other participants. One per enrolment.
 */
@Entity('masterclass_outcome')
@Check('masterclass_outcome_r_ladder_check', "r_ladder ~ '^R[0-9]$'")
@Index('masterclass_outcome_group', ['groupId'])
export class MasterclassOutcome {
  @ForeignKey('enrolment', { name: 'masterclass_outcome_enrolment_id_fkey', onDelete: 'CASCADE' }) @PrimaryColumn({ name: 'enrolment_id', type: 'uuid' }) enrolmentId!: string;
  @ForeignKey('partner', { name: 'masterclass_outcome_partner_id_fkey' }) @Column({ name: 'partner_id', type: 'uuid' }) partnerId!: string;
  @ForeignKey('programme_group', { name: 'masterclass_outcome_group_id_fkey', onDelete: 'CASCADE' }) @Column({ name: 'group_id', type: 'uuid' }) groupId!: string;
  @ForeignKey('organisation', { name: 'masterclass_outcome_organisation_id_fkey' }) @Column({ name: 'organisation_id', type: 'uuid' }) organisationId!: string;
  @Column({ type: 'text', nullable: true }) ambition!: string | null;
  @Column({ name: 'r_ladder', type: 'varchar', length: 3, nullable: true }) rLadder!: string | null;
  @Column({ type: 'text', nullable: true }) hopes!: string | null;
  @Column({ name: 'intake_at', type: 'timestamptz', nullable: true }) intakeAt!: Date | null;
  @Column({ type: 'jsonb', default: [] }) fields!: OutcomeField[];
  @Column({ name: 'chain_partners', type: 'jsonb', default: [] }) chainPartners!: OutcomeChainPartner[];
  @Column({ type: 'jsonb', default: [] }) opportunities!: OutcomeOpportunity[];
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' }) updatedAt!: Date;
}
