import { Column, Entity, PrimaryColumn, Unique } from 'typeorm';
import type { ProgrammeLine as ProgrammeLineCode } from '@koers/domain';

/** One of the five programme lines ("schijf van vijf"): reference data, written by the migration. */
@Entity('programme_line')
@Unique('programme_line_position_key', ['position'])
export class ProgrammeLineRow {
  @PrimaryColumn({ type: 'varchar', length: 32 }) code!: ProgrammeLineCode;
  @Column({ name: 'name_nl', type: 'varchar', length: 100 }) nameNl!: string;
  @Column({ name: 'name_en', type: 'varchar', length: 100 }) nameEn!: string;
  @Column({ type: 'smallint' }) position!: number;
}
