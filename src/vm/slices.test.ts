// Slices against Go 1.19: growth capacities (testdata/values/gen_growth.go ->
// growth_expected.txt), sizes (unsafe.Sizeof), and slice semantics.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GoRuntimePanic } from '../runtime/panics.js';
import type { RType } from './rtype.js';
import {
  append1, appendSlice, appendString, appendValues, copySlice, copyString, grownCap, makeSlice, sliceArray, sliceIndex, sliceSlice,
  sliceString, sliceStore, stringIndex,
} from './slices.js';
import { alignof, fieldOffset, roundupsize, sizeof } from './sizes.js';
import { TestTypes } from './testTypes.js';
import { Slice, type Value } from './value.js';

const T = new TestTypes();
const types: Record<string, RType> = {
  int: T.int,
  uint8: T.uint8,
  string: T.string,
  S3: T.struct([{ name: 'a', type: T.int64 }, { name: 'b', type: T.int64 }, { name: 'c', type: T.int64 }]),
  '[3]uint8': T.array(3, T.uint8),
  int32: T.int32,
  '[5]int64': T.array(5, T.int64),
  E: T.struct([]),
  '[7]uint8': T.array(7, T.uint8),
  int16: T.int16,
  complex128: T.complex128,
  interface: T.any,
  '[2]string': T.array(2, T.string),
  bool: T.bool,
  float32: T.float32,
  '[100]uint8': T.array(100, T.uint8),
  '[1000]uint8': T.array(1000, T.uint8),
  S16: T.struct([{ name: 'a', type: T.int64 }, { name: 'b', type: T.uint8 }]),
  S12: T.struct([{ name: 'a', type: T.int32 }, { name: 'b', type: T.int32 }, { name: 'c', type: T.int32 }]),
  slice: T.slice(T.int),
};

function panicText(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof GoRuntimePanic) return (e.isRuntimeError ? 'runtime error: ' : '') + e.message;
    throw e;
  }
  return 'no panic';
}

const growth = readFileSync(new URL('../../testdata/values/growth_expected.txt', import.meta.url), 'latin1').trim().split('\n').map((l) => l.split(' '));

describe('append growth matches Go 1.19', () => {
  it('one element at a time from nil to 2000', () => {
    const lines = growth.filter((l) => l[0] === 'one');
    expect(lines.length).toBe(20);
    for (const [, name, size, ...want] of lines) {
      const t = types[name];
      expect(sizeof(t), name).toBe(Number(size));
      let s: Slice | null = null;
      const caps: string[] = [];
      let last = -1;
      for (let i = 0; i < 2000; i++) {
        s = append1(t, s, t.zero());
        if (s.cap !== last) {
          last = s.cap;
          caps.push(String(last));
        }
      }
      expect(caps, name).toEqual(want);
      expect(s!.len).toBe(2000);
    }
  });
  it('many elements at once onto make([]T, n)', () => {
    const lines = growth.filter((l) => l[0] === 'many');
    expect(lines.length).toBe(42);
    for (const [, name, , start, ...want] of lines) {
      const t = types[name];
      const got: string[] = [];
      for (let k = 1; k <= 300; k++) {
        const s = makeSlice(t, Number(start));
        const extra = makeSlice(t, k);
        got.push(String(appendSlice(t, s, extra)!.cap));
      }
      expect(got, `${name} from ${start}`).toEqual(want);
    }
  });
  it('grownCap and roundupsize edge cases', () => {
    expect(roundupsize(0)).toBe(0);
    expect(roundupsize(1)).toBe(8);
    expect(roundupsize(1017)).toBe(1024);
    expect(roundupsize(1025)).toBe(1152);
    expect(roundupsize(32767)).toBe(32768);
    expect(roundupsize(32769)).toBe(40960);
    expect(grownCap(0, 5, 0)).toBe(5);
  });
});

