// Exponentials and logarithms with the results Go 1.19 gives on amd64 (the
// platform of the Go Playground and of our oracle): Exp and Log are Go's
// assembly (exp_amd64.s on its FMA path, log_amd64.s), Exp2, Expm1, Log1p,
// Log10, Log2 and Pow are the portable Go functions (exp.go, expm1.go,
// log1p.go, log10.go, pow.go) built on them.
import { fma } from './fma.js';
import { copysign, frexp, fromWords, hiWord, ldexp, loWord, modf } from './floatBits.js';

// ---------------------------------------------------------------- Exp (exp_amd64.s)

const LOG2E = 1.4426950408889634; // 1/Ln2
const LN2U = 0.69314718055966295651160180568695068359375;
const LN2L = 0.28235290563031577122588448175013436025525412068e-12;
const EXP_OVERFLOW = 7.09782712893384e2;
// Taylor coefficients of exprodata (1/n!)
const T2 = 0.5;
const T3 = 1.6666666666666666667e-1;
const T4 = 4.1666666666666666667e-2;
const T5 = 8.3333333333333333333e-3;
const T6 = 1.3888888888888888889e-3;
const T7 = 1.984126984126984127e-4;
const T8 = 2.4801587301587301587e-5;

/** CVTSD2SL: round to nearest even, out of int32 range -> 0x80000000. */
function cvtsd2sl(x: number): number {
  if (!(x >= -2147483648.5 && x < 2147483647.5)) return -2147483648;
  let r = Math.round(x);
  if (r - x === 0.5 && r % 2 !== 0) r--; // Math.round rounds halves up; SSE rounds them to even
  return r;
}

/** math.Exp as exp_amd64.s computes it on CPUs with FMA (Shibata's method: x = k*ln2 + r, r/16, Taylor, squaring). */
export function exp(x: number): number {
  if (x !== x || x === Infinity) return x;
  if (x === -Infinity) return 0;
  if (x > EXP_OVERFLOW) return Infinity;
  let k = cvtsd2sl(LOG2E * x);
  let r = fma(-k, LN2U, x);
  r = fma(-k, LN2L, r);
  r *= 0.0625;
  let p = fma(T8, r, T7);
  p = fma(p, r, T6);
  p = fma(p, r, T5);
  p = fma(p, r, T4);
  p = fma(p, r, T3);
  p = fma(p, r, T2);
  p = fma(p, r, 1);
  r *= p;
  let t = r + 2;
  r *= t;
  t = r + 2;
  r *= t;
  t = r + 2;
  r *= t;
  t = r + 2;
  r = fma(r, t, 1);
  // scale by 2**k
  k = (k + 0x3ff) | 0;
  if (k <= 0) {
    if (k < -52) return 0;
    r *= fromWords((k + 0x3fe) << 20, 0);
    return r * fromWords(1 << 20, 0);
  }
  if (k >= 0x7ff) return Infinity;
  return r * fromWords(k << 20, 0);
}

// ---------------------------------------------------------------- Log (log_amd64.s)

const HSQRT2 = 7.07106781186547524401e-1;
const LN2_HI = 6.9314718036912381649e-1;
const LN2_LO = 1.90821492927058770002e-10;
const L1 = 6.66666666666673513e-1;
const L2 = 3.999999999940941908e-1;
const L3 = 2.857142874366239149e-1;
const L4 = 2.222219843214978396e-1;
const L5 = 1.818357216161805012e-1;
const L6 = 1.531383769920937332e-1;
const L7 = 1.479819860511658591e-1;

/**
 * math.Log as log_amd64.s: the mantissa and exponent are taken from the bits
 * without normalizing subnormals (so Log of a subnormal differs from log.go),
 * and the halving test is f1 <= Sqrt2/2.
 */
