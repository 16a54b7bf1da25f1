// strconv.ParseFloat (atof.go): Go's float syntax (decimal and hexadecimal
// mantissas, exponents, underscores where underscoreOK allows them,
// inf/infinity/nan in any case), correctly rounded to float64 or float32,
// with ErrRange and ±Inf for overflow.
//
// Decimal input is validated here and converted by JS's Number(), which is
// correctly rounded for float64; for float32 the one double-rounding case (the
// double lands exactly on a float32 midpoint) is settled by an exact BigInt
// comparison. Hexadecimal input is rounded exactly with BigInt.
import { underscoreOK } from './atoi.js';
import { errRange, errSyntax, type NumErrorInfo } from './numError.js';

export interface FloatResult {
  value: number;
  err: NumErrorInfo | null;
}

function lower(c: number): number {
  return c | 0x20;
}

/** Length of the common prefix of s and the lowercase word, ignoring case. */
function prefixLenIgnoreCase(s: string, word: string): number {
  let n = 0;
  while (n < s.length && n < word.length && lower(s.charCodeAt(n)) === word.charCodeAt(n)) n++;
  return n;
}

/** atof.go special: [value, consumed] or null. */
function special(s: string): [number, number] | null {
  if (s.length === 0) return null;
  let sign = 1;
  let nsign = 0;
  let t = s;
  const c = s.charCodeAt(0);
  if (c === 0x2b || c === 0x2d) {
    if (c === 0x2d) sign = -1;
    nsign = 1;
    t = s.substring(1);
  }
  const c0 = t.length > 0 ? lower(t.charCodeAt(0)) : 0;
  if (c0 === 0x69) {
    let n = prefixLenIgnoreCase(t, 'infinity');
    if (n > 3 && n < 8) n = 3;
    if (n === 3 || n === 8) return [sign * Infinity, nsign + n];
  } else if (c0 === 0x6e && nsign === 0) {
    if (prefixLenIgnoreCase(t, 'nan') === 3) return [NaN, 3];
  }
  return null;
}

interface ReadFloat {
  ok: boolean;
  /** Bytes consumed. */
  n: number;
  neg: boolean;
  hex: boolean;
  /** Significant digits without leading zeros, dot or underscores. */
  digits: string;
  /** Value = 0.digits × base^dp (decimal) or 0.digits × 16^... expressed as a binary exponent for hex (see exp2). */
  dp: number;
  /** The exponent after e/p (decimal power of ten, or binary power of two for hex). */
  exp: number;
}

/** atof.go readFloat: parses the longest prefix that is a float literal. */
function readFloat(s: string): ReadFloat {
  const r: ReadFloat = { ok: false, n: 0, neg: false, hex: false, digits: '', dp: 0, exp: 0 };
  let i = 0;
  let underscores = false;
  if (i >= s.length) return r;
  if (s[i] === '+') i++;
  else if (s[i] === '-') {
    r.neg = true;
    i++;
  }
  let expChar = 0x65; // e
  if (i + 2 < s.length && s[i] === '0' && lower(s.charCodeAt(i + 1)) === 0x78) {
    i += 2;
    expChar = 0x70; // p
    r.hex = true;
  }
  let sawdot = false;
  let sawdigits = false;
  let nd = 0;
  let dp = 0;
  let digits = '';
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x5f) {
      underscores = true;
      continue;
    }
    if (c === 0x2e) {
      if (sawdot) break;
      sawdot = true;
      dp = nd;
      continue;
    }
    if ((c >= 0x30 && c <= 0x39) || (r.hex && lower(c) >= 0x61 && lower(c) <= 0x66)) {
      sawdigits = true;
      if (c === 0x30 && nd === 0) {
        dp--; // leading zero
        continue;
      }
      nd++;
      digits += s[i];
      continue;
    }
    break;
  }
  if (!sawdigits) return r;
  if (!sawdot) dp = nd;
  if (i < s.length && lower(s.charCodeAt(i)) === expChar) {
    i++;
    if (i >= s.length) return r;
    let esign = 1;
    if (s[i] === '+') i++;
    else if (s[i] === '-') {
      i++;
      esign = -1;
    }
    if (i >= s.length || s.charCodeAt(i) < 0x30 || s.charCodeAt(i) > 0x39) return r;
    let e = 0;
    for (; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c === 0x5f) {
        underscores = true;
        continue;
      }
      if (c < 0x30 || c > 0x39) break;
      if (e < 10000) e = e * 10 + (c - 0x30);
    }
    r.exp = e * esign;
  } else if (r.hex) {
    return r;
  }
  if (underscores && !underscoreOK(s.substring(0, i))) return r;
  r.ok = true;
  r.n = i;
  r.digits = digits;
  r.dp = dp;
  return r;
}

