import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';

describe('config', () => {
  it('defaults to the embedded Neo4j on loopback', () => {
    const c = loadConfig({});
    expect(c.embedded).toBe(true);
    expect(c.PORT).toBe(4000);
    expect(c.EMBEDDED_NEO4J_PORT).toBe(7687);
    expect(c.EMBEDDED_NEO4J_DIR).toBe('data/neo4j');
  });

  it('uses NEO4J_URI when set, for bolt, neo4j and +s schemes', () => {
    for (const uri of ['bolt://db:7687', 'neo4j://cluster:7687', 'neo4j+s://x.databases.neo4j.io']) {
      const c = loadConfig({ NEO4J_URI: uri, NEO4J_PASSWORD: 'secret' });
      expect(c.embedded).toBe(false);
      expect(c.NEO4J_URI).toBe(uri);
    }
  });

  it('explains what is wrong', () => {
    expect(() => loadConfig({ PORT: 'abc' })).toThrow(/PORT/);
    expect(() => loadConfig({ NEO4J_URI: 'http://x' })).toThrow(/NEO4J_URI/);
    expect(() => loadConfig({ NEO4J_URI: 'bolt://x:7687' })).toThrow(/NEO4J_PASSWORD/);
  });

  it('has security limits with defaults, and parses the roles that need a second factor', () => {
    const c = loadConfig({});
    expect(c.TOTP_REQUIRED_ROLES).toEqual([]);
    expect(c.LOGIN_LOCKOUT_USER_THRESHOLD).toBe(5);
    expect(c.RATE_LIMIT_LOGIN_MAX).toBeLessThan(c.RATE_LIMIT_API_MAX);
    expect(loadConfig({ TOTP_REQUIRED_ROLES: 'analyst, ADMIN' }).TOTP_REQUIRED_ROLES).toEqual(['ANALYST', 'ADMIN']);
    expect(() => loadConfig({ TOTP_REQUIRED_ROLES: 'ANALYST,BOSS' })).toThrow(/TOTP_REQUIRED_ROLES/);
    expect(() => loadConfig({ GRAPHQL_MAX_DEPTH: '0' })).toThrow(/GRAPHQL_MAX_DEPTH/);
  });

  it('parses the retention rule and the purge timer, with defaults', () => {
    const c = loadConfig({});
    expect(c.RETENTION_RULE).toEqual({ text: 'months-after-case-closed:12', terms: [{ kind: 'months-after-case-closed', months: 12 }] });
    expect(c.RETENTION_PURGE_INTERVAL_HOURS).toBe(24);
    expect(c.RETENTION_PURGE_DELAY_SECONDS).toBe(60);
    expect(loadConfig({ RETENTION_RULE: 'months-after-18:6,months-after-case-closed:3' }).RETENTION_RULE.text).toBe('months-after-18:6,months-after-case-closed:3');
    expect(loadConfig({ RETENTION_PURGE_INTERVAL_HOURS: '0' }).RETENTION_PURGE_INTERVAL_HOURS).toBe(0);
    expect(() => loadConfig({ RETENTION_RULE: 'years-after-18:1' })).toThrow(/RETENTION_RULE: unknown kind "years-after-18"/);
    expect(() => loadConfig({ RETENTION_RULE: 'months-after-18' })).toThrow(/RETENTION_RULE/);
    expect(() => loadConfig({ RETENTION_PURGE_INTERVAL_HOURS: '-1' })).toThrow(/RETENTION_PURGE_INTERVAL_HOURS/);
  });

  it('needs a 256-bit TOTP encryption key in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/TOTP_ENCRYPTION_KEY/);
    expect(() => loadConfig({ TOTP_ENCRYPTION_KEY: 'short' })).toThrow(/TOTP_ENCRYPTION_KEY/);
    const hex = 'ab'.repeat(32);
    expect(loadConfig({ NODE_ENV: 'production', TOTP_ENCRYPTION_KEY: hex }).TOTP_ENCRYPTION_KEY).toBe(hex);
    expect(loadConfig({ TOTP_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString('base64') }).TOTP_ENCRYPTION_KEY).toBeDefined();
  });
});