export function log(x: number): number {
  if (x === 0) return -Infinity;
  const hi = hiWord(x);
  if (hi >= 0x80000000) return NaN; // sign bit set (incl. -Inf)
  if (x !== x || x === Infinity) return x;
  let f1 = fromWords((hi & 0x000fffff) | 0x3fe00000, loWord(x));
  let k = ((hi >>> 20) & 0x7ff) - 0x3fe;
  if (f1 <= HSQRT2) {
    k -= 1;
    f1 *= 2;
  }
  const f = f1 - 1;
  const s = f / (2 + f);
  const s2 = s * s;
  const s4 = s2 * s2;
  const t1 = s2 * (L1 + s4 * (L3 + s4 * (L5 + s4 * L7)));
  const t2 = s4 * (L2 + s4 * (L4 + s4 * L6));
  const R = t1 + t2;
  const hfsq = 0.5 * f * f;
  return k * LN2_HI - ((hfsq - (s * (hfsq + R) + k * LN2_LO)) - f);
}

const INV_LN10 = 0.4342944819032518; // float64(1/Ln10)
const INV_LN2 = 1.4426950408889634; // float64(1/Ln2)

export function log10(x: number): number {
  return log(x) * INV_LN10;
}

export function log2(x: number): number {
  const [frac, e] = frexp(x);
  if (frac === 0.5) return e - 1; // exact for powers of two
  return log(frac) * INV_LN2 + e;
}

// ---------------------------------------------------------------- exp.go: Exp2

const EXP_LN2HI = 6.9314718036912381649e-1;
const EXP_LN2LO = 1.90821492927058770002e-10;

function expmulti(hi: number, lo: number, k: number): number {
  const P1 = 1.66666666666666657415e-1;
  const P2 = -2.77777777770155933842e-3;
  const P3 = 6.61375632143793436117e-5;
  const P4 = -1.6533902205465251539e-6;
  const P5 = 4.13813679705723846039e-8;
  const r = hi - lo;
  const t = r * r;
  const c = r - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
  const y = 1 - ((lo - (r * c) / (2 - c)) - hi);
  return ldexp(y, k);
}

export function exp2(x: number): number {
  if (x !== x || x === Infinity) return x;
  if (x === -Infinity) return 0;
  if (x > 1.0239999999999999e3) return Infinity;
  if (x < -1.074e3) return 0;
  let k = 0;
  if (x > 0) k = Math.trunc(x + 0.5);
  else if (x < 0) k = Math.trunc(x - 0.5);
  const t = x - k;
  return expmulti(t * EXP_LN2HI, -t * EXP_LN2LO, k);
}

// ---------------------------------------------------------------- expm1.go

export function expm1(x: number): number {
  const Othreshold = 7.09782712893383973096e2;
  const Ln2X56 = 3.88162421113569373274e1;
  const Ln2HalfX3 = 1.03972077083991796413;
  const Ln2Half = 3.46573590279972654709e-1;
  const Ln2Hi = 6.9314718036912381649e-1;
  const Ln2Lo = 1.90821492927058770002e-10;
  const InvLn2 = 1.442695040888963387;
  const Tiny = 2 ** -54;
  const Q1 = -3.33333333333331316428e-2;
  const Q2 = 1.58730158725481460165e-3;
  const Q3 = -7.93650757867487942473e-5;
  const Q4 = 4.00821782732936239552e-6;
  const Q5 = -2.01099218183624371326e-7;
  if (x === Infinity || x !== x) return x;
  if (x === -Infinity) return -1;
  let absx = x;
  let sign = false;
  if (x < 0) {
    absx = -absx;
    sign = true;
  }
  if (absx >= Ln2X56) {
    if (sign) return -1;
    if (absx >= Othreshold) return Infinity;
  }
  let c = 0;
  let k = 0;
  if (absx > Ln2Half) {
    let hi: number;
    let lo: number;
    if (absx < Ln2HalfX3) {
      if (!sign) {
        hi = x - Ln2Hi;
        lo = Ln2Lo;
        k = 1;
      } else {
        hi = x + Ln2Hi;
        lo = -Ln2Lo;
        k = -1;
      }
    } else {
      k = !sign ? Math.trunc(InvLn2 * x + 0.5) : Math.trunc(InvLn2 * x - 0.5);
      const t = k;
      hi = x - t * Ln2Hi;
      lo = t * Ln2Lo;
    }
    x = hi - lo;
    c = (hi - x) - lo;
  } else if (absx < Tiny) {
    return x;
  } else {
    k = 0;
  }
  const hfx = 0.5 * x;
  const hxs = x * hfx;
  const r1 = 1 + hxs * (Q1 + hxs * (Q2 + hxs * (Q3 + hxs * (Q4 + hxs * Q5))));
  let t = 3 - r1 * hfx;
  let e = hxs * ((r1 - t) / (6.0 - x * t));
  if (k === 0) return x - (x * e - hxs);
  e = x * (e - c) - c;
  e -= hxs;
  if (k === -1) return 0.5 * (x - e) - 0.5;
  if (k === 1) {
    if (x < -0.25) return -2 * (e - (x + 0.5));
    return 1 + 2 * (x - e);
  }
  const addExp = (y: number) => fromWords(hiWord(y) + (k << 20), loWord(y)); // add k to y's exponent field
  if (k <= -2 || k > 56) {
    let y = 1 - (e - x);
    y = addExp(y);
    return y - 1;
  }
  if (k < 20) {
    t = fromWords(0x3ff00000 - (0x200000 >> k), 0); // 1 - 2**-k
    return addExp(t - (e - x));
  }
  t = fromWords((0x3ff - k) << 20, 0); // 2**-k
  let y = x - (e + t);
  y++;
  return addExp(y);
}

