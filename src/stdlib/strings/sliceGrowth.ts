// append on []byte for natives that append (utf8.AppendRune,
// strings.Builder, bytes.Buffer): the capacity after growth is Go 1.19's
// runtime.growslice (src/vm/slices.ts: grownCap), so cap() after an append
// in chanscope equals cap() after the same append in Go.
import { grownCap } from '../../vm/slices.js';
import { Slice, type Value } from '../../vm/value.js';

/** runtime.growslice's new capacity for a slice of cap oldCap that must hold `needed` elements of elemSize bytes. */
export function growCap(oldCap: number, needed: number, elemSize: number): number {
  return grownCap(oldCap, needed, elemSize);
}

/** `append(s, bytes[from:to]...)` for a []byte: in place when it fits, else into a new array as Go would. */
export function appendByteArray(s: Slice | null, src: ArrayLike<number>, from: number, to: number): Slice | null {
  const n = to - from;
  const len = s === null ? 0 : s.len;
  const cap = s === null ? 0 : s.cap;
  if (s !== null && len + n <= cap) {
    const a = s.arr;
    let k = s.off + len;
    for (let i = from; i < to; i++) a[k++] = src[i];
    return new Slice(a, s.off, len + n, cap);
  }
  if (n === 0) return s;
  const a = grown(s, len, cap, len + n);
  let k = len;
  for (let i = from; i < to; i++) a[k++] = src[i];
  return new Slice(a, 0, len + n, a.length);
}

/** `append(s, str...)` for a []byte and a byte string. */
export function appendByteString(s: Slice | null, str: string): Slice | null {
  const n = str.length;
  const len = s === null ? 0 : s.len;
  const cap = s === null ? 0 : s.cap;
  if (n === 0) return s;
  if (s !== null && len + n <= cap) {
    const a = s.arr;
    const k = s.off + len;
    for (let i = 0; i < n; i++) a[k + i] = str.charCodeAt(i);
    return new Slice(a, s.off, len + n, cap);
  }
  const a = grown(s, len, cap, len + n);
  for (let i = 0; i < n; i++) a[len + i] = str.charCodeAt(i);
  return new Slice(a, 0, len + n, a.length);
}

/** A new zeroed byte array with growslice's capacity, holding s's current bytes. */
function grown(s: Slice | null, len: number, cap: number, needed: number): Value[] {
  const newcap = growCap(cap, needed, 1);
  const a: Value[] = new Array(newcap).fill(0);
  if (s !== null) {
    const src = s.arr;
    for (let i = 0; i < len; i++) a[i] = src[s.off + i];
  }
  return a;
}
