import type { FlowNodeKind, FlowVariant as FlowVariantKey, RecoveryRoute } from '@koers/domain';
import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryColumn, Unique } from 'typeorm';

/** A material-flow map of one product or chain of a project, with an as-is and a redesigned variant. */
@Entity('flow_map')
@Index('flow_map_group', ['groupId'])
export class FlowMap {
  @PrimaryColumn('uuid') id!: string;
  @ForeignKey('partner', { name: 'flow_map_partner_id_fkey' }) @Column({ name: 'partner_id', type: 'uuid' }) partnerId!: string;
  @ForeignKey('programme_group', { name: 'flow_map_group_id_fkey', onDelete: 'CASCADE' }) @Column({ name: 'group_id', type: 'uuid' }) groupId!: string;
  @Column({ type: 'varchar', length: 200 }) subject!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}

/** A variant's energy and water (for the circularity indicators and the impact); numeric columns come back as strings. */
@Entity('flow_variant')
@Check('flow_variant_variant_check', "variant in ('as_is', 'redesign')")
@Check('flow_variant_energy_total_kwh_check', 'energy_total_kwh >= 0')
@Check('flow_variant_energy_renewable_kwh_check', 'energy_renewable_kwh >= 0')
@Check('flow_variant_electricity_kwh_check', 'electricity_kwh >= 0')
@Check('flow_variant_natural_gas_m3_check', 'natural_gas_m3 >= 0')
@Check('flow_variant_water_intake_m3_check', 'water_intake_m3 >= 0')
@Check('flow_variant_water_circular_m3_check', 'water_circular_m3 >= 0')
@Check('flow_variant_renewable_within_total', 'energy_renewable_kwh is null or energy_total_kwh is null or energy_renewable_kwh <= energy_total_kwh')
@Check('flow_variant_circular_water_within_intake', 'water_circular_m3 is null or water_intake_m3 is null or water_circular_m3 <= water_intake_m3')
export class FlowVariant {
  @ForeignKey('flow_map', { name: 'flow_variant_map_id_fkey', onDelete: 'CASCADE' }) @PrimaryColumn({ name: 'map_id', type: 'uuid' }) mapId!: string;
  @PrimaryColumn({ type: 'varchar', length: 8 }) variant!: FlowVariantKey;
  @ForeignKey('partner', { name: 'flow_variant_partner_id_fkey' }) @Column({ name: 'partner_id', type: 'uuid' }) partnerId!: string;
  @ForeignKey('programme_group', { name: 'flow_variant_group_id_fkey', onDelete: 'CASCADE' }) @Column({ name: 'group_id', type: 'uuid' }) groupId!: string;
  @Column({ name: 'energy_total_kwh', type: 'numeric', precision: 14, scale: 2, nullable: true }) energyTotalKwh!: string | null;
  @Column({ name: 'energy_renewable_kwh', type: 'numeric', precision: 14, scale: 2, nullable: true }) energyRenewableKwh!: string | null;
  @Column({ name: 'electricity_kwh', type: 'numeric', precision: 14, scale: 2, nullable: true }) electricityKwh!: string | null;
  @Column({ name: 'natural_gas_m3', type: 'numeric', precision: 14, scale: 2, nullable: true }) naturalGasM3!: string | null;
  @Column({ name: 'water_intake_m3', type: 'numeric', precision: 14, scale: 2, nullable: true }) waterIntakeM3!: string | null;
  @Column({ name: 'water_circular_m3', type: 'numeric', precision: 14, scale: 2, nullable: true }) waterCircularM3!: string | null;
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' }) updatedAt!: Date;
}

