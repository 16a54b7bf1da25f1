// Natives of package math/bits (declared in src/stdlib/api/math_bits.ts).
// uint and uint64 values are numbers when they are safe integers, else
// bigints (src/vm/README.md); the 64-bit operations split them into 32-bit
// halves (or use BigInt for carries and 128-bit products). Div64 and friends
// panic with Go's runtime errors (bits_errors.go: divideError, overflowError).
import { GoRuntimePanic } from '../../../runtime/panics.js';
import type { NativeImpl } from '../../../vm/native.js';
import type { Value } from '../../../vm/value.js';

type U64 = number | bigint;
const M64 = (1n << 64n) - 1n;
const TWO32 = 4294967296;

/** The canonical VM value of an unsigned 64-bit bigint. */
export function u64(b: bigint): U64 {
  return b <= 9007199254740991n ? Number(b) : b;
}

const big = (v: Value): bigint => (typeof v === 'bigint' ? v : BigInt(v as number));
const hi32 = (v: U64): number => (typeof v === 'bigint' ? Number(v >> 32n) : Math.floor(v / TWO32));
const lo32 = (v: U64): number => (typeof v === 'bigint' ? Number(v & 0xffffffffn) : v % TWO32);
const fromHalves = (hi: number, lo: number): U64 => (hi < 0x200000 ? hi * TWO32 + lo : (BigInt(hi) << 32n) | BigInt(lo));

function len32(x: number): number {
  return x === 0 ? 0 : 32 - Math.clz32(x);
}

function len64(x: U64): number {
  const h = hi32(x);
  return h !== 0 ? 32 + len32(h) : len32(lo32(x));
}

function ctz32(x: number): number {
  if (x === 0) return 32;
  return 31 - Math.clz32(x & -x);
}

function trailing64(x: U64): number {
  const l = lo32(x);
  if (l !== 0) return ctz32(l);
  const h = hi32(x);
  return h === 0 ? 64 : 32 + ctz32(h);
}

