// Dates and times from Bolt, converted with plain numbers.
//
// neo4j-driver 6.3 turns every date and timestamp it receives (days or seconds since 1970) into
// year, month, day, hour... through its 64-bit Integer class: a dozen Integer objects and
// divisions per value. A board of 1,000 people and 4,000 ties carries about 10,000 timestamps and
// 8,000 dates, and once large messages were joined (bolt-messages.ts) that conversion was the
// larger part of what decoding the board's read still cost in a sampling profile. The same
// civil-calendar arithmetic (the driver's own algorithm) in numbers gives the same values: every
// value a board holds is far inside the range where numbers are exact integers, and anything
// outside it goes to the driver's own code. `npm run bench -- board-decode` measures both.
//
// Like bolt-messages.ts this replaces functions inside the driver (its temporal factory, which its
// transformers call through the module's exports); `applyFastTemporal` checks they are there and
// otherwise leaves the driver alone, and the unit test compares both on many values.
import { boltCore, boltModule, driverPatch } from './driver-patch.js';

type Int = { toNumber(): number; inSafeRange(): boolean };
interface Core {
  int(n: number): unknown;
  isInt(v: unknown): v is Int;
  Date: new (y: unknown, m: unknown, d: unknown) => object;
  LocalTime: new (h: unknown, mi: unknown, s: unknown, ns: unknown) => object;
  LocalDateTime: new (y: unknown, m: unknown, d: unknown, h: unknown, mi: unknown, s: unknown, ns: unknown) => object;
}
export interface TemporalFactory {
  epochDayToDate(epochDay: unknown): object;
  nanoOfDayToLocalTime(nanoOfDay: unknown): object;
  epochSecondAndNanoToLocalDateTime(epochSecond: unknown, nano: unknown): object;
  /** Set once patched: the driver's own functions. */
  __tavlaOriginal?: TemporalFactory;
  /** Set once patched (by any copy of this module): the switch. */
  __tavlaSwitch?: (on: boolean) => void;
}

const DAYS_0000_TO_1970 = 719_528;
const DAYS_PER_400_YEARS = 146_097;
const NANOS_PER_SECOND = 1e9;
const SECONDS_PER_DAY = 86_400;
// Keeps the day (seconds / 86,400, floored) exact: about ±31 million years. Only the seconds
// within that day are multiplied by 10^9. (Session 10 had 9e15 / 10^9 here, about 104 days
// around 1970, so every real timestamp went to the driver's own code: bolt-temporal.test now
// checks that values a board holds never do.)
const MAX_SECONDS = 1e15;

function safe(core: Core, v: unknown): number | null {
  if (typeof v === 'number') return Number.isSafeInteger(v) ? v : null;
  if (core.isInt(v)) return v.inSafeRange() ? v.toNumber() : null;
  if (typeof v === 'bigint') return v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : null;
  return null;
}

const daysBefore = (year: number) => 365 * year + Math.trunc(year / 4) - Math.trunc(year / 100) + Math.trunc(year / 400);

/** Year, month, day of a day count since 1970-01-01: the driver's epochDayToDate in numbers. */
export function civilFromEpochDay(epochDay: number): [number, number, number] {
  let zeroDay = epochDay + DAYS_0000_TO_1970 - 60;
  let adjust = 0;
  if (zeroDay < 0) {
    const cycles = Math.trunc((zeroDay + 1) / DAYS_PER_400_YEARS) - 1;
    adjust = cycles * 400;
    zeroDay += -cycles * DAYS_PER_400_YEARS;
  }
  let year = Math.trunc((zeroDay * 400 + 591) / DAYS_PER_400_YEARS);
  let dayOfYear = zeroDay - daysBefore(year);
  if (dayOfYear < 0) {
    year -= 1;
    dayOfYear = zeroDay - daysBefore(year);
  }
  year += adjust;
  const marchMonth = Math.trunc((dayOfYear * 5 + 2) / 153);
  const month = ((marchMonth + 2) % 12) + 1;
  const day = dayOfYear - Math.trunc((marchMonth * 306 + 5) / 10) + 1;
  return [year + Math.trunc(marchMonth / 10), month, day];
}

