// Circular functions as Go 1.19 computes them (sin.go, tan.go, sincos.go,
// trig_reduce.go, asin.go, atan.go, atan2.go: Cephes polynomials, Pi/4
// split in three for arguments below 2**29, Payne-Hanek reduction with the
// bits of 4/Pi above). JS's Math.sin and friends differ from these in the
// last bits, so none of them is used.
import { copysign, fromWords, hiWord, loWord, signbit } from './floatBits.js';

const PI = Math.PI;
const PI_OVER_2 = 1.5707963267948966;
const PI_OVER_4 = 0.7853981633974483;
const THREE_PI_OVER_4 = 2.356194490192345; // float64(3*Pi/4)
const FOUR_OVER_PI = 1.2732395447351628; // float64(4/Pi)
const PI4A = 7.85398125648498535156e-1;
const PI4B = 3.77489470793079817668e-8;
const PI4C = 2.69515142907905952645e-15;
const REDUCE_THRESHOLD = 536870912; // 1 << 29

const S0 = 1.5896230157654656806e-10;
const S1 = -2.50507477628578072866e-8;
const S2 = 2.75573136213857245213e-6;
const S3 = -1.98412698295895385996e-4;
const S4 = 8.33333333332211858878e-3;
const S5 = -1.66666666666666307295e-1;
const C0 = -1.135853652138768173e-11;
const C1 = 2.08757008419747316778e-9;
const C2 = -2.75573141792967388112e-7;
const C3 = 2.48015872888517045348e-5;
const C4 = -1.38888888888730564116e-3;
const C5 = 4.16666666666665929218e-2;

const sinPoly = (z: number, zz: number) => z + z * zz * ((((((S0 * zz) + S1) * zz + S2) * zz + S3) * zz + S4) * zz + S5);
const cosPoly = (zz: number) => 1.0 - 0.5 * zz + zz * zz * ((((((C0 * zz) + C1) * zz + C2) * zz + C3) * zz + C4) * zz + C5);

// ---------------------------------------------------------------- Payne-Hanek (trig_reduce.go)

const MASK64 = (1n << 64n) - 1n;
let mPi4: bigint[] | null = null;

/** arctan(1/k) * 2**bits, by its alternating series in fixed point. */
function arctanInv(k: bigint, bits: bigint): bigint {
  const one = 1n << bits;
  const k2 = k * k;
  let term = one / k;
  let sum = term;
  for (let n = 3n, neg = true; term !== 0n; n += 2n, neg = !neg) {
    term /= k2;
    sum += neg ? -(term / n) : term / n;
  }
  return sum;
}

/** The binary digits of 4/Pi in 64-bit words: word 0 is the integer part, then 19 words of fraction. */
function fourOverPiWords(): bigint[] {
  if (mPi4 !== null) return mPi4;
  const P = 1536n;
  // Machin: Pi/4 = 4 arctan(1/5) - arctan(1/239)
  const piFixed = 4n * (4n * arctanInv(5n, P) - arctanInv(239n, P));
  const m = (4n << (P + 1216n)) / piFixed; // floor(4/Pi * 2**1216)
  const words: bigint[] = [];
  for (let i = 0; i < 20; i++) words.push((m >> BigInt(1216 - 64 * i)) & MASK64);
  mPi4 = words;
  return words;
}

/** trigReduce: x (>= 2**29) as j*Pi/4 + z with 0 <= z < Pi/4 and j the octant. */
function trigReduce(x: number): [number, number] {
  if (x < PI_OVER_4) return [0, x];
  const m = fourOverPiWords();
  const hi = hiWord(x);
  const exp = ((hi >>> 20) & 0x7ff) - 1023 - 52;
  const ix = (BigInt(hi & 0xfffff | 0x100000) << 32n) | BigInt(loWord(x));
  const digit = Math.floor((exp + 61) / 64);
  const bitshift = BigInt((exp + 61) % 64);
  const word = (k: number) => ((m[digit + k] << bitshift) & MASK64) | (m[digit + k + 1] >> (64n - bitshift));
  const z0 = word(0);
  const z1 = word(1);
  const z2 = word(2);
  const z2hi = (z2 * ix) >> 64n;
  const p1 = z1 * ix;
  const z1hi = p1 >> 64n;
  const z1lo = p1 & MASK64;
  const z0lo = (z0 * ix) & MASK64;
  const loSum = z1lo + z2hi;
  const lo = loSum & MASK64;
  const c = loSum >> 64n;
  let h = (z0lo + z1hi + c) & MASK64;
  let j = Number(h >> 61n);
  h = ((h << 3n) & MASK64) | (lo >> 61n);
  const lz = 64 - h.toString(2).length + (h === 0n ? 1 : 0);
  const e = BigInt(1023 - (lz + 1));
  const sh = BigInt(lz + 1);
  h = ((h << sh) & MASK64) | (64n - sh >= 0n ? lo >> (64n - sh) : 0n);
  h >>= 12n;
  h |= e << 52n;
  let z = fromWords(Number(h >> 32n), Number(h & 0xffffffffn));
  if ((j & 1) === 1) {
    j = (j + 1) & 7;
    z--;
  }
  return [j, z * PI_OVER_4];
}

/** Octant and reduced argument of x >= 0 (sin.go's range reduction); for tan the octant is not taken mod 8. */
function reduce(x: number, mod8: boolean): [number, number] {
  if (x >= REDUCE_THRESHOLD) return trigReduce(x);
  let j = Math.trunc(x * FOUR_OVER_PI);
  let y = j;
  if ((j & 1) === 1) {
    j++;
    y++;
  }
  if (mod8) j &= 7;
  return [j, ((x - y * PI4A) - y * PI4B) - y * PI4C];
}

