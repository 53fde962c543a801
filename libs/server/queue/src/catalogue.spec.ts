import { describe, expect, it } from 'vitest';
import { JOBS, QUEUE_NAMES, jobsOfQueue } from './catalogue';
import { transportFromConfig } from './backend';

describe('job catalogue', () => {
  it('puts every job on a known queue with removal of completed jobs', () => {
    for (const [name, def] of Object.entries(JOBS)) {
      expect(QUEUE_NAMES, name).toContain(def.queue);
      expect(def.options.removeOnComplete, name).toBe(true);
    }
  });
  it('lists jobs per queue', () => {
    expect(jobsOfQueue("maintenance")).toEqual(["diagnostics.ping", "evaluation.send", "evaluation.remind", "alliance.application-mail"]);
    expect(jobsOfQueue("calculations")).toEqual(["calculation.run", "calculation.plan-recompute", "calculation.run-range", "evaluation.compute"]);
    expect(jobsOfQueue("documents")).toEqual(["document.render"]);
  });
});

describe('transportFromConfig', () => {
  it('uses Redis when a REDIS_URL is configured, else the PostgreSQL backend', () => {
    expect(transportFromConfig({ REDIS_URL: 'redis://r:6379', DATABASE_URL: 'postgres://d/x', QUEUE_PREFIX: 'k' }).kind).toBe('redis');
    expect(transportFromConfig({ REDIS_URL: undefined, DATABASE_URL: 'postgres://d/x', QUEUE_PREFIX: 'k' })).toEqual({
      kind: 'postgres',
      url: 'postgres://d/x',
      prefix: 'k',
    });
  });
});
