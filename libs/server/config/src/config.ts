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
