// strconv.ParseUint, ParseInt, Atoi and ParseBool (atoi.go, atob.go): base
// prefixes and underscores for base 0, bit sizes, and the exact NumError of
// each failure. Inputs are byte strings; results are hybrid 64-bit ints.
import { canon } from '../../vm/int64.js';
import type { Int64 } from '../../vm/value.js';
import { errRange, errSyntax, type NumErrorInfo, type NumErrorKind } from './numError.js';

export interface IntResult {
  value: Int64;
  err: NumErrorInfo | null;
}

function numErr(func: string, num: string, err: NumErrorKind): NumErrorInfo {
  return { func, num, err };
}

function lower(c: number): number {
  return c | 0x20;
}

/** underscoreOK: underscores only between digits, or between a base prefix and a digit. */
export function underscoreOK(s: string): boolean {
  let saw = '^';
  let i = 0;
  if (s.length >= 1 && (s[0] === '-' || s[0] === '+')) s = s.substring(1);
  let hex = false;
  if (s.length >= 2 && s[0] === '0') {
    const c = lower(s.charCodeAt(1));
    if (c === 0x62 || c === 0x6f || c === 0x78) {
      i = 2;
      saw = '0';
      hex = c === 0x78;
    }
  }
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const l = lower(c);
    if ((c >= 0x30 && c <= 0x39) || (hex && l >= 0x61 && l <= 0x66)) {
      saw = '0';
      continue;
    }
    if (c === 0x5f) {
      if (saw !== '0') return false;
      saw = '_';
      continue;
    }
    if (saw === '_') return false;
    saw = '!';
  }
  return saw !== '_';
}

function parseUintImpl(func: string, s0: string, s: string, base: number, bitSize: number): IntResult {
  if (s.length === 0) return { value: 0, err: numErr(func, s0, errSyntax) };
  const base0 = base === 0;
  if (base >= 2 && base <= 36) {
    // ok
  } else if (base === 0) {
    base = 10;
    if (s[0] === '0') {
      const c = s.length >= 3 ? lower(s.charCodeAt(1)) : 0;
      if (c === 0x62) {
        base = 2;
        s = s.substring(2);
      } else if (c === 0x6f) {
        base = 8;
        s = s.substring(2);
      } else if (c === 0x78) {
        base = 16;
        s = s.substring(2);
      } else {
        base = 8;
        s = s.substring(1);
      }
    }
  } else {
    return { value: 0, err: numErr(func, s0, { kind: 'other', message: 'invalid base ' + base }) };
  }
  if (bitSize === 0) bitSize = 64;
  else if (bitSize < 0 || bitSize > 64) return { value: 0, err: numErr(func, s0, { kind: 'other', message: 'invalid bit size ' + bitSize }) };
  const maxVal = (1n << BigInt(bitSize)) - 1n;
  const maxValue = canon(maxVal);
  // digits accumulate in a number while exact, then in a bigint; range errors
  // are reported at the digit that overflows, before later syntax errors
  const limit = bitSize < 53 ? Number(maxVal) : 9007199254740991;
  let n = 0;
  let big: bigint | null = null;
  let underscores = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let d: number;
    if (c === 0x5f && base0) {
      underscores = true;
      continue;
    } else if (c >= 0x30 && c <= 0x39) {
      d = c - 0x30;
    } else if (lower(c) >= 0x61 && lower(c) <= 0x7a) {
      d = lower(c) - 0x61 + 10;
    } else {
      return { value: 0, err: numErr(func, s0, errSyntax) };
    }
    if (d >= base) return { value: 0, err: numErr(func, s0, errSyntax) };
    if (big === null) {
      const next = n * base + d;
      if (next <= limit) {
        n = next;
        continue;
      }
      if (bitSize < 53) return { value: maxValue, err: numErr(func, s0, errRange) };
      big = BigInt(n);
    }
    big = big * BigInt(base) + BigInt(d);
    if (big > maxVal) return { value: maxValue, err: numErr(func, s0, errRange) };
  }
  if (underscores && !underscoreOK(s0)) return { value: 0, err: numErr(func, s0, errSyntax) };
  return { value: big === null ? n : canon(big), err: null };
}

/** strconv.ParseUint(s, base, bitSize). */
export function parseUint(s: string, base: number, bitSize: number): IntResult {
  return parseUintImpl('ParseUint', s, s, base, bitSize);
}

/** strconv.ParseInt(s, base, bitSize). */
export function parseInt64(s: string, base: number, bitSize: number, func = 'ParseInt'): IntResult {
  if (s.length === 0) return { value: 0, err: numErr(func, s, errSyntax) };
  const s0 = s;
  let neg = false;
  if (s[0] === '+') s = s.substring(1);
  else if (s[0] === '-') {
    neg = true;
    s = s.substring(1);
  }
  const u = parseUintImpl(func, s0, s, base, bitSize);
  if (u.err !== null && u.err.err.kind !== 'range') return { value: 0, err: u.err };
  if (bitSize === 0) bitSize = 64;
  const cutoff = 1n << BigInt(bitSize - 1);
  const un = BigInt(u.value);
  if (!neg && un >= cutoff) return { value: canon(cutoff - 1n), err: numErr(func, s0, errRange) };
  if (neg && un > cutoff) return { value: canon(-cutoff), err: numErr(func, s0, errRange) };
  if (u.err !== null) return { value: 0, err: u.err };
  return { value: neg ? canon(-un) : u.value, err: null };
}

/** strconv.Atoi. */
export function atoi(s: string): IntResult {
  const n = s.length;
  if (n > 0 && n < 19) {
    // fast path: small decimal with optional sign
    let i = 0;
    let neg = false;
    if (s[0] === '-' || s[0] === '+') {
      neg = s[0] === '-';
      i = 1;
      if (n < 2) return { value: 0, err: numErr('Atoi', s, errSyntax) };
    }
    let v = 0;
    let big: bigint | null = null;
    for (; i < n; i++) {
      const d = s.charCodeAt(i) - 0x30;
      if (d < 0 || d > 9) return { value: 0, err: numErr('Atoi', s, errSyntax) };
      if (big === null && v < 900719925474099) v = v * 10 + d;
      else big = (big ?? BigInt(v)) * 10n + BigInt(d);
    }
    if (big !== null) return { value: canon(neg ? -big : big), err: null };
    return { value: neg ? 0 - v : v, err: null };
  }
  return parseInt64(s, 10, 0, 'Atoi');
}

/** strconv.ParseBool: the value, or an error for anything else. */
export function parseBool(s: string): { value: boolean; err: NumErrorInfo | null } {
  switch (s) {
    case '1': case 't': case 'T': case 'true': case 'TRUE': case 'True':
      return { value: true, err: null };
    case '0': case 'f': case 'F': case 'false': case 'FALSE': case 'False':
      return { value: false, err: null };
  }
  return { value: false, err: numErr('ParseBool', s, errSyntax) };
}
