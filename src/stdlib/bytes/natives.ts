// Natives of package bytes (declared in src/stdlib/api/bytes.ts). Searching
// works on the byte string of a []byte with the strings functions (same
// results, bytes.go and strings.go agree); what differs is the result slices:
// bytes returns sub-slices that share the input's array (with Go's capacity
// limits, s[i:j:j] for split pieces), nil where bytes.go returns nil, and new
// slices with the capacities Go's make/append give them.
import type { NativeCtx, NativeImpl } from '../../vm/native.js';
import { Slice, type Value } from '../../vm/value.js';
import { intArg, repeat } from '../strings/natives.js';
import { growCap } from '../strings/sliceGrowth.js';
import {
  count, equalFold, indexAny, indexRune, lastIndexAny, trimLeftIndex, trimRightIndex, trimSpaceBounds,
} from '../strings/stringFuncs.js';
import { isDigit, isLetter, isSpace } from '../unicode/rangeTables.js';
import { toLower, toTitle, toUpper } from '../unicode/caseMapping.js';
import { bytesToString, decodeRuneArr, pushRune, RUNE_SELF, runeLen } from '../strings/utf8Bytes.js';
import { bufferNatives } from './buffer.js';

type B = Slice | null;

/** The byte string of a []byte's contents. */
export function bstr(s: Value): string {
  const b = s as B;
  return b === null ? '' : bytesToString(b.arr as number[], b.off, b.off + b.len);
}

const lenOf = (s: B) => (s === null ? 0 : s.len);

/** s[i:j] (capacity cap(s)-i), or s[i:j:k] when k is given; nil stays nil. */
export function sub(s: B, i: number, j: number, k?: number): B {
  if (s === null) return null;
  return new Slice(s.arr, s.off + i, j - i, k === undefined ? s.cap - i : k - i);
}

/** A new []byte holding bytes, with capacity cap (zero-filled past the bytes). */
export function fresh(bytes: ArrayLike<number> | string, cap: number): Slice {
  const arr: Value[] = new Array(cap).fill(0);
  if (typeof bytes === 'string') for (let i = 0; i < bytes.length; i++) arr[i] = bytes.charCodeAt(i);
  else for (let i = 0; i < bytes.length; i++) arr[i] = bytes[i];
  return new Slice(arr, 0, bytes.length, cap);
}

/** `append([]byte(nil), s...)`: nil for no bytes, else a new array of growslice's capacity. */
function appendToNil(s: string): B {
  return s.length === 0 ? null : fresh(s, growCap(0, s.length, 1));
}

/** `append([]byte(""), s...)` / `append([]byte{}, s...)`: never nil. */
function appendToEmpty(s: string): Slice {
  return fresh(s, s.length === 0 ? 0 : growCap(0, s.length, 1));
}

/** bytes.explode: one piece per UTF-8 sequence (bad bytes kept as is), the last piece the rest; capacity n. */
function explode(s: B, n: number): Slice {
  const len = lenOf(s);
  if (n <= 0 || n > len) n = len;
  const out: Value[] = [];
  let pos = 0;
  while (pos < len) {
    if (out.length + 1 >= n) {
      out.push(sub(s, pos, len));
      break;
    }
    const b = s as Slice;
    const size = decodeRuneArr(b.arr as number[], b.off + pos, b.off + len) & 7;
    out.push(sub(s, pos, pos + size, pos + size));
    pos += size;
  }
  const na = out.length;
  while (out.length < n) out.push(null);
  return new Slice(out, 0, na, n);
}

/** bytes.genSplit: pieces s[a:b:b] and the rest of s last; the result's capacity is Go's n. */
function genSplit(s: B, sepV: Value, sepSave: number, n: number): B {
  if (n === 0) return null;
  const sep = bstr(sepV);
  if (sep === '') return explode(s, n);
  const str = bstr(s);
  if (n < 0) n = count(str, sep) + 1;
  if (n > str.length + 1) n = str.length + 1;
  const out: Value[] = [];
  let pos = 0;
  while (out.length < n - 1) {
    const m = str.indexOf(sep, pos);
    if (m < 0) break;
    out.push(sub(s, pos, m + sepSave, m + sepSave));
    pos = m + sep.length;
  }
  out.push(sub(s, pos, str.length));
  const len = out.length;
  while (out.length < n) out.push(null);
  return new Slice(out, 0, len, n);
}

const isAsciiSpace = (c: number) => c === 0x20 || (c >= 0x09 && c <= 0x0d);

