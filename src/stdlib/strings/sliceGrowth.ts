// append's capacity growth for natives that append to slices (utf8.AppendRune,
// strings.Builder, bytes.Buffer): Go 1.19's runtime.growslice rule (double
// below 256 elements, then grow by (cap+768)/4 steps) followed by rounding the
// allocation up to a malloc size class (runtime.roundupsize), so cap() after
// an append in chanscope equals cap() after the same append in Go.
import { Slice, type Value } from '../../vm/value.js';

/** The malloc size classes of Go 1.19 (runtime/sizeclasses.go), in bytes. */
const SIZE_CLASSES = [
  0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256, 288, 320, 352, 384, 416, 448,
  480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280, 1408, 1536, 1792, 2048, 2304, 2688, 3072, 3200, 3456, 4096,
  4864, 5376, 6144, 6528, 6784, 6912, 8192, 9472, 9728, 10240, 10880, 12288, 13568, 14336, 16384, 18432, 19072,
  20480, 21760, 24576, 27264, 28672, 32768,
];
const MAX_SMALL_SIZE = 32768;
const PAGE_SIZE = 8192;

/** runtime.roundupsize: the size malloc really allocates for a request of `size` bytes. */
export function roundupsize(size: number): number {
  if (size < MAX_SMALL_SIZE) {
    let lo = 0;
    let hi = SIZE_CLASSES.length - 1;
    while (lo < hi) {
      const m = (lo + hi) >> 1;
      if (SIZE_CLASSES[m] < size) lo = m + 1;
      else hi = m;
    }
    return SIZE_CLASSES[lo];
  }
  return Math.ceil(size / PAGE_SIZE) * PAGE_SIZE;
}

/** runtime.growslice's new capacity for a slice of cap oldCap that must hold `needed` elements of elemSize bytes. */
export function growCap(oldCap: number, needed: number, elemSize: number): number {
  let newcap = oldCap;
  const doublecap = newcap + newcap;
  if (needed > doublecap) newcap = needed;
  else if (oldCap < 256) newcap = doublecap;
  else {
    while (newcap > 0 && newcap < needed) newcap += Math.floor((newcap + 3 * 256) / 4);
    if (newcap <= 0) newcap = needed;
  }
  return Math.floor(roundupsize(newcap * elemSize) / elemSize);
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
