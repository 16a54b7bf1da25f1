// bytes.Buffer's writing methods (buffer.go) over the declared struct
// `Buffer{buf []byte; off int; lastRead readOp}` (a JS array [buf, off,
// lastRead]): the same tryGrowByReslice/grow steps as Go, so Len, Cap and the
// bytes a later Bytes() sees are Go's.
import type { NativeCtx, NativeImpl } from '../../vm/native.js';
import { Slice, type Value } from '../../vm/value.js';
import { panicString } from '../goPanic.js';
import { growCap } from '../strings/sliceGrowth.js';
import { pushRune } from '../strings/utf8Bytes.js';
import { nilDeref, sliceB } from '../../vm/runtimeErrors.js';

/** [buf, off, lastRead] */
type Buf = [Slice | null, number, number];

const SMALL_BUFFER_SIZE = 64;
const OP_READ = -1;
const OP_INVALID = 0;

function recv(b: Value): Buf {
  if (b === null) throw nilDeref();
  return b as Buf;
}

const len = (s: Slice | null) => (s === null ? 0 : s.len);
const cap = (s: Slice | null) => (s === null ? 0 : s.cap);
/** s[:n] (nil stays nil when n is 0). */
const reslice = (s: Slice | null, n: number): Slice | null => (s === null ? null : new Slice(s.arr, s.off, n, s.cap));

function reset(b: Buf): void {
  b[0] = reslice(b[0], 0);
  b[1] = 0;
  b[2] = OP_INVALID;
}

/** Buffer.tryGrowByReslice: the write index, or -1 when the capacity is short. */
function tryGrowByReslice(b: Buf, n: number): number {
  const l = len(b[0]);
  if (n <= cap(b[0]) - l) {
    b[0] = reslice(b[0], l + n);
    return l;
  }
  return -1;
}

/** Buffer.grow: room for n more bytes (slide the data down or reallocate as Go does); returns the write index. */
export function bufferGrow(b: Buf, n: number): number {
  const m = len(b[0]) - b[1];
  if (m === 0 && b[1] !== 0) reset(b);
  const i = tryGrowByReslice(b, n);
  if (i >= 0) return i;
  if (b[0] === null && n <= SMALL_BUFFER_SIZE) {
    b[0] = new Slice(new Array(SMALL_BUFFER_SIZE).fill(0), 0, n, SMALL_BUFFER_SIZE);
    return 0;
  }
  const buf = b[0];
  const c = cap(buf);
  const off = b[1];
  if (n <= Math.floor(c / 2) - m) {
    // copy(b.buf, b.buf[b.off:])
    const s = buf as Slice;
    for (let k = 0; k < m; k++) s.arr[s.off + k] = s.arr[s.off + off + k];
    b[0] = new Slice(s.arr, s.off, m + n, s.cap);
  } else {
    // growSlice(b.buf[b.off:], b.off+n): append([]byte(nil), make([]byte, c)...) with c >= 2*cap
    const restCap = c - off;
    let want = m + off + n;
    if (want < 2 * restCap) want = 2 * restCap;
    const newCap = growCap(0, want, 1);
    const arr: Value[] = new Array(newCap).fill(0);
    if (buf !== null) for (let k = 0; k < m; k++) arr[k] = buf.arr[buf.off + off + k];
    b[0] = new Slice(arr, 0, m + n, newCap);
  }
  b[1] = 0;
  return m;
}

function writeAt(b: Buf, m: number, bytes: ArrayLike<number> | string): void {
  const s = b[0] as Slice;
  if (typeof bytes === 'string') for (let k = 0; k < bytes.length; k++) s.arr[s.off + m + k] = bytes.charCodeAt(k);
  else for (let k = 0; k < bytes.length; k++) s.arr[s.off + m + k] = bytes[k];
}

function write(b: Buf, bytes: ArrayLike<number> | string): number {
  b[2] = OP_INVALID;
  let m = tryGrowByReslice(b, bytes.length);
  if (m < 0) m = bufferGrow(b, bytes.length);
  writeAt(b, m, bytes);
  return bytes.length;
}

function sliceBytes(p: Value): number[] {
  const s = p as Slice | null;
  return s === null ? [] : (s.arr.slice(s.off, s.off + s.len) as number[]);
}

function truncate(c: NativeCtx, b: Buf, nv: Value): void {
  const n = Number(nv);
  if (n === 0) {
    reset(b);
    return;
  }
  b[2] = OP_INVALID;
  if (n < 0 || n > len(b[0]) - b[1]) panicString(c, 'bytes.Buffer: truncation out of range');
  b[0] = reslice(b[0], b[1] + n);
}

function grow(c: NativeCtx, b: Buf, nv: Value): void {
  const n = Number(nv);
  if (n < 0) panicString(c, 'bytes.Buffer.Grow: negative count');
  const m = bufferGrow(b, n);
  b[0] = reslice(b[0], m);
}

function writeRune(b: Buf, r: number): Value[] {
  if (r >>> 0 < 0x80) {
    write(b, [r]);
    return [1, null];
  }
  b[2] = OP_INVALID;
  let m = tryGrowByReslice(b, 4);
  if (m < 0) m = bufferGrow(b, 4);
  const bytes: number[] = [];
  const n = pushRune(bytes, r);
  writeAt(b, m, bytes);
  b[0] = reslice(b[0], m + n);
  return [n, null];
}

/** Buffer.Next: the next n bytes as a slice of the buffer (valid until the next write). */
function next(b: Buf, nv: Value): Slice | null {
  b[2] = OP_INVALID;
  let n = Number(nv);
  const m = len(b[0]) - b[1];
  if (n > m) n = m;
  const off = b[1];
  if (n < 0) throw sliceB(off, off + n); // b.buf[b.off : b.off+n]
  const s = b[0];
  const data = s === null ? null : new Slice(s.arr, s.off + off, n, s.cap - off);
  b[1] = off + n;
  if (n > 0) b[2] = OP_READ;
  return data;
}

export const bufferNatives: [string, NativeImpl][] = [
  ['bytes.(*Buffer).Truncate', { kind: 'pure', fn: (c, [b, n]) => truncate(c, recv(b), n) }],
  ['bytes.(*Buffer).Reset', { kind: 'pure', fn: (_c, [b]) => reset(recv(b)) }],
  ['bytes.(*Buffer).Grow', { kind: 'pure', fn: (c, [b, n]) => grow(c, recv(b), n) }],
  ['bytes.(*Buffer).grow', { kind: 'pure', fn: (_c, [b, n]) => bufferGrow(recv(b), Number(n)) }],
  ['bytes.(*Buffer).Write', { kind: 'pure', fn: (_c, [b, p]) => [write(recv(b), sliceBytes(p)), null] }],
  ['bytes.(*Buffer).WriteString', { kind: 'pure', fn: (_c, [b, s]) => [write(recv(b), s as string), null] }],
  ['bytes.(*Buffer).WriteByte', { kind: 'pure', fn: (_c, [b, v]) => (write(recv(b), [v as number]), null) }],
  ['bytes.(*Buffer).WriteRune', { kind: 'pure', fn: (_c, [b, r]) => writeRune(recv(b), r as number) }],
  ['bytes.(*Buffer).Next', { kind: 'pure', fn: (_c, [b, n]) => next(recv(b), n) }],
];