/** bytes.Fields: pieces s[a:b:b]; the result's length and capacity are the field count. */
function fields(s: B): Slice {
  const str = bstr(s);
  const out: Value[] = [];
  let start = -1;
  for (let i = 0; i < str.length; ) {
    const c = str.charCodeAt(i);
    let space: boolean;
    let size = 1;
    if (c < RUNE_SELF) space = isAsciiSpace(c);
    else {
      const b = s as Slice;
      const p = decodeRuneArr(b.arr as number[], b.off + i, b.off + b.len);
      size = p & 7;
      space = isSpace(p >> 3);
    }
    if (space) {
      if (start >= 0) {
        out.push(sub(s, start, i, i));
        start = -1;
      }
    } else if (start < 0) start = i;
    i += size;
  }
  if (start >= 0) out.push(sub(s, start, str.length, str.length));
  return new Slice(out, 0, out.length, out.length);
}

/**
 * bytes.Map: encodes mapping(rune) for each rune (bad bytes read as U+FFFD)
 * into a buffer that starts at len(s) and, when full, is remade with
 * 2*size+UTFMax bytes; the result is b[0:nbytes] with that capacity.
 */
function mapBytes(s: B, mapping: (r: number) => number): Slice {
  const len = lenOf(s);
  let maxbytes = len;
  const out: number[] = [];
  const b = s as Slice;
  for (let i = 0; i < len; ) {
    const c = b.arr[b.off + i] as number;
    let r = c;
    let wid = 1;
    if (c >= RUNE_SELF) {
      const p = decodeRuneArr(b.arr as number[], b.off + i, b.off + len);
      r = p >> 3;
      wid = p & 7;
    }
    r = mapping(r);
    if (r >= 0) {
      let rl = runeLen(r);
      if (rl < 0) rl = 3;
      if (out.length + rl > maxbytes) maxbytes = maxbytes * 2 + 4;
      pushRune(out, r);
    }
    i += wid;
  }
  return fresh(out, maxbytes);
}

/** bytes.ToUpper/ToLower: ASCII input is copied (append to []byte("")) or case-mapped into make([]byte, len). */
function asciiCase(s: B, lo: number, hi: number, delta: number, mapping: (r: number) => number): Slice {
  const str = bstr(s);
  let ascii = true;
  let has = false;
  for (let i = 0; i < str.length; i++) {
    const c = str.charCodeAt(i);
    if (c >= RUNE_SELF) {
      ascii = false;
      break;
    }
    if (c >= lo && c <= hi) has = true;
  }
  if (!ascii) return mapBytes(s, mapping);
  if (!has) return appendToEmpty(str);
  const out: number[] = new Array(str.length);
  for (let i = 0; i < str.length; i++) {
    const c = str.charCodeAt(i);
    out[i] = c >= lo && c <= hi ? c + delta : c;
  }
  return fresh(out, out.length);
}

function isSeparator(r: number): boolean {
  if (r <= 0x7f) {
    if ((r >= 0x30 && r <= 0x39) || (r >= 0x61 && r <= 0x7a) || (r >= 0x41 && r <= 0x5a) || r === 0x5f) return false;
    return true;
  }
  if (isLetter(r) || isDigit(r)) return false;
  return isSpace(r);
}

/** Appends with append's growth, for results Go builds with append (ToValidUTF8). */
class Appender {
  bytes: number[] = [];
  constructor(public cap: number) {}
  add(src: string): void {
    const need = this.bytes.length + src.length;
    if (need > this.cap) this.cap = growCap(this.cap, need, 1);
    for (let i = 0; i < src.length; i++) this.bytes.push(src.charCodeAt(i));
  }
}

function toValidUTF8(s: B, replacement: Value): Slice {
  const str = bstr(s);
  const rep = bstr(replacement);
  const b = new Appender(str.length + rep.length);
  let invalid = false;
  for (let i = 0; i < str.length; ) {
    const c = str.charCodeAt(i);
    if (c < RUNE_SELF) {
      i++;
      invalid = false;
      b.add(str[i - 1]);
      continue;
    }
    const wid = decodeRuneArr((s as Slice).arr as number[], (s as Slice).off + i, (s as Slice).off + str.length) & 7;
    if (wid === 1) {
      i++;
      if (!invalid) {
        invalid = true;
        b.add(rep);
      }
      continue;
    }
    invalid = false;
    b.add(str.substring(i, i + wid));
    i += wid;
  }
  return fresh(b.bytes, b.cap);
}

