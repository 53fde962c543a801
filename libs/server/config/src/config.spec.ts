import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('applies defaults to a minimal environment', () => {
    const c = loadConfig({ DATABASE_URL: 'postgres://u@localhost/db' });
    expect(c.PORT).toBe(3000);
    expect(c.REDIS_URL).toBeUndefined();
    expect(c.RUN_MIGRATIONS).toBe(false);
  });

  it('names every missing or malformed variable', () => {
    try {
      loadConfig({ PORT: 'abc', REDIS_URL: 'http://x', RUN_MIGRATIONS: 'maybe' });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      const text = (e as ConfigError).message;
      for (const name of ['DATABASE_URL', 'PORT', 'REDIS_URL', 'RUN_MIGRATIONS']) expect(text).toContain(name);
    }
  });

  it('treats empty strings as unset', () => {
    expect(loadConfig({ DATABASE_URL: 'postgresql://x/y', REDIS_URL: '' }).REDIS_URL).toBeUndefined();
  });
});
