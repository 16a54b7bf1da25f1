// Package unicode against Go 1.19: FNV-1a hashes of every predicate and case
// mapping over all runes (-2 .. MaxRune+2), of each table as Go values, and
// spot values — all computed by Go programs (go run, Go 1.19.8).
import { describe, expect, it } from 'vitest';
import { callNative, panicOf } from '../strings/nativeTestCtx.js';
import { Slice, type Value } from '../../vm/value.js';
import { unicodeNatives } from './natives.js';

/** Go's hashes (unicode_hash.go): FNV-1a 32 over a byte per bool / 4 LE bytes per rune. */
const goHashes: Record<string, number> = {
  IsControl: 0x619a07ca, IsDigit: 0xee2a5687, IsGraphic: 0x3c1d267f, IsLetter: 0x9d39a2a2, IsLower: 0xb5ef87f0,
  IsMark: 0x96046756, IsNumber: 0x82860a1c, IsPrint: 0x853124e9, IsPunct: 0x72966d93, IsSpace: 0x40022334,
  IsSymbol: 0xc4e14093, IsTitle: 0xb8ad56a0, IsUpper: 0xc771cafa,
  ToUpper: 0xc01565fa, ToLower: 0x01fe8c49, ToTitle: 0x3764f126, SimpleFold: 0x4f85612d,
};

/** Go's table hashes: [hash of (Lo, Hi, Stride)... 0xff (Lo, Hi, Stride)... LatinOffset, len(R16), len(R32)]. */
const goTables: Record<string, [number, number, number]> = {
  L: [0xe5c4d229, 359, 227], Lu: [0x8a3c242b, 108, 36], Ll: [0x27a6efef, 122, 34], Lt: [0x9c5b4198, 7, 0],
  M: [0x9dc1434e, 180, 101], N: [0x4189f56e, 66, 65], Nd: [0x63c6396f, 37, 24], P: [0x443c7073, 114, 47],
  S: [0x61353026, 126, 72], Z: [0xab7ce40d, 6, 0], Zs: [0x518ebcdd, 5, 0], Cc: [0x35983bbd, 2, 0],
  White_Space: [0x2776942e, 7, 0], Han: [0x622985e0, 10, 8], Latin: [0x810d28d1, 29, 0], Greek: [0x982b3a18, 29, 3],
  Cyrillic: [0xd6c2a1be, 7, 0], Arabic: [0xa0e247ea, 21, 26], Hiragana: [0x943c49f6, 2, 3],
  Katakana: [0x8e96f378, 7, 2], Hangul: [0xe9d373ba, 14, 0],
};

class Fnv {
  h = 2166136261;
  byte(b: number): void {
    this.h = Math.imul(this.h ^ (b & 0xff), 16777619) >>> 0;
  }
  u32(v: number): void {
    this.byte(v);
    this.byte(v >>> 8);
    this.byte(v >>> 16);
    this.byte(v >>> 24);
  }
}

const MAX_RUNE = 0x10ffff;
const fn = (name: string) => {
  const impl = unicodeNatives.get(name);
  if (!impl || impl.kind !== 'pure') throw new Error(name);
  return impl.fn;
};

describe('unicode predicates and case mappings over every rune', () => {
  const ctx = undefined as never;
  for (const name of ['IsControl', 'IsDigit', 'IsGraphic', 'IsLetter', 'IsLower', 'IsMark', 'IsNumber', 'IsPrint', 'IsPunct', 'IsSpace', 'IsSymbol', 'IsTitle', 'IsUpper']) {
    it(name, () => {
      const f = fn(`unicode.${name}`);
      const h = new Fnv();
      const args: Value[] = [0];
      for (let r = -2; r <= MAX_RUNE + 2; r++) {
        args[0] = r;
        h.byte(f(ctx, args) ? 1 : 0);
      }
      expect(h.h).toBe(goHashes[name]);
    });
  }
  for (const name of ['ToUpper', 'ToLower', 'ToTitle', 'SimpleFold']) {
    it(name, () => {
      const f = fn(`unicode.${name}`);
      const h = new Fnv();
      const args: Value[] = [0];
      for (let r = -2; r <= MAX_RUNE + 2; r++) {
        args[0] = r;
        h.u32(f(ctx, args) as number);
      }
      expect(h.h).toBe(goHashes[name]);
    });
  }
  it('To with every case, valid or not', () => {
    const f = fn('unicode.To');
    const h = new Fnv();
    for (let c = -1; c <= 3; c++) for (let r = -2; r <= MAX_RUNE + 2; r += 7) h.u32(f(ctx, [c, r]) as number);
    expect(h.h).toBe(0x2733205d);
  });
});

