// 64-bit and sized integer arithmetic against results computed by real Go
// (testdata/values/gen_int64.go -> int64_cases.txt).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GoRuntimePanic } from '../runtime/panics.js';
import * as i64 from './int64.js';
import { floatToInt, intOps, intToFloat32, intToFloat64, toInt16, toInt32, toInt64, toInt8, toUint16, toUint32, toUint64, toUint8 } from './intconv.js';
import { Kind } from './rtype.js';
import type { Int64 } from './value.js';

const lines = readFileSync(new URL('../../testdata/values/int64_cases.txt', import.meta.url), 'latin1').trim().split('\n').map((l) => l.split(' '));
const section = (name: string) => lines.filter((l) => l[0] === name);
const P = i64.parseInt64;

/** Result as a comparable string, with 'panic' for Go panics; checks canonical form. */
function run(f: () => Int64): string {
  try {
    const r = f();
    if (typeof r === 'bigint') expect(r > 9007199254740991n || r < -9007199254740991n).toBe(true);
    else {
      expect(Number.isSafeInteger(r)).toBe(true);
      expect(Object.is(r, -0)).toBe(false);
    }
    return String(r);
  } catch (e) {
    if (e instanceof GoRuntimePanic) return 'panic';
    throw e;
  }
}

const signedBin: Record<string, (a: Int64, b: Int64) => Int64> = {
  add: i64.add, sub: i64.sub, mul: i64.mul, div: i64.div, rem: i64.rem,
  and: i64.and, or: i64.or, xor: i64.xor, andnot: i64.andNot, cmp: i64.cmp,
};
const unsignedBin: Record<string, (a: Int64, b: Int64) => Int64> = {
  add: i64.addU, sub: i64.subU, mul: i64.mulU, div: i64.divU, rem: i64.remU,
  and: i64.andU, or: i64.orU, xor: i64.xorU, andnot: i64.andNotU, cmp: i64.cmp,
};

describe('int64 / uint64 binary operations (Go results)', () => {
  for (const [name, ops] of [['signed', signedBin], ['unsigned', unsignedBin]] as const) {
    it(name, () => {
      const cases = section(name);
      expect(cases.length).toBeGreaterThan(5000);
      const bad: string[] = [];
      for (const [, op, a, b, want] of cases) {
        const got = run(() => ops[op](P(a), P(b)));
        if (got !== want) bad.push(`${op} ${a} ${b}: got ${got}, want ${want}`);
      }
      expect(bad.slice(0, 20)).toEqual([]);
    });
  }
});

describe('unary operations and conversions (Go results)', () => {
  for (const [name, neg, not] of [['signedUnary', i64.neg, i64.not], ['unsignedUnary', i64.negU, i64.notU]] as const) {
    it(name, () => {
      const cases = section(name);
      expect(cases.length).toBeGreaterThan(20);
      for (const [, a, negW, notW, i8, i16, i32, u8, u16, u32, u64, f64bits, f32bits, asInt64] of cases) {
        const x = P(a);
        expect(run(() => neg(x)), `neg ${a}`).toBe(negW);
        expect(run(() => not(x)), `not ${a}`).toBe(notW);
        expect([toInt8(x), toInt16(x), toInt32(x), toUint8(x), toUint16(x), toUint32(x)].map(String), a).toEqual([i8, i16, i32, u8, u16, u32]);
        expect(String(toUint64(x)), a).toBe(u64);
        expect(String(toInt64(x)), a).toBe(asInt64);
        const f64 = new Float64Array([intToFloat64(x)]);
        expect(new BigUint64Array(f64.buffer)[0].toString(), `float64(${a})`).toBe(f64bits);
        const f32 = new Float32Array([intToFloat32(x)]);
        expect(new Uint32Array(f32.buffer)[0].toString(), `float32(${a})`).toBe(f32bits);
      }
    });
  }
});

