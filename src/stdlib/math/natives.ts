// Natives of package math (declared in src/stdlib/api/math.ts), with the
// results Go 1.19 gives on amd64: exact operations map to JS (Sqrt, Floor,
// Ceil, Trunc, Abs, Mod), everything else runs Go's own algorithms
// (expLog.ts, trig.ts, hyperbolic.ts, special.ts, bessel.ts).
import type { NativeImpl } from '../../vm/native.js';
import type { Value } from '../../vm/value.js';
import { j0, j1, jn, y0, y1, yn } from './bessel.js';
import { exp, exp2, expm1, log, log10, log1p, log2, pow, pow10 } from './expLog.js';
import {
  copysign, float32bits, float32frombits, float64Words, frexp, fromWords, ilogb, ldexp, modf, nextafter, nextafter32,
  round, roundToEven, signbit,
} from './floatBits.js';
import { fma } from './fma.js';
import { acosh, asinh, atanh, cosh, sinh, tanh } from './hyperbolic.js';
import { cbrt, dim, erf, erfc, erfcinv, erfinv, gamma, hypot, lgamma, max, min, mod, remainder } from './special.js';
import { acos, asin, atan, atan2, cos, sin, sincos, tan } from './trig.js';

/** An int argument as a number; bigints (beyond 2**53) are clamped, which keeps every function's result. */
const int = (v: Value): number => {
  if (typeof v !== 'bigint') return v as number;
  return v > 1000000n ? 1000000 : v < -1000000n ? -1000000 : Number(v);
};

/** A uint64 result in the VM's canonical form: a number when it is a safe integer, else a bigint. */
export function uint64Value(hi: number, lo: number): number | bigint {
  if (hi < 0x200000) return hi * 4294967296 + lo;
  return (BigInt(hi) << 32n) | BigInt(lo);
}

function float64bits(x: number): number | bigint {
  const [hi, lo] = float64Words(x);
  return uint64Value(hi, lo);
}

function float64frombits(b: Value): number {
  if (typeof b === 'bigint') return fromWords(Number(b >> 32n), Number(b & 0xffffffffn));
  const n = b as number;
  return fromWords(Math.floor(n / 4294967296), n % 4294967296);
}

type F1 = (x: number) => Value;
type F2 = (x: number, y: number) => Value;
const f1 = (f: F1): NativeImpl => ({ kind: 'pure', fn: (_c, [x]) => f(x as number) });
const f2 = (f: F2): NativeImpl => ({ kind: 'pure', fn: (_c, [x, y]) => f(x as number, y as number) });

function logb(x: number): number {
  if (x === 0) return -Infinity;
  if (x === Infinity || x === -Infinity) return Infinity;
  if (x !== x) return x;
  return ilogb(x);
}

function goIlogb(x: number): number {
  if (x === 0) return -2147483648;
  if (x !== x || x === Infinity || x === -Infinity) return 2147483647;
  return ilogb(x);
}

export const mathNatives = new Map<string, NativeImpl>([
  ['math.Abs', f1(Math.abs)],
  ['math.Acos', f1(acos)],
  ['math.Acosh', f1(acosh)],
  ['math.Asin', f1(asin)],
  ['math.Asinh', f1(asinh)],
  ['math.Atan', f1(atan)],
  ['math.Atan2', f2(atan2)],
  ['math.Atanh', f1(atanh)],
  ['math.Cbrt', f1(cbrt)],
  ['math.Ceil', f1(Math.ceil)],
  ['math.Copysign', f2(copysign)],
  ['math.Cos', f1(cos)],
  ['math.Cosh', f1(cosh)],
  ['math.Dim', f2(dim)],
  ['math.Erf', f1(erf)],
  ['math.Erfc', f1(erfc)],
  ['math.Erfcinv', f1(erfcinv)],
  ['math.Erfinv', f1(erfinv)],
  ['math.Exp', f1(exp)],
  ['math.Exp2', f1(exp2)],
  ['math.Expm1', f1(expm1)],
  ['math.FMA', { kind: 'pure', fn: (_c, [x, y, z]) => fma(x as number, y as number, z as number) }],
  ['math.Float32bits', f1(float32bits)],
  ['math.Float32frombits', { kind: 'pure', fn: (_c, [b]) => float32frombits(b as number) }],
  ['math.Float64bits', f1(float64bits)],
  ['math.Float64frombits', { kind: 'pure', fn: (_c, [b]) => float64frombits(b) }],
  ['math.Floor', f1(Math.floor)],
  ['math.Frexp', f1(frexp)],
  ['math.Gamma', f1(gamma)],
  ['math.Hypot', f2(hypot)],
  ['math.Ilogb', f1(goIlogb)],
  ['math.Inf', { kind: 'pure', fn: (_c, [s]) => (int(s) >= 0 ? Infinity : -Infinity) }],
  [
    'math.IsInf',
    {
      kind: 'pure',
      fn: (_c, [f, s]) => {
        const sign = int(s);
        return (sign >= 0 && (f as number) === Infinity) || (sign <= 0 && (f as number) === -Infinity);
      },
    },
  ],
  ['math.IsNaN', f1((x) => x !== x)],
  ['math.J0', f1(j0)],
  ['math.J1', f1(j1)],
  ['math.Jn', { kind: 'pure', fn: (_c, [n, x]) => jn(int(n), x as number) }],
  ['math.Ldexp', { kind: 'pure', fn: (_c, [f, e]) => ldexp(f as number, int(e)) }],
  ['math.Lgamma', f1(lgamma)],
  ['math.Log', f1(log)],
  ['math.Log10', f1(log10)],
  ['math.Log1p', f1(log1p)],
  ['math.Log2', f1(log2)],
  ['math.Logb', f1(logb)],
  ['math.Max', f2(max)],
  ['math.Min', f2(min)],
  ['math.Mod', f2(mod)],
  ['math.Modf', f1(modf)],
  ['math.NaN', { kind: 'pure', fn: () => NaN }],
  ['math.Nextafter', f2(nextafter)],
  ['math.Nextafter32', f2(nextafter32)],
  ['math.Pow', f2(pow)],
  ['math.Pow10', { kind: 'pure', fn: (_c, [n]) => pow10(int(n)) }],
  ['math.Remainder', f2(remainder)],
  ['math.Round', f1(round)],
  ['math.RoundToEven', f1(roundToEven)],
  ['math.Signbit', f1(signbit)],
  ['math.Sin', f1(sin)],
  ['math.Sincos', f1(sincos)],
  ['math.Sinh', f1(sinh)],
  ['math.Sqrt', f1(Math.sqrt)],
  ['math.Tan', f1(tan)],
  ['math.Tanh', f1(tanh)],
  ['math.Trunc', f1(Math.trunc)],
  ['math.Y0', f1(y0)],
  ['math.Y1', f1(y1)],
  ['math.Yn', { kind: 'pure', fn: (_c, [n, x]) => yn(int(n), x as number) }],
]);