describe('sizes (unsafe.Sizeof/Alignof on amd64)', () => {
  it('structs with padding and zero-size fields', () => {
    const A = T.struct([{ name: 'a', type: T.uint8 }, { name: 'b', type: T.int64 }, { name: 'c', type: T.uint8 }]);
    expect([sizeof(A), alignof(A), fieldOffset(A, 2)]).toEqual([24, 8, 16]);
    const B = T.struct([{ name: 'a', type: T.int64 }, { name: 'z', type: T.struct([]) }]);
    expect([sizeof(B), alignof(B)]).toEqual([16, 8]);
    const C = T.struct([{ name: 'a', type: T.uint8 }, { name: 'b', type: T.int16 }, { name: 'c', type: T.int32 }, { name: 'd', type: T.uint8 }]);
    expect([sizeof(C), alignof(C), fieldOffset(C, 3)]).toEqual([12, 4, 8]);
    const D = T.struct([{ name: 'x', type: T.complex64 }, { name: 'y', type: T.uint8 }]);
    expect([sizeof(D), alignof(D)]).toEqual([12, 4]);
    const E = T.struct([]);
    expect([sizeof(E), alignof(E)]).toEqual([0, 1]);
    const F = T.struct([{ name: 'a', type: T.uint8 }, { name: 's', type: T.string }, { name: 'e', type: T.array(0, T.int) }]);
    expect([sizeof(F), alignof(F)]).toEqual([32, 8]);
    const G = T.struct([{ name: 'a', type: T.array(3, T.uint8) }, { name: 'b', type: T.array(2, T.int16) }]);
    expect([sizeof(G), alignof(G), fieldOffset(G, 1)]).toEqual([8, 2, 4]);
    expect([sizeof(T.array(3, A)), sizeof(T.array(0, T.int)), sizeof(T.array(4, E))]).toEqual([72, 0, 0]);
  });
  it('basic kinds', () => {
    expect([T.int, T.string, T.slice(T.int), T.any, T.ptr(T.int), T.map(T.int, T.int), T.chan(T.int), T.func([], []), T.complex128, T.bool]
      .map(sizeof)).toEqual([8, 16, 24, 16, 8, 8, 8, 8, 16, 1]);
  });
});

describe('make, append, copy', () => {
  it('make panics like runtime.makeslice', () => {
    expect(panicText(() => makeSlice(T.int, -1))).toBe('runtime error: makeslice: len out of range');
    expect(panicText(() => makeSlice(T.int, 2, 1))).toBe('runtime error: makeslice: cap out of range');
    expect(panicText(() => makeSlice(T.int, 2n ** 62n))).toBe('runtime error: makeslice: len out of range');
    expect(panicText(() => makeSlice(T.int, 1, 2n ** 62n))).toBe('runtime error: makeslice: cap out of range');
    const s = makeSlice(T.int, 2, 5);
    expect([s.len, s.cap, s.arr.length, s.arr[4]]).toEqual([2, 5, 5, 0]);
  });
  it('aggregate elements are fresh zero values and copied on growth', () => {
    const P = T.struct([{ name: 'x', type: T.int }]);
    const s = makeSlice(P, 1, 1);
    expect(s.arr[0]).toEqual([0]);
    const t = append1(P, s, [7]);
    (t.arr[0] as Value[])[0] = 42;
    expect(s.arr[0]).toEqual([0]); // the old backing array is distinct
    expect(t.arr[1]).toEqual([7]);
    expect(t.cap).toBe(2);
    const u = append1(P, append1(P, t, [8]), [9]);
    expect([u.len, u.cap]).toEqual([4, 4]);
    const v = append1(P, sliceSlice(u, undefined, 1)!, [1]); // overwrites u[1] in place
    expect(u.arr[1]).toEqual([1]);
    const w = makeSlice(P, 0, 3);
    expect(w.arr[1]).toEqual([0]);
    expect(w.arr[1]).not.toBe(w.arr[2]);
    expect(v.len).toBe(2);
  });
  it('append shares the backing array while there is room', () => {
    const s = makeSlice(T.int, 0, 4);
    const a = append1(T.int, s, 1);
    const b = append1(T.int, s, 2);
    expect(sliceIndex(a, 0)).toBe(2); // Go: a and b share s's array
    expect(appendValues(T.int, null, [])).toBeNull();
    expect(appendSlice(T.int, null, makeSlice(T.int, 0))).toBeNull();
    const c = appendValues(T.int, b, [3, 4, 5])!;
    expect([c.len, c.cap]).toEqual([4, 4]);
    const d = appendValues(T.int, c, [6])!;
    expect([d.len, d.cap, d.arr.slice(0, 5)]).toEqual([5, 8, [2, 3, 4, 5, 6]]);
  });
  it('overlapping append and copy behave like memmove', () => {
    const s = appendValues(T.int, null, [1, 2, 3, 4, 5])!;
    const r = appendSlice(T.int, sliceSlice(s, undefined, 1), sliceSlice(s, 2, undefined))!;
    expect(r.arr.slice(0, r.len)).toEqual([1, 3, 4, 5]);
    const u = appendValues(T.int, null, [1, 2, 3, 4, 5])!;
    expect(copySlice(T.int, sliceSlice(u, 1, undefined), u)).toBe(4);
    expect(u.arr.slice(0, 5)).toEqual([1, 1, 2, 3, 4]);
    expect(copySlice(T.int, null, u)).toBe(0);
  });
  it('strings into byte slices', () => {
    const b = appendString(T.uint8, null, 'h\xc3\xa9')!;
    expect([b.len, b.cap, b.arr.slice(0, 3)]).toEqual([3, 8, [104, 0xc3, 0xa9]]);
    const dst = makeSlice(T.uint8, 2);
    expect(copyString(dst, 'xyz')).toBe(2);
    expect(dst.arr).toEqual([120, 121]);
  });
});

