// Slices: make, append (growing exactly like Go 1.19's runtime.growslice,
// since cap() makes capacities observable), copy, slice expressions and
// index checks with Go's panic texts (spec: Slice types, Appending to and
// copying slices, Slice expressions, Index expressions).
//
// A slice is a Slice header {arr, off, len, cap} over a JS Array whose length
// is the backing array's capacity; nil is null. Headers are never mutated:
// every operation returns a new one. Elements of array or struct type are
// their own JS arrays, so moving them into another backing array copies them
// (elem.copy), as memmove copies the bytes in Go.
import { GoFatalError } from '../runtime/panics.js';
import { Kind, type RType } from './rtype.js';
import {
  growsliceCap, indexOutOfRange, makesliceCap, makesliceLen, slice3Acap, slice3Alen, slice3B, slice3C,
  sliceAcap, sliceAlen, sliceB, convertSliceToArray,
} from './runtimeErrors.js';
import { noteAlloc } from './allocMeter.js';
import { roundupsize, sizeof } from './sizes.js';
import { Slice, type Int64, type Value } from './value.js';

/** runtime.maxAlloc on linux/amd64 (1 << heapAddrBits). */
const maxAlloc = 2 ** 48;

/**
 * The most elements one backing array may have here. Beyond it Go would
 * allocate (or die with `out of memory` itself); a JS engine cannot hold it.
 */
export const maxElems = 2 ** 27;

function outOfMemory(): GoFatalError {
  return new GoFatalError('runtime: out of memory');
}

/** Whether elements of t are JS arrays that assignment must copy. */
export function isAggregate(t: RType): boolean {
  return t.kind === Kind.Array || t.kind === Kind.Struct;
}

/** Fills arr[from:to] with zero values of elem (fresh ones for aggregates). */
export function fillZero(arr: Value[], from: number, to: number, elem: RType): void {
  if (isAggregate(elem)) {
    for (let i = from; i < to; i++) arr[i] = elem.zero();
  } else {
    const z = elem.zero();
    for (let i = from; i < to; i++) arr[i] = z;
  }
}

/** A new zeroed backing array of n elements. */
function newArray(n: number, elem: RType): Value[] {
  if (n > maxElems) throw outOfMemory();
  noteAlloc(n, sizeof(elem));
  const arr = new Array<Value>(n);
  fillZero(arr, 0, n, elem);
  return arr;
}

/** runtime.makeslice: make([]T, len, cap) with its panics. */
export function makeSlice(elem: RType, len: Int64, cap: Int64 = len): Slice {
  const size = sizeof(elem);
  if (typeof len === 'number' && typeof cap === 'number' && len >= 0 && len <= cap && cap * size <= maxAlloc) {
    return new Slice(newArray(cap, elem), 0, len, cap);
  }
  const l = Number(len);
  const c = Number(cap);
  // 'len out of range' when len alone is bad, even if cap is bad too (golang.org/issue/4085)
  if (l < 0 || l * size > maxAlloc) throw makesliceLen();
  if (c < l || c * size > maxAlloc) throw makesliceCap();
  throw outOfMemory();
}

/** A slice of all of arr (composite literals, variadic arguments). */
export function sliceOf(arr: Value[]): Slice {
  return new Slice(arr, 0, arr.length, arr.length);
}

/**
 * The capacity runtime.growslice picks for a slice of `oldCap` that must hold
 * `needed` elements of `size` bytes: double below 256, then grow by
 * (cap + 768) / 4 until enough, then round the byte size up to the malloc size
 * class. Zero-size elements get exactly `needed`.
 */
export function grownCap(oldCap: number, needed: number, size: number): number {
  if (size === 0) return needed;
  let newcap = oldCap;
  const doublecap = newcap + newcap;
  if (needed > doublecap) {
    newcap = needed;
  } else if (oldCap < 256) {
    newcap = doublecap;
  } else {
    while (newcap < needed) newcap += Math.floor((newcap + 768) / 4);
  }
  if (newcap > maxAlloc / size) throw growsliceCap();
  return Math.floor(roundupsize(newcap * size) / size);
}

/**
 * Moves n elements from src[srcOff..] to dst[dstOff..] like memmove (correct
 * for overlapping ranges of one array), copying aggregate elements.
 */
