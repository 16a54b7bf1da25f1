// Package math against Go 1.19 on amd64 (with FMA, as the Go Playground):
// for every function, an FNV-1a hash of its results over the specials and
// 2000 generated inputs (mathInputs.ts mirrors testdata/gen_hashes.go, which
// produced the expected hashes with go run), plus readable spot checks.
import { describe, expect, it } from 'vitest';
import type { Value } from '../../vm/value.js';
import { callNative } from '../strings/nativeTestCtx.js';
import { Fnv64, inputs } from './mathInputs.js';
import { mathNatives } from './natives.js';

/** Go's hashes (gen_hashes.go). */
const goHashes: Record<string, string> = {
  Abs: 'ff76af4f76d35bfb',
  Acos: 'cbe6e4b5110bf016',
  Acosh: 'ebd86327efc43877',
  Asin: '1b020ce01ac512a6',
  Asinh: 'ca718928b2f8bf66',
  Atan: '91a35c04e48dcbaf',
  Atanh: 'bf07601e31fcd984',
  Cbrt: '70ce9836ba1de078',
  Ceil: '63cec5f02c6b9974',
  Cos: 'c5374b178fffc8fe',
  Cosh: '238da6117ffa8826',
  Erf: '51339a1abcf66940',
  Erfc: '2f4da36df654e6fc',
  Erfcinv: 'be932b3cb98b11e3',
  Erfinv: '7e4ccbd637eec5e8',
  Exp: 'ee1e987490a7d824',
  Exp2: '1d7e2f527c6dc7a9',
  Expm1: '7eacd39536ec47ad',
  Floor: 'bf31c03c5546df69',
  Gamma: '07652376837d0623',
  J0: '3334a6700c2129df',
  J1: '616ebdaa03d3cf2b',
  Log: 'b3b3705a5ff59e65',
  Log10: 'e2cd16ef948d0a9b',
  Log1p: '5fe522aa5b58d4d8',
  Log2: '25cd91667b077f55',
  Logb: '9a8060962cd490cf',
  Round: '248573c1496632b2',
  RoundToEven: '25b7c2265ea8493d',
  Sin: '4445563dcfbc7b52',
  Sinh: '455fd4475da88b03',
  Sqrt: '636ede606c5aa1bb',
  Tan: '6eaed06cd29be40a',
  Tanh: '4e299ff65b02fd0e',
  Trunc: '06a4e6e4a74a4225',
  Y0: '82104b2e59c1fa50',
  Y1: '4463986b3a75aa3d',
  Frexp: '7ecaa8877276100f',
  Modf: '862c1215ed752c04',
  Sincos: 'd3e56cbb00dbd860',
  Lgamma: 'd2b00e02fd0b7fbc',
  Ilogb: 'a1ee026c8a78ec06',
  Signbit: '057c9bfe672c81e5',
  Float64bits: '9d6f3f193141f000',
  Float32bits: 'b4d4eae9a436f73c',
  Atan2: 'b8e29833e9c2dfa6',
  Copysign: '343affae54dfda1a',
  Dim: 'a066a8886627d1a7',
  Hypot: '8a3f50396e0fd990',
  Max: 'fb62fdea7451fdf9',
  Min: '46164facac5c02cc',
  Mod: 'dd1c61d320b15bba',
  Nextafter: 'e2165bf5563602c0',
  Pow: '24e4d70735fcbf75',
  Remainder: '3f042f581fb8f610',
  FMA: 'd377ad710cc01ee0',
  Nextafter32: '87b17a73b5df01eb',
  Ldexp: '106b7db065465c29',
  Jn: 'fb9783e013fc2818',
  Yn: '5d50e571067c4e53',
};

const call = (name: string, ...args: Value[]) => callNative(mathNatives, `math.${name}`, ...args);
const m1 = (name: string) => (x: number) => [call(name, x) as number];
const m2 = (name: string) => (x: number, y: number) => [call(name, x, y) as number];
const pair = (name: string) => (x: number) => call(name, x) as number[];
const bool = (v: Value) => (v ? 1 : 0);
/** int(math.Mod(v, m)), 0 for NaN, as gen_hashes.go's imod. */
const imod = (v: number, m: number) => Math.trunc(v % m) || 0;

