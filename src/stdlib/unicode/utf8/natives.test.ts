// Package unicode/utf8 against Go 1.19 (expected values from utf8cases.go,
// run with go run): table cases, FNV-1a hashes over every 1- and 2-byte input
// and over 3- and 4-byte inputs from 25 interesting bytes, encoding and the
// capacity growth of AppendRune.
import { describe, expect, it } from 'vitest';
import { Slice, type Value } from '../../../vm/value.js';
import { callNative, panicOf } from '../../strings/nativeTestCtx.js';
import { utf8Natives } from './natives.js';

const fromHex = (h: string) => (h.match(/../g) ?? []).map((x) => parseInt(x, 16));
const toHex = (a: number[]) => a.map((b) => b.toString(16).padStart(2, '0')).join('');
const bstr = (h: string) => String.fromCharCode(...fromHex(h));
const bslice = (bytes: number[]): Slice => {
  // placed at an offset inside a larger array, as a sub-slice would be
  const arr = [0x41, 0xe6, ...bytes, 0x97, 0xa5];
  return new Slice(arr, 2, bytes.length, bytes.length);
};
const call = (name: string, ...args: Value[]) => callNative(utf8Natives, `unicode/utf8.${name}`, ...args);

// [hex, FullRune, r, size, lastR, lastSize, RuneCount, Valid]
const cases: [string, boolean, number, number, number, number, number, boolean][] = [
  ['', false, 65533, 0, 65533, 0, 0, true], ['61', true, 97, 1, 97, 1, 1, true], ['00', true, 0, 1, 0, 1, 1, true],
  ['7f', true, 127, 1, 127, 1, 1, true], ['80', true, 65533, 1, 65533, 1, 1, false], ['bf', true, 65533, 1, 65533, 1, 1, false],
  ['c080', true, 65533, 1, 65533, 1, 2, false], ['c1bf', true, 65533, 1, 65533, 1, 2, false], ['c280', true, 128, 2, 128, 2, 1, true],
  ['c2', false, 65533, 1, 65533, 1, 1, false], ['dfbf', true, 2047, 2, 2047, 2, 1, true], ['e08080', true, 65533, 1, 65533, 1, 3, false],
  ['e0a080', true, 2048, 3, 2048, 3, 1, true], ['e0a0', false, 65533, 1, 65533, 1, 2, false], ['ed9fbf', true, 55295, 3, 55295, 3, 1, true],
  ['eda080', true, 65533, 1, 65533, 1, 3, false], ['efbfbd', true, 65533, 3, 65533, 3, 1, true], ['efbf', false, 65533, 1, 65533, 1, 2, false],
  ['f08fbfbf', true, 65533, 1, 65533, 1, 4, false], ['f0908080', true, 65536, 4, 65536, 4, 1, true], ['f09080', false, 65533, 1, 65533, 1, 3, false],
  ['f48fbfbf', true, 1114111, 4, 1114111, 4, 1, true], ['f4908080', true, 65533, 1, 65533, 1, 4, false],
  ['f5808080', true, 65533, 1, 65533, 1, 4, false], ['ff', true, 65533, 1, 65533, 1, 1, false], ['68c3a96c6c6f', true, 104, 1, 111, 1, 5, true],
  ['e697a5e69cace8aa9e', true, 26085, 3, 35486, 3, 3, true], ['61ff62', true, 97, 1, 98, 1, 3, false],
  ['e697a5e6', true, 26085, 3, 65533, 1, 2, false], ['78e697', true, 120, 1, 65533, 1, 3, false], ['e697a5', true, 26085, 3, 26085, 3, 1, true],
  ['8080808080', true, 65533, 1, 65533, 1, 5, false], ['f09f988021', true, 128512, 4, 33, 1, 2, true],
  ['21f09f9880', true, 33, 1, 128512, 4, 2, true], ['f09f98', false, 65533, 1, 65533, 1, 3, false], ['c3a9c3', true, 233, 2, 65533, 1, 2, false],
];

