import { z } from 'zod';

/**
 * Every setting the api and worker read, validated once at start. A missing or
 * malformed variable stops the process with a message naming it.
 */
const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const url = (protocols: string[]) =>
  z.string().refine((v) => {
    try {
      return protocols.includes(new URL(v).protocol);
    } catch {
      return false;
    }
  }, `must be a URL starting with ${protocols.map((p) => p + '//').join(' or ')}`);

export const configSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: url(['postgres:', 'postgresql:']),
  /**
   * Connections per process (api, worker) to DATABASE_URL. A request works on one connection only (its tenancy
   * transaction, docs/security.md section 10), so this bounds concurrent requests, not deadlocks them.
   */
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(500).default(10),
  /** How long a request waits for a free connection before it fails (pg's connectionTimeoutMillis). */
  DATABASE_POOL_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(5000),
  /** Redis for the queues. Empty: the queues run on BullMQ's PostgreSQL backend in DATABASE_URL. */
  REDIS_URL: url(['redis:', 'rediss:']).optional(),
  QUEUE_PREFIX: z.string().regex(/^[a-z0-9_-]+$/i).default('koers'),
  RUN_MIGRATIONS: bool.default(false),
  PUBLIC_WEB_URL: url(['http:', 'https:']).default('http://localhost:4200'),
  /** SMTP server for outgoing mail; without it mails are written to MAIL_DIR (development). */
  SMTP_URL: url(['smtp:', 'smtps:']).optional(),
  MAIL_FROM: z.string().min(3).default('Koers <noreply@koers.local>'),
  MAIL_DIR: z.string().min(1).default('var/mail'),
  PLUGINS_DIR: z.string().min(1).default('plugins'),
  SESSION_TTL_HOURS: z.coerce.number().int().min(1).max(24 * 90).default(12),
  COOKIE_SECURE: bool.optional(),
  CORS_ORIGINS: z.string().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'log', 'debug', 'verbose']).default('log'),
  WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(256).default(4),
  /** Threads that run calculators (default: one per core). */
  COMPUTE_THREADS: z.coerce.number().int().min(1).max(64).optional(),
  /** Inputs per calculation job in a bulk recompute. */
  CALC_BATCH_SIZE: z.coerce.number().int().min(1).max(5000).default(500),
  /** BullMQ lock duration: how long before a killed worker's job is handed to another. */
  WORKER_LOCK_MS: z.coerce.number().int().min(1000).max(600_000).default(30_000),

  // --- Hardening (docs/security.md) ---
  /**
   * Which proxies may tell the client's address and protocol (X-Forwarded-For/-Proto): Fastify's trustProxy, as
   * `true`, `false`, a hop count or a comma-separated list of addresses, CIDRs and the names loopback, linklocal and
   * uniquelocal. Default: proxies on a private network only, so a client on the internet cannot pose as another.
   */
  TRUST_PROXY: z.string().min(1).default('loopback,linklocal,uniquelocal'),
  /**
   * Origins (scheme://host[:port], comma-separated) of the web apps that may write with the session cookie, besides
   * PUBLIC_WEB_URL's and CORS_ORIGINS; a page served from the API's own origin (the docs, the queue dashboard) may too.
   */
  WEB_ORIGINS: z.string().optional(),
  /** Wrong sign-ins of one account (from anywhere) within the window before it is locked for SIGNIN_LOCKOUT_SECONDS. */
  SIGNIN_MAX_FAILURES_PER_ACCOUNT: z.coerce.number().int().min(1).max(1000).default(10),
  /** Wrong sign-ins from one client address (any account) within the window before that address is locked. */
  SIGNIN_MAX_FAILURES_PER_CLIENT: z.coerce.number().int().min(1).max(100_000).default(100),
  SIGNIN_FAILURE_WINDOW_SECONDS: z.coerce.number().int().min(1).max(86_400).default(900),
  SIGNIN_LOCKOUT_SECONDS: z.coerce.number().int().min(1).max(86_400).default(900),
  /** Password-reset requests per e-mail address (known or not) and per client address within RESET_WINDOW_SECONDS. */
  RESET_MAX_PER_ADDRESS: z.coerce.number().int().min(1).max(1000).default(3),
  RESET_MAX_PER_CLIENT: z.coerce.number().int().min(1).max(100_000).default(20),
  RESET_WINDOW_SECONDS: z.coerce.number().int().min(1).max(86_400).default(3600),
  /** Requests to the public MVO register (search and one certificate's page) per client address within PUBLIC_REGISTER_WINDOW_SECONDS. */
  PUBLIC_REGISTER_MAX_PER_CLIENT: z.coerce.number().int().min(1).max(100_000).default(120),
  PUBLIC_REGISTER_WINDOW_SECONDS: z.coerce.number().int().min(1).max(86_400).default(60),
  /**
   * Prometheus metrics on a port of their own (GET /metrics), bound to METRICS_HOST; default 9464 in development and
   * off otherwise. /api/metrics on the API's port answers the platform's operator (signed in) and, with METRICS_PUBLIC, anyone; else 404.
   */
  METRICS_PORT: z.coerce.number().int().min(0).max(65535).optional(),
  METRICS_HOST: z.string().min(1).default('127.0.0.1'),
  METRICS_PUBLIC: bool.default(false),
});

export type AppConfig = z.infer<typeof configSchema>;

export class ConfigError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Ongeldige configuratie / invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** Parses the environment; empty strings count as unset. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = configSchema.safeParse(cleaned);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`));
  }
  return parsed.data;
}

export const APP_CONFIG = Symbol('APP_CONFIG');

/** Fastify's trustProxy from TRUST_PROXY. */
export function trustProxySetting(value: string): boolean | number | string {
  if (value === 'true' || value === 'false') return value === 'true';
  if (/^\d+$/.test(value)) return Number(value);
  return value;
}

/** The origins allowed to write with the session cookie (normalised scheme://host[:port]); malformed entries are skipped. */
export function webOrigins(config: Pick<AppConfig, 'PUBLIC_WEB_URL' | 'CORS_ORIGINS' | 'WEB_ORIGINS'>): Set<string> {
  const out = new Set<string>();
  for (const entry of [config.PUBLIC_WEB_URL, ...(config.CORS_ORIGINS ?? '').split(','), ...(config.WEB_ORIGINS ?? '').split(',')]) {
    const trimmed = entry.trim();
    if (!trimmed) continue;
    try {
      out.add(new URL(trimmed).origin);
    } catch {
      // validated by the caller's own setting; an unparsable origin allows nothing
    }
  }
  return out;
}

/** The metrics port, if any: METRICS_PORT, else 9464 in development. */
export function metricsPort(config: Pick<AppConfig, 'METRICS_PORT' | 'NODE_ENV'>): number | undefined {
  return config.METRICS_PORT ?? (config.NODE_ENV === 'development' ? 9464 : undefined);
}

/** For a process entry point: the validated configuration, or exit 78 (EX_CONFIG) with the message. */
export function loadConfigOrExit(env: NodeJS.ProcessEnv = process.env): AppConfig {
  try {
    return loadConfig(env);
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(e.message);
      process.exit(78);
    }
    throw e;
  }
}