describe('unicode spot values', () => {
  // [rune, predicate bits (IsControl=1 ... IsUpper=4096 in the order above), ToUpper, ToLower, ToTitle, SimpleFold]
  const spots = [
    [97, 156, 65, 97, 65, 65], [90, 4236, 90, 122, 90, 122], [53, 198, 53, 53, 53, 53], [32, 644, 32, 32, 32, 32],
    [160, 516, 160, 160, 160, 160], [133, 513, 133, 133, 133, 133], [170, 140, 170, 170, 170, 170],
    [181, 156, 924, 181, 924, 924], [223, 156, 223, 223, 223, 7838], [453, 2188, 452, 454, 453, 454],
    [304, 4236, 304, 105, 304, 304], [305, 156, 73, 305, 73, 305], [931, 4236, 931, 963, 931, 962],
    [962, 156, 931, 962, 931, 963], [7838, 4236, 7838, 223, 7838, 223], [8490, 4236, 8490, 107, 8490, 75],
    [8486, 4236, 8486, 969, 8486, 937], [837, 164, 921, 837, 921, 921], [8072, 2188, 8072, 8064, 8072, 8064],
    [1632, 198, 1632, 1632, 1632, 1632], [8544, 196, 8544, 8560, 8544, 8560], [12288, 516, 12288, 12288, 12288, 12288],
    [19990, 140, 19990, 19990, 19990, 19990], [128512, 1156, 128512, 128512, 128512, 128512],
    [93760, 4236, 93760, 93792, 93760, 93792], [125184, 4236, 125184, 125218, 125184, 125218], [173, 0, 173, 173, 173, 173],
    [8203, 0, 8203, 8203, 8203, 8203], [8232, 512, 8232, 8232, 8232, 8232], [65279, 0, 65279, 65279, 65279, 65279],
    [-1, 0, -1, -1, -1, -1], [1114112, 0, 1114112, 1114112, 1114112, 1114112],
  ];
  const preds = ['IsControl', 'IsDigit', 'IsGraphic', 'IsLetter', 'IsLower', 'IsMark', 'IsNumber', 'IsPrint', 'IsPunct', 'IsSpace', 'IsSymbol', 'IsTitle', 'IsUpper'];
  it.each(spots)('rune %i', (r, bits, up, low, title, fold) => {
    let got = 0;
    preds.forEach((p, i) => {
      if (callNative(unicodeNatives, `unicode.${p}`, r)) got |= 1 << i;
    });
    expect(got).toBe(bits);
    expect(callNative(unicodeNatives, 'unicode.ToUpper', r)).toBe(up);
    expect(callNative(unicodeNatives, 'unicode.ToLower', r)).toBe(low);
    expect(callNative(unicodeNatives, 'unicode.ToTitle', r)).toBe(title);
    expect(callNative(unicodeNatives, 'unicode.SimpleFold', r)).toBe(fold);
  });
});

describe('unicode tables as Go values', () => {
  for (const [name, [hash, n16, n32]] of Object.entries(goTables)) {
    it(name, () => {
      const t = callNative(unicodeNatives, 'unicode.table', name) as [Slice | null, Slice | null, number];
      const h = new Fnv();
      const ranges = (s: Slice | null) => (s === null ? [] : (s.arr.slice(s.off, s.off + s.len) as number[][]));
      for (const r of ranges(t[0])) r.forEach((v) => h.u32(v));
      h.byte(0xff);
      for (const r of ranges(t[1])) r.forEach((v) => h.u32(v));
      h.u32(t[2]);
      expect([h.h, t[0]?.len ?? 0, t[1]?.len ?? 0]).toEqual([hash, n16, n32]);
    });
  }
});

// Go values for tables a program builds itself.
const r16 = (rs: number[][]) => new Slice(rs, 0, rs.length, rs.length);
function userTables(): Value[] {
  const long16: number[][] = [];
  for (let i = 0; i < 30; i++) long16.push([i * 100 + 10, i * 100 + 60, (i % 4) + 1]);
  const unsortedLong: number[][] = [];
  for (let i = 29; i >= 0; i--) unsortedLong.push([i * 300 + 5, i * 300 + 100, 1]);
  return [
    [r16(long16), null, 2],
    [r16([[300, 400, 1], [100, 200, 3], [0x41, 0x5a, 1]]), null, 0],
    [r16(unsortedLong), null, 0],
    [r16([[0x10, 0x20, 0]]), null, 0],
    [null, r16([[0x10000, 0x10100, 2], [0x20000, 0x30000, 5]]), 0],
    [null, r16([[0x80000000, 0xffffffff, 1]]), 0],
    [r16([[0x30, 0x39, 1]]), r16([[0x1f600, 0x1f64f, 1]]), 0],
    [null, null, 0],
  ];
}