function pop32(x: number): number {
  x = x - ((x >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

function rev32(x: number): number {
  x = ((x >>> 1) & 0x55555555) | ((x & 0x55555555) << 1);
  x = ((x >>> 2) & 0x33333333) | ((x & 0x33333333) << 2);
  x = ((x >>> 4) & 0x0f0f0f0f) | ((x & 0x0f0f0f0f) << 4);
  x = ((x >>> 8) & 0x00ff00ff) | ((x & 0x00ff00ff) << 8);
  return ((x >>> 16) | (x << 16)) >>> 0;
}

function revBytes32(x: number): number {
  return (((x & 0xff) << 24) | ((x & 0xff00) << 8) | ((x >>> 8) & 0xff00) | (x >>> 24)) >>> 0;
}

/** s = uint(k) & (n-1) for an int k (number or bigint). */
function rotation(k: Value, n: number): number {
  if (typeof k === 'bigint') return Number(BigInt.asUintN(64, k) & BigInt(n - 1));
  const r = (k as number) % n;
  return r < 0 ? r + n : r;
}

function rotl64(x: U64, k: Value): U64 {
  const s = rotation(k, 64);
  if (s === 0) return x;
  const b = big(x);
  return u64(((b << BigInt(s)) | (b >> BigInt(64 - s))) & M64);
}

function rotl32(x: number, k: Value): number {
  const s = rotation(k, 32);
  return ((x << s) | (x >>> (32 - s))) >>> 0;
}

function rotlSmall(x: number, k: Value, n: number): number {
  const s = rotation(k, n);
  const mask = (1 << n) - 1;
  return ((x << s) | (x >>> (n - s))) & mask;
}

function add64(x: U64, y: U64, carry: U64): U64[] {
  const bx = big(x);
  const by = big(y);
  const sum = (bx + by + big(carry)) & M64;
  const carryOut = ((bx & by) | ((bx | by) & ~sum & M64)) >> 63n;
  return [u64(sum), Number(carryOut)];
}

function sub64(x: U64, y: U64, borrow: U64): U64[] {
  const bx = big(x);
  const by = big(y);
  const diff = BigInt.asUintN(64, bx - by - big(borrow));
  const borrowOut = (((~bx & M64) & by) | ((~(bx ^ by) & M64) & diff)) >> 63n;
  return [u64(diff), Number(borrowOut)];
}

function add32(x: number, y: number, carry: number): number[] {
  const sum = (x + y + carry) >>> 0;
  const carryOut = ((x & y) | ((x | y) & ~sum)) >>> 31;
  return [sum, carryOut];
}

function sub32(x: number, y: number, borrow: number): number[] {
  const diff = (x - y - borrow) >>> 0;
  const borrowOut = ((~x & y) | (~(x ^ y) & diff)) >>> 31;
  return [diff, borrowOut];
}

function mul64(x: U64, y: U64): U64[] {
  const p = big(x) * big(y);
  return [u64(p >> 64n), u64(p & M64)];
}

function mul32(x: number, y: number): number[] {
  const p = BigInt(x) * BigInt(y);
  return [Number(p >> 32n), Number(p & 0xffffffffn)];
}

const divideError = () => new GoRuntimePanic('integer divide by zero', true);
const overflowError = () => new GoRuntimePanic('integer overflow', true);

function div64(hi: U64, lo: U64, y: U64): U64[] {
  const by = big(y);
  const bh = big(hi);
  if (by === 0n) throw divideError();
  if (by <= bh) throw overflowError();
  const n = (bh << 64n) | big(lo);
  return [u64(n / by), u64(n % by)];
}

function rem64(hi: U64, lo: U64, y: U64): U64 {
  const by = big(y);
  if (by === 0n) throw divideError(); // hi%y
  const n = ((big(hi) % by) << 64n) | big(lo);
  return u64(n % by);
}

function div32(hi: number, lo: number, y: number): number[] {
  if (y !== 0 && y <= hi) throw overflowError();
  if (y === 0) throw divideError();
  const n = (BigInt(hi) << 32n) | BigInt(lo);
  return [Number((n / BigInt(y)) & 0xffffffffn), Number(n % BigInt(y))];
}

function rem32(hi: number, lo: number, y: number): number {
  if (y === 0) throw divideError();
  return Number(((BigInt(hi) << 32n) | BigInt(lo)) % BigInt(y));
}

const n1 = (f: (x: number) => Value): NativeImpl => ({ kind: 'pure', fn: (_c, [x]) => f(x as number) });
const w1 = (f: (x: U64) => Value): NativeImpl => ({ kind: 'pure', fn: (_c, [x]) => f(x as U64) });

const reverse64 = (x: U64): U64 => fromHalves(rev32(lo32(x)), rev32(hi32(x)));
const reverseBytes64 = (x: U64): U64 => fromHalves(revBytes32(lo32(x)), revBytes32(hi32(x)));
const ones64 = (x: U64): number => pop32(hi32(x)) + pop32(lo32(x));

export const bitsNatives = new Map<string, NativeImpl>([
  ['math/bits.LeadingZeros', w1((x) => 64 - len64(x))],
  ['math/bits.LeadingZeros8', n1((x) => 8 - len32(x))],
  ['math/bits.LeadingZeros16', n1((x) => 16 - len32(x))],
  ['math/bits.LeadingZeros32', n1((x) => 32 - len32(x))],
  ['math/bits.LeadingZeros64', w1((x) => 64 - len64(x))],
  ['math/bits.TrailingZeros', w1(trailing64)],
  ['math/bits.TrailingZeros8', n1((x) => (x === 0 ? 8 : ctz32(x)))],
  ['math/bits.TrailingZeros16', n1((x) => (x === 0 ? 16 : ctz32(x)))],
  ['math/bits.TrailingZeros32', n1(ctz32)],
  ['math/bits.TrailingZeros64', w1(trailing64)],
  ['math/bits.OnesCount', w1(ones64)],
  ['math/bits.OnesCount8', n1(pop32)],
  ['math/bits.OnesCount16', n1(pop32)],
  ['math/bits.OnesCount32', n1(pop32)],
  ['math/bits.OnesCount64', w1(ones64)],
  ['math/bits.RotateLeft', { kind: 'pure', fn: (_c, [x, k]) => rotl64(x as U64, k) }],
  ['math/bits.RotateLeft8', { kind: 'pure', fn: (_c, [x, k]) => rotlSmall(x as number, k, 8) }],
  ['math/bits.RotateLeft16', { kind: 'pure', fn: (_c, [x, k]) => rotlSmall(x as number, k, 16) }],
  ['math/bits.RotateLeft32', { kind: 'pure', fn: (_c, [x, k]) => rotl32(x as number, k) }],
  ['math/bits.RotateLeft64', { kind: 'pure', fn: (_c, [x, k]) => rotl64(x as U64, k) }],
  ['math/bits.Reverse', w1(reverse64)],
  ['math/bits.Reverse8', n1((x) => rev32(x) >>> 24)],
  ['math/bits.Reverse16', n1((x) => rev32(x) >>> 16)],
  ['math/bits.Reverse32', n1(rev32)],
  ['math/bits.Reverse64', w1(reverse64)],
  ['math/bits.ReverseBytes', w1(reverseBytes64)],
  ['math/bits.ReverseBytes16', n1((x) => ((x & 0xff) << 8) | (x >>> 8))],
  ['math/bits.ReverseBytes32', n1(revBytes32)],
  ['math/bits.ReverseBytes64', w1(reverseBytes64)],
  ['math/bits.Len', w1(len64)],
  ['math/bits.Len8', n1(len32)],
  ['math/bits.Len16', n1(len32)],
  ['math/bits.Len32', n1(len32)],
  ['math/bits.Len64', w1(len64)],
  ['math/bits.Add', { kind: 'pure', fn: (_c, [x, y, c]) => add64(x as U64, y as U64, c as U64) }],
  ['math/bits.Add32', { kind: 'pure', fn: (_c, [x, y, c]) => add32(x as number, y as number, c as number) }],
  ['math/bits.Add64', { kind: 'pure', fn: (_c, [x, y, c]) => add64(x as U64, y as U64, c as U64) }],
  ['math/bits.Sub', { kind: 'pure', fn: (_c, [x, y, b]) => sub64(x as U64, y as U64, b as U64) }],
  ['math/bits.Sub32', { kind: 'pure', fn: (_c, [x, y, b]) => sub32(x as number, y as number, b as number) }],
  ['math/bits.Sub64', { kind: 'pure', fn: (_c, [x, y, b]) => sub64(x as U64, y as U64, b as U64) }],
  ['math/bits.Mul', { kind: 'pure', fn: (_c, [x, y]) => mul64(x as U64, y as U64) }],
  ['math/bits.Mul32', { kind: 'pure', fn: (_c, [x, y]) => mul32(x as number, y as number) }],
  ['math/bits.Mul64', { kind: 'pure', fn: (_c, [x, y]) => mul64(x as U64, y as U64) }],
  ['math/bits.Div', { kind: 'pure', fn: (_c, [h, l, y]) => div64(h as U64, l as U64, y as U64) }],
  ['math/bits.Div32', { kind: 'pure', fn: (_c, [h, l, y]) => div32(h as number, l as number, y as number) }],
  ['math/bits.Div64', { kind: 'pure', fn: (_c, [h, l, y]) => div64(h as U64, l as U64, y as U64) }],
  ['math/bits.Rem', { kind: 'pure', fn: (_c, [h, l, y]) => rem64(h as U64, l as U64, y as U64) }],
  ['math/bits.Rem32', { kind: 'pure', fn: (_c, [h, l, y]) => rem32(h as number, l as number, y as number) }],
  ['math/bits.Rem64', { kind: 'pure', fn: (_c, [h, l, y]) => rem64(h as U64, l as U64, y as U64) }],
]);