/** bytes.Replace: a copy (append to nil) when nothing is replaced, else make([]byte, exact size). */
function replace(s: B, oldV: Value, newV: Value, n: number): B {
  const str = bstr(s);
  const old = bstr(oldV);
  const nw = bstr(newV);
  const m = n !== 0 ? count(str, old) : 0;
  if (m === 0) return appendToNil(str);
  if (n < 0 || m < n) n = m;
  let out = '';
  let start = 0;
  for (let i = 0; i < n; i++) {
    let j = start;
    if (old.length === 0) {
      if (i > 0) j += decodeRuneArr((s as Slice).arr as number[], (s as Slice).off + start, (s as Slice).off + str.length) & 7;
    } else j = str.indexOf(old, start);
    out += str.substring(start, j) + nw;
    start = j + old.length;
  }
  out += str.substring(start);
  return fresh(out, out.length);
}

function join(s: Value, sep: Value): Slice | null {
  const parts = s as B;
  if (parts === null || parts.len === 0) return fresh('', 0);
  const strs: string[] = [];
  for (let i = 0; i < parts.len; i++) strs.push(bstr(parts.arr[parts.off + i]));
  if (strs.length === 1) return appendToNil(strs[0]);
  const out = strs.join(bstr(sep));
  return fresh(out, out.length);
}

/** bytes.Trim/TrimLeft: nil when nothing is left (and for empty input). */
function trimBoth(s: B, cutset: string, left: boolean, right: boolean): B {
  if (lenOf(s) === 0) return left ? null : s;
  if (cutset === '') return s;
  const str = bstr(s);
  const j = right ? trimRightIndex(str, 0, str.length, cutset) : str.length;
  const i = left ? trimLeftIndex(str, 0, j, cutset) : 0;
  if (left && i === j) return null;
  return sub(s, i, j);
}

function cut(s: B, sepV: Value): Value[] {
  const str = bstr(s);
  const sep = bstr(sepV);
  const i = str.indexOf(sep);
  if (i >= 0) return [sub(s, 0, i), sub(s, i + sep.length, str.length), true];
  return [s, null, false];
}

function runes(s: B): Slice {
  const out: Value[] = [];
  const len = lenOf(s);
  const b = s as Slice;
  for (let i = 0; i < len; ) {
    const p = decodeRuneArr(b.arr as number[], b.off + i, b.off + len);
    out.push(p >> 3);
    i += p & 7;
  }
  return new Slice(out, 0, out.length, out.length);
}

function clone(b: B): B {
  return b === null ? null : appendToEmpty(bstr(b));
}

function bytesRepeat(c: NativeCtx, b: B, n: Value): Slice {
  const s = repeat(c, bstr(b), n, 'bytes');
  return fresh(s, s.length);
}

const bs = (f: (...a: string[]) => Value) => ({ kind: 'pure' as const, fn: (_c: NativeCtx, a: Value[]) => f(...a.map(bstr)) });

