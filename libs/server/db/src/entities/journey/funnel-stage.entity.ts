import { Check, Column, Entity, ForeignKey, PrimaryColumn } from 'typeorm';
import type { FunnelStage } from '@koers/domain';

/** Where a company stands in the alliance's funnel; one row per company, moved by any partner that sees it. */
@Entity('funnel_stage')
@Check('funnel_stage_stage_check', "stage in ('unknown', 'interested', 'taking_part', 'implementing', 'financing')")
export class FunnelStageRow {
  @ForeignKey('organisation', { name: 'funnel_stage_organisation_id_fkey', onDelete: 'CASCADE' }) @PrimaryColumn({ name: 'organisation_id', type: 'uuid' }) organisationId!: string;
  @Column({ type: 'varchar', length: 16 }) stage!: FunnelStage;
  @ForeignKey('partner', { name: 'funnel_stage_changed_by_partner_id_fkey' }) @Column({ name: 'changed_by_partner_id', type: 'uuid' }) changedByPartnerId!: string;
  @ForeignKey('app_user', { name: 'funnel_stage_changed_by_user_id_fkey', onDelete: 'SET NULL' }) @Column({ name: 'changed_by_user_id', type: 'uuid', nullable: true }) changedByUserId!: string | null;
  @Column({ name: 'changed_at', type: 'timestamptz', default: () => 'now()' }) changedAt!: Date;
}
