// Turns Neo4j driver values into plain JSON-able values: temporal types become ISO strings,
// integers become numbers (the driver runs with disableLosslessIntegers).
//
// Records' maps and lists are fresh objects the driver made for this result and nobody else holds,
// so they are converted in place: a board of a few hundred people and ties would otherwise be
// copied whole once more on every read, and the garbage collector pays for the copies.
import neo4j from 'neo4j-driver';

export function plain(v: unknown): unknown {
  if (v === null || v === undefined) return null;
  if (typeof v !== 'object') return v;
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) v[i] = plain(v[i]);
    return v;
  }
  if (Object.getPrototypeOf(v) === Object.prototype) {
    const o = v as Record<string, unknown>;
    for (const k in o) o[k] = plain(o[k]);
    return o;
  }
  if (neo4j.isDate(v)) return v.toString();
  if (neo4j.isDateTime(v)) return v.toStandardDate().toISOString();
  if (neo4j.isLocalDateTime(v)) return v.toString();
  if (neo4j.isInt(v)) return v.toNumber();
  // Other driver types (durations, points) keep their own fields.
  const out: Record<string, unknown> = {};
  for (const [k, val] of Object.entries(v as Record<string, unknown>)) out[k] = plain(val);
  return out;
}