function mulPow2(f: number, k: number): number {
  while (k > 1000) {
    f *= 2 ** 1000;
    k -= 1000;
  }
  while (k < -1000) {
    f *= 2 ** -1000;
    k += 1000;
  }
  return f * 2 ** k;
}

/** M × 2^e2 rounded half-to-even to a float with `mantBits` significant bits and minimum normal exponent `minExp`. */
function roundBinary(m: bigint, e2: number, mantBits: number, minExp: number): number {
  if (m === 0n) return 0;
  const len = m.toString(2).length;
  const top = len - 1 + e2; // exponent of the leading bit
  // lowest kept bit: mantBits below the top, but not below the denormal grid
  const lowest = Math.max(top - (mantBits - 1), minExp - (mantBits - 1));
  const shift = lowest - e2;
  if (shift > 0) {
    const b = BigInt(shift);
    let q = m >> b;
    const rem = m & ((1n << b) - 1n);
    const half = 1n << (b - 1n);
    if (rem > half || (rem === half && (q & 1n) === 1n)) q++;
    return mulPow2(Number(q), lowest);
  }
  return mulPow2(Number(m), e2);
}

const MAX_FLOAT32 = 3.4028234663852886e38;

/** The float32 values adjacent to double d (d not a float32), as [below, above]; Infinity counts as 2^128. */
const f32 = new Float32Array(1);
const u32 = new Uint32Array(f32.buffer);
function float32Neighbors(d: number): [number, number] {
  const a = Math.abs(d);
  let r = Math.fround(a);
  let lo: number;
  let hi: number;
  if (r === Infinity) r = 2 ** 128;
  if (r > a) {
    hi = r;
    if (r === 2 ** 128) lo = MAX_FLOAT32;
    else {
      f32[0] = r;
      u32[0] -= 1;
      lo = f32[0];
    }
  } else {
    lo = r;
    f32[0] = r;
    u32[0] += 1;
    hi = f32[0] === Infinity ? 2 ** 128 : f32[0];
  }
  return [lo, hi];
}

const f64 = new Float64Array(1);
const u64 = new BigUint64Array(f64.buffer);

/** Compares digits × 10^x (exact decimal) with the double d > 0 exactly: -1, 0, 1. */
function compareDecimal(digits: string, x: number, d: number): number {
  f64[0] = d;
  const bits = u64[0];
  const e = Number((bits >> 52n) & 0x7ffn);
  let m = bits & ((1n << 52n) - 1n);
  let e2: number;
  if (e === 0) e2 = -1074;
  else {
    m |= 1n << 52n;
    e2 = e - 1075;
  }
  let l = BigInt(digits);
  let r = m;
  if (x >= 0) l *= 10n ** BigInt(x);
  else r *= 10n ** BigInt(-x);
  if (e2 >= 0) r <<= BigInt(e2);
  else l <<= BigInt(-e2);
  return l < r ? -1 : l > r ? 1 : 0;
}

/** A decimal float to float32, correctly rounded (no double rounding). */
function decimalToFloat32(digits: string, x: number, d: number): number {
  const f = Math.fround(d);
  if (f === d || d === 0 || d === Infinity) return f;
  const [lo, hi] = float32Neighbors(d);
  if (d !== (lo + hi) / 2) return f; // not at a midpoint: one rounding, correct
  const c = compareDecimal(digits, x, d);
  if (c === 0) return f; // a true tie: fround's ties-to-even is right
  const r = c < 0 ? lo : hi;
  return r === 2 ** 128 ? Infinity : r;
}

/** strconv.ParseFloat(s, bitSize). */
export function parseFloat(s: string, bitSize: number): FloatResult {
  const syntax = { value: 0, err: { func: 'ParseFloat', num: s, err: errSyntax } };
  const sp = special(s);
  if (sp !== null) {
    if (sp[1] !== s.length) return syntax;
    return { value: sp[0], err: null };
  }
  const r = readFloat(s);
  if (!r.ok || r.n !== s.length) return syntax;
  let v: number;
  if (r.hex) {
    // value = 0.digits(hex) × 2^(4·dp) × 2^exp
    const m = r.digits === '' ? 0n : BigInt('0x' + r.digits);
    const e2 = 4 * r.dp - 4 * r.digits.length + r.exp;
    v = bitSize === 32 ? roundBinary(m, e2, 24, -126) : roundBinary(m, e2, 53, -1022);
    if (bitSize === 32 && v > MAX_FLOAT32) v = Infinity;
  } else if (r.digits === '') {
    v = 0;
  } else {
    // value = 0.digits × 10^(dp + exp) = digits × 10^x
    const x = r.dp + r.exp - r.digits.length;
    const d = Number(r.digits + 'e' + x);
    v = bitSize === 32 ? decimalToFloat32(r.digits, x, d) : d;
  }
  if (r.neg) v = -v;
  if (v === Infinity || v === -Infinity) return { value: v, err: { func: 'ParseFloat', num: s, err: errRange } };
  return { value: v, err: null };
}