export const bytesNatives = new Map<string, NativeImpl>([
  ['bytes.Clone', { kind: 'pure', fn: (_c, [b]) => clone(b as B) }],
  ['bytes.Compare', bs((a, b) => (a === b ? 0 : a < b ? -1 : 1))],
  ['bytes.Contains', bs((s, sub) => s.indexOf(sub) >= 0)],
  ['bytes.ContainsAny', { kind: 'pure', fn: (_c, [b, chars]) => indexAny(bstr(b), chars as string) >= 0 }],
  ['bytes.ContainsRune', { kind: 'pure', fn: (_c, [b, r]) => indexRune(bstr(b), r as number) >= 0 }],
  ['bytes.Count', bs(count)],
  ['bytes.Cut', { kind: 'pure', fn: (_c, [s, sep]) => cut(s as B, sep) }],
  [
    'bytes.CutPrefix',
    {
      kind: 'pure',
      fn: (_c, [s, p]) => {
        const str = bstr(s);
        const pre = bstr(p);
        return str.startsWith(pre) ? [sub(s as B, pre.length, str.length), true] : [s, false];
      },
    },
  ],
  [
    'bytes.CutSuffix',
    {
      kind: 'pure',
      fn: (_c, [s, p]) => {
        const str = bstr(s);
        const suf = bstr(p);
        return str.endsWith(suf) ? [sub(s as B, 0, str.length - suf.length), true] : [s, false];
      },
    },
  ],
  ['bytes.Equal', bs((a, b) => a === b)],
  ['bytes.EqualFold', bs(equalFold)],
  ['bytes.Fields', { kind: 'pure', fn: (_c, [s]) => fields(s as B) }],
  ['bytes.HasPrefix', bs((s, p) => s.startsWith(p))],
  ['bytes.HasSuffix', bs((s, p) => s.endsWith(p))],
  ['bytes.Index', bs((s, sep) => s.indexOf(sep))],
  ['bytes.IndexAny', { kind: 'pure', fn: (_c, [b, chars]) => indexAny(bstr(b), chars as string) }],
  ['bytes.IndexByte', { kind: 'pure', fn: (_c, [b, c]) => bstr(b).indexOf(String.fromCharCode(c as number)) }],
  ['bytes.IndexRune', { kind: 'pure', fn: (_c, [b, r]) => indexRune(bstr(b), r as number) }],
  ['bytes.Join', { kind: 'pure', fn: (_c, [s, sep]) => join(s, sep) }],
  ['bytes.LastIndex', bs((s, sep) => s.lastIndexOf(sep))],
  ['bytes.LastIndexAny', { kind: 'pure', fn: (_c, [b, chars]) => lastIndexAny(bstr(b), chars as string) }],
  ['bytes.LastIndexByte', { kind: 'pure', fn: (_c, [b, c]) => bstr(b).lastIndexOf(String.fromCharCode(c as number)) }],
  ['bytes.Repeat', { kind: 'pure', fn: (c, [b, n]) => bytesRepeat(c, b as B, n) }],
  ['bytes.Replace', { kind: 'pure', fn: (_c, [s, o, n, k]) => replace(s as B, o, n, intArg(k)) }],
  ['bytes.ReplaceAll', { kind: 'pure', fn: (_c, [s, o, n]) => replace(s as B, o, n, -1) }],
  ['bytes.Runes', { kind: 'pure', fn: (_c, [s]) => runes(s as B) }],
  ['bytes.Split', { kind: 'pure', fn: (_c, [s, sep]) => genSplit(s as B, sep, 0, -1) }],
  ['bytes.SplitAfter', { kind: 'pure', fn: (_c, [s, sep]) => genSplit(s as B, sep, lenOf(sep as B), -1) }],
  ['bytes.SplitAfterN', { kind: 'pure', fn: (_c, [s, sep, n]) => genSplit(s as B, sep, lenOf(sep as B), intArg(n)) }],
  ['bytes.SplitN', { kind: 'pure', fn: (_c, [s, sep, n]) => genSplit(s as B, sep, 0, intArg(n)) }],
  [
    'bytes.Title',
    {
      kind: 'pure',
      fn: (_c, [s]) => {
        let prev = 0x20;
        return mapBytes(s as B, (r) => {
          const out = isSeparator(prev) ? toTitle(r) : r;
          prev = r;
          return out;
        });
      },
    },
  ],
  ['bytes.ToLower', { kind: 'pure', fn: (_c, [s]) => asciiCase(s as B, 0x41, 0x5a, 0x20, toLower) }],
  ['bytes.ToTitle', { kind: 'pure', fn: (_c, [s]) => mapBytes(s as B, toTitle) }],
  ['bytes.ToUpper', { kind: 'pure', fn: (_c, [s]) => asciiCase(s as B, 0x61, 0x7a, -0x20, toUpper) }],
  ['bytes.ToValidUTF8', { kind: 'pure', fn: (_c, [s, r]) => toValidUTF8(s as B, r) }],
  ['bytes.Trim', { kind: 'pure', fn: (_c, [s, cs]) => trimBoth(s as B, cs as string, true, true) }],
  ['bytes.TrimLeft', { kind: 'pure', fn: (_c, [s, cs]) => trimBoth(s as B, cs as string, true, false) }],
  ['bytes.TrimRight', { kind: 'pure', fn: (_c, [s, cs]) => trimBoth(s as B, cs as string, false, true) }],
  [
    'bytes.TrimPrefix',
    {
      kind: 'pure',
      fn: (_c, [s, p]) => {
        const str = bstr(s);
        const pre = bstr(p);
        return str.startsWith(pre) ? sub(s as B, pre.length, str.length) : s;
      },
    },
  ],
  [
    'bytes.TrimSuffix',
    {
      kind: 'pure',
      fn: (_c, [s, p]) => {
        const str = bstr(s);
        const suf = bstr(p);
        return str.endsWith(suf) ? sub(s as B, 0, str.length - suf.length) : s;
      },
    },
  ],
  [
    'bytes.TrimSpace',
    {
      kind: 'pure',
      fn: (_c, [s]) => {
        const str = bstr(s);
        const [i, j] = trimSpaceBounds(str, 0, str.length);
        return i === j ? null : sub(s as B, i, j);
      },
    },
  ],
  ...bufferNatives,
]);

