import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';

/** A figure of a showcase's measured effect; every figure names its source. */
export interface ShowcaseFigure {
  label: string;
  value: number;
  unit: string;
  source: string;
}

/**
 * An example project or measure of a participating company on a CSR platform:
 * what it did, the measured effect, a contact. Shown publicly only while the
 * company's consent (part `showcase`) to the keeping partner is active.
 */
@Entity('showcase')
@Check('showcase_figures_check', "jsonb_typeof(figures) = 'array'")
@Index('showcase_platform', ['platformId'])
@Index('showcase_organisation', ['organisationId', 'partnerId'])
export class Showcase {
  @PrimaryColumn('uuid') id!: string;
  @ForeignKey('partner', { name: 'showcase_partner_id_fkey' }) @Column({ name: 'partner_id', type: 'uuid' }) partnerId!: string;
  @ForeignKey('csr_platform', { name: 'showcase_platform_id_fkey', onDelete: 'CASCADE' }) @Column({ name: 'platform_id', type: 'uuid' }) platformId!: string;
  @ForeignKey('organisation', { name: 'showcase_organisation_id_fkey', onDelete: 'CASCADE' }) @Column({ name: 'organisation_id', type: 'uuid' }) organisationId!: string;
  @Column({ type: 'varchar', length: 200 }) title!: string;
  @Column({ type: 'text' }) measure!: string;
  @Column({ type: 'text', default: '' }) effect!: string;
  @Column({ type: 'jsonb', default: [] }) figures!: ShowcaseFigure[];
  @Column({ name: 'contact_name', type: 'varchar', length: 200 }) contactName!: string;
  @Column({ name: 'contact_email', type: 'varchar', length: 254, nullable: true }) contactEmail!: string | null;
  @Column({ name: 'contact_phone', type: 'varchar', length: 40, nullable: true }) contactPhone!: string | null;
  @ForeignKey('app_user', { name: 'showcase_created_by_fkey', onDelete: 'SET NULL' }) @Column({ name: 'created_by', type: 'uuid', nullable: true }) createdBy!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' }) updatedAt!: Date;
}
