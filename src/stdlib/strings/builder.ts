// strings.Builder's methods (builder.go) over the declared struct
// `Builder{addr *Builder; buf []byte}`: the struct is a JS array, so `addr`
// holds the array itself once used and a copy by value (a new array with the
// old addr) is caught as Go's copyCheck does. buf grows as Go's append and
// Grow do, so Cap() answers as in Go.
import type { NativeCtx } from '../../vm/native.js';
import { Slice, type Value } from '../../vm/value.js';
import { panicString } from '../goPanic.js';
import { appendByteArray, appendByteString } from './sliceGrowth.js';
import { bytesToString, pushRune } from './utf8Bytes.js';
import { nilDeref } from '../../vm/runtimeErrors.js';

/** The Builder struct: [addr, buf]. */
export type BuilderValue = [Value, Slice | null];

function nilCheck(b: Value): asserts b is BuilderValue {
  if (b === null) throw nilDeref();
}

function copyCheck(c: NativeCtx, b: BuilderValue): void {
  if (b[0] === null) b[0] = b;
  else if (b[0] !== b) panicString(c, 'strings: illegal use of non-zero Builder copied by value');
}

/**
 * String() results so far per backing array: a Builder only ever appends
 * past len, so the bytes below a cached length never change and String()
 * converts only what was written since (a loop of WriteString+String stays linear).
 */
const converted = new WeakMap<Value[], { len: number; str: string }>();

export function builderString(b: Value): string {
  nilCheck(b);
  const buf = b[1];
  if (buf === null || buf.len === 0) return '';
  const arr = buf.arr;
  if (buf.off !== 0) return bytesToString(arr as number[], buf.off, buf.off + buf.len);
  const prev = converted.get(arr);
  let str: string;
  if (prev === undefined) str = bytesToString(arr as number[], 0, buf.len);
  else if (prev.len >= buf.len) return prev.len === buf.len ? prev.str : prev.str.substring(0, buf.len);
  else str = prev.str + bytesToString(arr as number[], prev.len, buf.len);
  converted.set(arr, { len: buf.len, str });
  return str;
}

export function builderLen(b: Value): number {
  nilCheck(b);
  return b[1] === null ? 0 : b[1].len;
}

export function builderCap(b: Value): number {
  nilCheck(b);
  return b[1] === null ? 0 : b[1].cap;
}

export function builderReset(b: Value): void {
  nilCheck(b);
  b[0] = null;
  b[1] = null;
}

/** Builder.grow: a new buffer of exactly 2*cap+n (make, not append: no size-class rounding). */
function grow(b: BuilderValue, n: number): void {
  const buf = b[1];
  const len = buf === null ? 0 : buf.len;
  const cap = 2 * (buf === null ? 0 : buf.cap) + n;
  const arr: Value[] = new Array(cap).fill(0);
  if (buf !== null) for (let i = 0; i < len; i++) arr[i] = buf.arr[buf.off + i];
  b[1] = new Slice(arr, 0, len, cap);
}

export function builderGrow(c: NativeCtx, b: Value, nv: Value): void {
  nilCheck(b);
  copyCheck(c, b);
  const n = Number(nv);
  if (n < 0) panicString(c, 'strings.Builder.Grow: negative count');
  const buf = b[1];
  const free = buf === null ? 0 : buf.cap - buf.len;
  if (free < n) grow(b, n);
}

export function builderWrite(c: NativeCtx, b: Value, p: Value): Value[] {
  nilCheck(b);
  copyCheck(c, b);
  const s = p as Slice | null;
  if (s === null) return [0, null];
  b[1] = appendByteArray(b[1], s.arr as number[], s.off, s.off + s.len);
  return [s.len, null];
}

export function builderWriteByte(c: NativeCtx, b: Value, v: Value): Value {
  nilCheck(b);
  copyCheck(c, b);
  b[1] = appendByteArray(b[1], [v as number], 0, 1);
  return null;
}

export function builderWriteRune(c: NativeCtx, b: Value, rv: Value): Value[] {
  nilCheck(b);
  copyCheck(c, b);
  const r = rv as number;
  if (r >>> 0 < 0x80) {
    b[1] = appendByteArray(b[1], [r], 0, 1);
    return [1, null];
  }
  // Go makes room for utf8.UTFMax bytes with grow, then encodes in place
  const free = b[1] === null ? 0 : b[1].cap - b[1].len;
  if (free < 4) grow(b, 4);
  const buf = b[1] as Slice;
  const bytes: number[] = [];
  const n = pushRune(bytes, r);
  for (let i = 0; i < n; i++) buf.arr[buf.off + buf.len + i] = bytes[i];
  b[1] = new Slice(buf.arr, buf.off, buf.len + n, buf.cap);
  return [n, null];
}

export function builderWriteString(c: NativeCtx, b: Value, s: Value): Value[] {
  nilCheck(b);
  copyCheck(c, b);
  b[1] = appendByteString(b[1], s as string);
  return [(s as string).length, null];
}
