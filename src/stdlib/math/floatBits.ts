// IEEE-754 bit access for Go's math package (bits.go, frexp.go, ldexp.go,
// modf.go, nextafter.go, floor.go's Round/RoundToEven, logb.go): a float64
// as two 32-bit words (hi holds sign, exponent and the top 20 mantissa
// bits), so the bit manipulations of Go's sources run without BigInt.
const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
const f32 = new Float32Array(1);
const u32of32 = new Uint32Array(f32.buffer);
// the word order of the platform (little-endian nearly everywhere)
const LO = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 0 : 1;
const HI = 1 - LO;

/** High 32 bits of x's representation. */
export function hiWord(x: number): number {
  f64[0] = x;
  return u32[HI];
}

/** Low 32 bits of x's representation. */
export function loWord(x: number): number {
  f64[0] = x;
  return u32[LO];
}

/** The float64 with the given high and low words. */
export function fromWords(hi: number, lo: number): number {
  u32[HI] = hi >>> 0;
  u32[LO] = lo >>> 0;
  return f64[0];
}

/** Go's NaN() (0x7FF8000000000001); JS cannot carry NaN payloads, so every NaN reads back with these bits. */
export const GO_NAN_HI = 0x7ff80000;
export const GO_NAN_LO = 0x00000001;

/** math.Float64bits as [hi, lo] words (NaN as Go's NaN()). */
export function float64Words(x: number): [number, number] {
  if (x !== x) return [GO_NAN_HI, GO_NAN_LO];
  f64[0] = x;
  return [u32[HI], u32[LO]];
}

export function float32bits(x: number): number {
  f32[0] = x;
  return u32of32[0];
}

export function float32frombits(b: number): number {
  u32of32[0] = b >>> 0;
  return f32[0];
}

/** 2**k for integer k in [-1074, 1023], exactly. */
export function pow2(k: number): number {
  if (k >= -1022) return fromWords((k + 1023) << 20, 0);
  const m = k + 1074; // subnormal: a single mantissa bit
  return m >= 32 ? fromWords(1 << (m - 32), 0) : fromWords(0, 2 ** m);
}

export function signbit(x: number): boolean {
  if (x !== x) return false; // Go's NaN() is positive
  return x < 0 || (x === 0 && 1 / x < 0);
}

export function copysign(f: number, sign: number): number {
  const neg = signbit(sign);
  if (f !== f) return f;
  return signbit(f) === neg ? f : -f;
}

const SMALLEST_NORMAL = 2.2250738585072014e-308;

/** math.Frexp: f = frac * 2**exp with |frac| in [0.5, 1). */
export function frexp(f: number): [number, number] {
  if (f === 0 || f !== f || f === Infinity || f === -Infinity) return [f, 0];
  let exp = 0;
  if (Math.abs(f) < SMALLEST_NORMAL) {
    f *= 4503599627370496; // 2**52
    exp = -52;
  }
  const hi = hiWord(f);
  exp += ((hi >>> 20) & 0x7ff) - 1022;
  return [fromWords((hi & 0x800fffff) | (1022 << 20), loWord(f)), exp];
}

/** math.Ldexp: frac * 2**exp, with Go's underflow and overflow handling (one rounding into subnormals). */
export function ldexp(frac: number, exp: number): number {
  if (frac === 0 || frac !== frac || frac === Infinity || frac === -Infinity) return frac;
  if (Math.abs(frac) < SMALLEST_NORMAL) {
    frac *= 4503599627370496;
    exp -= 52;
  }
  const hi = hiWord(frac);
  const lo = loWord(frac);
  exp += ((hi >>> 20) & 0x7ff) - 1023;
  if (exp < -1075) return frac < 0 ? -0 : 0;
  if (exp > 1023) return frac < 0 ? -Infinity : Infinity;
  let m = 1;
  if (exp < -1022) {
    exp += 53;
    m = 1.1102230246251565e-16; // 2**-53
  }
  return m * fromWords((hi & 0x800fffff) | ((exp + 1023) << 20), lo);
}

/** math.Modf: integer and fractional parts with the sign of f. */
export function modf(f: number): [number, number] {
  if (f < 1) {
    if (f < 0) {
      const [i, fr] = modf(-f);
      return [-i, -fr];
    }
    if (f === 0) return [f, f];
    return [0, f];
  }
  const hi = hiWord(f);
  const lo = loWord(f);
  const e = ((hi >>> 20) & 0x7ff) - 1023;
  // clear the 52-e fraction bits below the binary point (none when e >= 52; Inf and NaN keep theirs)
  let ihi = hi;
  let ilo = lo;
  if (e < 52) {
    const n = 52 - e;
    if (n >= 32) {
      ilo = 0;
      ihi = hi & ~((1 << (n - 32)) - 1);
    } else ilo = lo & ~((1 << n) - 1) & 0xffffffff;
  }
  const int = fromWords(ihi, ilo);
  return [int, f - int];
}

/** Adds d (+1 or -1) to the 64-bit representation of x (finite, nonzero). */
function bumpBits(x: number, d: number): number {
  let hi = hiWord(x);
  let lo = loWord(x) + d;
  if (lo > 0xffffffff) {
    lo = 0;
    hi++;
  } else if (lo < 0) {
    lo = 0xffffffff;
    hi--;
  }
  return fromWords(hi, lo);
}

export function nextafter(x: number, y: number): number {
  if (x !== x || y !== y) return NaN;
  if (x === y) return x;
  if (x === 0) return copysign(5e-324, y);
  return bumpBits(x, y > x === x > 0 ? 1 : -1);
}

export function nextafter32(x: number, y: number): number {
  if (x !== x || y !== y) return NaN;
  if (x === y) return x;
  if (x === 0) return Math.fround(copysign(float32frombits(1), y));
  return float32frombits(float32bits(x) + (y > x === x > 0 ? 1 : -1));
}

/** math.Round: half away from zero, by bit manipulation as round in floor.go. */
export function round(x: number): number {
  if (x !== x || x === Infinity || x === -Infinity) return x;
  const t = Math.trunc(x);
  if (Math.abs(x - t) >= 0.5) return t + (x < 0 ? -1 : 1);
  return t === 0 ? (signbit(x) ? -0 : 0) : t;
}

/** math.RoundToEven: half to even. */
export function roundToEven(x: number): number {
  if (x !== x || x === Infinity || x === -Infinity) return x;
  const t = Math.trunc(x);
  const d = Math.abs(x - t);
  let r = t;
  if (d > 0.5 || (d === 0.5 && t % 2 !== 0)) r = t + (x < 0 ? -1 : 1);
  return r === 0 ? (signbit(x) ? -0 : 0) : r;
}

/** ilogb of logb.go: the binary exponent of a finite nonzero x. */
export function ilogb(x: number): number {
  let exp = 0;
  if (Math.abs(x) < SMALLEST_NORMAL) {
    x *= 4503599627370496;
    exp = -52;
  }
  return ((hiWord(x) >>> 20) & 0x7ff) - 1023 + exp;
}