describe('utf8 decoding', () => {
  it.each(cases)('%s (string and []byte forms)', (hex, full, r, size, lr, lsize, count, valid) => {
    const s = bstr(hex);
    const p = bslice(fromHex(hex));
    expect(call('FullRuneInString', s)).toBe(full);
    expect(call('FullRune', p)).toBe(full);
    expect(call('DecodeRuneInString', s)).toEqual([r, size]);
    expect(call('DecodeRune', p)).toEqual([r, size]);
    expect(call('DecodeLastRuneInString', s)).toEqual([lr, lsize]);
    expect(call('DecodeLastRune', p)).toEqual([lr, lsize]);
    expect(call('RuneCountInString', s)).toBe(count);
    expect(call('RuneCount', p)).toBe(count);
    expect(call('ValidString', s)).toBe(valid);
    expect(call('Valid', p)).toBe(valid);
  });
  it('nil []byte', () => {
    expect(call('DecodeRune', null)).toEqual([65533, 0]);
    expect(call('DecodeLastRune', null)).toEqual([65533, 0]);
    expect(call('FullRune', null)).toBe(false);
    expect(call('RuneCount', null)).toBe(0);
    expect(call('Valid', null)).toBe(true);
  });

  class Fnv {
    h = 2166136261;
    u32(v: number): void {
      for (let k = 0; k < 4; k++) this.h = Math.imul(this.h ^ ((v >>> (8 * k)) & 0xff), 16777619) >>> 0;
    }
  }
  const all = (h: Fnv, bytes: number[]) => {
    const s = String.fromCharCode(...bytes);
    const p = new Slice(bytes, 0, bytes.length, bytes.length);
    const b = (v: Value) => h.u32(v ? 1 : 0);
    const rs = (v: Value) => (v as number[]).forEach((x) => h.u32(x));
    b(call('FullRuneInString', s));
    b(call('FullRune', p));
    rs(call('DecodeRuneInString', s));
    rs(call('DecodeRune', p));
    rs(call('DecodeLastRuneInString', s));
    rs(call('DecodeLastRune', p));
    h.u32(call('RuneCountInString', s) as number);
    h.u32(call('RuneCount', p) as number);
    b(call('ValidString', s));
    b(call('Valid', p));
  };
  it('every input of 0, 1 and 2 bytes hashes as in Go', () => {
    const h = new Fnv();
    all(h, []);
    for (let a = 0; a < 256; a++) {
      all(h, [a]);
      for (let b = 0; b < 256; b++) all(h, [a, b]);
    }
    expect(h.h).toBe(0xcdac84e5);
  });
  it('3- and 4-byte inputs over interesting bytes hash as in Go', () => {
    const set = [0x00, 0x41, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xc1, 0xc2, 0xdf, 0xe0, 0xe1, 0xec, 0xed, 0xee, 0xef, 0xf0, 0xf1, 0xf3, 0xf4, 0xf5, 0xff];
    const h = new Fnv();
    for (const a of set) for (const b of set) for (const c of set) {
      all(h, [a, b, c]);
      for (const d of set) all(h, [a, b, c, d]);
    }
    expect(h.h).toBe(0x6a30df35);
  });
  it('RuneStart', () => {
    expect([0x00, 0x7f, 0x80, 0xbf, 0xc0, 0xff].map((b) => call('RuneStart', b))).toEqual([true, true, false, false, true, true]);
  });
});

