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
});
