import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { THROTTLE_TABLE, TooManyAttemptsError, consumeLimit, waitText } from '@koers/server-auth';
import { APP_CONFIG, type AppConfig } from '@koers/server-config';
import Redis from 'ioredis';
import { createHash } from 'node:crypto';
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRedis, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { DataSource } from 'typeorm';

/** Applications to join the alliance per e-mail address and per client address within an hour. */
export const APPLICATION_LIMITS = { perAddress: 3, perClient: 20, windowSeconds: 3600 } as const;
/** Reads of the public showcase and platform list per client address within a minute. */
export const PUBLIC_READ_LIMITS = { perClient: 300, windowSeconds: 60 } as const;

const hashed = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 40);

/**
 * The public join form's limit, like sign-in's and the reset mail's
 * (docs/security.md section 1): counters on Redis when the queues use Redis,
 * else in PostgreSQL (table auth_throttle), with an in-memory stand-in when the
 * store does not answer; keys hold a hash of the address, never the address.
 * Past the limit 429 `alliance.too_many_applications` with Retry-After.
 */
@Injectable()
export class ApplicationThrottle implements OnModuleDestroy {
  private readonly logger = new Logger('ApplicationThrottle');
  private redis: Redis | null = null;
  private limiters: { address: RateLimiterAbstract; client: RateLimiterAbstract; reads: RateLimiterAbstract } | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
  ) {}

  private get all() {
    if (this.limiters) return this.limiters;
    const prefix = `${this.config.QUEUE_PREFIX}:alliance`;
    if (this.config.REDIS_URL) {
      this.redis = new Redis(this.config.REDIS_URL, { enableOfflineQueue: true, maxRetriesPerRequest: 1, connectTimeout: 2000, commandTimeout: 2000 });
      this.redis.on('error', (e) => this.logger.warn(`Redis voor aanmeldingslimiet / for the application limit: ${e.message}`));
    }
    const make = (name: string, points: number, duration: number = APPLICATION_LIMITS.windowSeconds): RateLimiterAbstract => {
      const limits = { keyPrefix: `${prefix}:${name}`, points, duration };
      const common = { ...limits, insuranceLimiter: new RateLimiterMemory(limits) };
      if (this.redis) return new RateLimiterRedis({ ...common, storeClient: this.redis });
      return new RateLimiterPostgres({ ...common, storeClient: this.dataSource, storeType: 'typeorm', tableName: THROTTLE_TABLE, tableCreated: true, clearExpiredByTimeout: true });
    };
    this.limiters = {
      address: make('application-address', APPLICATION_LIMITS.perAddress),
      client: make('application-client', APPLICATION_LIMITS.perClient),
      reads: make('public-read', PUBLIC_READ_LIMITS.perClient, PUBLIC_READ_LIMITS.windowSeconds),
    };
    return this.limiters;
  }

  /** Counts an application; 429 past the limit for the e-mail address or the client address. */
  async count(email: string, client: string): Promise<void> {
    const { address, client: fromClient } = this.all;
    const [a, c] = await Promise.all([consumeLimit(address, hashed(email)), consumeLimit(fromClient, client)]);
    if (!a.refused && !c.refused) return;
    if (c.refused && c.consumed === fromClient.points + 1) this.logger.warn({ msg: 'application limit reached for a client address', client });
    const wait = Math.max(a.refused ? a.retryAfter : 0, c.refused ? c.retryAfter : 0);
    const w = waitText(wait);
    throw new TooManyAttemptsError(
      'alliance.too_many_applications',
      { nl: `Te veel aanmeldingen; probeer het over ${w.nl} opnieuw`, en: `Too many applications; try again in ${w.en}` },
      wait,
    );
  }

  /** Counts a read of a public alliance page; 429 past PUBLIC_READ_LIMITS for the client address (no scraping or hammering). */
  async read(client: string): Promise<void> {
    const used = await consumeLimit(this.all.reads, client);
    if (!used.refused) return;
    if (used.consumed === this.all.reads.points + 1) this.logger.warn({ msg: 'public alliance read limit reached for a client address', client });
    const w = waitText(used.retryAfter);
    throw new TooManyAttemptsError(
      'alliance.too_many_requests',
      { nl: `Te veel vragen; probeer het over ${w.nl} opnieuw`, en: `Too many requests; try again in ${w.en}` },
      used.retryAfter,
    );
  }

  async onModuleDestroy(): Promise<void> {
    if (this.redis) {
      const redis = this.redis;
      this.redis = null;
      await redis.quit().catch(() => redis.disconnect());
    }
  }
}
