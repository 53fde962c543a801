import { Check, Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/** A person who signs in. Global: one account may hold memberships in several partners. */
@Entity('app_user')
@Check('app_user_email_check', 'email = lower(email)')
@Check('app_user_locale_check', "locale in ('nl', 'en')")
@Index('app_user_email', ['email'], { unique: true })
export class User {
  @PrimaryColumn('uuid') id!: string;
  /** Stored lower-case; unique. */
  @Column({ type: 'varchar', length: 254 }) email!: string;
  @Column({ type: 'varchar', length: 200 }) name!: string;
  @Column({ name: 'password_hash', type: 'text', select: false }) passwordHash!: string;
  @Column({ type: 'varchar', length: 2, default: 'nl' }) locale!: 'nl' | 'en';
  @Column({ name: 'disabled_at', type: 'timestamptz', nullable: true }) disabledAt!: Date | null;
  /** The platform's operator (queue dashboard, metrics), above every partner: set by the CLI or the demo seed, never through the API (koers_tenant may not write it). */
  @Column({ type: 'boolean', default: false, select: false, insert: false, update: false }) operator!: boolean;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
