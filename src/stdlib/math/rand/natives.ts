// Natives of package math/rand (declared in src/stdlib/api/math_rand.ts),
// Go 1.19's algorithms (rand.go, normal.go, exp.go) over Go's generator
// (rngSource.ts), so seeded sequences are exactly Go's. The package-level
// functions use a global source seeded with 1, as Go 1.19 does, one per
// running program.
//
// A *Rand is the struct array [src, s64, readVal, readPos]. NewSource's
// Source carries the generator itself; any other Source (one a program
// writes) is called through its methods, with Go's signed arithmetic on
// what its Int63 returns.
import type { NativeCtx, NativeImpl } from '../../../vm/native.js';
import { Kind, type RType } from '../../../vm/rtype.js';
import { makesliceLen, nilDeref } from '../../../vm/runtimeErrors.js';
import { Iface, Slice, type Value } from '../../../vm/value.js';
import { exp, log } from '../expLog.js';
import { panicString } from '../../goPanic.js';
import { int64Value, RngSource } from './rngSource.js';
import { expTables, normalTables } from './ziggurat.js';

type Int64 = number | bigint;

/**
 * What the derived methods draw from: next63() leaves Int63's result and
 * next() Uint64's in outHi/outLo as the halves of its 64-bit pattern.
 */
interface Src {
  outHi: number;
  outLo: number;
  next63(): void;
  next(): void;
}

const M64 = (1n << 64n) - 1n;

/** A Source the program implements: its Int63 and (Source64) Uint64 methods, called from here. */
class MethodSource implements Src {
  outHi = 0;
  outLo = 0;
  constructor(private readonly c: NativeCtx, private readonly src: Iface, private readonly s64: Iface | null) {}
  private set(v: Value): void {
    const b = BigInt.asUintN(64, BigInt(v as Int64));
    this.outHi = Number(b >> 32n);
    this.outLo = Number(b & 0xffffffffn);
  }
  next63(): void {
    this.set(this.c.callMethod(this.src.type, 'Int63', this.src.value, [])[0]);
  }
  next(): void {
    if (this.s64 !== null) {
      this.set(this.c.callMethod(this.s64.type, 'Uint64', this.s64.value, [])[0]);
      return;
    }
    // uint64(r.Int63())>>31 | uint64(r.Int63())<<32
    this.next63();
    const a = (BigInt(this.outHi) << 32n) | BigInt(this.outLo);
    this.next63();
    const b = (BigInt(this.outHi) << 32n) | BigInt(this.outLo);
    this.set((a >> 31n) | ((b << 32n) & M64));
  }
}

const canon = (b: bigint): Int64 => (b <= 9007199254740991n && b >= -9007199254740991n ? Number(b) : b);

/** A signed int64 from the halves of its pattern, canonical (number when safe). */
function signed(hi: number, lo: number): Int64 {
  if (hi < 0x80000000) return int64Value(hi, lo);
  return canon(BigInt.asIntN(64, (BigInt(hi) << 32n) | BigInt(lo)));
}

// ---------------------------------------------------------------- values derived from the source (rand.go)

function int63(g: Src): Int64 {
  g.next63();
  return signed(g.outHi, g.outLo);
}

function int63Big(g: Src): bigint {
  g.next63();
  return BigInt.asIntN(64, (BigInt(g.outHi) << 32n) | BigInt(g.outLo));
}

/** Rand.Int: uint(r.Int63()) << 1 >> 1 (the sign bit cleared). */
function int(g: Src): Int64 {
  g.next63();
  return int64Value(g.outHi & 0x7fffffff, g.outLo);
}

/** uint32(r.Int63() >> 31) */
function uint32(g: Src): number {
  g.next63();
  return ((g.outHi << 1) | (g.outLo >>> 31)) >>> 0;
}

function uint64(g: Src): Int64 {
  g.next();
  return int64Value(g.outHi, g.outLo);
}

