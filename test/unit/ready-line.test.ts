import { describe, expect, it } from 'vitest';
import { describeLimiter, describeStore, openableUrl, readyText } from '../../src/cli/ready.js';

describe("the server's first log line", () => {
  it('names the SQLite file, or PostgreSQL without its credentials', () => {
    expect(describeStore({ databaseUrl: undefined, sqliteFile: '/srv/keyward/keyward.db' })).toBe('sqlite /srv/keyward/keyward.db');
    const pg = describeStore({ databaseUrl: 'postgres://kw:s3cret-password@db.internal:6543/keyward', sqliteFile: '/x' });
    expect(pg).toBe('postgres db.internal:6543/keyward');
    expect(describeStore({ databaseUrl: 'postgres://kw:pw@db/keyward', sqliteFile: '/x' })).toBe('postgres db:5432/keyward');
  });

  it('names the limiter, and says so when Redis is configured but memory stands in', () => {
    expect(describeLimiter({ redisUrl: undefined }, { backend: 'memory', degraded: false })).toBe('memory');
    expect(describeLimiter({ redisUrl: 'redis://r' }, { backend: 'redis', degraded: false })).toBe('redis');
    expect(describeLimiter({ redisUrl: 'redis://r' }, { backend: 'memory', degraded: true })).toMatch(/^redis \(not reachable yet/);
  });

  it('gives an address a browser can open', () => {
    expect(openableUrl('http://0.0.0.0:3000')).toBe('http://localhost:3000');
    expect(openableUrl('http://[::]:3000')).toBe('http://localhost:3000');
    expect(openableUrl('http://127.0.0.1:3000')).toBe('http://127.0.0.1:3000');
    expect(openableUrl('http://[::1]:3000')).toBe('http://[::1]:3000');
    expect(readyText('http://0.0.0.0:8080', { version: '1.2.3', store: 'sqlite /d/keyward.db', limiter: 'memory' })).toBe(
      'Keyward is ready: open http://localhost:8080 (version 1.2.3, store sqlite /d/keyward.db, limiter memory)',
    );
  });
});