/** Number versions of the three factory functions, falling back to `orig` outside the exact range. */
export function fastTemporal(core: Core, orig: TemporalFactory): TemporalFactory {
  const { int } = core;
  // The epoch-day range whose years the driver accepts (±999,999,999) is far wider than this;
  // beyond ±10^12 days the products below would stop being exact.
  const dayOk = (d: number | null): d is number => d !== null && Math.abs(d) < 1e12;
  const time = (nanoOfDay: number) => {
    const hour = Math.floor(nanoOfDay / 3_600e9);
    let rest = nanoOfDay - hour * 3_600e9;
    const minute = Math.floor(rest / 60e9);
    rest -= minute * 60e9;
    const second = Math.floor(rest / 1e9);
    return [hour, minute, second, rest - second * 1e9] as const;
  };
  return {
    epochDayToDate(epochDay) {
      const d = safe(core, epochDay);
      if (!dayOk(d)) return orig.epochDayToDate(epochDay);
      const [y, m, day] = civilFromEpochDay(d);
      return new core.Date(int(y), int(m), int(day));
    },
    nanoOfDayToLocalTime(nanoOfDay) {
      const n = safe(core, nanoOfDay);
      if (n === null || n < 0) return orig.nanoOfDayToLocalTime(nanoOfDay);
      const [h, mi, s, ns] = time(n);
      return new core.LocalTime(int(h), int(mi), int(s), int(ns));
    },
    epochSecondAndNanoToLocalDateTime(epochSecond, nano) {
      const es = safe(core, epochSecond);
      const ns = safe(core, nano);
      if (es === null || ns === null || Math.abs(es) > MAX_SECONDS || ns < 0 || ns >= NANOS_PER_SECOND) return orig.epochSecondAndNanoToLocalDateTime(epochSecond, nano);
      const epochDay = Math.floor(es / SECONDS_PER_DAY);
      const [y, m, d] = civilFromEpochDay(epochDay);
      const [h, mi, s, n] = time((es - epochDay * SECONDS_PER_DAY) * NANOS_PER_SECOND + ns);
      return new core.LocalDateTime(int(y), int(m), int(d), int(h), int(mi), int(s), int(n));
    },
  };
}

const NAMES = ['epochDayToDate', 'nanoOfDayToLocalTime', 'epochSecondAndNanoToLocalDateTime'] as const;

const patch = driverPatch(() => {
  const factory = boltModule<TemporalFactory>('lib/bolt/temporal-factory.js');
  const core = boltCore<Core>();
  if (NAMES.some((n) => typeof factory[n] !== 'function') || typeof core.int !== 'function' || typeof core.isInt !== 'function') return null;
  if (factory.__tavlaSwitch) return factory.__tavlaSwitch;
  const orig: TemporalFactory = {
    epochDayToDate: factory.epochDayToDate,
    nanoOfDayToLocalTime: factory.nanoOfDayToLocalTime,
    epochSecondAndNanoToLocalDateTime: factory.epochSecondAndNanoToLocalDateTime,
  };
  const fast = fastTemporal(core, orig);
  const switchTo = (on: boolean) => {
    for (const n of NAMES) (factory as unknown as Record<string, unknown>)[n] = (on ? fast : orig)[n];
  };
  switchTo(true);
  factory.__tavlaOriginal = orig;
  factory.__tavlaSwitch = switchTo;
  return switchTo;
});

/** Installs the number versions in the driver the server loads. Idempotent. */
export const applyFastTemporal = patch.apply;
/** Benchmarks only (scripts/bench/board-decode.ts): the driver's own conversion back (false) or ours. */
export const setFastTemporal = patch.set;