describe('shifts (Go results)', () => {
  for (const [name, shl, shr] of [['signedShift', i64.shl, i64.shr], ['unsignedShift', i64.shlU, i64.shrU]] as const) {
    it(name, () => {
      const bad: string[] = [];
      for (const [, a, n, l, r] of section(name)) {
        const gl = run(() => shl(P(a), P(n)));
        const gr = run(() => shr(P(a), P(n)));
        if (gl !== l || gr !== r) bad.push(`${a} ${n}: ${gl} ${gr}, want ${l} ${r}`);
      }
      expect(bad.slice(0, 20)).toEqual([]);
    });
  }
  it('negative counts panic with a runtime error', () => {
    for (const f of [() => i64.shl(1, -1), () => i64.shr(1, -1), () => i64.shl(1, -(2n ** 60n)), () => intOps(Kind.Int8).shl(1, -3)]) {
      let err: unknown;
      try {
        f();
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(GoRuntimePanic);
      expect((err as GoRuntimePanic).message).toBe('negative shift amount');
      expect((err as GoRuntimePanic).isRuntimeError).toBe(true);
    }
  });
  it('huge counts', () => {
    expect(i64.shl(5, 2n ** 70n)).toBe(0);
    expect(i64.shr(-5, 2n ** 70n)).toBe(-1);
    expect(intOps(Kind.Uint32).shr(7, 2n ** 70n)).toBe(0);
  });
});

const kindByName: Record<string, Kind> = {
  int8: Kind.Int8, int16: Kind.Int16, int32: Kind.Int32, uint8: Kind.Uint8, uint16: Kind.Uint16, uint32: Kind.Uint32,
};

describe('sized integer kinds (Go results)', () => {
  it('all operations', () => {
    const cases = section('sized');
    expect(cases.length).toBeGreaterThan(10000);
    const bad: string[] = [];
    for (const [, kind, op, a, b, want] of cases) {
      const ops = intOps(kindByName[kind]);
      const x = Number(a);
      const y = Number(b);
      let got: string;
      switch (op) {
        case 'neg': got = run(() => ops.neg(x)); break;
        case 'not': got = run(() => ops.not(x)); break;
        case 'andnot': got = run(() => ops.andNot(x, y)); break;
        default: got = run(() => (ops[op as 'add'])(x, y));
      }
      if (got !== want) bad.push(`${kind} ${op} ${a} ${b}: got ${got}, want ${want}`);
    }
    expect(bad.slice(0, 20)).toEqual([]);
  });
});

describe('float to integer conversions (Go on amd64)', () => {
  it('every kind, float64 and float32 sources', () => {
    const cases = section('floatToInt');
    expect(cases.length).toBeGreaterThan(100);
    const kinds = [Kind.Int, Kind.Int8, Kind.Int16, Kind.Int32, Kind.Int64, Kind.Uint, Kind.Uint8, Kind.Uint16, Kind.Uint32, Kind.Uint64];
    for (const [, bits, ...rest] of cases) {
      const f = new Float64Array(new BigUint64Array([BigInt(bits)]).buffer)[0];
      const want = rest.slice(0, 10);
      expect(kinds.map((k) => String(floatToInt(f, k))), `${f} (${rest[10]})`).toEqual(want);
    }
  });
});

describe('canonical form', () => {
  it('results that fit are numbers', () => {
    expect(i64.add(2n ** 60n, -(2n ** 60n))).toBe(0);
    expect(i64.sub(9007199254740991, -1)).toBe(9007199254740992n);
    expect(i64.mul(-3, 0)).toBe(0);
    expect(Object.is(i64.mul(-3, 0), -0)).toBe(false);
    expect(Object.is(i64.div(-1, 5), -0)).toBe(false);
    expect(Object.is(i64.rem(-5, 5), -0)).toBe(false);
    expect(Object.is(i64.neg(0), -0)).toBe(false);
    expect(i64.div(-(2n ** 63n), -1)).toBe(-(2n ** 63n));
    expect(i64.and(-9007199254740991, -9007199254740990)).toBe(-9007199254740992n);
  });
  it('divZero throws Go\'s runtime error', () => {
    expect(() => i64.divZero(0)).toThrow(GoRuntimePanic);
    expect(() => i64.divZero(3)).not.toThrow();
    try {
      i64.div(1, 0);
    } catch (e) {
      expect((e as GoRuntimePanic).message).toBe('integer divide by zero');
      expect((e as GoRuntimePanic).isRuntimeError).toBe(true);
    }
  });
});
