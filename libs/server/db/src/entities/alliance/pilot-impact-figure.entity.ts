import { Column, Entity, ForeignKey, PrimaryColumn, Unique } from 'typeorm';

/** A figure of a pilot's impact evaluation, with its unit and where it comes from. */
@Entity('pilot_impact_figure')
@Unique('pilot_impact_figure_position_key', ['pilotId', 'position'])
export class PilotImpactFigure {
  @PrimaryColumn('uuid') id!: string;
  @ForeignKey('partner', { name: 'pilot_impact_figure_partner_id_fkey' }) @Column({ name: 'partner_id', type: 'uuid' }) partnerId!: string;
  @ForeignKey('pilot_project', { name: 'pilot_impact_figure_pilot_id_fkey', onDelete: 'CASCADE' }) @Column({ name: 'pilot_id', type: 'uuid' }) pilotId!: string;
  @Column({ type: 'smallint' }) position!: number;
  @Column({ type: 'varchar', length: 200 }) label!: string;
  @Column({ type: 'numeric', precision: 18, scale: 4 }) value!: string;
  @Column({ type: 'varchar', length: 32, default: '' }) unit!: string;
  @Column({ type: 'varchar', length: 500 }) source!: string;
  @Column({ name: 'measured_on', type: 'date', nullable: true }) measuredOn!: string | null;
}