describe('unicode.Is/In/IsOneOf over tables a program builds', () => {
  const runes = [-5, -1, 0, 5, 0x10, 0x11, 0x20, 0x41, 0x5a, 0x61, 101, 102, 103, 104, 150, 160, 161, 255, 256, 310, 410, 1010, 1011, 1012, 1014, 2910, 2911, 2960, 2961, 5000, 8705, 8799, 0xffff, 0x10000, 0x10001, 0x10002, 0x10100, 0x20000, 0x20005, 0x20006, 0x1f600, 0x1f650, 0x10ffff, 0x110000, 0x7fffffff];
  // Go's results (unicode_is.go): T true, F false, P panic: runtime error: integer divide by zero
  const want = [
    'FFFFTTTFFFFFFFTTFTFTTTFFFTFTFFFFFFFFFFFFFFFFF',
    'FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF',
    'FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF',
    'FFFFPPPFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF',
    'FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFTFTTTTFFFFFF',
    'TTFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF',
    'FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFTFFFF',
    'FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF',
  ];
  const res = (f: () => Value) => {
    const p = panicOf(() => f());
    if (p !== undefined) return p === 'runtime error: integer divide by zero' ? 'P' : p;
    return f() ? 'T' : 'F';
  };
  const tabs = userTables();
  tabs.forEach((t, i) => {
    it(`Is, table ${i}`, () => {
      expect(runes.map((r) => res(() => callNative(unicodeNatives, 'unicode.Is', t, r))).join('')).toBe(want[i]);
    });
  });
  it('In(r, tables 1, 4, 6)', () => {
    const list = r16([tabs[1], tabs[4], tabs[6]] as number[][]);
    expect(runes.map((r) => res(() => callNative(unicodeNatives, 'unicode.In', r, list))).join('')).toBe('FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFTFTTTTFTFFFF');
  });
  it('IsOneOf(Han, Greek, Nd)', () => {
    const t = (n: string) => callNative(unicodeNatives, 'unicode.table', n);
    const list = r16([t('Han'), t('Greek'), t('Nd')] as number[][]);
    expect(runes.map((r) => res(() => callNative(unicodeNatives, 'unicode.IsOneOf', list, r))).join('')).toBe('FFFFFFFFFFFFFFFFFFFFFTTTTFFFFFFFFFFFFTTTFFFFF');
  });
  it('Is(nil, r) dereferences nil', () => {
    expect(panicOf(() => callNative(unicodeNatives, 'unicode.Is', null, 5))).toBe('runtime error: invalid memory address or nil pointer dereference');
  });
});

describe('unicode.SpecialCase', () => {
  // unicode.TurkishCase as the api declares it
  const turkish = r16([
    [0x49, 0x49, [0, 0x131 - 0x49, 0]],
    [0x69, 0x69, [0x130 - 0x69, 0, 0x130 - 0x69]],
    [0x130, 0x130, [0, 0x69 - 0x130, 0]],
    [0x131, 0x131, [0x49 - 0x131, 0, 0x49 - 0x131]],
  ] as unknown as number[][]);
  it('TurkishCase over runes -2 .. 0x2000 hashes as in Go', () => {
    const h = new Fnv();
    for (let r = -2; r <= 0x2000; r++) {
      h.u32(callNative(unicodeNatives, 'unicode.SpecialCase.ToUpper', turkish, r) as number);
      h.u32(callNative(unicodeNatives, 'unicode.SpecialCase.ToLower', turkish, r) as number);
      h.u32(callNative(unicodeNatives, 'unicode.SpecialCase.ToTitle', turkish, r) as number);
    }
    expect(h.h).toBe(0x11c73360);
  });
  it('a nil SpecialCase maps as the standard functions', () => {
    expect(callNative(unicodeNatives, 'unicode.SpecialCase.ToUpper', null, 0x69)).toBe(0x49);
    expect(callNative(unicodeNatives, 'unicode.SpecialCase.ToLower', null, 0x130)).toBe(0x69);
  });
});
