// Calendar arithmetic of package time (time/time.go): absolute time (seconds
// since the absolute zero year -292277022399, where the proleptic Gregorian
// 400-year cycle starts), absDate/absClock/absWeekday, ISOWeek, the
// normalizing constructor Date, AddDate's fields, and div for Truncate/Round.
import { canon, neg as neg64, sub as sub64 } from '../../vm/int64.js';
import type { Int64 } from '../../vm/value.js';
import { nsecOf, secOf, stripMono, timeAdd, UNIX_TO_INTERNAL, type Time } from './timeValue.js';

const SECONDS_PER_DAY = 86400;
const DAYS_PER_400_YEARS = 365 * 400 + 97;
const DAYS_PER_100_YEARS = 365 * 100 + 24;
const DAYS_PER_4_YEARS = 365 * 4 + 1;
/** time.absoluteZeroYear */
const ABSOLUTE_ZERO_YEAR = -292277022399;
/** time.internalToAbsolute in days (it is a whole number of 400-year cycles). */
const INTERNAL_TO_ABSOLUTE_DAYS = 106751990353932;
const INTERNAL_TO_ABSOLUTE = 9223371966579724800n;
const ABSOLUTE_TO_INTERNAL = -INTERNAL_TO_ABSOLUTE;
const INTERNAL_TO_UNIX = BigInt(-UNIX_TO_INTERNAL);

/** time.daysBefore: days before the start of month m (0-based), in a non-leap year. */
const DAYS_BEFORE = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365];

/** An absolute time split into whole days and the second of the day (abs / secondsPerDay, abs % secondsPerDay). */
export interface AbsTime {
  days: number;
  secOfDay: number;
}

/** Time.abs: the absolute time of t in a zone `offset` seconds east of UTC. */
export function absOf(t: Time, offset: number): AbsTime {
  const sec = secOf(t);
  if (typeof sec === 'number') {
    const s = sec + offset;
    if (Number.isSafeInteger(s)) {
      // for safe integers the rounded quotient never crosses an integer boundary
      const q = Math.floor(s / SECONDS_PER_DAY);
      return { days: INTERNAL_TO_ABSOLUTE_DAYS + q, secOfDay: s - q * SECONDS_PER_DAY };
    }
  }
  // uint64(sec + offset + internalToAbsolute), wrapping like Go's int64 arithmetic
  const abs = BigInt.asUintN(64, BigInt(sec) + BigInt(offset) + INTERNAL_TO_ABSOLUTE);
  return { days: Number(abs / 86400n), secOfDay: Number(abs % 86400n) };
}