export function moveElems(dst: Value[], dstOff: number, src: Value[], srcOff: number, n: number, elem: RType): void {
  const agg = isAggregate(elem);
  if (dst === src && dstOff > srcOff) {
    for (let i = n - 1; i >= 0; i--) dst[dstOff + i] = agg ? elem.copy(src[srcOff + i]) : src[srcOff + i];
  } else if (agg) {
    for (let i = 0; i < n; i++) dst[dstOff + i] = elem.copy(src[srcOff + i]);
  } else {
    for (let i = 0; i < n; i++) dst[dstOff + i] = src[srcOff + i];
  }
}

/** A copy of s's elements in a new backing array with room for `needed` elements (runtime.growslice). */
function grow(elem: RType, s: Slice | null, needed: number): Slice {
  const oldLen = s === null ? 0 : s.len;
  const oldCap = s === null ? 0 : s.cap;
  const cap = grownCap(oldCap, needed, sizeof(elem));
  if (cap > maxElems) throw outOfMemory();
  noteAlloc(cap, sizeof(elem));
  const arr = new Array<Value>(cap);
  if (s !== null) moveElems(arr, 0, s.arr, s.off, oldLen, elem);
  // the slots append fills are written by the caller; the rest are zeroed
  fillZero(arr, needed, cap, elem);
  return new Slice(arr, 0, oldLen, cap);
}

/** append(s, v). v must already be a copy when it is an aggregate. */
export function append1(elem: RType, s: Slice | null, v: Value): Slice {
  if (s !== null && s.len < s.cap) {
    s.arr[s.off + s.len] = v;
    return new Slice(s.arr, s.off, s.len + 1, s.cap);
  }
  const g = grow(elem, s, (s === null ? 0 : s.len) + 1);
  g.arr[g.len] = v;
  g.len++;
  return g;
}

/** append(s, vs[0], vs[1], ...). The values must already be copies when they are aggregates. */
export function appendValues(elem: RType, s: Slice | null, vs: Value[]): Slice | null {
  const n = vs.length;
  if (n === 0) return s;
  const len = s === null ? 0 : s.len;
  const t = s !== null && len + n <= s.cap ? new Slice(s.arr, s.off, len + n, s.cap) : grow(elem, s, len + n);
  const base = t.off + len;
  for (let i = 0; i < n; i++) t.arr[base + i] = vs[i];
  t.len = len + n;
  return t;
}

/** append(s, t...): t's elements are copied (memmove semantics when t overlaps s). Returns s (maybe nil) when t is empty. */
export function appendSlice(elem: RType, s: Slice | null, t: Slice | null): Slice | null {
  if (t === null || t.len === 0) return s;
  const len = s === null ? 0 : s.len;
  const n = t.len;
  let r: Slice;
  if (s !== null && len + n <= s.cap) {
    r = new Slice(s.arr, s.off, len + n, s.cap);
  } else {
    r = grow(elem, s, len + n);
    r.len = len + n;
  }
  moveElems(r.arr, r.off + len, t.arr, t.off, n, elem);
  return r;
}

/** append(b, str...) for a []byte b and a (byte) string. */
export function appendString(elem: RType, s: Slice | null, str: string): Slice | null {
  const n = str.length;
  if (n === 0) return s;
  const len = s === null ? 0 : s.len;
  let r: Slice;
  if (s !== null && len + n <= s.cap) {
    r = new Slice(s.arr, s.off, len + n, s.cap);
  } else {
    r = grow(elem, s, len + n);
    r.len = len + n;
  }
  const base = r.off + len;
  for (let i = 0; i < n; i++) r.arr[base + i] = str.charCodeAt(i);
  return r;
}

/** copy(dst, src): the number of elements copied, min(len(dst), len(src)). */
export function copySlice(elem: RType, dst: Slice | null, src: Slice | null): number {
  if (dst === null || src === null) return 0;
  const n = dst.len < src.len ? dst.len : src.len;
  if (n > 0) moveElems(dst.arr, dst.off, src.arr, src.off, n, elem);
  return n;
}

/** copy(dst, str) for a []byte dst. */
export function copyString(dst: Slice | null, str: string): number {
  if (dst === null) return 0;
  const n = dst.len < str.length ? dst.len : str.length;
  const arr = dst.arr;
  const off = dst.off;
  for (let i = 0; i < n; i++) arr[off + i] = str.charCodeAt(i);
  return n;
}

