// Turns Neo4j driver values into plain JSON-able values: temporal types become ISO strings,
// integers become numbers (the driver runs with disableLosslessIntegers).
import neo4j from 'neo4j-driver';

export function plain(v: unknown): unknown {
  if (v === null || v === undefined) return null;
  if (Array.isArray(v)) return v.map(plain);
  if (typeof v !== 'object') return v;
  if (neo4j.isDate(v)) return v.toString();
  if (neo4j.isDateTime(v)) return v.toStandardDate().toISOString();
  if (neo4j.isLocalDateTime(v)) return v.toString();
  if (neo4j.isInt(v)) return v.toNumber();
  const out: Record<string, unknown> = {};
  for (const [k, val] of Object.entries(v as Record<string, unknown>)) out[k] = plain(val);
  return out;
}
