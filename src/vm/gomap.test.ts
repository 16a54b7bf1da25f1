// GoMap: Go key equality, NaN keys, +0/-0, composite and interface keys,
// iteration under modification, nil-map panics (texts checked with Go 1.19,
// testdata/values/gen_errors.go).
import { describe, expect, it } from 'vitest';
import { GoRuntimePanic } from '../runtime/panics.js';
import { GoMap, mapDelete, mapGet, mapLen, mapSet } from './gomap.js';
import { elemRef } from './refs.js';
import { TestTypes } from './testTypes.js';
import { Box, Complex, Iface, Slice, type Value } from './value.js';

const T = new TestTypes();

function panicOf(f: () => unknown): GoRuntimePanic | undefined {
  try {
    f();
  } catch (e) {
    if (e instanceof GoRuntimePanic) return e;
    throw e;
  }
  return undefined;
}

/** A PRNG stand-in: always start at `k` mod n. */
const startAt = (k: number) => (n: number) => k % n;

function collect(m: GoMap, start = 0): [Value, Value][] {
  const out: [Value, Value][] = [];
  const it = m.iterate(startAt(start));
  while (it.next()) out.push([it.key, it.value]);
  return out;
}

describe('basic keys', () => {
  it('ints: numbers and bigints are distinct values, canonical', () => {
    const m = new GoMap(T.int64);
    m.set(1, 'a');
    m.set(2n ** 60n, 'b');
    m.set(2n ** 60n, 'c');
    expect(m.size).toBe(2);
    expect(m.get(2n ** 60n)).toBe('c');
    expect(m.get(1)).toBe('a');
    expect(m.get(3)).toBeUndefined();
    m.delete(1);
    expect(m.has(1)).toBe(false);
    expect(m.size).toBe(1);
  });
  it('NaN keys: every insert is new, never found, never deleted', () => {
    const m = new GoMap(T.float64);
    m.set(NaN, 1);
    m.set(NaN, 2);
    m.set(1, 3);
    expect(m.has(NaN)).toBe(false);
    m.delete(NaN);
    expect(m.size).toBe(3);
    expect(collect(m).map(([k]) => k)).toEqual([NaN, NaN, 1]);
    m.clear();
    expect(m.size).toBe(0);
  });
  it('+0 and -0 are one key; overwriting stores the new key (Go prints map[-0:a] then map[0:b])', () => {
    const m = new GoMap(T.float64);
    m.set(-0, 'a');
    expect(Object.is(collect(m)[0][0], -0)).toBe(true);
    m.set(0, 'b');
    expect(m.size).toBe(1);
    expect(Object.is(collect(m)[0][0], 0)).toBe(true);
    expect(m.get(-0)).toBe('b');
  });
  it('byte strings and pointers', () => {
    const m = new GoMap(T.string);
    m.set('h\xc3\xa9', 1);
    expect(m.get('h\xc3\xa9')).toBe(1);
    const p = new GoMap(T.ptr(T.int));
    const b1 = new Box(1);
    p.set(b1, 'x');
    p.set(null, 'nil');
    expect(p.get(new Box(1))).toBeUndefined();
    expect(p.get(b1)).toBe('x');
    expect(p.get(null)).toBe('nil');
  });
});

