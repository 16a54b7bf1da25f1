// Package math/bits against Go 1.19 (testdata/gen_cases.go, go run): every
// function over 22 interesting uint64 values (and their 8/16/32-bit
// truncations), rotations by 15 counts, and Add/Sub/Mul/Div/Rem over all
// pairs and triples of 9 values, panics included.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Value } from '../../../vm/value.js';
import { callNative, panicOf } from '../../strings/nativeTestCtx.js';
import { bitsNatives, u64 } from './natives.js';

const cases = JSON.parse(readFileSync(new URL('./testdata/cases.json', import.meta.url), 'utf8')) as {
  vals: string[]; small: string[]; ks: number[]; unary: Record<string, string[][]>; pairs: string[][];
};

const call = (name: string, ...args: Value[]) => callNative(bitsNatives, `math/bits.${name}`, ...args);
const v64 = (s: string) => u64(BigInt(s));
const trunc = (s: string, bits: number) => Number(BigInt.asUintN(bits, BigInt(s)));
/** Results as Go prints them; a panic as "P:runtime error: ...". */
function res(f: () => Value): string[] {
  let out: Value = null;
  const p = panicOf(() => {
    out = f();
  });
  if (p !== undefined) return [`P:${p}`];
  return (Array.isArray(out) ? out : [out]).map((v) => String(v));
}

describe('math/bits over single values', () => {
  const sized = (name: string, sizes: (number | '')[]) => (x: string) =>
    sizes.flatMap((n) => res(() => call(`${name}${n}`, n === '' || n === 64 ? v64(x) : trunc(x, n))));
  const fns: Record<string, (x: string) => string[]> = {
    LeadingZeros: sized('LeadingZeros', ['', 8, 16, 32, 64]),
    TrailingZeros: sized('TrailingZeros', ['', 8, 16, 32, 64]),
    OnesCount: sized('OnesCount', ['', 8, 16, 32, 64]),
    Reverse: sized('Reverse', ['', 8, 16, 32, 64]),
    ReverseBytes: sized('ReverseBytes', ['', 16, 32, 64]),
    Len: sized('Len', ['', 8, 16, 32, 64]),
    RotateLeft: (x) =>
      cases.ks.flatMap((k) =>
        (['', 8, 16, 32, 64] as const).flatMap((n) => res(() => call(`RotateLeft${n}`, n === '' || n === 64 ? v64(x) : trunc(x, n), k))),
      ),
  };
  for (const [name, rows] of Object.entries(cases.unary)) {
    it(name, () => {
      expect(cases.vals.map((x) => fns[name](x))).toEqual(rows);
    });
  }
  it('RotateLeft by a bigint count', () => {
    // bits.RotateLeft64(1, math.MinInt64+1) rotates by 1 (uint(k) & 63)
    expect(call('RotateLeft64', 1, -(2n ** 63n) + 1n)).toBe(2);
  });
});

describe('math/bits arithmetic over pairs and triples', () => {
  it('Add, Sub (with carries 0 and 1), Mul, Div, Rem', () => {
    const got: string[][] = [];
    for (const xs of cases.small) {
      for (const ys of cases.small) {
        const x = v64(xs);
        const y = v64(ys);
        const x32 = trunc(xs, 32);
        const y32 = trunc(ys, 32);
        for (const c of [0, 1]) {
          got.push([
            ...res(() => call('Add64', x, y, c)), ...res(() => call('Add', x, y, c)), ...res(() => call('Add32', x32, y32, c)),
            ...res(() => call('Sub64', x, y, c)), ...res(() => call('Sub', x, y, c)), ...res(() => call('Sub32', x32, y32, c)),
          ]);
        }
        const row = [...res(() => call('Mul64', x, y)), ...res(() => call('Mul', x, y)), ...res(() => call('Mul32', x32, y32))];
        for (const zs of cases.small) {
          const z = v64(zs);
          const z32 = trunc(zs, 32);
          row.push(
            ...res(() => call('Div64', x, y, z)), ...res(() => call('Div', x, y, z)), ...res(() => call('Div32', x32, y32, z32)),
            ...res(() => call('Rem64', x, y, z)), ...res(() => call('Rem', x, y, z)), ...res(() => call('Rem32', x32, y32, z32)),
          );
        }
        got.push(row);
      }
    }
    expect(got).toEqual(cases.pairs);
  });
});
