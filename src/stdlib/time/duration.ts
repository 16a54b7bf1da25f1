// time.Duration's String and ParseDuration (time/time.go, time/format.go),
// and package time's own string quoting (time.quote), which its error texts
// use. Strings are byte strings (UTF-8 bytes as char codes 0..255).
import { canon, wrapInt64 } from '../../vm/int64.js';
import type { Int64 } from '../../vm/value.js';

/** "µ" (U+00B5) as UTF-8 bytes. */
const MICRO = '\xc2\xb5';

/** Duration.String: `72h3m0.5s`, `1.5µs`, `0s`; the sign first. */
export function durationString(d: Int64): string {
  let neg = false;
  let u: number | bigint = d;
  if (d < 0) {
    neg = true;
    u = typeof d === 'number' ? -d : -d; // a bigint: |min int64| = 2^63 stays exact
  }
  let out: string;
  if (u < 1e9) {
    // under a second: the unit keeps the integer part small (2 decimals at most)
    const v = Number(u);
    let prec: number;
    let unit: string;
    if (v === 0) return '0s';
    if (v < 1e3) {
      prec = 0;
      unit = 'ns';
    } else if (v < 1e6) {
      prec = 3;
      unit = MICRO + 's';
    } else {
      prec = 6;
      unit = 'ms';
    }
    const [frac, rest] = fmtFrac(v, prec);
    out = String(rest) + frac + unit;
  } else {
    // seconds with up to 9 decimals, then minutes and hours
    let secs: number;
    let nanos: number;
    if (typeof u === 'number') {
      secs = Math.floor(u / 1e9);
      nanos = u - secs * 1e9;
    } else {
      secs = Number(u / 1000000000n);
      nanos = Number(u % 1000000000n);
    }
    const [frac] = fmtFrac(nanos, 9);
    out = String(secs % 60) + frac + 's';
    let rest = Math.floor(secs / 60);
    if (rest > 0) {
      out = String(rest % 60) + 'm' + out;
      rest = Math.floor(rest / 60);
      if (rest > 0) out = String(rest) + 'h' + out;
    }
  }
  return neg ? '-' + out : out;
}

/**
 * time.fmtFrac: the fraction v/10^prec as ".ddd" without trailing zeros (empty
 * when it is zero) and the integer part. v < 2^53 here.
 */
function fmtFrac(v: number, prec: number): [string, number] {
  let digits = '';
  let print = false;
  for (let i = 0; i < prec; i++) {
    const digit = v % 10;
    print = print || digit !== 0;
    if (print) digits = String(digit) + digits;
    v = Math.floor(v / 10);
  }
  return [print ? '.' + digits : '', v];
}

/** The decimal text of uint64(x) (time.fmtInt on a possibly negative int). */
export function uint64String(x: Int64): string {
  if (x >= 0) return String(x);
  return String(BigInt.asUintN(64, BigInt(x)));
}

// ------------------------------------------------------------------ quote

const LOWER_HEX = '0123456789abcdef';

/**
 * time.quote: a double-quoted string whose bytes of non-ASCII and control
 * runes are written as \x escapes (for error messages).
 */
export function quote(s: string): string {
  let out = '"';
  let i = 0;
  const n = s.length;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c >= 0x80 || c < 0x20) {
      // one rune: its encoded width (an invalid byte is a RuneError of width 1)
      const width = c >= 0x80 ? utf8Width(s, i) : 1;
      for (let j = 0; j < width; j++) {
        const b = s.charCodeAt(i + j);
        out += '\\x' + LOWER_HEX[b >> 4] + LOWER_HEX[b & 15];
      }
      i += width;
      continue;
    }
    if (c === 0x22 || c === 0x5c) out += '\\';
    out += s[i];
    i++;
  }
  return out + '"';
}

/** The length of the valid UTF-8 sequence at s[i], or 1 for an invalid byte (utf8.DecodeRuneInString). */
function utf8Width(s: string, i: number): number {
  const c0 = s.charCodeAt(i);
  const n = s.length;
  const cont = (k: number, lo = 0x80, hi = 0xbf): boolean => {
    if (i + k >= n) return false;
    const b = s.charCodeAt(i + k);
    return b >= lo && b <= hi;
  };
  if (c0 >= 0xc2 && c0 <= 0xdf) return cont(1) ? 2 : 1;
  if (c0 >= 0xe0 && c0 <= 0xef) {
    const lo = c0 === 0xe0 ? 0xa0 : 0x80;
    const hi = c0 === 0xed ? 0x9f : 0xbf;
    return cont(1, lo, hi) && cont(2) ? 3 : 1;
  }
  if (c0 >= 0xf0 && c0 <= 0xf4) {
    const lo = c0 === 0xf0 ? 0x90 : 0x80;
    const hi = c0 === 0xf4 ? 0x8f : 0xbf;
    return cont(1, lo, hi) && cont(2) && cont(3) ? 4 : 1;
  }
  return 1;
}

