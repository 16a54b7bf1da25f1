// math.FMA: x*y + z with a single rounding, also needed by the
// amd64 Exp that Go uses (exp_amd64.s, FMA path). Fast path: the exact
// product as two doubles (Veltkamp/Dekker), the exact sum with z (2Sum),
// then the low parts rounded to odd and added (Boldo & Melquiond, "Emulation
// of FMA and correctly rounded sums: proved algorithms using rounding to
// odd", 2008). Near the ends of the exponent range, where those steps are
// not exact, the sum is formed exactly with BigInt and rounded once.
import { fromWords, hiWord, loWord, pow2 } from './floatBits.js';

const SPLITTER = 134217729; // 2**27 + 1

/** The exact product a*b as hi + lo (no overflow or underflow assumed). */
function twoProduct(a: number, b: number, out: number[]): void {
  const p = a * b;
  let c = SPLITTER * a;
  const ah = c - (c - a);
  const al = a - ah;
  c = SPLITTER * b;
  const bh = c - (c - b);
  const bl = b - bh;
  out[0] = p;
  out[1] = ((ah * bh - p) + ah * bl + al * bh) + al * bl;
}

/** a + b rounded to odd: exact sums are kept, inexact ones take the neighbour with an odd last bit. */
function addRoundToOdd(a: number, b: number): number {
  const s = a + b;
  const bb = s - a;
  const err = (a - (s - bb)) + (b - bb);
  if (err === 0 || (loWord(s) & 1) === 1) return s;
  // step one ulp towards the exact value
  let hi = hiWord(s);
  let lo = loWord(s);
  const away = (err > 0) === (s > 0);
  if (away) {
    lo++;
    if (lo > 0xffffffff) {
      lo = 0;
      hi++;
    }
  } else {
    lo--;
    if (lo < 0) {
      lo = 0xffffffff;
      hi--;
    }
  }
  return fromWords(hi, lo);
}

const prod = [0, 0];

/**
 * IEEE fused multiply-add, as the VFMADD instruction Go uses for math.FMA
 * on amd64 with FMA (its software fma.go differs in the sign of some zeros).
 */
export function fma(x: number, y: number, z: number): number {
  // a zero, infinite or NaN operand: the product is exact, so one rounding happens anyway
  if (x === 0 || y === 0 || !Number.isFinite(x) || !Number.isFinite(y)) return x * y + z;
  // finite x*y (exactly, even if the rounded product would overflow) plus Inf or NaN
  if (!Number.isFinite(z)) return z;
  // exact product + 0 is the rounded product, keeping its sign even when it underflows to zero
  if (z === 0) return x * y;
  const ax = Math.abs(x);
  const ay = Math.abs(y);
  const az = Math.abs(z);
  // exactness of the splitting and of the error terms needs room at both ends of the exponent range
  if (ax < 1e290 && ay < 1e290 && az < 1e300 && az > 1e-270) {
    const p = ax * ay;
    if (p > 1e-270 && p < 1e300) {
      twoProduct(x, y, prod);
      const uh = prod[0];
      const ul = prod[1];
      const th = z + uh;
      const bb = th - z;
      const tl = (z - (th - bb)) + (uh - bb);
      const r = th + addRoundToOdd(tl, ul);
      const ar = Math.abs(r);
      if (ar > 1e-290 && ar < 1e300) return r;
    }
  }
  return fmaExact(x, y, z);
}

/** value = m * 2**e with m an integer (a double's significand). */
function decompose(x: number): [bigint, number] {
  const hi = hiWord(x);
  const lo = loWord(x);
  const bexp = (hi >>> 20) & 0x7ff;
  let m = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let e: number;
  if (bexp === 0) e = -1074;
  else {
    m |= 1n << 52n;
    e = bexp - 1075;
  }
  return [x < 0 ? -m : m, e];
}

function bitLength(v: bigint): number {
  return v.toString(2).length;
}

/** Rounds s * 2**e (s an exact integer) to the nearest double, ties to even. */
export function roundScaled(s: bigint, e: number): number {
  if (s === 0n) return 0;
  const neg = s < 0n;
  let a = neg ? -s : s;
  const n = bitLength(a);
  const top = n - 1 + e; // exponent of the leading bit
  if (top > 1023) return neg ? -Infinity : Infinity;
  const qe = Math.max(top - 52, -1074); // exponent of the last kept bit
  const shift = qe - e;
  if (shift > 0) {
    const sh = BigInt(shift);
    const rem = a & ((1n << sh) - 1n);
    a >>= sh;
    const half = 1n << (sh - 1n);
    if (rem > half || (rem === half && (a & 1n) === 1n)) a += 1n;
  } else if (shift < 0) {
    a <<= BigInt(-shift);
  }
  // a has at most 54 bits now (2**53 after a carry)
  let v: number;
  if (a === 1n << 53n) v = qe + 53 > 1023 ? Infinity : pow2(qe + 53);
  else v = Number(a) * pow2(qe);
  return neg ? -v : v;
}

function fmaExact(x: number, y: number, z: number): number {
  const [mx, ex] = decompose(x);
  const [my, ey] = decompose(y);
  const [mz, ez] = decompose(z);
  const mp = mx * my;
  const ep = ex + ey;
  const e = Math.min(ep, ez);
  const sum = (mp << BigInt(ep - e)) + (mz << BigInt(ez - e));
  if (sum === 0n) return x * y + z; // exact cancellation: the product is exact, so this is IEEE's signed zero
  return roundScaled(sum, e);
}