describe('utf8 encoding', () => {
  // [rune, RuneLen, ValidRune, hex(EncodeRune), n]
  const runes: [number, number, boolean, string, number][] = [
    [-1, -1, false, 'efbfbd', 3], [0, 1, true, '00', 1], [65, 1, true, '41', 1], [127, 1, true, '7f', 1], [128, 2, true, 'c280', 2],
    [2047, 2, true, 'dfbf', 2], [2048, 3, true, 'e0a080', 3], [55295, 3, true, 'ed9fbf', 3], [55296, -1, false, 'efbfbd', 3],
    [57343, -1, false, 'efbfbd', 3], [57344, 3, true, 'ee8080', 3], [65533, 3, true, 'efbfbd', 3], [65535, 3, true, 'efbfbf', 3],
    [65536, 4, true, 'f0908080', 4], [1114111, 4, true, 'f48fbfbf', 4], [1114112, -1, false, 'efbfbd', 3],
    [2147483647, -1, false, 'efbfbd', 3], [-2147483648, -1, false, 'efbfbd', 3],
  ];
  it.each(runes)('rune %i', (r, len, valid, hex, n) => {
    expect(call('RuneLen', r)).toBe(len);
    expect(call('ValidRune', r)).toBe(valid);
    const p = new Slice([9, 9, 9, 9, 9, 9], 1, 4, 5);
    expect(call('EncodeRune', p, r)).toBe(n);
    expect(toHex(p.arr.slice(1, 1 + n) as number[])).toBe(hex);
    expect(p.arr[0]).toBe(9);
  });
  // [len(p), r, Go's panic]
  const panics: [number, number, string | undefined][] = [
    [0, 97, 'runtime error: index out of range [0] with length 0'],
    [1, 233, 'runtime error: index out of range [1] with length 1'],
    [2, 26085, 'runtime error: index out of range [2] with length 2'],
    [3, 128512, 'runtime error: index out of range [3] with length 3'],
    [2, 55296, 'runtime error: index out of range [2] with length 2'],
    [0, -1, 'runtime error: index out of range [2] with length 0'],
    [3, 26085, undefined],
  ];
  it.each(panics)('EncodeRune into %i bytes of %i', (n, r, want) => {
    const p = new Slice(new Array(n).fill(0), 0, n, n);
    expect(panicOf(() => call('EncodeRune', p, r))).toBe(want);
  });
  it('AppendRune grows like append', () => {
    // [len, cap, hex] after each append to a nil slice
    const want: [number, number, string][] = [
      [1, 8, '61'], [3, 8, '61c3a9'], [6, 8, '61c3a9e697a5'], [10, 16, '61c3a9e697a5f09f9880'], [11, 16, '61c3a9e697a5f09f988062'],
      [14, 16, '61c3a9e697a5f09f988062e697a5'], [17, 32, '61c3a9e697a5f09f988062e697a5e697a5'],
      [20, 32, '61c3a9e697a5f09f988062e697a5e697a5e697a5'], [24, 32, '61c3a9e697a5f09f988062e697a5e697a5e697a5f09f9880'],
      [28, 32, '61c3a9e697a5f09f988062e697a5e697a5e697a5f09f9880f09f9880'],
      [32, 32, '61c3a9e697a5f09f988062e697a5e697a5e697a5f09f9880f09f9880f09f9880'],
      [35, 64, '61c3a9e697a5f09f988062e697a5e697a5e697a5f09f9880f09f9880f09f9880efbfbd'],
    ];
    let p: Slice | null = null;
    const got: [number, number, string][] = [];
    for (const r of [0x61, 0xe9, 0x65e5, 0x1f600, 0x62, 0x65e5, 0x65e5, 0x65e5, 0x1f600, 0x1f600, 0x1f600, -5]) {
      p = call('AppendRune', p, r) as Slice;
      got.push([p.len, p.cap, toHex(p.arr.slice(p.off, p.off + p.len) as number[])]);
    }
    expect(got).toEqual(want);
  });
  it('AppendRune appends in place while the capacity lasts', () => {
    const q = new Slice([0, 0, 0, 0, 0], 0, 3, 5);
    const q2 = call('AppendRune', q, 0xe9) as Slice;
    const q3 = call('AppendRune', q2, 0x65e5) as Slice;
    // Go: 5 5 8 16 true false
    expect([q2.len, q2.cap, q3.len, q3.cap, q2.arr === q.arr, q3.arr === q2.arr]).toEqual([5, 5, 8, 16, true, false]);
  });
});
