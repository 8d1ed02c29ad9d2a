// The number versions of the driver's date conversions give what the driver's own Integer
// versions give (on many values, edges included), and agree with JavaScript's Date, an
// independent calendar, wherever that reaches.
import { describe, expect, it } from 'vitest';
import { applyFastTemporal, civilFromEpochDay, fastTemporal, setFastTemporal, type TemporalFactory } from './bolt-temporal.js';
import { boltCore, boltModule } from './driver-patch.js';

const factory = boltModule<TemporalFactory>('lib/bolt/temporal-factory.js');
const core = boltCore<Parameters<typeof fastTemporal>[0] & { int(v: number | string): { toString(): string } }>();
// The driver's own functions, whether or not another test has installed the fast ones already.
const orig: TemporalFactory = factory.__tavlaOriginal ?? { ...factory };
const fast = fastTemporal(core, orig);

function rng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}
/** Fields and their types as the driver would hand them on. */
const fields = (v: object) => Object.entries(v).map(([k, x]) => `${k}=${core.isInt(x) ? `int:${x.toString()}` : typeof x + ':' + String(x)}`).join(' ');

describe('dates and times from Bolt in numbers', () => {
  it('epoch days: the same dates as the driver, 400-year cycles, leap days and negative years included', () => {
    const r = rng(1);
    const days = [0, -1, 1, 59, 60, -719_528, -719_529, -719_468, 2_932_896, 2_932_897, 10_957, 11_016, 11_017, -146_097, 146_097, -999_999_999, 999_999_999];
    for (let i = 0; i < 20_000; i++) days.push(Math.floor((r() - 0.5) * 8e6));
    for (const d of days) {
      expect(fields(fast.epochDayToDate(d))).toBe(fields(orig.epochDayToDate(d)));
      expect(fields(fast.epochDayToDate(core.int(d)))).toBe(fields(orig.epochDayToDate(core.int(d))));
    }
  });

  it('epoch seconds and nanoseconds: the same local date-times as the driver', () => {
    const r = rng(2);
    const cases: [number, number][] = [[0, 0], [-1, 999_999_999], [86_399, 999_999_999], [86_400, 0], [-86_400, 1], [253_402_300_799, 999_999_999], [-62_135_596_800, 0]];
    for (let i = 0; i < 20_000; i++) cases.push([Math.floor((r() - 0.5) * 6e11), Math.floor(r() * 1e9)]);
    for (const [s, ns] of cases) {
      expect(fields(fast.epochSecondAndNanoToLocalDateTime(core.int(s), core.int(ns)))).toBe(fields(orig.epochSecondAndNanoToLocalDateTime(core.int(s), core.int(ns))));
    }
  });

  it('nanoseconds of the day: the same times as the driver', () => {
    const r = rng(3);
    const cases = [0, 1, 999_999_999, 1e9, 3_600e9 - 1, 3_600e9, 86_400e9 - 1];
    for (let i = 0; i < 5_000; i++) cases.push(Math.floor(r() * 86_400e9));
    for (const n of cases) expect(fields(fast.nanoOfDayToLocalTime(core.int(n)))).toBe(fields(orig.nanoOfDayToLocalTime(core.int(n))));
  });

  it('agrees with JavaScript Date from year 1 to 9999', () => {
    const r = rng(4);
    for (let i = 0; i < 20_000; i++) {
      const day = Math.floor(-719_162 + r() * (2_932_897 + 719_162));
      const [y, m, d] = civilFromEpochDay(day);
      const js = new Date(day * 86_400_000);
      expect([y, m, d]).toEqual([js.getUTCFullYear(), js.getUTCMonth() + 1, js.getUTCDate()]);
    }
  });

  it('regression: timestamps from year 1 to 9999 never go to the driver’s own code (a wrong range once sent them all there)', () => {
    const calls: string[] = [];
    const refusing = Object.fromEntries(
      (['epochDayToDate', 'nanoOfDayToLocalTime', 'epochSecondAndNanoToLocalDateTime'] as const).map((n) => [n, (...a: unknown[]) => {
        calls.push(n);
        return (orig[n] as (...x: unknown[]) => object)(...a);
      }]),
    ) as unknown as TemporalFactory;
    const own = fastTemporal(core, refusing);
    const r = rng(5);
    const seconds = [-62_135_596_800, 253_402_300_799, 1_795_000_000, 0];
    for (let i = 0; i < 2_000; i++) seconds.push(Math.floor(-62_135_596_800 + r() * (253_402_300_799 + 62_135_596_800)));
    for (const s of seconds) {
      own.epochSecondAndNanoToLocalDateTime(core.int(s), core.int(123));
      own.epochSecondAndNanoToLocalDateTime(s, 0);
      own.epochDayToDate(Math.floor(s / 86_400));
    }
    own.nanoOfDayToLocalTime(86_400e9 - 1);
    expect(calls).toEqual([]);
  });

  it('values beyond exact numbers go to the driver’s own code', () => {
    const big = core.int('9007199254740993');
    expect(() => fast.epochDayToDate(big)).toThrow();
    expect(() => orig.epochDayToDate(big)).toThrow();
  });

  it('installs itself in the driver the server loads (an upgrade that moves it fails here)', () => {
    expect(applyFastTemporal()).toBe(true);
    expect(factory.epochDayToDate).not.toBe(orig.epochDayToDate);
    expect(fields(factory.epochDayToDate(20_000))).toBe(fields(orig.epochDayToDate(20_000)));
    setFastTemporal(false);
    expect(factory.epochDayToDate).toBe(orig.epochDayToDate);
    setFastTemporal(true);
    expect(factory.epochDayToDate).not.toBe(orig.epochDayToDate);
  });
});