// ---------------------------------------------------------------- log1p.go

export function log1p(x: number): number {
  const Sqrt2M1 = 4.142135623730950488017e-1;
  const Sqrt2HalfM1 = -2.928932188134524755992e-1;
  const Small = 2 ** -29;
  const Tiny = 2 ** -54;
  const Two53 = 9007199254740992;
  const Ln2Hi = 6.9314718036912381649e-1;
  const Ln2Lo = 1.90821492927058770002e-10;
  const Lp1 = 6.66666666666673513e-1;
  const Lp2 = 3.999999999940941908e-1;
  const Lp3 = 2.857142874366239149e-1;
  const Lp4 = 2.222219843214978396e-1;
  const Lp5 = 1.818357216161805012e-1;
  const Lp6 = 1.531383769920937332e-1;
  const Lp7 = 1.479819860511658591e-1;
  if (x < -1 || x !== x) return NaN;
  if (x === -1) return -Infinity;
  if (x === Infinity) return Infinity;
  const absx = Math.abs(x);
  let f = 0;
  let iuZero = false; // iu == 0 in log1p.go
  let k = 1;
  if (absx < Sqrt2M1) {
    if (absx < Small) {
      if (absx < Tiny) return x;
      return x - x * x * 0.5;
    }
    if (x > Sqrt2HalfM1) {
      k = 0;
      f = x;
      iuZero = false; // iu = 1
    }
  }
  let c = 0;
  if (k !== 0) {
    let u: number;
    if (absx < Two53) {
      u = 1.0 + x;
      k = ((hiWord(u) >>> 20) & 0x7ff) - 1023;
      c = k > 0 ? 1.0 - (u - x) : x - (u - 1.0);
      c /= u;
    } else {
      u = x;
      k = ((hiWord(u) >>> 20) & 0x7ff) - 1023;
      c = 0;
    }
    const mhi = hiWord(u) & 0x000fffff;
    const mlo = loWord(u);
    // compare the 52-bit mantissa with that of Sqrt(2), 0x6a09e667f3bcd
    if (mhi < 0x6a09e || (mhi === 0x6a09e && mlo < 0x667f3bcd)) {
      u = fromWords(mhi | 0x3ff00000, mlo);
      iuZero = mhi === 0 && mlo === 0;
    } else {
      k++;
      u = fromWords(mhi | 0x3fe00000, mlo);
      // iu = (0x0010000000000000 - iu) >> 2: zero only for the three largest mantissas
      iuZero = mhi === 0xfffff && mlo >= 0xfffffffd;
    }
    f = u - 1.0;
  }
  const hfsq = 0.5 * f * f;
  if (iuZero) {
    if (f === 0) {
      if (k === 0) return 0;
      c += k * Ln2Lo;
      return k * Ln2Hi + c;
    }
    const R = hfsq * (1.0 - 0.66666666666666666 * f);
    if (k === 0) return f - R;
    return k * Ln2Hi - ((R - (k * Ln2Lo + c)) - f);
  }
  const s = f / (2.0 + f);
  const z = s * s;
  const R = z * (Lp1 + z * (Lp2 + z * (Lp3 + z * (Lp4 + z * (Lp5 + z * (Lp6 + z * Lp7))))));
  if (k === 0) return f - (hfsq - s * (hfsq + R));
  return k * Ln2Hi - ((hfsq - (s * (hfsq + R) + (k * Ln2Lo + c))) - f);
}

