import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, metricsPort, trustProxySetting, webOrigins } from './config';

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

describe('hardening settings', () => {
  const base = { DATABASE_URL: 'postgres://u@localhost/db' };

  it('trusts only proxies on a private network by default, and reads TRUST_PROXY as Fastify takes it', () => {
    expect(trustProxySetting(loadConfig(base).TRUST_PROXY)).toBe('loopback,linklocal,uniquelocal');
    expect(trustProxySetting('false')).toBe(false);
    expect(trustProxySetting('true')).toBe(true);
    expect(trustProxySetting('2')).toBe(2);
    expect(trustProxySetting('10.0.0.0/8')).toBe('10.0.0.0/8');
  });

  it('allows writes from PUBLIC_WEB_URL, CORS_ORIGINS and WEB_ORIGINS, as origins without path or trailing slash', () => {
    const origins = webOrigins(loadConfig({ ...base, PUBLIC_WEB_URL: 'https://koers.example/app/', CORS_ORIGINS: 'https://a.example, https://b.example:8443', WEB_ORIGINS: 'http://localhost:4201/,nonsense' }));
    expect([...origins].sort()).toEqual(['http://localhost:4201', 'https://a.example', 'https://b.example:8443', 'https://koers.example']);
  });

  it('serves metrics on 9464 in development only, unless METRICS_PORT says otherwise; never on the API port by default', () => {
    expect(metricsPort(loadConfig({ ...base, NODE_ENV: 'development' }))).toBe(9464);
    expect(metricsPort(loadConfig({ ...base, NODE_ENV: 'production' }))).toBeUndefined();
    expect(metricsPort(loadConfig({ ...base, NODE_ENV: 'production', METRICS_PORT: '9100' }))).toBe(9100);
    expect(loadConfig(base).METRICS_PUBLIC).toBe(false);
    expect(loadConfig(base).METRICS_HOST).toBe('127.0.0.1');
  });

  it('has sign-in and reset limits that a deployment can tune', () => {
    const c = loadConfig({ ...base, SIGNIN_MAX_FAILURES_PER_ACCOUNT: '5', RESET_MAX_PER_ADDRESS: '2' });
    expect(c).toMatchObject({ SIGNIN_MAX_FAILURES_PER_ACCOUNT: 5, SIGNIN_MAX_FAILURES_PER_CLIENT: 100, SIGNIN_LOCKOUT_SECONDS: 900, RESET_MAX_PER_ADDRESS: 2, RESET_WINDOW_SECONDS: 3600 });
    expect(() => loadConfig({ ...base, SIGNIN_MAX_FAILURES_PER_ACCOUNT: '0' })).toThrow(/SIGNIN_MAX_FAILURES_PER_ACCOUNT/);
  });
});
