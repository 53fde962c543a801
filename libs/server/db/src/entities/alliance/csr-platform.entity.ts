import { Column, CreateDateColumn, Entity, ForeignKey, PrimaryColumn, Unique } from 'typeorm';

/** A regional or local CSR platform (MVO-platform), kept by one partner (partner_id) for the whole alliance. */
@Entity('csr_platform')
@Unique('csr_platform_name_key', ['name'])
export class CsrPlatform {
  @PrimaryColumn('uuid') id!: string;
  @ForeignKey('partner', { name: 'csr_platform_partner_id_fkey' }) @Column({ name: 'partner_id', type: 'uuid' }) partnerId!: string;
  @Column({ type: 'varchar', length: 200 }) name!: string;
  @Column({ type: 'varchar', length: 100 }) region!: string;
  @Column({ type: 'varchar', length: 100, nullable: true }) municipality!: string | null;
  @Column({ type: 'text', default: '' }) description!: string;
  @ForeignKey('app_user', { name: 'csr_platform_created_by_fkey', onDelete: 'SET NULL' }) @Column({ name: 'created_by', type: 'uuid', nullable: true }) createdBy!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' }) updatedAt!: Date;
}
