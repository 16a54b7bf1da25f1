// Package math/rand against Go 1.19 (testdata/gen_sequences.go, go run): the
// first 20 values of every function for seeds 1, 42, -5 and 1<<40, the
// package-level functions on the global source, panics, and a Source of the
// program's own (called through its methods). Also: the regenerated
// rngCooked table against a brute-force run of gen_cooked.go's generator,
// and the rebuilt ziggurat tables against hashes of Go's (gen_ziggurat.go).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Iface, Slice, type Value } from '../../../vm/value.js';
import { callNativeIn, panicOf, testCtx, testType } from '../../strings/nativeTestCtx.js';
import { randNatives } from './natives.js';
import { rngCookedHex } from './rngCooked.js';
import { COOKED_STEPS, stateAfter, stateBySteps } from './rngCookedGen.js';
import { expTables, normalTables } from './ziggurat.js';

const seqs = JSON.parse(readFileSync(new URL('./testdata/sequences.json', import.meta.url), 'utf8')) as Record<string, unknown>;

/** Go's %v of a float (strconv 'g', shortest for the size). */
function goFloat(x: number, bits: 32 | 64): string {
  let digits = String(x);
  if (bits === 32) {
    for (let p = 1; p <= 9; p++) {
      const s = x.toPrecision(p);
      if (Math.fround(Number(s)) === x) {
        digits = String(Number(s));
        break;
      }
    }
  }
  const v = Number(digits);
  const a = Math.abs(v);
  if (a !== 0 && (a >= 1e6 || a < 1e-4)) {
    const [m, e] = v.toExponential().split('e');
    const n = Number(e);
    return `${m}e${n < 0 ? '-' : '+'}${String(Math.abs(n)).padStart(2, '0')}`;
  }
  return digits;
}

/** fmt.Sprint of one value: ints, floats, slices of ints. */
function sprint(v: Value, float32 = false): string {
  if (v instanceof Slice) return `[${(v.arr.slice(v.off, v.off + v.len) as Value[]).map((x) => sprint(x)).join(' ')}]`;
  if (typeof v === 'number' && !Number.isInteger(v)) return goFloat(v, float32 ? 32 : 64);
  if (typeof v === 'number' && Object.is(v, -0)) return '-0';
  if (v === null) return '<nil>';
  return String(v);
}

const rtNew = () => ({}); // a runtime identity for the global source

/** A *Rand as rand.New(rand.NewSource(seed)) builds it: [src, s64 (nil: see natives.ts), readVal, readPos]. */
function newRand(c: ReturnType<typeof testCtx>, seed: Value): Value[] {
  const src = callNativeIn(c, randNatives, 'math/rand.NewSource', seed);
  return [src, null, 0, 0];
}