describe('index and slice expressions panic with Go\'s texts', () => {
  const expected = new Map(readFileSync(new URL('../../testdata/values/errors_expected.txt', import.meta.url), 'latin1').trim().split('\n').map((l) => {
    const i = l.indexOf(': ');
    return [l.slice(0, i), l.slice(i + 2)] as [string, string];
  }));
  const want = (name: string) => JSON.parse(expected.get(name)!.replace(/ runtimeError=.*$/, '')) as string;
  const arr = [1, 2, 3];
  const s = new Slice([1, 2, 3], 0, 3, 3);
  const cases: [string, () => unknown][] = [
    ['arr index', () => sliceIndex(sliceArray(arr, undefined, undefined), 5)],
    ['arr slice hi', () => sliceArray(arr, undefined, 5)],
    ['arr slice lo', () => sliceArray(arr, 2, 1)],
    ['arr slice3', () => sliceArray(arr, undefined, 1, 5)],
    ['s index', () => sliceIndex(s, 5)],
    ['s index neg', () => sliceStore(s, -1, 0)],
    ['s slice hi', () => sliceSlice(s, undefined, 5)],
    ['s slice hi neg', () => sliceSlice(s, undefined, -1)],
    ['s slice lo', () => sliceSlice(s, 3, 2)],
    ['s slice lo neg', () => sliceSlice(s, -1, undefined)],
    ['s slice3 max', () => sliceSlice(s, undefined, 1, 5)],
    ['s slice3 hi', () => sliceSlice(s, undefined, 3, 2)],
    ['s slice3 lo', () => sliceSlice(s, 2, 1, 2)],
    ['s slice3 neg', () => sliceSlice(s, -1, 1, 2)],
    ['s slice3 negmax', () => sliceSlice(s, undefined, 1, -1)],
    ['s slice3 neghi', () => sliceSlice(s, undefined, -1, 2)],
    ['str index', () => stringIndex('abc', 5)],
    ['str slice hi', () => sliceString('abc', undefined, 5)],
    ['str slice lo', () => sliceString('abc', 3, 2)],
    ['str slice lo2', () => sliceString('abc', 4, undefined)],
    ['uint index', () => sliceIndex(s, 2n ** 63n)],
  ];
  for (const [name, f] of cases) {
    it(name, () => {
      expect(panicText(f)).toBe(want(name));
    });
  }
  it('valid expressions', () => {
    const t = sliceSlice(s, 1, 2, 3)!;
    expect([t.off, t.len, t.cap]).toEqual([1, 1, 2]);
    expect(sliceSlice(null, undefined, 0)).toBeNull();
    expect(panicText(() => sliceSlice(null, undefined, 1))).toBe('runtime error: slice bounds out of range [:1] with capacity 0');
    expect(sliceString('h\xc3\xa9llo', 1, 3)).toBe('\xc3\xa9');
    const u = sliceSlice(s, 0, 1)!;
    expect(sliceSlice(u, undefined, 3)!.len).toBe(3); // reslicing up to cap
  });
});
