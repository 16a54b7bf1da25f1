// 64-bit integer arithmetic on the hybrid representation of int, int64, uint,
// uint64 and uintptr (README.md): a value is a JS number when it is a safe
// integer and a bigint otherwise, always canonical, so `===` is Go's `==` and
// JS's `<` works across the two. Every operation fast-paths two numbers and
// falls back to BigInt with Go's 64-bit wrap-around (spec: Arithmetic
// operators, Integer overflow: "computed modulo 2^n"). Results never carry a
// negative zero (it would leak into float conversions).
//
// Signed (int64) and unsigned (uint64, values in [0, 2^64)) flavours differ
// only where wrap-around differs: add/sub/mul/neg/not/shl. Division, remainder
// and the bitwise operations give in-range results for in-range operands, so
// and/or/xor/andNot/shr serve both.
import type { Int64 } from './value.js';
import { GoRuntimePanic } from '../runtime/panics.js';

const MAX_SAFE = 9007199254740991; // 2^53-1
const MAX_SAFE_BIG = 9007199254740991n;
const TWO32 = 4294967296;

/** 2^n for n in [0, 64). */
const POW2: number[] = [];
for (let i = 0, p = 1; i < 64; i++, p *= 2) POW2.push(p);

/** The canonical form of an in-range integer: a number when it is a safe integer. */
export function canon(x: bigint): Int64 {
  return x >= -MAX_SAFE_BIG && x <= MAX_SAFE_BIG ? Number(x) : x;
}

/** x wrapped to int64 (two's complement), canonical. */
export function wrapInt64(x: bigint): Int64 {
  return canon(BigInt.asIntN(64, x));
}

/** x wrapped to uint64, canonical. */
export function wrapUint64(x: bigint): Int64 {
  return canon(BigInt.asUintN(64, x));
}

/** The hybrid value of a decimal string (tests, constants). */
export function parseInt64(s: string): Int64 {
  return canon(BigInt(s));
}

// ------------------------------------------------------------------ panics

/** runtime.panicdivide: `integer divide by zero` (a runtime.Error). */
export function divideByZero(): GoRuntimePanic {
  return new GoRuntimePanic('integer divide by zero', true);
}

/** Throws Go's divide-by-zero panic when the divisor is zero (x / 0, x % 0). */
export function divZero(b: Int64 | number): void {
  if (b === 0) throw divideByZero();
}

/** runtime.panicshift: `negative shift amount` (a runtime.Error). */
export function negativeShift(): GoRuntimePanic {
  return new GoRuntimePanic('negative shift amount', true);
}

/** Throws for a negative shift count (only signed count types can be negative). */
export function checkShift(n: Int64): void {
  if (n < 0) throw negativeShift();
}

// ------------------------------------------------------------------ signed (int, int64)

export function add(a: Int64, b: Int64): Int64 {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a + b;
    if (r <= MAX_SAFE && r >= -MAX_SAFE) return r;
  }
  return wrapInt64(BigInt(a) + BigInt(b));
}

export function sub(a: Int64, b: Int64): Int64 {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a - b;
    if (r <= MAX_SAFE && r >= -MAX_SAFE) return r;
  }
  return wrapInt64(BigInt(a) - BigInt(b));
}

export function mul(a: Int64, b: Int64): Int64 {
  if (typeof a === 'number' && typeof b === 'number') {
    // an exact product beyond 2^53 rounds to at least 2^53, so the range test is exact
    const r = a * b;
    if (r <= MAX_SAFE && r >= -MAX_SAFE) return r + 0; // + 0: no -0 from 0 * -x
  }
  return wrapInt64(BigInt(a) * BigInt(b));
}

/** a / b truncated toward zero; MinInt64 / -1 wraps to MinInt64 like Go (no panic). Panics for b == 0. */
export function div(a: Int64, b: Int64): Int64 {
  if (typeof a === 'number' && typeof b === 'number') {
    if (b === 0) throw divideByZero();
    // for safe integers the rounded quotient never crosses an integer boundary
    return Math.trunc(a / b) + 0;
  }
  if (b === 0) throw divideByZero();
  return wrapInt64(BigInt(a) / BigInt(b));
}

/** a % b with the sign of a (Go's truncated remainder). Panics for b == 0. */
export function rem(a: Int64, b: Int64): Int64 {
  if (typeof a === 'number' && typeof b === 'number') {
    if (b === 0) throw divideByZero();
    return (a % b) + 0;
  }
  if (b === 0) throw divideByZero();
  return canon(BigInt(a) % BigInt(b));
}

export function neg(a: Int64): Int64 {
  if (typeof a === 'number') return 0 - a;
  return wrapInt64(-a);
}

/** ^a (bitwise complement, signed). */
export function not(a: Int64): Int64 {
  if (typeof a === 'number') {
    const r = -a - 1;
    if (r >= -MAX_SAFE) return r;
  }
  return canon(~BigInt(a));
}

/** a << n for int64: counts >= 64 give 0; negative counts panic. */
export function shl(a: Int64, n: Int64): Int64 {
  if (typeof n !== 'number' || n >= 64) {
    if (n < 0) throw negativeShift();
    return 0;
  }
  if (n < 0) throw negativeShift();
  if (typeof a === 'number') {
    const r = a * POW2[n]; // exact: scaling by a power of two
    if (r <= MAX_SAFE && r >= -MAX_SAFE) return r;
  }
  return wrapInt64(BigInt(a) << BigInt(n));
}

