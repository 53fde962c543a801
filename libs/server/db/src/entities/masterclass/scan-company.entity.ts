import type { SizeClass } from '@koers/domain';
import { Check, Column, Entity, ForeignKey, PrimaryColumn, Unique } from 'typeorm';

/** A company a partner imported from a list for its region scans (step 2); not an organisation until it joins a masterclass. */
@Entity('scan_company')
@Unique('scan_company_partner_id_kvk_number_key', ['partnerId', 'kvkNumber'])
@Check('scan_company_kvk_number_check', "kvk_number ~ '^[0-9]{8}$'")
@Check('scan_company_size_class_check', "size_class in ('micro', 'small', 'medium', 'large')")
@Check('scan_company_employees_check', 'employees >= 0')
export class ScanCompany {
  @PrimaryColumn('uuid') id!: string;
  @ForeignKey('partner', { name: 'scan_company_partner_id_fkey' }) @Column({ name: 'partner_id', type: 'uuid' }) partnerId!: string;
  @Column({ name: 'kvk_number', type: 'varchar', length: 8 }) kvkNumber!: string;
  @Column({ type: 'varchar', length: 200 }) name!: string;
  @Column({ name: 'sbi_code', type: 'varchar', length: 8, nullable: true }) sbiCode!: string | null;
  @Column({ name: 'size_class', type: 'varchar', length: 16, nullable: true }) sizeClass!: SizeClass | null;
  @Column({ type: 'int', nullable: true }) employees!: number | null;
  @Column({ type: 'varchar', length: 100 }) municipality!: string;
  /** Marked as interested by the coordinator (asked for it, showed interest). */
  @Column({ type: 'boolean', default: false }) interest!: boolean;
  @ForeignKey('app_user', { name: 'scan_company_imported_by_fkey' }) @Column({ name: 'imported_by', type: 'uuid', nullable: true }) importedBy!: string | null;
  @Column({ name: 'imported_at', type: 'timestamptz', default: () => 'now()' }) importedAt!: Date;
}