// ------------------------------------------------------------------ ParseDuration

const TWO63 = 1n << 63n;

/** time.unitMap (µ is U+00B5, μ is U+03BC, both as UTF-8 bytes). */
const UNITS = new Map<string, bigint>([
  ['ns', 1n],
  ['us', 1000n],
  [MICRO + 's', 1000n],
  ['\xce\xbcs', 1000n],
  ['ms', 1000000n],
  ['s', 1000000000n],
  ['m', 60000000000n],
  ['h', 3600000000000n],
]);

export type DurationResult = { d: Int64 } | { err: string };

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** time.ParseDuration: a signed sequence of decimal numbers with units, e.g. "-1.5h", "2h45m". */
export function parseDuration(orig: string): DurationResult {
  let s = orig;
  let d = 0n;
  let neg = false;
  const invalid = (): DurationResult => ({ err: 'time: invalid duration ' + quote(orig) });
  if (s !== '') {
    const c = s.charCodeAt(0);
    if (c === 0x2d || c === 0x2b) {
      neg = c === 0x2d;
      s = s.substring(1);
    }
  }
  // special case: if all that is left is "0", this is zero
  if (s === '0') return { d: 0 };
  if (s === '') return invalid();
  while (s !== '') {
    let v = 0n;
    let f = 0n;
    let scale = 1;
    const c0 = s.charCodeAt(0);
    if (!(c0 === 0x2e || isDigit(c0))) return invalid();
    // the integer part (time.leadingInt: overflow is an error)
    let i = 0;
    for (; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (!isDigit(c)) break;
      if (v > TWO63 / 10n) return invalid();
      v = v * 10n + BigInt(c - 0x30);
      if (v > TWO63) return invalid();
    }
    const pre = i !== 0;
    s = s.substring(i);
    // the fraction (time.leadingFraction: digits past overflow are dropped)
    let post = false;
    if (s !== '' && s.charCodeAt(0) === 0x2e) {
      s = s.substring(1);
      let j = 0;
      let overflow = false;
      for (; j < s.length; j++) {
        const c = s.charCodeAt(j);
        if (!isDigit(c)) break;
        if (overflow) continue;
        if (f > (TWO63 - 1n) / 10n) {
          overflow = true;
          continue;
        }
        const y = f * 10n + BigInt(c - 0x30);
        if (y > TWO63) {
          overflow = true;
          continue;
        }
        f = y;
        scale *= 10;
      }
      post = j !== 0;
      s = s.substring(j);
    }
    if (!pre && !post) return invalid(); // no digits, e.g. ".s" or "-.s"
    let k = 0;
    for (; k < s.length; k++) {
      const c = s.charCodeAt(k);
      if (c === 0x2e || isDigit(c)) break;
    }
    if (k === 0) return { err: 'time: missing unit in duration ' + quote(orig) };
    const u = s.substring(0, k);
    s = s.substring(k);
    const unit = UNITS.get(u);
    if (unit === undefined) return { err: 'time: unknown unit ' + quote(u) + ' in duration ' + quote(orig) };
    if (v > TWO63 / unit) return invalid(); // overflow
    v *= unit;
    if (f > 0n) {
      // float64 is needed to be nanosecond accurate for fractions of hours;
      // v >= 0 && (f*unit/scale) <= 3.6e+12 (ns/h, h is the largest unit)
      v += BigInt(Math.trunc(Number(f) * (Number(unit) / scale)));
      if (v > TWO63) return invalid();
    }
    d = BigInt.asUintN(64, d + v); // uint64: 2^63 + 2^63 wraps to 0, as in Go
    if (d > TWO63) return invalid();
  }
  if (neg) return { d: wrapInt64(-d) };
  if (d > TWO63 - 1n) return invalid();
  return { d: canon(d) };
}
