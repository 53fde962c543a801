import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@koers/server-config';
import type { Bilingual } from '@koers/domain';
import { Refusal } from '@koers/server-db';
import Redis from 'ioredis';
import { createHash } from 'node:crypto';
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { DataSource } from 'typeorm';

/** The table the PostgreSQL limiters count in (migration 1764000009000). */
export const THROTTLE_TABLE = 'auth_throttle';

/**
 * 429 of a sign-in or reset limit: when to come back in `retryAfterSeconds` (the
 * problem filter copies it into Retry-After) and in the params.
 */
export class TooManyAttemptsError extends Refusal {
  readonly status = 429;
  constructor(
    code: string,
    text: Bilingual,
    readonly retryAfterSeconds: number,
  ) {
    super(code, text, { retryAfterSeconds });
  }
}

/** "15 minuten" / "15 minutes", "30 seconden" / "30 seconds": how long, for the refusal's text. */
export function waitText(seconds: number): Bilingual {
  if (seconds < 90) return { nl: `${seconds} ${seconds === 1 ? 'seconde' : 'seconden'}`, en: `${seconds} ${seconds === 1 ? 'second' : 'seconds'}` };
  const minutes = Math.ceil(seconds / 60);
  return { nl: `${minutes} minuten`, en: `${minutes} minutes` };
}

const hashed = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 40);

type Limiter = RateLimiterAbstract;
interface Limits {
  points: number;
  duration: number;
  blockDuration?: number;
}

/**
 * Counters that hold across api replicas: on Redis when the queues use Redis
 * (REDIS_URL, the same rule as the queue transport), else in PostgreSQL
 * (table auth_throttle). Each has an in-memory stand-in for when its store does
 * not answer, so a Redis outage limits per replica instead of opening sign-in
 * or closing it. Keys hold a hash of the e-mail address, never the address.
 *
 * - sign-in failures per account (normalised e-mail, known or not) and per
 *   client address: each attempt consumes a point before the password is
 *   checked (so parallel guesses cannot slip past the count), a success gives
 *   the client's point back and clears the account's count; past the limit the
 *   key is locked for SIGNIN_LOCKOUT_SECONDS and the lock ends by itself;
 * - password-reset requests per e-mail address and per client address.
 */