/** clear(s) (Go 1.21): zero every element of s. */
export function clearSlice(elem: RType, s: Slice | null): void {
  if (s !== null) fillZero(s.arr, s.off, s.off + s.len, elem);
}

// ------------------------------------------------------------------ indexing

/** Checks 0 <= i < len and returns i as a number; panics `index out of range`. */
export function checkIndex(i: Int64, len: number): number {
  if (typeof i === 'number' && i >= 0 && i < len) return i;
  throw indexOutOfRange(i, len);
}

/** s[i] of a slice (nil slices have length 0). */
export function sliceIndex(s: Slice | null, i: Int64): Value {
  if (s !== null && typeof i === 'number' && i >= 0 && i < s.len) return s.arr[s.off + i];
  throw indexOutOfRange(i, s === null ? 0 : s.len);
}

/** s[i] = v of a slice. */
export function sliceStore(s: Slice | null, i: Int64, v: Value): void {
  if (s !== null && typeof i === 'number' && i >= 0 && i < s.len) {
    s.arr[s.off + i] = v;
    return;
  }
  throw indexOutOfRange(i, s === null ? 0 : s.len);
}

/** str[i] of a byte string: the byte. */
export function stringIndex(str: string, i: Int64): number {
  if (typeof i === 'number' && i >= 0 && i < str.length) return str.charCodeAt(i);
  throw indexOutOfRange(i, str.length);
}

// ------------------------------------------------------------------ slice expressions

/**
 * s[lo:hi] or s[lo:hi:max] of a slice; omitted indices are undefined. Checks
 * in gc's order (max, then hi, then lo) with its messages. A nil slice stays nil.
 */
export function sliceSlice(s: Slice | null, lo: Int64 | undefined, hi: Int64 | undefined, max?: Int64): Slice | null {
  const len = s === null ? 0 : s.len;
  const cap = s === null ? 0 : s.cap;
  const l = lo === undefined ? 0 : lo;
  let h: Int64;
  let m: Int64;
  if (max === undefined) {
    h = hi === undefined ? len : hi;
    if (!(h >= 0 && h <= cap)) throw sliceAcap(h, cap);
    if (!(l >= 0 && l <= h)) throw sliceB(l, h);
    m = cap;
  } else {
    h = hi as Int64;
    m = max;
    if (!(m >= 0 && m <= cap)) throw slice3Acap(m, cap);
    if (!(h >= 0 && h <= m)) throw slice3B(h, m);
    if (!(l >= 0 && l <= h)) throw slice3C(l, h);
  }
  if (s === null) return null;
  const ln = l as number;
  return new Slice(s.arr, s.off + ln, (h as number) - ln, (m as number) - ln);
}

/** a[lo:hi] or a[lo:hi:max] of an (addressable) array or pointer to array: bounds say `with length`. */
export function sliceArray(arr: Value[], lo: Int64 | undefined, hi: Int64 | undefined, max?: Int64): Slice {
  const n = arr.length;
  const l = lo === undefined ? 0 : lo;
  let h: Int64;
  let m: Int64;
  if (max === undefined) {
    h = hi === undefined ? n : hi;
    if (!(h >= 0 && h <= n)) throw sliceAlen(h, n);
    if (!(l >= 0 && l <= h)) throw sliceB(l, h);
    m = n;
  } else {
    h = hi as Int64;
    m = max;
    if (!(m >= 0 && m <= n)) throw slice3Alen(m, n);
    if (!(h >= 0 && h <= m)) throw slice3B(h, m);
    if (!(l >= 0 && l <= h)) throw slice3C(l, h);
  }
  const ln = l as number;
  return new Slice(arr, ln, (h as number) - ln, (m as number) - ln);
}

/** str[lo:hi] of a byte string. */
export function sliceString(str: string, lo: Int64 | undefined, hi: Int64 | undefined): string {
  const n = str.length;
  const l = lo === undefined ? 0 : lo;
  const h = hi === undefined ? n : hi;
  if (!(h >= 0 && h <= n)) throw sliceAlen(h, n);
  if (!(l >= 0 && l <= h)) throw sliceB(l, h);
  return str.substring(l as number, h as number);
}

/** (*[n]T)(s) (spec: Conversions from slice to array pointer): a nil slice gives a nil pointer when n == 0. */
export function sliceToArrayCheck(s: Slice | null, n: number): void {
  const len = s === null ? 0 : s.len;
  if (len < n) throw convertSliceToArray(n, len);
}
