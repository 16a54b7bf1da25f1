// Integer conversions and the arithmetic of the sized integer kinds.
//
// spec: Conversions between numeric types — integer to integer keeps the low
// bits (sign-extending or zero-extending to the target); float to integer
// truncates toward zero and is implementation-defined when the value does not
// fit: here we mirror what gc emits on amd64 (verified against Go 1.19 in
// testdata/values/gen_int64.go): CVTTSD2SQ/CVTTSD2SL give the "integer
// indefinite" 0x80...0 for NaN and out-of-range values, int8/int16/uint8/
// uint16 take the low bits of the int32 conversion, uint32 the low bits of the
// int64 conversion, and uint64 converts values >= 2^63 as
// int64(x - 2^63) | 1<<63 (ssagen's float-to-uint64 sequence).
//
// Sized ints (int8..int32, uint8..uint32) are plain numbers kept in range
// after every operation; `intOps(kind)` gives the operation set of any integer
// kind, specialised so the compiler can bind each to an instruction.
import { Kind } from './rtype.js';
import type { Int64 } from './value.js';
import * as i64 from './int64.js';
import { divideByZero, negativeShift } from './int64.js';

const TWO63 = 9223372036854775808; // 2^63 as a float64
const MIN_INT64 = -9223372036854775808n;
const SIGN64 = 9223372036854775808n;

// ------------------------------------------------------------------ wrapping to a kind

export function toInt8(x: Int64): number {
  return typeof x === 'number' ? (x << 24) >> 24 : Number(BigInt.asIntN(8, x));
}
export function toInt16(x: Int64): number {
  return typeof x === 'number' ? (x << 16) >> 16 : Number(BigInt.asIntN(16, x));
}
export function toInt32(x: Int64): number {
  return typeof x === 'number' ? x | 0 : Number(BigInt.asIntN(32, x));
}
export function toUint8(x: Int64): number {
  return typeof x === 'number' ? x & 0xff : Number(BigInt.asUintN(8, x));
}
export function toUint16(x: Int64): number {
  return typeof x === 'number' ? x & 0xffff : Number(BigInt.asUintN(16, x));
}
export function toUint32(x: Int64): number {
  return typeof x === 'number' ? x >>> 0 : Number(BigInt.asUintN(32, x));
}
/** To int/int64 from any integer value (uint64 values >= 2^63 reinterpret as negative). */
export function toInt64(x: Int64): Int64 {
  return typeof x === 'number' ? x : i64.wrapInt64(x);
}
/** To uint/uint64/uintptr from any integer value (negative values reinterpret as >= 2^63). */
export function toUint64(x: Int64): Int64 {
  if (typeof x === 'number') return x >= 0 ? x : i64.wrapUint64(BigInt(x));
  return i64.wrapUint64(x);
}

/** Integer-to-integer conversion: the value modulo 2^bits in the target's range. */
export function convertInt(x: Int64, to: Kind): Int64 {
  switch (to) {
    case Kind.Int8: return toInt8(x);
    case Kind.Int16: return toInt16(x);
    case Kind.Int32: return toInt32(x);
    case Kind.Uint8: return toUint8(x);
    case Kind.Uint16: return toUint16(x);
    case Kind.Uint32: return toUint32(x);
    case Kind.Int: case Kind.Int64: return toInt64(x);
    case Kind.Uint: case Kind.Uint64: case Kind.Uintptr: return toUint64(x);
    default: throw new Error(`chanscope: convertInt to non-integer kind ${to}`);
  }
}

/** The converter of integer values to kind `to` (for binding to an instruction). */
export function intConverter(to: Kind): (x: Int64) => Int64 {
  switch (to) {
    case Kind.Int8: return toInt8;
    case Kind.Int16: return toInt16;
    case Kind.Int32: return toInt32;
    case Kind.Uint8: return toUint8;
    case Kind.Uint16: return toUint16;
    case Kind.Uint32: return toUint32;
    case Kind.Int: case Kind.Int64: return toInt64;
    case Kind.Uint: case Kind.Uint64: case Kind.Uintptr: return toUint64;
    default: throw new Error(`chanscope: intConverter to non-integer kind ${to}`);
  }
}