/** int32(r.Int63() >> 32) */
function int31(g: Src): number {
  g.next63();
  return g.outHi | 0;
}

function int63n(c: NativeCtx, g: Src, nv: Int64): Int64 {
  const n = BigInt(nv);
  if (n <= 0n) panicString(c, 'invalid argument to Int63n');
  if ((n & (n - 1n)) === 0n) return canon(int63Big(g) & (n - 1n));
  const max = (1n << 63n) - 1n - ((1n << 63n) % n);
  let v = int63Big(g);
  while (v > max) v = int63Big(g);
  return canon(v % n);
}

function int31n(c: NativeCtx, g: Src, n: number): number {
  if (n <= 0) panicString(c, 'invalid argument to Int31n');
  if ((n & (n - 1)) === 0) return int31(g) & (n - 1);
  const max = 2147483647 - (2147483648 % n);
  let v = int31(g);
  while (v > max) v = int31(g);
  return v % n;
}

/** The high and low 32 bits of v*n (v < 2**32, n < 2**31), exactly. */
function mulHiLo(v: number, n: number): [number, number] {
  const a = Math.floor(v / 65536) * n; // < 2**47
  const b = (v % 65536) * n; // < 2**47
  const mid = (a % 65536) * 65536 + b; // < 2**48
  return [Math.floor(a / 65536) + Math.floor(mid / 4294967296), mid % 4294967296];
}

/** rand.go's int31n: Lemire's multiply-shift with rejection (used by Shuffle). */
function int31nFast(g: Src, n: number): number {
  let v = uint32(g);
  let [hi, low] = mulHiLo(v, n);
  if (low < n) {
    const thresh = (4294967296 - n) % n;
    while (low < thresh) {
      v = uint32(g);
      [hi, low] = mulHiLo(v, n);
    }
  }
  return hi;
}

function intn(c: NativeCtx, g: Src, nv: Value): Int64 {
  const n = nv as Int64;
  if (n <= 0) panicString(c, 'invalid argument to Intn');
  if (n <= 2147483647) return int31n(c, g, Number(n));
  return int63n(c, g, n);
}

function float64(g: Src): number {
  for (;;) {
    g.next63();
    // float64(int64) rounds once, as hi*2**32 + lo does; then / 2**63 is exact
    const f = ((g.outHi | 0) * 4294967296 + g.outLo) / 9223372036854775808;
    if (f !== 1) return f;
  }
}

function float32(g: Src): number {
  for (;;) {
    const f = Math.fround(float64(g));
    if (f !== 1) return f;
  }
}

function perm(c: NativeCtx, g: Src, nv: Value): Slice {
  const n = Number(nv);
  if (n < 0 || n > 2 ** 27) throw makesliceLen();
  const m: Value[] = new Array(n).fill(0);
  for (let i = 0; i < n; i++) {
    const j = intn(c, g, i + 1) as number;
    m[i] = m[j];
    m[j] = i;
  }
  return new Slice(m, 0, n, n);
}

function shuffle(c: NativeCtx, g: Src, nv: Value, swap: Value): void {
  const n = Number(nv);
  if (n < 0) panicString(c, 'invalid argument to Shuffle');
  const call = (i: number, j: Int64) => {
    if (swap === null) throw nilDeref();
    c.callSync(swap, [i, j]);
  };
  let i = n - 1;
  for (; i > 2147483646; i--) call(i, int63n(c, g, i + 1));
  for (; i > 0; i--) call(i, int31nFast(g, i + 1));
}

/** The read state of a Rand (its readVal and readPos fields) or of the global source. */
interface ReadState {
  val: bigint;
  pos: number;
}