describe('math/rand sequences for seeds 1, 42, -5, 1<<40', () => {
  const fns: Record<string, (c: ReturnType<typeof testCtx>, r: Value[]) => string> = {
    Int63: (c, r) => sprint(callNativeIn(c, randNatives, 'math/rand.(*Rand).Int63', r)),
    Uint32: (c, r) => sprint(callNativeIn(c, randNatives, 'math/rand.(*Rand).Uint32', r)),
    Uint64: (c, r) => sprint(callNativeIn(c, randNatives, 'math/rand.(*Rand).Uint64', r)),
    Int31: (c, r) => sprint(callNativeIn(c, randNatives, 'math/rand.(*Rand).Int31', r)),
    Int: (c, r) => sprint(callNativeIn(c, randNatives, 'math/rand.(*Rand).Int', r)),
    'Int63n(1000)': (c, r) => sprint(callNativeIn(c, randNatives, 'math/rand.(*Rand).Int63n', r, 1000)),
    'Int63n(1<<40)': (c, r) => sprint(callNativeIn(c, randNatives, 'math/rand.(*Rand).Int63n', r, 2 ** 40)),
    'Int63n(3<<61)': (c, r) => sprint(callNativeIn(c, randNatives, 'math/rand.(*Rand).Int63n', r, 3n << 61n)),
    'Int31n(10)': (c, r) => sprint(callNativeIn(c, randNatives, 'math/rand.(*Rand).Int31n', r, 10)),
    'Int31n(1<<30+1)': (c, r) => sprint(callNativeIn(c, randNatives, 'math/rand.(*Rand).Int31n', r, 2 ** 30 + 1)),
    'Intn(6)': (c, r) => sprint(callNativeIn(c, randNatives, 'math/rand.(*Rand).Intn', r, 6)),
    'Intn(1<<31)': (c, r) => sprint(callNativeIn(c, randNatives, 'math/rand.(*Rand).Intn', r, 2 ** 31)),
    'Intn(1e15+7)': (c, r) => sprint(callNativeIn(c, randNatives, 'math/rand.(*Rand).Intn', r, 1e15 + 7)),
    Float64: (c, r) => sprint(callNativeIn(c, randNatives, 'math/rand.(*Rand).Float64', r)),
    Float32: (c, r) => sprint(callNativeIn(c, randNatives, 'math/rand.(*Rand).Float32', r), true),
    NormFloat64: (c, r) => sprint(callNativeIn(c, randNatives, 'math/rand.(*Rand).NormFloat64', r)),
    ExpFloat64: (c, r) => sprint(callNativeIn(c, randNatives, 'math/rand.(*Rand).ExpFloat64', r)),
    'Perm(10)': (c, r) => sprint(callNativeIn(c, randNatives, 'math/rand.(*Rand).Perm', r, 10)),
    'Shuffle(8)': (c, r) => {
      const swaps: number[] = [];
      callNativeIn(c, randNatives, 'math/rand.(*Rand).Shuffle', r, 8, (i: number, j: number) => {
        swaps.push(i, j);
        return [];
      });
      return `[${swaps.join(' ')}]`;
    },
    'Read(5)': (c, r) => {
      const b = new Slice([0, 0, 0, 0, 0], 0, 5, 5);
      const [n, err] = callNativeIn(c, randNatives, 'math/rand.(*Rand).Read', r, b) as Value[];
      return `${n} ${sprint(err)} ${sprint(b)}`;
    },
  };
  for (const seed of ['1', '42', '-5', '1099511627776']) {
    const want = seqs[seed] as Record<string, string[]>;
    describe(`seed ${seed}`, () => {
      for (const [name, f] of Object.entries(fns)) {
        it(name, () => {
          const c = testCtx(rtNew());
          const r = newRand(c, Number(seed));
          const got = Array.from({ length: 20 }, () => f(c, r));
          expect(got).toEqual(want[name]);
        });
      }
      it('Seed restarts the sequence and Read', () => {
        const c = testCtx(rtNew());
        const r = newRand(c, Number(seed));
        callNativeIn(c, randNatives, 'math/rand.(*Rand).Read', r, new Slice([0, 0, 0], 0, 3, 3));
        callNativeIn(c, randNatives, 'math/rand.(*Rand).Int63', r);
        callNativeIn(c, randNatives, 'math/rand.(*Rand).Seed', r, Number(seed) + 1);
        const b = new Slice(new Array(9).fill(0), 0, 9, 9);
        callNativeIn(c, randNatives, 'math/rand.(*Rand).Read', r, b);
        expect([`${sprint(b)} ${sprint(callNativeIn(c, randNatives, 'math/rand.(*Rand).Int63', r))}`]).toEqual(want['Seed+Read']);
      });
    });
  }
});

describe('math/rand package-level functions', () => {
  it('start from seed 1, reseed with Seed(42)', () => {
    const c = testCtx(rtNew());
    const g = (name: string, ...args: Value[]) => callNativeIn(c, randNatives, `math/rand.${name}`, ...args);
    const got: string[] = [];
    for (let i = 0; i < 5; i++) got.push(`${sprint(g('Int63'))} ${sprint(g('Intn', 100))} ${sprint(g('Float64'))}`);
    const b = new Slice(new Array(10).fill(0), 0, 10, 10);
    g('Read', b);
    got.push(sprint(b));
    g('Seed', 42);
    for (let i = 0; i < 5; i++) {
      got.push([g('Int'), g('Uint32'), g('Perm', 4), g('NormFloat64'), g('ExpFloat64')].map((v) => sprint(v)).join(' '));
    }
    g('Read', b);
    got.push(sprint(b));
    expect(got).toEqual(seqs.global);
  });
  it('each program (runtime) has its own global source', () => {
    const a = callNativeIn(testCtx(rtNew()), randNatives, 'math/rand.Int63');
    const b = callNativeIn(testCtx(rtNew()), randNatives, 'math/rand.Int63');
    expect([a, b]).toEqual([5577006791947779410n, 5577006791947779410n]);
  });
});