// ------------------------------------------------------------------ floats

/** CVTTSD2SQ: truncation, or MinInt64 for NaN and out-of-range values. */
export function floatToInt64(f: number): Int64 {
  if (!(f >= -TWO63 && f < TWO63)) return MIN_INT64;
  const t = Math.trunc(f) + 0;
  return Number.isSafeInteger(t) ? t : BigInt(t);
}

/** CVTTSD2SL: truncation, or MinInt32 when the truncated value does not fit. */
function floatToInt32Raw(f: number): number {
  const t = Math.trunc(f);
  return t >= -2147483648 && t <= 2147483647 ? t + 0 : -2147483648;
}

/** uint64(f) on amd64. */
export function floatToUint64(f: number): Int64 {
  if (f < TWO63) return toUint64(floatToInt64(f));
  // NaN and values >= 2^63: int64(f - 2^63) | 1<<63
  const z = floatToInt64(f - TWO63);
  return i64.canon(BigInt.asUintN(64, BigInt(z)) | SIGN64);
}

/** Float (float32 values are exact float64s) to integer kind `to`, as amd64 Go does. */
export function floatToInt(f: number, to: Kind): Int64 {
  switch (to) {
    case Kind.Int8: return (floatToInt32Raw(f) << 24) >> 24;
    case Kind.Int16: return (floatToInt32Raw(f) << 16) >> 16;
    case Kind.Int32: return floatToInt32Raw(f);
    case Kind.Uint8: return floatToInt32Raw(f) & 0xff;
    case Kind.Uint16: return floatToInt32Raw(f) & 0xffff;
    case Kind.Uint32: return toUint32(floatToInt64(f));
    case Kind.Int: case Kind.Int64: return floatToInt64(f);
    case Kind.Uint: case Kind.Uint64: case Kind.Uintptr: return floatToUint64(f);
    default: throw new Error(`chanscope: floatToInt to non-integer kind ${to}`);
  }
}

/** float64(x): Number(bigint) rounds to nearest, ties to even, as CVTSQ2SD does. */
export function intToFloat64(x: Int64): number {
  return typeof x === 'number' ? x : Number(x);
}

/**
 * float32(x), correctly rounded once: for |x| >= 2^53, Math.fround(Number(x))
 * would round twice, so the bits below the 53 kept ones fold into a sticky bit.
 */
export function intToFloat32(x: Int64): number {
  if (typeof x === 'number') return Math.fround(x);
  const negative = x < 0n;
  let m = negative ? -x : x;
  let shift = 0;
  const bits = m.toString(2).length;
  if (bits > 53) {
    shift = bits - 53;
    const b = BigInt(shift);
    const sticky = (m & ((1n << b) - 1n)) !== 0n ? 1n : 0n;
    m = (m >> b) | sticky;
  }
  const f = Math.fround(Number(m)) * 2 ** shift;
  return negative ? -f : f;
}

// ------------------------------------------------------------------ per-kind operation sets

/** The arithmetic of one integer kind; shift counts are any integer value (huge ones as bigint). */
export interface IntOps {
  add(a: Int64, b: Int64): Int64;
  sub(a: Int64, b: Int64): Int64;
  mul(a: Int64, b: Int64): Int64;
  /** Panics `integer divide by zero`. */
  div(a: Int64, b: Int64): Int64;
  rem(a: Int64, b: Int64): Int64;
  and(a: Int64, b: Int64): Int64;
  or(a: Int64, b: Int64): Int64;
  xor(a: Int64, b: Int64): Int64;
  andNot(a: Int64, b: Int64): Int64;
  /** Panics `negative shift amount` for negative counts. */
  shl(a: Int64, n: Int64): Int64;
  shr(a: Int64, n: Int64): Int64;
  neg(a: Int64): Int64;
  not(a: Int64): Int64;
  /** Wraps any integer value into the kind's range. */
  wrap(x: Int64): Int64;
}