type Case = [name: string, r: number, emax: number, f1?: (x: number) => number[], f2?: (x: number, y: number) => number[]];

// the same table, in the same order, as gen_hashes.go (the order gives each function its seed)
const cases: Case[] = [
  ['Abs', 10, 1030, m1('Abs')], ['Acos', 1.2, 60, m1('Acos')], ['Acosh', 100, 1030, m1('Acosh')], ['Asin', 1.2, 60, m1('Asin')],
  ['Asinh', 100, 1030, m1('Asinh')], ['Atan', 100, 1030, m1('Atan')], ['Atanh', 1.2, 60, m1('Atanh')], ['Cbrt', 1e6, 1030, m1('Cbrt')],
  ['Ceil', 1e6, 60, m1('Ceil')], ['Cos', 100, 1030, m1('Cos')], ['Cosh', 800, 12, m1('Cosh')], ['Erf', 8, 40, m1('Erf')],
  ['Erfc', 30, 40, m1('Erfc')], ['Erfcinv', 2.2, 60, m1('Erfcinv')], ['Erfinv', 1.2, 60, m1('Erfinv')], ['Exp', 800, 12, m1('Exp')],
  ['Exp2', 1100, 12, m1('Exp2')], ['Expm1', 800, 12, m1('Expm1')], ['Floor', 1e6, 60, m1('Floor')], ['Gamma', 200, 9, m1('Gamma')],
  ['J0', 100, 1030, m1('J0')], ['J1', 100, 1030, m1('J1')], ['Log', 1e6, 1080, m1('Log')], ['Log10', 1e6, 1080, m1('Log10')],
  ['Log1p', 10, 1030, m1('Log1p')], ['Log2', 1e6, 1080, m1('Log2')], ['Logb', 1e6, 1080, m1('Logb')], ['Round', 1e6, 60, m1('Round')],
  ['RoundToEven', 1e6, 60, m1('RoundToEven')], ['Sin', 100, 1030, m1('Sin')], ['Sinh', 800, 12, m1('Sinh')], ['Sqrt', 1e6, 1080, m1('Sqrt')],
  ['Tan', 100, 1030, m1('Tan')], ['Tanh', 50, 12, m1('Tanh')], ['Trunc', 1e6, 60, m1('Trunc')], ['Y0', 100, 1030, m1('Y0')],
  ['Y1', 100, 1030, m1('Y1')], ['Frexp', 1e6, 1080, pair('Frexp')], ['Modf', 1e6, 70, pair('Modf')], ['Sincos', 100, 1030, pair('Sincos')],
  ['Lgamma', 200, 70, pair('Lgamma')], ['Ilogb', 1e6, 1080, m1('Ilogb')],
  ['Signbit', 10, 1030, (x) => [bool(call('Signbit', x))]],
  ['Float64bits', 10, 1030, (x) => [Number(BigInt(call('Float64bits', x) as number | bigint) >> 12n)]],
  ['Float32bits', 1e6, 150, (x) => [call('Float32bits', Math.fround(x)) as number]],
  ['Atan2', 100, 1030, undefined, m2('Atan2')], ['Copysign', 100, 1030, undefined, m2('Copysign')], ['Dim', 100, 1030, undefined, m2('Dim')],
  ['Hypot', 100, 1030, undefined, m2('Hypot')], ['Max', 100, 1030, undefined, m2('Max')], ['Min', 100, 1030, undefined, m2('Min')],
  ['Mod', 100, 1030, undefined, m2('Mod')], ['Nextafter', 100, 1030, undefined, m2('Nextafter')], ['Pow', 20, 12, undefined, m2('Pow')],
  ['Remainder', 100, 1030, undefined, m2('Remainder')],
  ['FMA', 100, 400, undefined, (x, y) => [call('FMA', x, y, x * 0.75 - y), call('FMA', x, y, -x * y), call('FMA', x, -x, y)] as number[]],
  ['Nextafter32', 100, 120, undefined, (x, y) => [call('Nextafter32', Math.fround(x), Math.fround(y)) as number]],
  ['Ldexp', 10, 1030, undefined, (x, y) => [call('Ldexp', x, imod(y * 37, 2200)) as number]],
  ['Jn', 30, 12, undefined, (x, y) => [call('Jn', imod(y, 40), x) as number]],
  ['Yn', 30, 12, undefined, (x, y) => [call('Yn', imod(y, 40), x) as number]],
];