// ---------------------------------------------------------------- pow.go

/** isOddInt of pow.go (int64 conversion: values >= 2**53 are even, >= 2**63 convert to MinInt64). */
function isOddInt(x: number): boolean {
  const [xi, xf] = modf(x);
  return xf === 0 && Math.abs(xi) < 9007199254740992 && xi % 2 !== 0;
}

export function pow(x: number, y: number): number {
  if (y === 0 || x === 1) return 1;
  if (y === 1) return x;
  if (x !== x || y !== y) return NaN;
  if (x === 0) {
    if (y < 0) return isOddInt(y) ? copysign(Infinity, x) : Infinity;
    if (y > 0) return isOddInt(y) ? x : 0;
  }
  if (y === Infinity || y === -Infinity) {
    if (x === -1) return 1;
    if ((Math.abs(x) < 1) === (y === Infinity)) return 0;
    return Infinity;
  }
  if (x === Infinity || x === -Infinity) {
    if (x === -Infinity) return pow(1 / x, -y);
    if (y < 0) return 0;
    if (y > 0) return Infinity;
  }
  if (y === 0.5) return Math.sqrt(x);
  if (y === -0.5) return 1 / Math.sqrt(x);
  let [yi, yf] = modf(Math.abs(y));
  if (yf !== 0 && x < 0) return NaN;
  if (yi >= 9223372036854775808) {
    if (x === -1) return 1;
    if ((Math.abs(x) < 1) === (y > 0)) return 0;
    return Infinity;
  }
  let a1 = 1.0;
  let ae = 0;
  if (yf !== 0) {
    if (yf > 0.5) {
      yf--;
      yi++;
    }
    a1 = exp(yf * log(x));
  }
  let [x1, xe] = frexp(x);
  // the bits of int64(yi), lowest first (yi is an integer below 2**63: halving is exact)
  for (let i = yi; i !== 0; i = Math.floor(i / 2)) {
    if (xe < -4096 || 4096 < xe) {
      ae += xe;
      break;
    }
    if (i % 2 === 1) {
      a1 *= x1;
      ae += xe;
    }
    x1 *= x1;
    xe *= 2;
    if (x1 < 0.5) {
      x1 += x1;
      xe--;
    }
  }
  if (y < 0) {
    a1 = 1 / a1;
    ae = -ae;
  }
  return ldexp(a1, ae);
}

// ---------------------------------------------------------------- pow10.go

const pow10tab: number[] = Array.from({ length: 32 }, (_, i) => Number(`1e${i}`));
const pow10postab32: number[] = Array.from({ length: 10 }, (_, i) => Number(`1e${i * 32}`));
const pow10negtab32: number[] = Array.from({ length: 11 }, (_, i) => Number(`1e-${i * 32}`));

export function pow10(n: number): number {
  if (0 <= n && n <= 308) return pow10postab32[Math.floor(n / 32)] * pow10tab[n % 32];
  if (-323 <= n && n <= 0) return pow10negtab32[Math.floor(-n / 32)] / pow10tab[-n % 32];
  return n > 0 ? Infinity : 0;
}