const int64Ops: IntOps = {
  add: i64.add, sub: i64.sub, mul: i64.mul, div: i64.div, rem: i64.rem,
  and: i64.and, or: i64.or, xor: i64.xor, andNot: i64.andNot,
  shl: i64.shl, shr: i64.shr, neg: i64.neg, not: i64.not, wrap: toInt64,
};

const uint64Ops: IntOps = {
  add: i64.addU, sub: i64.subU, mul: i64.mulU, div: i64.divU, rem: i64.remU,
  and: i64.and, or: i64.or, xor: i64.xor, andNot: i64.andNot,
  shl: i64.shlU, shr: i64.shr, neg: i64.negU, not: i64.notU, wrap: toUint64,
};

/** A shift count as a number, >= 32 meaning "everything shifted out"; panics when negative. */
function count32(n: Int64): number {
  if (n < 0) throw negativeShift();
  return typeof n === 'number' && n < 32 ? n : 32;
}

/** Operations of a kind of at most 32 bits with wrap function `w` (signed when `signed`). */
function smallOps(w: (x: number) => number, signed: boolean): IntOps {
  return {
    add: (a, b) => w((a as number) + (b as number)),
    sub: (a, b) => w((a as number) - (b as number)),
    mul: (a, b) => w(Math.imul(a as number, b as number)),
    div: (a, b) => {
      if (b === 0) throw divideByZero();
      return w(Math.trunc((a as number) / (b as number)));
    },
    rem: (a, b) => {
      if (b === 0) throw divideByZero();
      return w((a as number) % (b as number));
    },
    and: (a, b) => w((a as number) & (b as number)),
    or: (a, b) => w((a as number) | (b as number)),
    xor: (a, b) => w((a as number) ^ (b as number)),
    andNot: (a, b) => w((a as number) & ~(b as number)),
    shl: (a, n) => {
      const c = count32(n);
      return c >= 32 ? 0 : w((a as number) << c);
    },
    shr: signed
      ? (a, n) => (a as number) >> Math.min(count32(n), 31)
      : (a, n) => {
        const c = count32(n);
        return c >= 32 ? 0 : (a as number) >>> c;
      },
    neg: (a) => w(0 - (a as number)),
    not: (a) => w(~(a as number)),
    wrap: (x) => w(typeof x === 'number' ? x : Number(BigInt.asIntN(32, x))),
  };
}

const w8 = (x: number) => (x << 24) >> 24;
const w16 = (x: number) => (x << 16) >> 16;
const w32 = (x: number) => x | 0;
const wu8 = (x: number) => x & 0xff;
const wu16 = (x: number) => x & 0xffff;
const wu32 = (x: number) => x >>> 0;

const int8Ops = smallOps(w8, true);
const int16Ops = smallOps(w16, true);
const int32Ops = smallOps(w32, true);
const uint8Ops = smallOps(wu8, false);
const uint16Ops = smallOps(wu16, false);
const uint32Ops = smallOps(wu32, false);

/** The operation set of integer kind `k`. */
export function intOps(k: Kind): IntOps {
  switch (k) {
    case Kind.Int: case Kind.Int64: return int64Ops;
    case Kind.Uint: case Kind.Uint64: case Kind.Uintptr: return uint64Ops;
    case Kind.Int8: return int8Ops;
    case Kind.Int16: return int16Ops;
    case Kind.Int32: return int32Ops;
    case Kind.Uint8: return uint8Ops;
    case Kind.Uint16: return uint16Ops;
    case Kind.Uint32: return uint32Ops;
    default: throw new Error(`chanscope: intOps of non-integer kind ${k}`);
  }
}

/** Whether k is a signed integer kind. */
export function isSignedInt(k: Kind): boolean {
  return k === Kind.Int || k === Kind.Int8 || k === Kind.Int16 || k === Kind.Int32 || k === Kind.Int64;
}

/** Whether k is any integer kind. */
export function isIntKind(k: Kind): boolean {
  return k >= Kind.Int && k <= Kind.Uintptr;
}