export function cos(x: number): number {
  if (x !== x || x === Infinity || x === -Infinity) return NaN;
  let sign = false;
  x = Math.abs(x);
  let [j, z] = reduce(x, true);
  if (j > 3) {
    j -= 4;
    sign = !sign;
  }
  if (j > 1) sign = !sign;
  const zz = z * z;
  const y = j === 1 || j === 2 ? sinPoly(z, zz) : cosPoly(zz);
  return sign ? -y : y;
}

export function sin(x: number): number {
  if (x === 0 || x !== x) return x;
  if (x === Infinity || x === -Infinity) return NaN;
  let sign = false;
  if (x < 0) {
    x = -x;
    sign = true;
  }
  let [j, z] = reduce(x, true);
  if (j > 3) {
    sign = !sign;
    j -= 4;
  }
  const zz = z * z;
  const y = j === 1 || j === 2 ? cosPoly(zz) : sinPoly(z, zz);
  return sign ? -y : y;
}

export function sincos(x: number): [number, number] {
  if (x === 0) return [x, 1];
  if (x !== x || x === Infinity || x === -Infinity) return [NaN, NaN];
  let sinSign = false;
  let cosSign = false;
  if (x < 0) {
    x = -x;
    sinSign = true;
  }
  let [j, z] = reduce(x, true);
  if (j > 3) {
    j -= 4;
    sinSign = !sinSign;
    cosSign = !cosSign;
  }
  if (j > 1) cosSign = !cosSign;
  const zz = z * z;
  let c = cosPoly(zz);
  let s = sinPoly(z, zz);
  if (j === 1 || j === 2) {
    const t = s;
    s = c;
    c = t;
  }
  return [sinSign ? -s : s, cosSign ? -c : c];
}

const TAN_P0 = -1.30936939181383777646e4;
const TAN_P1 = 1.1535166483858741614e6;
const TAN_P2 = -1.79565251976484877988e7;
const TAN_Q1 = 1.36812963470692954678e4;
const TAN_Q2 = -1.32089234440210967447e6;
const TAN_Q3 = 2.50083801823357915839e7;
const TAN_Q4 = -5.38695755929454629881e7;

export function tan(x: number): number {
  if (x === 0 || x !== x) return x;
  if (x === Infinity || x === -Infinity) return NaN;
  let sign = false;
  if (x < 0) {
    x = -x;
    sign = true;
  }
  const [j, z] = reduce(x, false);
  const zz = z * z;
  let y = zz > 1e-14
    ? z + z * (zz * (((TAN_P0 * zz) + TAN_P1) * zz + TAN_P2) / ((((zz + TAN_Q1) * zz + TAN_Q2) * zz + TAN_Q3) * zz + TAN_Q4))
    : z;
  if ((j & 2) === 2) y = -1 / y;
  return sign ? -y : y;
}

// ---------------------------------------------------------------- atan.go, asin.go, atan2.go

function xatan(x: number): number {
  const P0 = -8.750608600031904122785e-1;
  const P1 = -1.615753718733365076637e1;
  const P2 = -7.50085579231470466734e1;
  const P3 = -1.22886668449013617341e2;
  const P4 = -6.485021904942025371773e1;
  const Q0 = 2.485846490142306297962e1;
  const Q1 = 1.650270098316988542046e2;
  const Q2 = 4.328810604912902668951e2;
  const Q3 = 4.853903996359136964868e2;
  const Q4 = 1.945506571482613964425e2;
  let z = x * x;
  z = z * ((((P0 * z + P1) * z + P2) * z + P3) * z + P4) / (((((z + Q0) * z + Q1) * z + Q2) * z + Q3) * z + Q4);
  return x * z + x;
}

function satan(x: number): number {
  const Morebits = 6.12323399573676588613e-17;
  const Tan3pio8 = 2.4142135623730950488;
  if (x <= 0.66) return xatan(x);
  if (x > Tan3pio8) return PI_OVER_2 - xatan(1 / x) + Morebits;
  return PI_OVER_4 + xatan((x - 1) / (x + 1)) + 0.5 * Morebits;
}

export function atan(x: number): number {
  if (x === 0) return x;
  return x > 0 ? satan(x) : -satan(-x);
}

export function asin(x: number): number {
  if (x === 0) return x;
  let sign = false;
  if (x < 0) {
    x = -x;
    sign = true;
  }
  if (x > 1) return NaN;
  let temp = Math.sqrt(1 - x * x);
  temp = x > 0.7 ? PI_OVER_2 - satan(temp / x) : satan(x / temp);
  return sign ? -temp : temp;
}

export function acos(x: number): number {
  return PI_OVER_2 - asin(x);
}

export function atan2(y: number, x: number): number {
  if (y !== y || x !== x) return NaN;
  if (y === 0) return x >= 0 && !signbit(x) ? copysign(0, y) : copysign(PI, y);
  if (x === 0) return copysign(PI_OVER_2, y);
  if (x === Infinity || x === -Infinity) {
    const yInf = y === Infinity || y === -Infinity;
    if (x === Infinity) return yInf ? copysign(PI_OVER_4, y) : copysign(0, y);
    return yInf ? copysign(THREE_PI_OVER_4, y) : copysign(PI, y);
  }
  if (y === Infinity || y === -Infinity) return copysign(PI_OVER_2, y);
  const q = atan(y / x);
  if (x < 0) return q <= 0 ? q + PI : q - PI;
  return q;
}