/** rand.go's read: bytes of successive Int63 values, 7 per value, low byte first. */
function read(g: Src, st: ReadState, p: Value): number {
  const s = p as Slice | null;
  const len = s === null ? 0 : s.len;
  let pos = st.pos;
  let val = st.val;
  for (let n = 0; n < len; n++) {
    if (pos === 0) {
      val = int63Big(g);
      pos = 7;
    }
    (s as Slice).arr[(s as Slice).off + n] = Number(BigInt.asUintN(8, val));
    val >>= 8n;
    pos--;
  }
  st.pos = pos;
  st.val = val;
  return len;
}

const RN = 3.442619855899;
const INV_RN = 0.29047645161474317; // float64(1.0 / rn)
const RE = 7.69711747013104972;
const fr = Math.fround;

function normFloat64(g: Src): number {
  const { k, w, f } = normalTables();
  for (;;) {
    const j = uint32(g) | 0; // possibly negative
    const i = j & 0x7f;
    let x = j * w[i];
    const absj = j < 0 ? -j : j; // absInt32 (for MinInt32, uint32(-j) is 2**31 too)
    if (absj < k[i]) return x;
    if (i === 0) {
      for (;;) {
        x = -log(float64(g)) * INV_RN;
        const y = -log(float64(g));
        if (y + y >= x * x) break;
      }
      return j > 0 ? RN + x : -RN - x;
    }
    // float32 arithmetic, each operation rounded
    if (fr(f[i] + fr(fr(float64(g)) * fr(f[i - 1] - f[i]))) < fr(exp(-0.5 * x * x))) return x;
  }
}

function expFloat64(g: Src): number {
  const { k, w, f } = expTables();
  for (;;) {
    const j = uint32(g);
    const i = j & 0xff;
    const x = j * w[i];
    if (j < k[i]) return x;
    if (i === 0) return RE - log(float64(g));
    if (fr(f[i] + fr(fr(float64(g)) * fr(f[i - 1] - f[i]))) < fr(exp(-x))) return x;
  }
}

// ---------------------------------------------------------------- sources and Rand values

/** The dynamic type NewSource's result carries while the api declares no rngSource type in Go. */
const rngSourceType: RType = {
  id: -7001,
  kind: Kind.Pointer,
  string: '*rand.rngSource',
  pkgPath: '',
  name: '',
  methods: new Map(),
  zero: () => null,
  equal: (a, b) => a === b,
  copy: (v) => v,
  comparable: true,
};

/** The generator inside NewSource's value (or a *rngSource struct [gen]), if that is what v is. */
function generatorOf(v: Value): RngSource | undefined {
  if (v instanceof RngSource) return v;
  if (Array.isArray(v) && v[0] instanceof RngSource) return v[0];
  return undefined;
}

/** [src, s64, readVal, readPos] */
type RandValue = [Value, Value, Int64, number];

function randOf(r: Value): RandValue {
  if (r === null) throw nilDeref();
  return r as RandValue;
}

/** What a *Rand draws from: NewSource's generator directly, else the Source's methods. */
function randSrc(c: NativeCtx, r: Value): Src {
  const rv = randOf(r);
  const src = rv[0] as Iface | null;
  if (src === null) throw nilDeref(); // r.src.Int63() on a nil interface
  return generatorOf(src.value) ?? new MethodSource(c, src, rv[1] as Iface | null);
}

function randRead(c: NativeCtx, r: Value, p: Value): Value[] {
  const rv = randOf(r);
  const st: ReadState = { val: BigInt(rv[2]), pos: rv[3] };
  const n = read(randSrc(c, r), st, p);
  rv[2] = canon(st.val);
  rv[3] = st.pos;
  return [n, null];
}

function randSeed(c: NativeCtx, r: Value, seed: Value): void {
  const rv = randOf(r);
  const src = rv[0] as Iface | null;
  if (src === null) throw nilDeref();
  const gen = generatorOf(src.value);
  if (gen !== undefined) gen.seed(seed as Int64);
  else c.callMethod(src.type, 'Seed', src.value, [seed]);
  rv[3] = 0;
}