export function isLeap(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

export interface CivilDate {
  year: number;
  month: number; // 1..12
  day: number; // 1..31
  yday: number; // 0-based
}

/** time.absDate: year, month, day and 0-based day of the year of an absolute day number. */
export function absDate(days: number): CivilDate {
  let d = days;
  let n = Math.floor(d / DAYS_PER_400_YEARS);
  let y = 400 * n;
  d -= DAYS_PER_400_YEARS * n;

  // cut off 100-year cycles; the last one has an extra day (n -= n>>2)
  n = Math.floor(d / DAYS_PER_100_YEARS);
  n -= n >> 2;
  y += 100 * n;
  d -= DAYS_PER_100_YEARS * n;

  n = Math.floor(d / DAYS_PER_4_YEARS);
  y += 4 * n;
  d -= DAYS_PER_4_YEARS * n;

  n = Math.floor(d / 365);
  n -= n >> 2;
  y += n;
  d -= 365 * n;

  const year = y + ABSOLUTE_ZERO_YEAR;
  const yday = d;
  let day = yday;
  if (isLeap(year)) {
    if (day > 31 + 29 - 1) day--;
    else if (day === 31 + 29 - 1) return { year, month: 2, day: 29, yday };
  }
  let month = Math.floor(day / 31);
  const end = DAYS_BEFORE[month + 1];
  let begin: number;
  if (day >= end) {
    month++;
    begin = end;
  } else {
    begin = DAYS_BEFORE[month];
  }
  return { year, month: month + 1, day: day - begin + 1, yday };
}

/** time.absWeekday: 0 = Sunday (January 1 of the absolute zero year is a Monday). */
export function absWeekday(days: number): number {
  return (days + 1) % 7;
}

/** Time.ISOWeek */
export function isoWeek(abs: AbsTime): [year: number, week: number] {
  // weeks start on Monday; the week of a date is the week of its Thursday
  let d = 4 - absWeekday(abs.days);
  if (d === 4) d = -3;
  const c = absDate(abs.days + d);
  return [c.year, Math.floor(c.yday / 7) + 1];
}

export function daysIn(month: number, year: number): number {
  if (month === 2 && isLeap(year)) return 29;
  return DAYS_BEFORE[month] - DAYS_BEFORE[month - 1];
}

// ------------------------------------------------------------------ time.Date

const w64 = (x: bigint): bigint => BigInt.asIntN(64, x);
const u64 = (x: bigint): bigint => BigInt.asUintN(64, x);

/** time.norm: (hi, lo) with lo moved into [0, base), in int's wrapping arithmetic. */
function norm(hi: bigint, lo: bigint, base: bigint): [bigint, bigint] {
  if (lo < 0n) {
    const n = w64(w64(w64(-lo) - 1n) / base + 1n);
    hi = w64(hi - n);
    lo = w64(lo + w64(n * base));
  }
  if (lo >= base) {
    const n = lo / base;
    hi = w64(hi + n);
    lo = w64(lo - n * base);
  }
  return [hi, lo];
}

/** time.daysSinceEpoch: days from the absolute epoch to January 1 of year (uint64 arithmetic). */
function daysSinceEpoch(year: bigint): bigint {
  let y = u64(w64(year) - BigInt(ABSOLUTE_ZERO_YEAR));
  let n = y / 400n;
  y -= 400n * n;
  let d = BigInt(DAYS_PER_400_YEARS) * n;
  n = y / 100n;
  y -= 100n * n;
  d += BigInt(DAYS_PER_100_YEARS) * n;
  n = y / 4n;
  y -= 4n * n;
  d += BigInt(DAYS_PER_4_YEARS) * n;
  d += 365n * y;
  return u64(d);
}

export interface DateFields {
  year: Int64;
  month: Int64;
  day: Int64;
  hour: Int64;
  min: Int64;
  sec: Int64;
  nsec: Int64;
}

/**
 * time.Date without the location bookkeeping: normalizes out-of-range fields
 * and returns the Time (loc unset) of that wall clock in a zone `offset`
 * seconds east of UTC (fixed zones: one lookup suffices).
 */
export function dateTime(f: DateFields, offset: number): Time {
  let m = w64(BigInt(f.month) - 1n);
  let year: bigint;
  [year, m] = norm(BigInt(f.year), m, 12n);
  const month = Number(m) + 1;
  let [sec, nsec] = norm(BigInt(f.sec), BigInt(f.nsec), 1000000000n);
  let min: bigint;
  [min, sec] = norm(BigInt(f.min), sec, 60n);
  let hour: bigint;
  [hour, min] = norm(BigInt(f.hour), min, 60n);
  let day: bigint;
  [day, hour] = norm(BigInt(f.day), hour, 24n);

  let d = daysSinceEpoch(year);
  d += BigInt(DAYS_BEFORE[month - 1]);
  if (isLeapBig(year) && month >= 3) d++;
  d = u64(d + u64(day - 1n));
  let abs = u64(d * 86400n);
  abs = u64(abs + u64(w64(hour * 3600n + min * 60n + sec)));
  let unix = w64(w64(abs) + ABSOLUTE_TO_INTERNAL + INTERNAL_TO_UNIX);
  if (offset !== 0) unix = w64(unix - BigInt(offset));
  return [Number(nsec), canon(w64(unix + BigInt(UNIX_TO_INTERNAL))), null];
}

function isLeapBig(year: bigint): boolean {
  return year % 4n === 0n && (year % 100n !== 0n || year % 400n === 0n);
}

// ------------------------------------------------------------------ Truncate, Round

/** time.div's remainder: t mod d (d > 0) on absolute time, as Go computes it for each case. */
function timeMod(t: Time, d: Int64): Int64 {
  let neg = false;
  let nsec = BigInt(nsecOf(t));
  let sec = BigInt(secOf(t));
  if (sec < 0n) {
    // operate on the absolute value, then adjust the remainder
    neg = true;
    sec = w64(-sec);
    nsec = -nsec;
    if (nsec < 0n) {
      nsec += 1000000000n;
      sec--;
    }
  }
  const dd = BigInt(d);
  let r: bigint;
  if (dd < 1000000000n && 1000000000n % (dd + dd) === 0n) {
    // d divides a second: the remainder depends on nsec only
    r = nsec % dd;
  } else if (dd % 1000000000n === 0n) {
    // d is a whole number of seconds
    const d1 = dd / 1000000000n;
    r = w64((sec % d1) * 1000000000n + nsec);
  } else {
    // the 128-bit remainder of (sec*1e9 + nsec) / d
    r = (u64(sec) * 1000000000n + nsec) % dd;
  }
  if (neg && r !== 0n) r = dd - r;
  return canon(r);
}

/** uint64(x)+uint64(x) < uint64(y) for 0 <= x < y */
function lessThanHalf(x: Int64, y: Int64): boolean {
  return BigInt.asUintN(64, BigInt(x) + BigInt(x)) < BigInt.asUintN(64, BigInt(y));
}

/** Time.Truncate: t rounded down to a multiple of d since the zero time; strips the monotonic reading. */
export function timeTruncate(t: Time, d: Int64): Time {
  t = stripMono(t);
  if (d <= 0) return t;
  const r = timeMod(t, d);
  return timeAdd(t, neg64(r));
}

/** Time.Round: halfway values round up. */
export function timeRound(t: Time, d: Int64): Time {
  t = stripMono(t);
  if (d <= 0) return t;
  const r = timeMod(t, d);
  if (lessThanHalf(r, d)) return timeAdd(t, neg64(r));
  return timeAdd(t, sub64(d, r));
}
