// time.Time with Go's own encoding (time/time.go): the struct {wall uint64,
// ext int64, loc *Location} as a JS array. With the hasMonotonic bit set, wall
// holds 33 bits of seconds since 1885 and 30 bits of nanoseconds, and ext the
// monotonic clock reading; without it, wall holds only the nanoseconds and ext
// the seconds since January 1, year 1. Keeping Go's bits makes `==` on Times,
// the zero Time and `m=+...` printing behave exactly as in Go.
//
// Arithmetic mirrors time.go (addSec, stripMono, Add, Sub, Before, After,
// Equal, Compare, Unix...), with int64 wrap-around through ../../vm/int64.ts.
import { add as add64, canon, div as div64, mul as mul64, rem as rem64, sub as sub64 } from '../../vm/int64.js';
import { FAKE_TIME_ORIGIN_UNIX_NS } from '../../runtime/runtime.js';
import type { Int64, Value } from '../../vm/value.js';

/** *time.Location: the struct {name string; offset int} as its array, or null (UTC). */
export type Loc = Value[];

/** time.Time: [wall, ext, loc]. */
export type Time = [wall: Int64, ext: Int64, loc: Loc | null];

const NSEC_PER_SEC = 1e9;
const TWO30 = 1073741824;
const HAS_MONOTONIC = 1n << 63n;
const NSEC_MASK = 0x3fffffffn;
const SEC_MASK33 = 0x1ffffffffn;
const MAX_WALL_SEC = 8589934591; // 1<<33 - 1
/** time.unixToInternal: seconds from January 1, year 1 to 1970. */
export const UNIX_TO_INTERNAL = 62135596800;
/** time.wallToInternal: seconds from January 1, year 1 to 1885 (the base of wall's 33-bit seconds). */
const WALL_TO_INTERNAL = 59453308800;
const MAX_INT64 = (1n << 63n) - 1n;
const MIN_INT64 = -(1n << 63n);
/** time.minDuration / maxDuration. */
const MIN_DURATION: Int64 = MIN_INT64;
const MAX_DURATION: Int64 = MAX_INT64;

/** Unix seconds of the virtual clock's origin, 2009-11-10 23:00:00 UTC (the Go Playground's). */
const FAKE_EPOCH_UNIX = Number(FAKE_TIME_ORIGIN_UNIX_NS / 1000000000n);

export function zeroTime(): Time {
  return [0, 0, null];
}

export function hasMono(t: Time): boolean {
  const w = t[0];
  return typeof w === 'bigint' && w >= HAS_MONOTONIC;
}

/** Time.nsec: the nanoseconds in wall's low 30 bits. */
export function nsecOf(t: Time): number {
  const w = t[0];
  return typeof w === 'number' ? w % TWO30 : Number(w & NSEC_MASK);
}

/** Time.sec: seconds since January 1, year 1. */
export function secOf(t: Time): Int64 {
  const w = t[0];
  if (typeof w === 'bigint' && w >= HAS_MONOTONIC) return WALL_TO_INTERNAL + Number((w >> 30n) & SEC_MASK33);
  return t[1];
}

/** Time.unixSec */
export function unixSecOf(t: Time): Int64 {
  return add64(secOf(t), -UNIX_TO_INTERNAL);
}

/** Time.stripMono: the same instant and location without the monotonic reading (always a new array). */
export function stripMono(t: Time): Time {
  if (!hasMono(t)) return [t[0], t[1], t[2]];
  return [nsecOf(t), secOf(t), t[2]];
}

/** wall with its nanoseconds replaced (t.wall&^nsecMask | nsec). */
function withNsec(wall: Int64, nsec: number): Int64 {
  if (typeof wall === 'number') return wall - (wall % TWO30) + nsec;
  return canon((wall & ~NSEC_MASK) | BigInt(nsec));
}

/** Time.addSec: add d seconds, keeping the monotonic encoding while wall's 33 bits can hold it; ext saturates. */
export function addSec(t: Time, d: Int64): Time {
  let [wall, ext] = t;
  if (typeof wall === 'bigint' && wall >= HAS_MONOTONIC) {
    const sec = Number((wall >> 30n) & SEC_MASK33);
    if (typeof d === 'number') {
      const dsec = sec + d;
      if (dsec >= 0 && dsec <= MAX_WALL_SEC) {
        return [(wall & NSEC_MASK) | (BigInt(dsec) << 30n) | HAS_MONOTONIC, ext, t[2]];
      }
    }
    ext = WALL_TO_INTERNAL + sec;
    wall = Number(wall & NSEC_MASK);
  }
  const sum = add64(ext, d);
  if ((sum > ext) === (d > 0)) ext = sum;
  else ext = d > 0 ? MAX_INT64 : -MAX_INT64;
  return [wall, ext, t[2]];
}

/** Time.Add */
export function timeAdd(t: Time, d: Int64): Time {
  let dsec = div64(d, NSEC_PER_SEC);
  let nsec = nsecOf(t) + Number(rem64(d, NSEC_PER_SEC));
  if (nsec >= NSEC_PER_SEC) {
    dsec = add64(dsec, 1);
    nsec -= NSEC_PER_SEC;
  } else if (nsec < 0) {
    dsec = add64(dsec, -1);
    nsec += NSEC_PER_SEC;
  }
  let r = addSec([withNsec(t[0], nsec), t[1], t[2]], dsec);
  if (hasMono(r)) {
    const ext = r[1];
    const te = add64(ext, d);
    if ((d < 0 && te > ext) || (d > 0 && te < ext)) r = stripMono(r);
    else r = [r[0], te, r[2]];
  }
  return r;
}