/** The global source of a program (lockedSource in rand.go), seeded with 1 as in Go 1.19. */
interface GlobalRand {
  gen: RngSource;
  read: ReadState;
}

const globals = new WeakMap<object, GlobalRand>();
const NO_RUNTIME = {};

function globalRand(c: NativeCtx): GlobalRand {
  const key = (c.rt as object | undefined) ?? NO_RUNTIME;
  let g = globals.get(key);
  if (g === undefined) {
    g = { gen: new RngSource(1), read: { val: 0n, pos: 0 } };
    globals.set(key, g);
  }
  return g;
}

function rngOf(p: Value): RngSource {
  const g = p === null ? undefined : generatorOf(p);
  if (g === undefined) throw nilDeref();
  return g;
}

type Op = (c: NativeCtx, g: Src, args: Value[]) => Value;

/** The same operation as a *Rand method and as a package-level function on the global source. */
function both(name: string, op: Op): [string, NativeImpl][] {
  return [
    [`math/rand.(*Rand).${name}`, { kind: 'pure', fn: (c, [r, ...args]) => op(c, randSrc(c, r), args) }],
    [`math/rand.${name}`, { kind: 'pure', fn: (c, args) => op(c, globalRand(c).gen, args) }],
  ];
}

export const randNatives = new Map<string, NativeImpl>([
  [
    'math/rand.NewSource',
    { kind: 'pure', fn: (c, [seed]) => new Iface(c.rtypeNamed('*rand.rngSource') ?? rngSourceType, new RngSource(seed as Int64)) },
  ],
  // for a Go declaration of rngSource (a struct whose first field holds the generator) with body-less methods
  [
    'math/rand.(*rngSource).Seed',
    {
      kind: 'pure',
      fn: (_c, [p, seed]) => {
        if (p === null) throw nilDeref();
        const s = p as Value[];
        if (s[0] instanceof RngSource) s[0].seed(seed as Int64);
        else s[0] = new RngSource(seed as Int64);
      },
    },
  ],
  ['math/rand.(*rngSource).Int63', { kind: 'pure', fn: (_c, [p]) => int63(rngOf(p)) }],
  ['math/rand.(*rngSource).Uint64', { kind: 'pure', fn: (_c, [p]) => uint64(rngOf(p)) }],
  ['math/rand.(*Rand).Seed', { kind: 'pure', fn: (c, [r, seed]) => randSeed(c, r, seed) }],
  [
    'math/rand.Seed',
    {
      kind: 'pure',
      fn: (c, [seed]) => {
        const g = globalRand(c);
        g.gen.seed(seed as Int64);
        g.read.pos = 0;
      },
    },
  ],
  ['math/rand.(*Rand).Read', { kind: 'pure', fn: (c, [r, p]) => randRead(c, r, p) }],
  [
    'math/rand.Read',
    {
      kind: 'pure',
      fn: (c, [p]) => {
        const g = globalRand(c);
        return [read(g.gen, g.read, p), null];
      },
    },
  ],
  ...both('Int63', (_c, g) => int63(g)),
  ...both('Uint32', (_c, g) => uint32(g)),
  ...both('Uint64', (_c, g) => uint64(g)),
  ...both('Int31', (_c, g) => int31(g)),
  ...both('Int', (_c, g) => int(g)),
  ...both('Int63n', (c, g, [n]) => int63n(c, g, n as Int64)),
  ...both('Int31n', (c, g, [n]) => int31n(c, g, n as number)),
  ...both('Intn', (c, g, [n]) => intn(c, g, n)),
  ...both('Float64', (_c, g) => float64(g)),
  ...both('Float32', (_c, g) => float32(g)),
  ...both('Perm', (c, g, [n]) => perm(c, g, n)),
  ...both('Shuffle', (c, g, [n, swap]) => shuffle(c, g, n, swap)),
  ...both('NormFloat64', (_c, g) => normFloat64(g)),
  ...both('ExpFloat64', (_c, g) => expFloat64(g)),
]);
