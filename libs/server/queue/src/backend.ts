import { createPostgresBackend, Queue, Worker, type ConnectionOptions, type Processor, type QueueOptions, type WorkerOptions } from 'bullmq';
import type { AppConfig } from '@koers/server-config';

/**
 * The only code that knows which transport carries the queues: Redis (via
 * ioredis, production) or BullMQ's PostgreSQL backend in the app database
 * (the embedded default when no Redis answers). Everything else asks this.
 */
export type QueueTransport =
  | { kind: 'redis'; url: string; prefix: string }
  | { kind: 'postgres'; url: string; prefix: string };

export function transportFromConfig(config: Pick<AppConfig, 'REDIS_URL' | 'DATABASE_URL' | 'QUEUE_PREFIX'>): QueueTransport {
  return config.REDIS_URL
    ? { kind: 'redis', url: config.REDIS_URL, prefix: config.QUEUE_PREFIX }
    : { kind: 'postgres', url: config.DATABASE_URL, prefix: config.QUEUE_PREFIX };
}

export function describeTransport(t: QueueTransport): string {
  if (t.kind === 'redis') return `Redis (${redact(t.url)})`;
  return `BullMQ PostgreSQL-backend in de database / in the database (${redact(t.url)})`;
}

function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '(url)';
  }
}

function redisConnection(url: string, role: 'producer' | 'worker'): ConnectionOptions {
  const u = new URL(url);
  const base = {
    host: u.hostname,
    port: Number(u.port || 6379),
    username: u.username || undefined,
    password: u.password ? decodeURIComponent(u.password) : undefined,
    db: u.pathname.length > 1 ? Number(u.pathname.slice(1)) : 0,
    tls: u.protocol === 'rediss:' ? {} : undefined,
    // Reconnect forever with a capped backoff (BullMQ production guide).
    retryStrategy: (times: number) => Math.min(1000 * 2 ** Math.min(times, 5), 20_000),
  };
  return role === 'worker'
    ? // Workers never give up: a blocked command waits for Redis to come back.
      { ...base, maxRetriesPerRequest: null, enableOfflineQueue: true }
    : // Producers fail fast so the API can answer 503 instead of hanging.
      { ...base, maxRetriesPerRequest: 1, enableOfflineQueue: false, connectTimeout: 2000 };
}

export function createQueue(t: QueueTransport, name: string, opts: Omit<QueueOptions, 'connection'> = {}): Queue {
  if (t.kind === 'redis') return new Queue(name, { ...opts, prefix: t.prefix, connection: redisConnection(t.url, 'producer') });
  return new Queue(name, { ...opts, prefix: t.prefix, connection: t.url } as never, createPostgresBackend as never) as unknown as Queue;
}

export function createWorker(t: QueueTransport, name: string, processor: Processor, opts: Omit<WorkerOptions, 'connection'> = {}): Worker {
  if (t.kind === 'redis') return new Worker(name, processor, { ...opts, prefix: t.prefix, connection: redisConnection(t.url, 'worker') });
  return new Worker(name, processor, { ...opts, prefix: t.prefix, connection: t.url } as never, createPostgresBackend as never) as unknown as Worker;
}

/** Creates BullMQ's tables when the PostgreSQL backend is in use (idempotent, concurrency-safe). */
export async function prepareTransport(t: QueueTransport): Promise<void> {
  if (t.kind !== 'postgres') return;
  const { Client } = await import('pg');
  const { runMigrations } = await import('bullmq');
  const client = new Client({ connectionString: t.url });
  await client.connect();
  try {
    await runMigrations(client as never);
  } finally {
    await client.end();
  }
}