@Entity('flow_node')
@Check('flow_node_variant_check', "variant in ('as_is', 'redesign')")
@Check(
  'flow_node_kind_check',
  "kind in ('extraction', 'supplier', 'production', 'distribution', 'use', 'collection', 'sorting', 'reuse', 'recycling', 'composting', 'energy_recovery', 'incineration', 'landfill')",
)
@Unique('flow_node_map_id_variant_name_key', ['mapId', 'variant', 'name'])
export class FlowNodeRow {
  @PrimaryColumn('uuid') id!: string;
  @ForeignKey('partner', { name: 'flow_node_partner_id_fkey' }) @Column({ name: 'partner_id', type: 'uuid' }) partnerId!: string;
  @ForeignKey('programme_group', { name: 'flow_node_group_id_fkey', onDelete: 'CASCADE' }) @Column({ name: 'group_id', type: 'uuid' }) groupId!: string;
  @ForeignKey('flow_map', { name: 'flow_node_map_id_fkey', onDelete: 'CASCADE' }) @Column({ name: 'map_id', type: 'uuid' }) mapId!: string;
  @Column({ type: 'varchar', length: 8 }) variant!: FlowVariantKey;
  @Column({ type: 'int' }) position!: number;
  @Column({ type: 'varchar', length: 100 }) name!: string;
  @Column({ type: 'varchar', length: 16 }) kind!: FlowNodeKind;
  @Column({ name: 'stock_change_kg', type: 'numeric', precision: 14, scale: 3, default: 0 }) stockChangeKg!: string;
}

@Entity('material_flow')
@Check('material_flow_variant_check', "variant in ('as_is', 'redesign')")
@Check('material_flow_kg_per_year_check', 'kg_per_year >= 0')
@Check('material_flow_recycled_pct_check', 'recycled_pct between 0 and 100')
@Check('material_flow_renewable_pct_check', 'renewable_pct between 0 and 100')
@Check('material_flow_recovery_route_check', "recovery_route in ('reuse', 'recycling', 'composting', 'energy_recovery', 'incineration', 'landfill')")
@Check('material_flow_recovery_potential_pct_check', 'recovery_potential_pct between 0 and 100')
@Check('material_flow_composition_check', 'recycled_pct + renewable_pct <= 100')
@Check('material_flow_not_to_itself', 'from_node_id <> to_node_id')
@Index('material_flow_variant', ['mapId', 'variant'])
export class MaterialFlowRow {
  @PrimaryColumn('uuid') id!: string;
  @ForeignKey('partner', { name: 'material_flow_partner_id_fkey' }) @Column({ name: 'partner_id', type: 'uuid' }) partnerId!: string;
  @ForeignKey('programme_group', { name: 'material_flow_group_id_fkey', onDelete: 'CASCADE' }) @Column({ name: 'group_id', type: 'uuid' }) groupId!: string;
  @ForeignKey('flow_map', { name: 'material_flow_map_id_fkey', onDelete: 'CASCADE' }) @Column({ name: 'map_id', type: 'uuid' }) mapId!: string;
  @Column({ type: 'varchar', length: 8 }) variant!: FlowVariantKey;
  @Column({ type: 'int' }) position!: number;
  @ForeignKey('flow_node', { name: 'material_flow_from_node_id_fkey', onDelete: 'CASCADE' }) @Column({ name: 'from_node_id', type: 'uuid' }) fromNodeId!: string;
  @ForeignKey('flow_node', { name: 'material_flow_to_node_id_fkey', onDelete: 'CASCADE' }) @Column({ name: 'to_node_id', type: 'uuid' }) toNodeId!: string;
  @Column({ type: 'varchar', length: 100 }) material!: string;
  @Column({ name: 'kg_per_year', type: 'numeric', precision: 14, scale: 3 }) kgPerYear!: string;
  @Column({ name: 'recycled_pct', type: 'numeric', precision: 5, scale: 2, default: 0 }) recycledPct!: string;
  @Column({ name: 'renewable_pct', type: 'numeric', precision: 5, scale: 2, default: 0 }) renewablePct!: string;
  @Column({ name: 'recovery_route', type: 'varchar', length: 16, nullable: true }) recoveryRoute!: RecoveryRoute | null;
  @Column({ name: 'recovery_potential_pct', type: 'numeric', precision: 5, scale: 2, nullable: true }) recoveryPotentialPct!: string | null;
}
