import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

describe(loadConfig.name, () => {
  it('should give development defaults with PGlite when nothing is set', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ PORT: 3000, DATA_DIR: './data', databaseKind: 'pglite', seedDemo: true, cookieSecure: false });
  });

  it('should switch to PostgreSQL when DATABASE_URL is set', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://u@h:5432/db' }).databaseKind).toBe('postgresql');
  });

  it.each([
    [{ PORT: 'tiga ribu' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ SEED_DEMO: 'maybe' }, 'SEED_DEMO'],
    [{ NODE_ENV: 'production' }, 'SESSION_SECRET'],
    [{ NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(32) }, 'DATA_KEY'],
    [{ DATA_KEY: 'pendek' }, 'DATA_KEY'],
    [{ NOTIFIKASI_ADAPTER: 'http' }, 'NOTIFIKASI_HTTP_URL'],
    [{ SESSION_SECRET: 'pendek' }, 'SESSION_SECRET'],
  ])('should stop with an error naming the variable for %o', (env, variable) => {
    let err: unknown;
    try {
      loadConfig(env);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as ConfigError).problems.map((p) => p.variable)).toContain(variable);
    expect((err as Error).message).toContain(variable);
  });

  it('should list every invalid variable at once', () => {
    expect(() => loadConfig({ PORT: 'x', LOG_LEVEL: 'y' })).toThrow(/PORT[\s\S]*LOG_LEVEL|LOG_LEVEL[\s\S]*PORT/);
  });

  it('should turn on Secure cookies behind https and disable the demo seed in production', () => {
    const c = loadConfig({ NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(32), DATA_KEY: 'k'.repeat(32), PUBLIC_URL: 'https://sikap.example.go.id' });
    expect(c.cookieSecure).toBe(true);
    expect(c.seedDemo).toBe(false);
  });
});
