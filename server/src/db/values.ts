// Turns Neo4j driver values into plain JSON-able values: temporal types become ISO strings,
// integers become numbers (the driver runs with disableLosslessIntegers).
//
// Records' maps and lists are fresh objects the driver made for this result and nobody else holds,
// so they are converted in place: a board of a few hundred people and ties would otherwise be
// copied whole once more on every read, and the garbage collector pays for the copies.
//
// Dates are formatted here from their numeric fields: the driver's own toString and
// toStandardDate go through its 64-bit Integer arithmetic and string parsing, which made
// converting a board's dates cost more than the rest of the GraphQL response.
import neo4j, { type Date as NeoDate, type DateTime as NeoDateTime, type LocalDateTime as NeoLocalDateTime } from 'neo4j-driver';

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

function isoDate(d: { year: number; month: number; day: number }): string | null {
  if (d.year < 1000 || d.year > 9999) return null;
  return `${d.year}-${pad2(d.month)}-${pad2(d.day)}`;
}

function dateString(v: NeoDate<number>): string {
  return isoDate(v) ?? v.toString();
}

function dateTimeString(v: NeoDateTime<number>): string {
  // An offset (UTC is offset 0) gives the instant directly; a named zone keeps the driver's text.
  if (v.timeZoneOffsetSeconds == null) return v.toString();
  if (v.year < 1000 || v.year > 9999) return v.toStandardDate().toISOString();
  // Stored instants are UTC: written out as toISOString would, without building a Date for each
  // (a board of 1,000 people and 4,000 ties carries 10,000 of them).
  if (v.timeZoneOffsetSeconds === 0) {
    const ms = Math.floor(v.nanosecond / 1e6);
    return `${isoDate(v)}T${pad2(v.hour)}:${pad2(v.minute)}:${pad2(v.second)}.${ms < 10 ? '00' : ms < 100 ? '0' : ''}${ms}Z`;
  }
  const ms = Date.UTC(v.year, v.month - 1, v.day, v.hour, v.minute, v.second, Math.floor(v.nanosecond / 1e6));
  return new Date(ms - v.timeZoneOffsetSeconds * 1000).toISOString();
}

function localDateTimeString(v: NeoLocalDateTime<number>): string {
  const day = isoDate(v);
  if (!day) return v.toString();
  const frac = v.nanosecond ? `.${String(v.nanosecond).padStart(9, '0')}` : '';
  return `${day}T${pad2(v.hour)}:${pad2(v.minute)}:${pad2(v.second)}${frac}`;
}

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
  // The driver runs with disableLosslessIntegers, so temporal fields are plain numbers.
  if (neo4j.isDate(v)) return dateString(v as unknown as NeoDate<number>);
  if (neo4j.isDateTime(v)) return dateTimeString(v as unknown as NeoDateTime<number>);
  if (neo4j.isLocalDateTime(v)) return localDateTimeString(v as unknown as NeoLocalDateTime<number>);
  if (neo4j.isInt(v)) return v.toNumber();
  // Other driver types (durations, points) keep their own fields.
  const out: Record<string, unknown> = {};
  for (const [k, val] of Object.entries(v as Record<string, unknown>)) out[k] = plain(val);
  return out;
}