describe('math/rand panics and Sources of the program', () => {
  it('panics with Go\'s values', () => {
    const c = testCtx(rtNew());
    const r = newRand(c, 1);
    const p = (f: () => unknown) => panicOf(f)?.replace(/^string: /, '');
    expect([
      p(() => callNativeIn(c, randNatives, 'math/rand.(*Rand).Intn', r, 0)),
      p(() => callNativeIn(c, randNatives, 'math/rand.(*Rand).Int63n', r, -1)),
      p(() => callNativeIn(c, randNatives, 'math/rand.(*Rand).Int31n', r, 0)),
      p(() => callNativeIn(c, randNatives, 'math/rand.(*Rand).Shuffle', r, -1, () => [])),
      p(() => callNativeIn(c, randNatives, 'math/rand.(*Rand).Perm', r, -1)),
    ]).toEqual((seqs.panics as string[]).map((s) => s.replace(/^runtime error: /, 'runtime error: ')));
  });
  it('a Source the program implements (Int63 counting down through negatives)', () => {
    // gen_sequences.go's counter: Int63 subtracts 0x0123456789ABCDE each call; Seed sets the count
    const counterType = testType('*main.counter', {
      Int63: (recv) => {
        const box = recv as { n: bigint };
        box.n = BigInt.asIntN(64, box.n - 0x0123456789abcden);
        const safe = box.n >= -9007199254740991n && box.n <= 9007199254740991n;
        return [safe ? Number(box.n) : box.n];
      },
      Seed: (recv, seed) => {
        (recv as { n: bigint }).n = BigInt(seed as number);
        return [];
      },
    });
    const c = testCtx(rtNew());
    const r: Value[] = [new Iface(counterType, { n: 5n }), null, 0, 0];
    const m = (name: string, ...a: Value[]) => callNativeIn(c, randNatives, `math/rand.(*Rand).${name}`, r, ...a);
    const got: string[] = [];
    for (let i = 0; i < 6; i++) got.push([m('Int63'), m('Int31'), m('Uint32'), m('Int'), m('Uint64'), m('Intn', 1000), m('Float64')].map((v) => sprint(v)).join(' '));
    m('Seed', 77);
    got.push(sprint(m('Int63')));
    const b = new Slice(new Array(9).fill(0), 0, 9, 9);
    m('Read', b);
    got.push(sprint(b));
    expect(got).toEqual(seqs.custom);
  });
  it('a nil *Rand dereferences nil', () => {
    expect(panicOf(() => callNativeIn(testCtx(), randNatives, 'math/rand.(*Rand).Int63', null))).toBe('runtime error: invalid memory address or nil pointer dereference');
  });
});

describe('rngCooked', () => {
  it('jumping ahead equals running gen_cooked.go\'s generator step by step', () => {
    for (const n of [0, 1, 273, 606, 607, 608, 5000, 123457]) expect(stateAfter(BigInt(n))).toEqual(stateBySteps(n));
  });
  it('the stored table is the state after 7.8e12 steps', () => {
    const words = stateAfter(COOKED_STEPS).map((v) => BigInt.asUintN(64, v).toString(16).padStart(16, '0'));
    expect(words.join('')).toBe(rngCookedHex);
  });
});

describe('ziggurat tables', () => {
  // gen_ziggurat.go: FNV-1a 32 over each entry's uint32 bits (Float32bits for float32 tables), and the length
  const want: Record<string, [number, number]> = {
    kn: [0x57a84e4f, 128], wn: [0xd3a604fa, 128], fn: [0xff6d0f3f, 128],
    ke: [0x41419e4f, 256], we: [0x16c91071, 256], fe: [0xd95a03cb, 256],
  };
  const hash = (a: Uint32Array | Float32Array): [number, number] => {
    const bits = a instanceof Float32Array ? new Uint32Array(a.buffer.slice(0)) : a;
    let h = 2166136261;
    for (const b of bits) for (let i = 0; i < 4; i++) h = Math.imul(h ^ ((b >>> (8 * i)) & 0xff), 16777619) >>> 0;
    return [h, a.length];
  };
  it('match Go\'s kn, wn, fn, ke, we, fe', () => {
    const n = normalTables();
    const e = expTables();
    expect({ kn: hash(n.k), wn: hash(n.w), fn: hash(n.f), ke: hash(e.k), we: hash(e.w), fe: hash(e.f) }).toEqual(want);
  });
});
