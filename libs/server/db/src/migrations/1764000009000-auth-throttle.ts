import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The counters of the sign-in and password-reset limits (libs/server/auth,
 * AuthThrottle) when the queues, and so the limits, run on PostgreSQL instead
 * of Redis: rate-limiter-flexible's RateLimiterPostgres table, `expire` in
 * milliseconds since the epoch. Keys hold a hash of the e-mail address or the
 * client address. Only the system context touches it: row-level security is
 * on and forced with no policy, and koers_tenant has no grant.
 */
export class AuthThrottle1764000009000 implements MigrationInterface {
  name = 'AuthThrottle1764000009000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create table auth_throttle (
        key varchar(255) primary key,
        points integer not null default 0,
        expire bigint
      );
      create index auth_throttle_expire on auth_throttle (expire);
      alter table auth_throttle enable row level security;
      alter table auth_throttle force row level security;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('drop table auth_throttle');
  }
}