describe('composite keys', () => {
  const K = T.struct([{ name: 'A', type: T.int }, { name: 'B', type: T.string }]);
  it('structs compare field-wise and are copied on insert', () => {
    const m = new GoMap(K);
    const k: Value[] = [1, 'x'];
    m.set(k, 1);
    k[0] = 2; // mutating the variable must not change the stored key
    expect(m.get([1, 'x'])).toBe(1);
    expect(m.get([2, 'x'])).toBeUndefined();
    m.set([1, '1,'], 2);
    m.set([1, '1'], 3);
    expect(m.size).toBe(3);
    expect(collect(m)[0][0]).toEqual([1, 'x']);
  });
  it('arrays of floats: NaN inside makes a key unequal to all; -0 == +0', () => {
    const m = new GoMap(T.array(2, T.float64));
    m.set([NaN, 1], 1);
    m.set([NaN, 1], 2);
    m.set([-0, 1], 3);
    m.set([0, 1], 4);
    expect(m.size).toBe(3);
    expect(m.get([0, 1])).toBe(4);
  });
  it('complex keys', () => {
    const m = new GoMap(T.complex128);
    m.set(new Complex(1, 2), 'a');
    expect(m.get(new Complex(1, 2))).toBe('a');
    expect(m.get(new Complex(2, 1))).toBeUndefined();
  });
  it('pointers inside structs compare by identity', () => {
    const P = T.struct([{ name: 'p', type: T.ptr(T.int) }]);
    const m = new GoMap(P);
    const a = [1, 2];
    m.set([elemRef(a, 0)], 'first');
    expect(m.get([elemRef(a, 0)])).toBe('first');
    expect(m.get([elemRef(a, 1)])).toBeUndefined();
  });
  it('interface keys include the dynamic type', () => {
    const m = new GoMap(T.any);
    m.set(new Iface(T.int, 1), 'int');
    m.set(new Iface(T.int64, 1), 'int64');
    m.set(new Iface(T.string, '1'), 'string');
    m.set(null, 'nil');
    m.set(new Iface(K, [1, 'x']), 'K');
    expect(m.size).toBe(5);
    expect(m.get(new Iface(T.int, 1))).toBe('int');
    expect(m.get(new Iface(T.int64, 1))).toBe('int64');
    expect(m.get(null)).toBe('nil');
    expect(m.get(new Iface(K, [1, 'x']))).toBe('K');
    m.set(new Iface(T.float64, NaN), 'nan');
    expect(m.get(new Iface(T.float64, NaN))).toBeUndefined();
  });
  it('unhashable dynamic types panic like runtime.typehash', () => {
    const m = new GoMap(T.any);
    const sl = new Slice([1], 0, 1, 1);
    const e = panicOf(() => m.set(new Iface(T.slice(T.int), sl), 1))!;
    expect(`runtime error: ${e.message}`).toBe('runtime error: hash of unhashable type []int');
    const S = T.named('main', 'S', T.struct([{ name: 'A', type: T.slice(T.int) }]));
    expect(panicOf(() => m.get(new Iface(S, [sl])))!.message).toBe('hash of unhashable type main.S');
    expect(panicOf(() => m.get(new Iface(T.map(T.int, T.int), null)))!.message).toBe('hash of unhashable type map[int]int');
    // nil maps hash the key too (golang.org/issue/23734)
    expect(panicOf(() => mapGet(null, new Iface(T.slice(T.int), sl), 0))!.message).toBe('hash of unhashable type []int');
    expect(panicOf(() => mapDelete(null, new Iface(T.slice(T.int), sl)))!.message).toBe('hash of unhashable type []int');
  });
});

describe('iteration', () => {
  it('starts at the PRNG offset and wraps around', () => {
    const m = new GoMap(T.int);
    for (let i = 0; i < 5; i++) m.set(i, i * 10);
    expect(collect(m, 3).map(([k]) => k)).toEqual([3, 4, 0, 1, 2]);
    expect(collect(m, 0).map(([, v]) => v)).toEqual([0, 10, 20, 30, 40]);
  });
  it('never produces entries deleted before they are reached; each entry at most once', () => {
    const m = new GoMap(T.int);
    for (let i = 0; i < 100; i++) m.set(i, i);
    const it = m.iterate(startAt(50));
    const seen: number[] = [];
    while (it.next()) {
      const k = it.key as number;
      seen.push(k);
      if (seen.length === 1) for (let j = 0; j < 100; j += 2) if (j !== k) m.delete(j); // triggers compaction
      if (k < 1000) m.set(1000 + k, 0); // additions may or may not be produced
    }
    const old = seen.filter((k) => k < 1000);
    expect(new Set(seen).size).toBe(seen.length);
    expect(old.filter((k) => k % 2 === 0 && k !== 50)).toEqual([]);
    expect(old.filter((k) => k % 2 === 1).length).toBe(50);
  });
  it('clear during iteration stops the loop', () => {
    const m = new GoMap(T.int);
    for (let i = 0; i < 10; i++) m.set(i, i);
    const it = m.iterate(startAt(0));
    let n = 0;
    while (it.next()) {
      n++;
      m.clear();
    }
    expect(n).toBe(1);
  });
  it('values updated during iteration are seen', () => {
    const m = new GoMap(T.int);
    m.set(1, 'a');
    m.set(2, 'b');
    const it = m.iterate(startAt(0));
    it.next();
    m.set(2, 'B');
    it.next();
    expect(it.value).toBe('B');
    expect(it.next()).toBe(false);
  });
});

describe('nil maps', () => {
  it('reads are empty, writes panic with a plainError', () => {
    expect(mapGet(null, 'a', 0)).toBe(0);
    expect(mapLen(null)).toBe(0);
    mapDelete(null, 'a');
    const e = panicOf(() => mapSet(null, 'a', 1))!;
    expect(e.message).toBe('assignment to entry in nil map');
    expect(e.isRuntimeError).toBe(false);
  });
});