/** a << n for uint64. */
export function shlU(a: Int64, n: Int64): Int64 {
  if (typeof n !== 'number' || n >= 64) {
    if (n < 0) throw negativeShift();
    return 0;
  }
  if (n < 0) throw negativeShift();
  if (typeof a === 'number') {
    const r = a * POW2[n];
    if (r <= MAX_SAFE) return r;
  }
  return wrapUint64(BigInt(a) << BigInt(n));
}

/** a >> n: arithmetic for int64 (counts >= 64 give 0 or -1), logical for uint64 (values are non-negative). */
export function shr(a: Int64, n: Int64): Int64 {
  if (typeof n !== 'number' || n >= 64) {
    if (n < 0) throw negativeShift();
    return a < 0 ? -1 : 0;
  }
  if (n < 0) throw negativeShift();
  if (typeof a === 'number') return Math.floor(a / POW2[n]);
  return canon(a >> BigInt(n));
}

/** The high (signed, floor) and low (unsigned) 32-bit halves of a safe integer. */
function hi32(a: number): number {
  return Math.floor(a / TWO32);
}

export function and(a: Int64, b: Int64): Int64 {
  if (typeof a === 'number' && typeof b === 'number') {
    if ((a | 0) === a && (b | 0) === b) return a & b;
    const ah = hi32(a);
    const bh = hi32(b);
    const r = (ah & bh) * TWO32 + (((a - ah * TWO32) & (b - bh * TWO32)) >>> 0);
    if (r >= -MAX_SAFE) return r;
  }
  return canon(BigInt(a) & BigInt(b));
}

export function or(a: Int64, b: Int64): Int64 {
  if (typeof a === 'number' && typeof b === 'number') {
    if ((a | 0) === a && (b | 0) === b) return a | b;
    const ah = hi32(a);
    const bh = hi32(b);
    const r = (ah | bh) * TWO32 + (((a - ah * TWO32) | (b - bh * TWO32)) >>> 0);
    if (r >= -MAX_SAFE) return r;
  }
  return canon(BigInt(a) | BigInt(b));
}

export function xor(a: Int64, b: Int64): Int64 {
  if (typeof a === 'number' && typeof b === 'number') {
    if ((a | 0) === a && (b | 0) === b) return a ^ b;
    const ah = hi32(a);
    const bh = hi32(b);
    const r = (ah ^ bh) * TWO32 + (((a - ah * TWO32) ^ (b - bh * TWO32)) >>> 0);
    if (r >= -MAX_SAFE) return r;
  }
  return canon(BigInt(a) ^ BigInt(b));
}

/** a &^ b. */
export function andNot(a: Int64, b: Int64): Int64 {
  if (typeof a === 'number' && typeof b === 'number') {
    if ((a | 0) === a && (b | 0) === b) return a & ~b;
    const ah = hi32(a);
    const bh = hi32(b);
    const r = (ah & ~bh) * TWO32 + (((a - ah * TWO32) & ~(b - bh * TWO32)) >>> 0);
    if (r >= -MAX_SAFE) return r;
  }
  return canon(BigInt(a) & ~BigInt(b));
}

/** -1, 0 or 1 (works for both flavours: numbers and bigints compare exactly in JS). */
export function cmp(a: Int64, b: Int64): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// ------------------------------------------------------------------ unsigned (uint, uint64, uintptr)

export function addU(a: Int64, b: Int64): Int64 {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a + b;
    if (r <= MAX_SAFE) return r;
  }
  return wrapUint64(BigInt(a) + BigInt(b));
}

export function subU(a: Int64, b: Int64): Int64 {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a - b;
    if (r >= 0) return r;
  }
  return wrapUint64(BigInt(a) - BigInt(b));
}

export function mulU(a: Int64, b: Int64): Int64 {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a * b;
    if (r <= MAX_SAFE) return r;
  }
  return wrapUint64(BigInt(a) * BigInt(b));
}

export function divU(a: Int64, b: Int64): Int64 {
  if (typeof a === 'number' && typeof b === 'number') {
    if (b === 0) throw divideByZero();
    return Math.floor(a / b);
  }
  if (b === 0) throw divideByZero();
  return canon(BigInt(a) / BigInt(b));
}

export function remU(a: Int64, b: Int64): Int64 {
  if (typeof a === 'number' && typeof b === 'number') {
    if (b === 0) throw divideByZero();
    return a % b;
  }
  if (b === 0) throw divideByZero();
  return canon(BigInt(a) % BigInt(b));
}

export function negU(a: Int64): Int64 {
  if (a === 0) return 0;
  return wrapUint64(-BigInt(a));
}

/** ^a for uint64: 2^64-1-a. */
export function notU(a: Int64): Int64 {
  return wrapUint64(~BigInt(a));
}

/** The shift and bitwise operations that serve both flavours, under unsigned names for symmetry. */
export const shrU = shr;
export const andU = and;
export const orU = or;
export const xorU = xor;
export const andNotU = andNot;
