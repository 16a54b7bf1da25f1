// UTF-8 over byte strings (JS strings whose char codes are the bytes 0..255,
// README.md): decoding with Go's exact rules (unicode/utf8.DecodeRuneInString:
// invalid, overlong, surrogate and out-of-range encodings give RuneError
// with width 1), encoding, and the string conversions of the spec
// (Conversions to and from a string type) and for range over strings.
import { roundupsize } from './sizes.js';
import { Slice, type Int64, type Value } from './value.js';

export const RuneError = 0xfffd;
export const MaxRune = 0x10ffff;
/** RuneError's UTF-8 encoding as a byte string. */
export const runeErrorBytes = '\xef\xbf\xbd';

/**
 * Decodes the rune at byte i of s (i < s.length) and returns it packed with
 * its width: `rune * 8 + width` — no allocation in range loops. Use
 * `packedRune`/`packedWidth` to unpack.
 */
export function decodeRunePacked(s: string, i: number): number {
  const n = s.length;
  const b0 = s.charCodeAt(i);
  if (b0 < 0x80) return b0 * 8 + 1;
  if (b0 < 0xc2 || b0 > 0xf4) return RuneError * 8 + 1;
  if (i + 1 >= n) return RuneError * 8 + 1;
  const b1 = s.charCodeAt(i + 1);
  if (b0 < 0xe0) {
    if (b1 < 0x80 || b1 > 0xbf) return RuneError * 8 + 1;
    return (((b0 & 0x1f) << 6) | (b1 & 0x3f)) * 8 + 2;
  }
  // accepted range of the second byte (utf8.acceptRanges)
  let lo = 0x80;
  let hi = 0xbf;
  if (b0 === 0xe0) lo = 0xa0;
  else if (b0 === 0xed) hi = 0x9f;
  else if (b0 === 0xf0) lo = 0x90;
  else if (b0 === 0xf4) hi = 0x8f;
  if (b1 < lo || b1 > hi) return RuneError * 8 + 1;
  if (i + 2 >= n) return RuneError * 8 + 1;
  const b2 = s.charCodeAt(i + 2);
  if (b2 < 0x80 || b2 > 0xbf) return RuneError * 8 + 1;
  if (b0 < 0xf0) return (((b0 & 0x0f) << 12) | ((b1 & 0x3f) << 6) | (b2 & 0x3f)) * 8 + 3;
  if (i + 3 >= n) return RuneError * 8 + 1;
  const b3 = s.charCodeAt(i + 3);
  if (b3 < 0x80 || b3 > 0xbf) return RuneError * 8 + 1;
  return (((b0 & 0x07) << 18) | ((b1 & 0x3f) << 12) | ((b2 & 0x3f) << 6) | (b3 & 0x3f)) * 8 + 4;
}

export function packedRune(p: number): number {
  return p >>> 3;
}

export function packedWidth(p: number): number {
  return p & 7;
}

/** utf8.DecodeRuneInString(s[i:]): [rune, width]; [RuneError, 0] at the end. */
export function decodeRune(s: string, i = 0): [number, number] {
  if (i >= s.length) return [RuneError, 0];
  const p = decodeRunePacked(s, i);
  return [p >>> 3, p & 7];
}

/** utf8.DecodeLastRuneInString(s[:end]): [rune, width]; [RuneError, 0] for an empty prefix. */
export function decodeLastRune(s: string, end = s.length): [number, number] {
  if (end <= 0) return [RuneError, 0];
  const b = s.charCodeAt(end - 1);
  if (b < 0x80) return [b, 1];
  // back up over at most 3 continuation bytes to a start byte
  let start = end - 1;
  const lim = Math.max(0, end - 4);
  for (start--; start >= lim; start--) {
    if ((s.charCodeAt(start) & 0xc0) !== 0x80) break;
  }
  if (start < 0) start = 0;
  const p = decodeRunePacked(s.substring(0, end), start);
  if (start + (p & 7) !== end) return [RuneError, 1];
  return [p >>> 3, p & 7];
}

/** Whether r is a valid Unicode scalar value (utf8.ValidRune). */
export function validRune(r: number): boolean {
  return (r >= 0 && r < 0xd800) || (r > 0xdfff && r <= MaxRune);
}

/** utf8.RuneLen: bytes needed to encode r, or -1 if r is not a valid rune. */
export function runeLen(r: number): number {
  if (r < 0) return -1;
  if (r < 0x80) return 1;
  if (r < 0x800) return 2;
  if (r >= 0xd800 && r <= 0xdfff) return -1;
  if (r < 0x10000) return 3;
  if (r <= MaxRune) return 4;
  return -1;
}

/** utf8.EncodeRune as a byte string; invalid runes encode RuneError. */
export function encodeRune(r: number): string {
  if (r >= 0 && r < 0x80) return String.fromCharCode(r);
  if (r >= 0 && r < 0x800) return String.fromCharCode(0xc0 | (r >> 6), 0x80 | (r & 0x3f));
  if (!validRune(r)) return runeErrorBytes;
  if (r < 0x10000) return String.fromCharCode(0xe0 | (r >> 12), 0x80 | ((r >> 6) & 0x3f), 0x80 | (r & 0x3f));
  return String.fromCharCode(0xf0 | (r >> 18), 0x80 | ((r >> 12) & 0x3f), 0x80 | ((r >> 6) & 0x3f), 0x80 | (r & 0x3f));
}