describe('math: result hashes over 2000+ inputs per function equal Go\'s', () => {
  cases.forEach(([name, r, emax, f1, f2], k) => {
    it(name, () => {
      const xs = inputs(BigInt(k + 1) * 7919n, 2000, r, emax);
      const h = new Fnv64();
      // (Float64bits skips NaN inputs: JS keeps no NaN payloads)
      if (f1) {
        for (const x of xs) if (name !== 'Float64bits' || x === x) for (const v of f1(x)) h.f(v);
      } else {
        const ys = inputs(BigInt(k + 1) * 104729n, 2000, r, emax);
        xs.forEach((x, i) => {
          for (const v of f2!(x, ys[(i * 7 + 3) % ys.length])) h.f(v);
        });
      }
      expect(h.hex()).toBe(goHashes[name]);
    });
  });
});

describe('math spot values (math_spots.go)', () => {
  const NAN = NaN;
  const show = (x: number) => (x !== x ? 'NaN' : x === Infinity ? 'Inf' : x === -Infinity ? '-Inf' : Object.is(x, -0) ? '-0' : goFloat(x));
  /** Go's %v of a float64 (strconv 'g', shortest): exponent form from 1e6 on and below 1e-4. */
  function goFloat(x: number): string {
    const a = Math.abs(x);
    if (a !== 0 && (a >= 1e6 || a < 1e-4)) {
      const [m, e] = x.toExponential().split('e');
      const n = Number(e);
      return `${m}e${n < 0 ? '-' : '+'}${String(Math.abs(n)).padStart(2, '0')}`;
    }
    return String(x);
  }
  const c = (name: string, ...a: Value[]) => call(name, ...a) as number;
  const rows: [string, number[], string[]][] = [
    ['Max', [c('Max', Infinity, NAN), c('Max', NAN, 1), c('Max', -0, 0), c('Max', 0, -0), c('Max', -0, -0), c('Max', -Infinity, NAN), c('Max', 3, 2)], ['Inf', 'NaN', '0', '0', '-0', 'NaN', '3']],
    ['Min', [c('Min', -Infinity, NAN), c('Min', NAN, 1), c('Min', -0, 0), c('Min', 0, -0), c('Min', 0, 0), c('Min', Infinity, NAN), c('Min', 3, 2)], ['-Inf', 'NaN', '-0', '-0', '0', 'NaN', '2']],
    ['Mod', [c('Mod', 7, 3), c('Mod', -7, 3), c('Mod', 7, -3), c('Mod', -6, 3), c('Mod', 5, Infinity), c('Mod', Infinity, 2), c('Mod', 1, 0), c('Mod', NAN, 1)], ['1', '-1', '1', '-0', '5', 'NaN', 'NaN', 'NaN']],
    ['Remainder', [c('Remainder', 7, 3), c('Remainder', -7, 3), c('Remainder', 5, 2), c('Remainder', -6, 3), c('Remainder', 5, Infinity)], ['1', '-1', '1', '-0', '5']],
    ['Round', [c('Round', 2.5), c('Round', -2.5), c('Round', 0.49999999999999994), c('Round', -0.4), c('Round', 1e16 + 1), c('Round', NAN)], ['3', '-3', '0', '-0', '1e+16', 'NaN']],
    ['RoundToEven', [c('RoundToEven', 2.5), c('RoundToEven', 3.5), c('RoundToEven', -2.5), c('RoundToEven', -0.5), c('RoundToEven', 0.5000000000000001)], ['2', '4', '-2', '-0', '1']],
    ['Trunc', [c('Trunc', -0.5), c('Trunc', 2.7), c('Floor', -0.5), c('Ceil', -0.5), c('Ceil', 0.2)], ['-0', '2', '-1', '-0', '1']],
    ['Pow', [c('Pow', 2, 10), c('Pow', -8, 1 / 3), c('Pow', -0, -1), c('Pow', 0, -2), c('Pow', -1, Infinity), c('Pow', NAN, 0), c('Pow', 1, NAN), c('Pow', -Infinity, 3), c('Pow', 2, 0.5), c('Pow', 10, -3)],
      ['1024', 'NaN', '-Inf', 'Inf', '1', '1', '1', '-Inf', '1.4142135623730951', '0.001']],
    ['Sqrt', [c('Sqrt', -1), c('Sqrt', -0), c('Sqrt', 2), c('Cbrt', -27), c('Hypot', Infinity, NAN), c('Hypot', 3, 4)], ['NaN', '-0', '1.4142135623730951', '-3', 'Inf', '5']],
    ['Log', [c('Log', 0), c('Log', -1), c('Log', Math.E), c('Log2', 8), c('Log10', 1000), c('Log1p', -1), c('Log', 1e-310)], ['-Inf', 'NaN', '1', '3', '3', '-Inf', '-709.0850815488945']],
    ['Exp', [c('Exp', 1), c('Exp', -745.2), c('Exp', 709.8), c('Exp2', 10), c('Expm1', 1e-10)], ['2.718281828459045', '0', 'Inf', '1024', '1.00000000005e-10']],
    ['Trig', [c('Sin', Math.PI), c('Cos', Math.PI), c('Tan', Math.PI / 4), c('Sin', 1e22), c('Atan2', -0, -1), c('Atan2', 0, -0), c('Asin', 2)],
      ['1.2246467991473515e-16', '-1', '1', '-0.8522008497671889', '-3.141592653589793', '3.141592653589793', 'NaN']],
    ['Misc', [c('Copysign', 3, -0), c('Dim', 5, 3), c('Dim', 3, 5), c('Nextafter', 1, 2), c('Nextafter', 0, -1), c('Gamma', 5), c('Gamma', -1), c('Erf', 0.5), c('Erfinv', 1)],
      ['-3', '2', '0', '1.0000000000000002', '-5e-324', '24', 'NaN', '0.5204998778130465', 'Inf']],
    ['Pairs', [...(call('Frexp', 8) as number[]), ...(call('Modf', -3.25) as number[]), ...(call('Lgamma', -0.5) as number[]), c('Ilogb', 0), c('Ilogb', NAN)],
      ['0.5', '4', '-3', '-0.25', '1.2655121234846454', '-1', '-2.147483648e+09', '2.147483647e+09']],
  ];
  it.each(rows)('%s', (_name, got, want) => {
    expect(got.map(show)).toEqual(want);
  });
  it('bits', () => {
    // Go: 9221120237041090561 9223372036854775808 4607182418800017408 18442240474082181120 2143289344 3217031168
    expect([c('Float64bits', NAN), c('Float64bits', -0), c('Float64bits', 1), c('Float64bits', -Infinity), c('Float32bits', NAN), c('Float32bits', -1.5)]).toEqual([
      9221120237041090561n, 9223372036854775808n, 4607182418800017408n, 18442240474082181120n, 2143289344, 3217031168,
    ]);
    // Go: 1.5 -Inf 1.5 false true true true
    expect([c('Float64frombits', 0x3ff8000000000000n), c('Float64frombits', 0xfff0000000000000n), c('Float32frombits', 0x3fc00000), call('IsInf', Infinity, -1), call('IsInf', Infinity, 0), call('IsNaN', NAN), call('Signbit', -0)]).toEqual([
      1.5, -Infinity, 1.5, false, true, true, true,
    ]);
  });
});
