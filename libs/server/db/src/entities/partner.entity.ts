import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Partner settings a coordinator may tune; defaults come from the domain rules. */
export interface PartnerSettings {
  cohortSize?: { min: number; max: number };
}

/** An alliance partner (alliantiepartner): the tenant of the platform. */
@Entity('partner')
export class Partner {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'varchar', length: 64, unique: true }) slug!: string;
  @Column({ type: 'varchar', length: 200 }) name!: string;
  @Column({ type: 'jsonb', default: () => "'{}'" }) settings!: PartnerSettings;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