/** Appends r's UTF-8 bytes to a byte array (invalid runes as RuneError). */
export function pushRuneBytes(out: number[], r: number): void {
  if (r >= 0 && r < 0x80) {
    out.push(r);
  } else if (r >= 0 && r < 0x800) {
    out.push(0xc0 | (r >> 6), 0x80 | (r & 0x3f));
  } else {
    if (!validRune(r)) r = RuneError;
    if (r < 0x10000) out.push(0xe0 | (r >> 12), 0x80 | ((r >> 6) & 0x3f), 0x80 | (r & 0x3f));
    else out.push(0xf0 | (r >> 18), 0x80 | ((r >> 12) & 0x3f), 0x80 | ((r >> 6) & 0x3f), 0x80 | (r & 0x3f));
  }
}

/** utf8.RuneCountInString. */
export function runeCount(s: string): number {
  let n = 0;
  const len = s.length;
  for (let i = 0; i < len; n++) {
    const c = s.charCodeAt(i);
    i += c < 0x80 ? 1 : decodeRunePacked(s, i) & 7;
  }
  return n;
}

/** utf8.ValidString. */
export function validString(s: string): boolean {
  for (let i = 0; i < s.length;) {
    const c = s.charCodeAt(i);
    if (c < 0x80) {
      i++;
      continue;
    }
    const p = decodeRunePacked(s, i);
    if (p === RuneError * 8 + 1) return false;
    i += p & 7;
  }
  return true;
}

/** Bytes (0..255 codes) to a byte string, in chunks so long inputs do not overflow the call stack. */
export function bytesToString(bytes: ArrayLike<number>, from = 0, to = bytes.length): string {
  const n = to - from;
  if (n <= 0) return '';
  if (n <= 8192) {
    let s = '';
    if (n <= 16) {
      for (let i = from; i < to; i++) s += String.fromCharCode(bytes[i]);
      return s;
    }
    return String.fromCharCode.apply(null, Array.prototype.slice.call(bytes, from, to) as number[]);
  }
  const parts: string[] = [];
  for (let i = from; i < to; i += 8192) parts.push(bytesToString(bytes, i, Math.min(to, i + 8192)));
  return parts.join('');
}

/** Encodes JS (UTF-16) text as a UTF-8 byte string; lone surrogates become RuneError. */
export function encodeUtf8(text: string): string {
  let ascii = true;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) >= 0x80) {
      ascii = false;
      break;
    }
  }
  if (ascii) return text;
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
      }
    }
    pushRuneBytes(out, c);
  }
  return bytesToString(out);
}

/** Decodes a byte string to JS text for display: each invalid byte becomes U+FFFD, as ranging over it in Go yields. */
export function decodeUtf8(s: string): string {
  let ascii = true;
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) >= 0x80) {
      ascii = false;
      break;
    }
  }
  if (ascii) return s;
  const parts: string[] = [];
  let run = 0; // start of a pending ASCII run
  for (let i = 0; i < s.length;) {
    const c = s.charCodeAt(i);
    if (c < 0x80) {
      i++;
      continue;
    }
    if (i > run) parts.push(s.substring(run, i));
    const p = decodeRunePacked(s, i);
    parts.push(String.fromCodePoint(p >>> 3));
    i += p & 7;
    run = i;
  }
  if (run < s.length) parts.push(s.substring(run));
  return parts.join('');
}

// ------------------------------------------------------------------ conversions (spec: Conversions to and from a string type)

/** string(x) for an integer x: its UTF-8 encoding, "\uFFFD" when x is not a valid rune. */
export function stringFromRune(x: Int64): string {
  if (typeof x !== 'number') return runeErrorBytes;
  return encodeRune(x);
}

/** Runes of s, as `for range` and []rune(s) see them. */
export function stringToRunes(s: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < s.length;) {
    const c = s.charCodeAt(i);
    if (c < 0x80) {
      out.push(c);
      i++;
    } else {
      const p = decodeRunePacked(s, i);
      out.push(p >>> 3);
      i += p & 7;
    }
  }
  return out;
}

/** []rune(s): capacity as runtime.rawruneslice gives it (roundupsize(4n) / 4). */
export function runesFromString(s: string): Slice {
  const rs = stringToRunes(s) as Value[];
  const n = rs.length;
  const cap = Math.floor(roundupsize(n * 4) / 4);
  for (let i = n; i < cap; i++) rs.push(0);
  return new Slice(rs, 0, n, cap);
}

/** string(rs) for a []rune (or any slice of integer runes). */
export function stringFromRunes(rs: Slice | null): string {
  if (rs === null || rs.len === 0) return '';
  const out: number[] = [];
  for (let i = 0; i < rs.len; i++) pushRuneBytes(out, rs.arr[rs.off + i] as number);
  return bytesToString(out);
}

/** []byte(s): capacity as runtime.rawbyteslice gives it (roundupsize(n)). */
export function bytesFromString(s: string): Slice {
  const n = s.length;
  const cap = roundupsize(n);
  const arr: Value[] = new Array(cap);
  for (let i = 0; i < n; i++) arr[i] = s.charCodeAt(i);
  for (let i = n; i < cap; i++) arr[i] = 0;
  return new Slice(arr, 0, n, cap);
}

/** string(b) for a []byte. */
export function stringFromBytes(b: Slice | null): string {
  if (b === null || b.len === 0) return '';
  return bytesToString(b.arr as number[], b.off, b.off + b.len);
}

/**
 * One step of `for i, r := range s`: the rune at byte i packed with its width
 * (see decodeRunePacked), with the ASCII case inline.
 */
export function rangeStep(s: string, i: number): number {
  const c = s.charCodeAt(i);
  return c < 0x80 ? c * 8 + 1 : decodeRunePacked(s, i);
}