@Injectable()
export class AuthThrottle implements OnModuleDestroy {
  private readonly logger = new Logger('AuthThrottle');
  private redis: Redis | null = null;
  private limiters: { signInAccount: Limiter; signInClient: Limiter; resetAddress: Limiter; resetClient: Limiter; publicRegister: Limiter } | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
  ) {}

  /** Built on first use, so a process that never signs anyone in (the worker) opens no connection. */
  private get all() {
    if (this.limiters) return this.limiters;
    const c = this.config;
    const prefix = `${c.QUEUE_PREFIX}:auth`;
    if (c.REDIS_URL) {
      // The first commands wait for the connection (a fresh replica counts on Redis from its first request); a Redis
      // that does not answer within 2 s hands the count to the in-memory stand-in.
      this.redis = new Redis(c.REDIS_URL, { enableOfflineQueue: true, maxRetriesPerRequest: 1, connectTimeout: 2000, commandTimeout: 2000 });
      this.redis.on('error', (e) => this.logger.warn(`Redis voor aanmeldlimieten / for sign-in limits: ${e.message}`));
    }
    const make = (name: string, limits: Limits): Limiter => {
      const common = { keyPrefix: `${prefix}:${name}`, ...limits, insuranceLimiter: new RateLimiterMemory({ keyPrefix: `${prefix}:${name}`, ...limits }) };
      if (this.redis) return new RateLimiterRedis({ ...common, storeClient: this.redis });
      return new RateLimiterPostgres({ ...common, storeClient: this.dataSource, storeType: 'typeorm', tableName: THROTTLE_TABLE, tableCreated: true, clearExpiredByTimeout: true });
    };
    const lock = { duration: c.SIGNIN_FAILURE_WINDOW_SECONDS, blockDuration: c.SIGNIN_LOCKOUT_SECONDS };
    this.limiters = {
      signInAccount: make('signin-account', { points: c.SIGNIN_MAX_FAILURES_PER_ACCOUNT, ...lock }),
      signInClient: make('signin-client', { points: c.SIGNIN_MAX_FAILURES_PER_CLIENT, ...lock }),
      resetAddress: make('reset-address', { points: c.RESET_MAX_PER_ADDRESS, duration: c.RESET_WINDOW_SECONDS }),
      resetClient: make('reset-client', { points: c.RESET_MAX_PER_CLIENT, duration: c.RESET_WINDOW_SECONDS }),
      publicRegister: make('public-register', { points: c.PUBLIC_REGISTER_MAX_PER_CLIENT, duration: c.PUBLIC_REGISTER_WINDOW_SECONDS }),
    };
    return this.limiters;
  }

  /**
   * Counts a sign-in attempt before the password is checked; throws 429 when
   * the account or the client address is locked. Returns what to call after a
   * successful sign-in.
   */
  async signInAttempt(email: string, client: string): Promise<{ succeeded(): Promise<void> }> {
    const { signInAccount, signInClient } = this.all;
    const accountKey = hashed(email);
    const [account, fromClient] = await Promise.all([consumeLimit(signInAccount, accountKey), consumeLimit(signInClient, client)]);
    const refused = [account, fromClient].find((r) => r.refused);
    if (refused) {
      // Give back what this refused attempt took from the side that was not locked: only failures count.
      if (!account.refused) await signInAccount.reward(accountKey, 1).catch(() => undefined);
      if (!fromClient.refused) await signInClient.reward(client, 1).catch(() => undefined);
      // Logged once per lock, when the limit is first passed (not on every refused attempt of an attack).
      if (account.refused && account.consumed === signInAccount.points + 1) {
        this.logger.warn({ msg: 'sign-in locked for an account', account: accountKey, client, lockedSeconds: account.retryAfter });
      }
      if (fromClient.refused && fromClient.consumed === signInClient.points + 1) {
        this.logger.warn({ msg: 'sign-in locked for a client address', client, lockedSeconds: fromClient.retryAfter });
      }
      const wait = Math.max(account.refused ? account.retryAfter : 0, fromClient.refused ? fromClient.retryAfter : 0);
      const w = waitText(wait);
      throw new TooManyAttemptsError(
        'auth.too_many_attempts',
        { nl: `Te veel mislukte aanmeldpogingen; probeer het over ${w.nl} opnieuw`, en: `Too many failed sign-in attempts; try again in ${w.en}` },
        wait,
      );
    }
    return {
      succeeded: async () => {
        await Promise.all([signInAccount.delete(accountKey), signInClient.reward(client, 1)]).catch((e) => this.logger.warn(`aanmeldlimiet / sign-in limit: ${(e as Error).message}`));
      },
    };
  }

  /** Counts a password-reset request; throws 429 past the limit for the e-mail address or the client address. */
  async resetRequest(email: string, client: string): Promise<void> {
    const { resetAddress, resetClient } = this.all;
    const addressKey = hashed(email);
    const [address, fromClient] = await Promise.all([consumeLimit(resetAddress, addressKey), consumeLimit(resetClient, client)]);
    if (!address.refused && !fromClient.refused) return;
    if (address.refused && address.consumed === resetAddress.points + 1) this.logger.warn({ msg: 'password-reset limit reached for an address', address: addressKey, client });
    if (fromClient.refused && fromClient.consumed === resetClient.points + 1) this.logger.warn({ msg: 'password-reset limit reached for a client address', client });
    const wait = Math.max(address.refused ? address.retryAfter : 0, fromClient.refused ? fromClient.retryAfter : 0);
    const w = waitText(wait);
    throw new TooManyAttemptsError(
      'auth.too_many_resets',
      { nl: `Te veel aanvragen voor een nieuw wachtwoord; probeer het over ${w.nl} opnieuw`, en: `Too many password-reset requests; try again in ${w.en}` },
      wait,
    );
  }

  /**
   * Counts a request to the public MVO register (no sign-in: search and a
   * certificate's page) per client address; 429 past PUBLIC_REGISTER_MAX_PER_CLIENT
   * within PUBLIC_REGISTER_WINDOW_SECONDS, so nobody scrapes or hammers it.
   */
  async publicRegisterRequest(client: string): Promise<void> {
    const { publicRegister } = this.all;
    const used = await consumeLimit(publicRegister, client);
    if (!used.refused) return;
    if (used.consumed === publicRegister.points + 1) this.logger.warn({ msg: 'public register limit reached for a client address', client });
    const w = waitText(used.retryAfter);
    throw new TooManyAttemptsError(
      'csr_register.too_many_requests',
      { nl: `Te veel vragen aan het MVO-register; probeer het over ${w.nl} opnieuw`, en: `Too many requests to the CSR register; try again in ${w.en}` },
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

/** One point taken; `refused` past the limit, with the seconds until it is lifted. */
export async function consumeLimit(limiter: Limiter, key: string): Promise<{ refused: boolean; consumed: number; retryAfter: number }> {
  try {
    const res = await limiter.consume(key, 1);
    return { refused: false, consumed: res.consumedPoints, retryAfter: 0 };
  } catch (e) {
    if (e instanceof RateLimiterRes) return { refused: true, consumed: e.consumedPoints, retryAfter: Math.max(1, Math.ceil(e.msBeforeNext / 1000)) };
    throw e;
  }
}