/** Time.Sub: t-u, saturating at the extremes of Duration. */
export function timeSub(t: Time, u: Time): Int64 {
  if (hasMono(t) && hasMono(u)) {
    const te = t[1];
    const ue = u[1];
    const d = sub64(te, ue);
    if (d < 0 && te > ue) return MAX_DURATION;
    if (d > 0 && te < ue) return MIN_DURATION;
    return d;
  }
  const d = add64(mul64(sub64(secOf(t), secOf(u)), NSEC_PER_SEC), nsecOf(t) - nsecOf(u));
  if (timeEqual(timeAdd(u, d), t)) return d;
  return timeBefore(t, u) ? MIN_DURATION : MAX_DURATION;
}

export function timeAfter(t: Time, u: Time): boolean {
  if (hasMono(t) && hasMono(u)) return t[1] > u[1];
  const ts = secOf(t);
  const us = secOf(u);
  return ts > us || (ts === us && nsecOf(t) > nsecOf(u));
}

export function timeBefore(t: Time, u: Time): boolean {
  if (hasMono(t) && hasMono(u)) return t[1] < u[1];
  const ts = secOf(t);
  const us = secOf(u);
  return ts < us || (ts === us && nsecOf(t) < nsecOf(u));
}

export function timeEqual(t: Time, u: Time): boolean {
  if (hasMono(t) && hasMono(u)) return t[1] === u[1];
  return secOf(t) === secOf(u) && nsecOf(t) === nsecOf(u);
}

/** Time.Compare (Go 1.20): -1, 0 or +1. */
export function timeCompare(t: Time, u: Time): number {
  let tc: Int64;
  let uc: Int64;
  if (hasMono(t) && hasMono(u)) {
    tc = t[1];
    uc = u[1];
  } else {
    tc = secOf(t);
    uc = secOf(u);
    if (tc === uc) {
      tc = nsecOf(t);
      uc = nsecOf(u);
    }
  }
  return tc < uc ? -1 : tc > uc ? 1 : 0;
}

export function timeIsZero(t: Time): boolean {
  return secOf(t) === 0 && nsecOf(t) === 0;
}

/**
 * time.now + Now's encoding in fake time: the wall clock is the virtual clock
 * (ns since the origin) and the monotonic reading is runtimeNano()-startNano,
 * where startNano was taken 1ns before main at virtual time 0.
 */
export function nowTime(virtualNs: number, loc: Loc | null): Time {
  const s = Math.trunc(virtualNs / NSEC_PER_SEC);
  const nsec = virtualNs - s * NSEC_PER_SEC;
  const unix = FAKE_EPOCH_UNIX + s;
  const rel = unix + UNIX_TO_INTERNAL - WALL_TO_INTERNAL;
  if (rel < 0 || rel > MAX_WALL_SEC) return [nsec, unix + UNIX_TO_INTERNAL, loc];
  return [HAS_MONOTONIC | (BigInt(rel) << 30n) | BigInt(nsec), monoNow(virtualNs), loc];
}

/** runtimeNano() - startNano: the monotonic reading at virtual time `virtualNs`. */
export function monoNow(virtualNs: number): Int64 {
  return virtualNs + 1;
}

/** The Time Since/Until compare a monotonic Time with: Time{hasMonotonic, runtimeNano()-startNano, nil}. */
export function monoOnlyNow(virtualNs: number): Time {
  return [HAS_MONOTONIC, monoNow(virtualNs), null];
}

/** time.unixTime: the Time at sec (Unix) and nsec in [0, 1e9). */
export function unixTime(sec: Int64, nsec: number, loc: Loc | null): Time {
  return [nsec, add64(sec, UNIX_TO_INTERNAL), loc];
}

/** time.Unix's normalization of nsec outside [0, 1e9). */
export function unixNorm(sec: Int64, nsec: Int64, loc: Loc | null): Time {
  if (nsec < 0 || nsec >= NSEC_PER_SEC) {
    const n = div64(nsec, NSEC_PER_SEC);
    sec = add64(sec, n);
    nsec = sub64(nsec, mul64(n, NSEC_PER_SEC));
    if (nsec < 0) {
      nsec = add64(nsec, NSEC_PER_SEC);
      sec = add64(sec, -1);
    }
  }
  return unixTime(sec, Number(nsec), loc);
}

export function unixMilliTime(msec: Int64, loc: Loc | null): Time {
  return unixNorm(div64(msec, 1e3), mul64(rem64(msec, 1e3), 1e6), loc);
}

export function unixMicroTime(usec: Int64, loc: Loc | null): Time {
  return unixNorm(div64(usec, 1e6), mul64(rem64(usec, 1e6), 1e3), loc);
}

export function timeUnixMilli(t: Time): Int64 {
  return add64(mul64(unixSecOf(t), 1e3), Math.trunc(nsecOf(t) / 1e6));
}

export function timeUnixMicro(t: Time): Int64 {
  return add64(mul64(unixSecOf(t), 1e6), Math.trunc(nsecOf(t) / 1e3));
}

export function timeUnixNano(t: Time): Int64 {
  return add64(mul64(unixSecOf(t), NSEC_PER_SEC), nsecOf(t));
}
