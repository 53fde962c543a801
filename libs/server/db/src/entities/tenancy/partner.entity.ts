import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Partner settings a coordinator may tune; defaults come from the domain rules. */
export interface PartnerSettings {
  /** Step 1's group size (Groningen forms Koplopergroepen of 8-15). */
  cohortSize?: { min: number; max: number };
  /** A partner's own group size per step, where the step counts its members. */
  groupSize?: Partial<Record<'koploper' | 'masterclass' | 'chain', { min: number; max: number }>>;
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
