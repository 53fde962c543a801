import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A meeting of a group (kickoff, workshop, design session, symposium): the kinds are the step's. */
@Entity('programme_session')
export class ProgrammeSession {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'partner_id', type: 'uuid' }) partnerId!: string;
  @Column({ name: 'group_id', type: 'uuid' }) groupId!: string;
  @Column({ type: 'varchar', length: 32 }) kind!: string;
  @Column({ type: 'varchar', length: 200 }) title!: string;
  @Column({ name: 'starts_at', type: 'timestamptz' }) startsAt!: Date;
  @Column({ name: 'ends_at', type: 'timestamptz', nullable: true }) endsAt!: Date | null;
  @Column({ type: 'varchar', length: 200, default: '' }) location!: string;
  @Column({ type: 'text', default: '' }) agenda!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
