// Exact values of Go constants: the TypeScript counterpart of go/constant
// (Go 1.19 /usr/lib/go-1.19/src/go/constant/value.go), written from its
// semantics. Untyped constants are arbitrary precision until they meet a type
// (Go spec "Constants", "Constant expressions"); an unknown value propagates
// quietly after the first error so one mistake yields one diagnostic.
//
// Representation, as in go/constant:
//   int     -> a JS safe integer (fast path) or a bigint (never both for one value)
//   float   -> an exact fraction num/den of bigints while both have < 4096 bits
//              (go/constant's ratVal), otherwise a binary float with a 512-bit
//              mantissa rounded to nearest-even (go/constant's floatVal, a
//              big.Float with prec 512). Once a value is a 512-bit float it stays
//              one, exactly like go/constant.
//   complex -> a pair of int/float values
//   string  -> a "byte string": a JS string whose code units are the bytes of the
//              Go string (0..255), i.e. UTF-8 for text. Use bytesFromText /
//              textFromBytes / quoteBytes to move between bytes and display text.
//
// Go name -> name here: String() -> valueString (and Value.toString()),
// ExactString() -> exactString, token.QUO_ASSIGN (forced integer division) ->
// binary operator 'div'. Where go/constant panics (an operation undefined for
// its operands, division by zero) these functions throw an Error: the checker
// must rule those cases out first, as go/types does.
//
// Known differences from Go: left shifts whose result would exceed
// MAX_SHIFT_RESULT_BITS give Unknown (go/types rejects such counts anyway);
// the String of floats outside float64's range uses Math.exp/Math.log where Go
// uses assembly, so a 6th digit could differ in rare cases; strconv.IsPrint
// follows the JS engine's Unicode tables (Go 1.22 uses Unicode 15.0).

export type ConstKind = 'unknown' | 'bool' | 'string' | 'int' | 'float' | 'complex';

/** An immutable constant value. Create values only through this module. */
export interface Value {
  readonly kind: ConstKind;
  /** The short form used in messages (go/constant's Value.String). */
  toString(): string;
}

export type UnaryOperator = '+' | '-' | '^' | '!';
/** 'div' is integer division (go/constant's token.QUO_ASSIGN); '/' on two ints yields a float. */
export type BinaryOperator = '+' | '-' | '*' | '/' | 'div' | '%' | '&' | '|' | '^' | '&^' | '&&' | '||';
export type ShiftOperator = '<<' | '>>';
export type ComparisonOperator = '==' | '!=' | '<' | '<=' | '>' | '>=';
export type LiteralToken = 'INT' | 'FLOAT' | 'IMAG' | 'CHAR' | 'STRING';

// ---------------------------------------------------------------------------
// Representations. `rep` orders them like go/constant's ord() for match.

const R_UNKNOWN = 0;
const R_BOOL = 1;
const R_STRING = 2;
const R_SMALL = 3; // int held as a JS safe integer (never -0)
const R_BIG = 4; // int held as a bigint outside the safe range
const R_RAT = 5;
const R_FLOAT = 6;
const R_COMPLEX = 7;

class UnknownVal implements Value {
  readonly kind = 'unknown' as const;
  readonly rep = R_UNKNOWN;
  toString(): string {
    return 'unknown';
  }
}

class BoolVal implements Value {
  readonly kind = 'bool' as const;
  readonly rep = R_BOOL;
  constructor(readonly b: boolean) {}
  toString(): string {
    return this.b ? 'true' : 'false';
  }
}

class StringVal implements Value {
  readonly kind = 'string' as const;
  readonly rep = R_STRING;
  constructor(readonly bytes: string) {}
  toString(): string {
    return valueString(this);
  }
}

class SmallIntVal implements Value {
  readonly kind = 'int' as const;
  readonly rep = R_SMALL;
  constructor(readonly n: number) {}
  toString(): string {
    return String(this.n);
  }
}

class BigIntVal implements Value {
  readonly kind = 'int' as const;
  readonly rep = R_BIG;
  constructor(readonly n: bigint) {}
  toString(): string {
    return this.n.toString();
  }
}

/** num/den in lowest terms, den > 0 (a big.Rat). */
class RatVal implements Value {
  readonly kind = 'float' as const;
  readonly rep = R_RAT;
  constructor(
    readonly num: bigint,
    readonly den: bigint,
  ) {}
  toString(): string {
    return valueString(this);
  }
}

class FloatVal implements Value {
  readonly kind = 'float' as const;
  readonly rep = R_FLOAT;
  constructor(readonly f: BFloat) {}
  toString(): string {
    return valueString(this);
  }
}

class ComplexVal implements Value {
  readonly kind = 'complex' as const;
  readonly rep = R_COMPLEX;
  constructor(
    readonly re: Val,
    readonly im: Val,
  ) {}
  toString(): string {
    return valueString(this);
  }
}

type IntVal = SmallIntVal | BigIntVal;
type Val = UnknownVal | BoolVal | StringVal | SmallIntVal | BigIntVal | RatVal | FloatVal | ComplexVal;

// Every Value comes from this module, so the cast only recovers the union.
function V(x: Value): Val {
  return x as Val;
}

const UNKNOWN = new UnknownVal();
const TRUE = new BoolVal(true);
const FALSE = new BoolVal(false);
const SMALL_CACHE: SmallIntVal[] = [];
for (let i = 0; i <= 256; i++) SMALL_CACHE.push(new SmallIntVal(i));
const INT0 = SMALL_CACHE[0];

const MAX_SAFE = 9007199254740991;
const MAX_SAFE_BIG = 9007199254740991n;
const MIN_INT64 = -(1n << 63n);

function small(n: number): SmallIntVal {
  // n is a safe integer; -0 becomes 0
  if (n >= 0 && n <= 256) return SMALL_CACHE[n];
  return new SmallIntVal(n === 0 ? 0 : n);
}

/** makeInt in value.go: the smallest int representation of b. */
function intOfBig(b: bigint): IntVal {
  if (b >= -MAX_SAFE_BIG && b <= MAX_SAFE_BIG) return small(Number(b));
  return new BigIntVal(b);
}

function bigOf(x: IntVal): bigint {
  return x.rep === R_SMALL ? BigInt(x.n) : x.n;
}

function fail(msg: string): never {
  throw new Error(msg);
}

// ---------------------------------------------------------------------------
// bigint helpers

function absBig(n: bigint): bigint {
  return n < 0n ? -n : n;
}

/** Bits needed for |n| (big.Int.BitLen). */
function bitLenBig(n: bigint): number {
  if (n < 0n) n = -n;
  if (n <= MAX_SAFE_BIG) return bitLenNum(Number(n));
  const s = n.toString(16);
  return s.length * 4 + 28 - Math.clz32(parseInt(s[0], 16));
}

/** Bits needed for a non-negative safe integer. */
function bitLenNum(x: number): number {
  if (x < 0x100000000) return 32 - Math.clz32(x);
  return 64 - Math.clz32(Math.floor(x / 0x100000000));
}

function gcdBig(a: bigint, b: bigint): bigint {
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  if (a <= MAX_SAFE_BIG && b <= MAX_SAFE_BIG) return BigInt(gcdNum(Number(a), Number(b)));
  while (b !== 0n) {
    const t = a % b;
    a = b;
    b = t;
    if (a <= MAX_SAFE_BIG && b <= MAX_SAFE_BIG) return BigInt(gcdNum(Number(a), Number(b)));
  }
  return a;
}

function gcdNum(a: number, b: number): number {
  while (b !== 0) {
    const t = a % b;
    a = b;
    b = t;
  }
  return a;
}

function isPow2(n: bigint): boolean {
  return n > 0n && (n & (n - 1n)) === 0n;
}

// ---------------------------------------------------------------------------
// Exact float64 bits (for decomposing doubles and building powers of two).

const scratch = new DataView(new ArrayBuffer(8));

/** 2**k as a double, k in [-1074, 1023]. */
function pow2(k: number): number {
  if (k >= -1022) {
    scratch.setUint32(0, (k + 1023) << 20);
    scratch.setUint32(4, 0);
  } else {
    const sh = k + 1074; // denormal: bit sh of the 52-bit fraction
    scratch.setUint32(0, sh >= 32 ? 1 << (sh - 32) : 0);
    scratch.setUint32(4, sh < 32 ? (1 << sh) >>> 0 : 0);
  }
  return scratch.getFloat64(0);
}

/** m * 2**e where the result is known to be an exactly representable double. */
function ldexpExact(m: number, e: number): number {
  while (e > 1000) {
    m *= pow2(1000);
    e -= 1000;
  }
  while (e < -1000) {
    m *= pow2(-1000);
    e += 1000;
  }
  return m * pow2(e);
}

/** A finite double as sign, integer mantissa and exponent: |x| = m * 2**e. */
function decompose(x: number): { neg: boolean; m: number; e: number } {
  scratch.setFloat64(0, x);
  const hi = scratch.getUint32(0);
  const lo = scratch.getUint32(4);
  const neg = hi >>> 31 === 1;
  const bexp = (hi >>> 20) & 0x7ff;
  const frac = (hi & 0xfffff) * 0x100000000 + lo;
  if (bexp === 0) return { neg, m: frac, e: -1074 };
  return { neg, m: frac + 0x10000000000000, e: bexp - 1075 };
}

// ---------------------------------------------------------------------------
// Binary rounding shared by the 512-bit float and the IEEE conversions.
// Mirrors big.Float.round: rbit (first dropped bit) and sbit (any lower bit).

const MODE_NEAREST_EVEN = 0;
const MODE_TO_ZERO = 1;
const MODE_AWAY = 2;
type RoundingMode = typeof MODE_NEAREST_EVEN | typeof MODE_TO_ZERO | typeof MODE_AWAY;

interface Rounded {
  m: bigint;
  e: number;
  inexact: boolean;
}

/** Round m*2**e (+ a tiny positive amount if sticky; m > 0) to prec bits. */
function roundBits(m: bigint, e: number, prec: number, mode: RoundingMode, sticky: boolean): Rounded {
  let bl = bitLenBig(m);
  if (bl <= prec && !sticky) return { m, e, inexact: false };
  if (bl <= prec) {
    // room for a rounding bit below the kept bits; the sticky bit lies below it
    const k = prec + 1 - bl;
    m <<= BigInt(k);
    e -= k;
    bl = prec + 1;
  }
  const r = bl - prec;
  const R = BigInt(r);
  const half = 1n << (R - 1n);
  const dropped = m & ((1n << R) - 1n);
  m >>= R;
  e += r;
  const rbit = dropped >= half;
  const sbit = sticky || (dropped & (half - 1n)) !== 0n;
  if (!rbit && !sbit) return { m, e, inexact: false };
  let inc = false;
  if (mode === MODE_NEAREST_EVEN) inc = rbit && (sbit || (m & 1n) === 1n);
  else if (mode === MODE_AWAY) inc = true;
  if (inc) {
    m += 1n;
    if (bitLenBig(m) > prec) {
      m >>= 1n;
      e += 1;
    }
  }
  return { m, e, inexact: true };
}

interface IeeeFormat {
  mantBits: number; // incl. the implicit bit
  emin: number; // smallest normal exponent (value in [2**emin, 2**(emin+1)))
  emax: number;
}
const F64: IeeeFormat = { mantBits: 53, emin: -1022, emax: 1023 };
const F32: IeeeFormat = { mantBits: 24, emin: -126, emax: 127 };

/**
 * The nearest IEEE value (ties to even) to ±(m*2**e + sticky tiny), with gradual
 * underflow and overflow to ±Inf, and whether it is exact. Mirrors
 * big.Float.Float64/Float32 and big.Rat's quotToFloat64/32.
 */
function ieeeRound(neg: boolean, m: bigint, e: number, sticky: boolean, f: IeeeFormat): [number, boolean] {
  if (m === 0n) return [neg ? -0 : 0, !sticky];
  const E = e + bitLenBig(m) - 1;
  let p = f.mantBits;
  if (E < f.emin) {
    p = f.mantBits + E - f.emin;
    if (p < 0 || (p === 0 && !sticky && isPow2(m))) return [neg ? -0 : 0, false];
    if (p === 0) {
      const tiny = pow2(f.emin - f.mantBits + 1);
      return [neg ? -tiny : tiny, false];
    }
  }
  const r = roundBits(m, e, p, MODE_NEAREST_EVEN, sticky);
  if (r.e + bitLenBig(r.m) - 1 > f.emax) return [neg ? -Infinity : Infinity, false];
  const x = ldexpExact(Number(r.m), r.e);
  return [neg ? -x : x, !r.inexact];
}

/** Nearest float64/float32 to num/den (den > 0); correctly rounded like big.Rat.Float64. */
function ratToIeee(num: bigint, den: bigint, f: IeeeFormat): [number, boolean] {
  if (num === 0n) return [0, true];
  if (f === F64 && num <= MAX_SAFE_BIG && num >= -MAX_SAFE_BIG && den <= MAX_SAFE_BIG) {
    // both exact doubles: one IEEE division rounds correctly; exact iff den is 2**k
    return [Number(num) / Number(den), isPow2(den)];
  }
  const neg = num < 0n;
  const a = absBig(num);
  const shift = Math.max(0, f.mantBits + 3 + bitLenBig(den) - bitLenBig(a));
  const scaled = a << BigInt(shift);
  const q = scaled / den;
  const sticky = scaled % den !== 0n;
  const qbits = bitLenBig(q);
  if (qbits - 1 - shift < f.emin - f.mantBits) {
    // Below half the smallest denormal: quotToFloat64 rounds the mantissa at
    // full precision, then Ldexp flushes to ±0; Go reports "exact" when that
    // mantissa rounding was exact (reproduced).
    const low = q & ((1n << BigInt(qbits - f.mantBits)) - 1n);
    return [neg ? -0 : 0, !sticky && low === 0n];
  }
  return ieeeRound(neg, q, -shift, sticky, f);
}

/** Nearest float32 or float64 to an integer, rounded once. */
function bigToIeee(n: bigint, f: IeeeFormat): [number, boolean] {
  if (f === F64) {
    const x = Number(n);
    return [x, Number.isFinite(x) && BigInt(x) === n];
  }
  return ieeeRound(n < 0n, absBig(n), 0, false, f);
}

// ---------------------------------------------------------------------------
// BFloat: the subset of big.Float that go/constant uses, with its exact
// rounding (prec 512, nearest-even, unless stated) and exponent range (int32).

const FLOAT_PREC = 512; // go/constant's prec
const MAX_EXP = 2147483647; // big.MaxExp
const MIN_EXP = -2147483648; // big.MinExp

/** ±m * 2**e; zero when m === 0n; ±Inf when inf. */
class BFloat {
  constructor(
    readonly neg: boolean,
    readonly m: bigint,
    readonly e: number,
    readonly inf = false,
  ) {}
}

const BF_ZERO = new BFloat(false, 0n, 0);

/** big.Float's exponent: x = 0.mant * 2**exp with 0.5 <= mant < 1. */
function bfExp(x: BFloat): number {
  return x.e + bitLenBig(x.m);
}

function bfSign(x: BFloat): number {
  if (x.m === 0n && !x.inf) return 0;
  return x.neg ? -1 : 1;
}

/** Round an exact ±m*2**e into a BFloat (setExpAndRound + round). */
function bfMake(neg: boolean, m: bigint, e: number, prec: number, mode: RoundingMode, sticky: boolean): BFloat {
  if (m === 0n) return BF_ZERO;
  if (e + bitLenBig(m) < MIN_EXP) return BF_ZERO; // underflow
  const r = roundBits(m, e, prec, mode, sticky);
  if (r.e + bitLenBig(r.m) > MAX_EXP) return new BFloat(neg, 0n, 0, true); // overflow
  return new BFloat(neg, r.m, r.e);
}

function bfFromBig(n: bigint, prec: number): BFloat {
  return bfMake(n < 0n, absBig(n), 0, prec, MODE_NEAREST_EVEN, false);
}

function bfExact(n: bigint): BFloat {
  return n === 0n ? BF_ZERO : new BFloat(n < 0n, absBig(n), 0);
}

/** big.Float.SetRat at prec: the correctly rounded quotient. */
function bfFromRat(num: bigint, den: bigint, prec: number): BFloat {
  if (den === 1n) return bfFromBig(num, prec);
  return bfQuo(bfExact(num), bfExact(den), prec);
}

function bfNeg(x: BFloat): BFloat {
  if (x.m === 0n && !x.inf) return x;
  return new BFloat(!x.neg, x.m, x.e, x.inf);
}

function bfAdd(x: BFloat, y: BFloat, prec: number): BFloat {
  if (x.inf || y.inf) {
    if (x.inf && y.inf && x.neg !== y.neg) fail('big.Float: addition of infinities with opposite signs');
    return x.inf ? x : y;
  }
  if (y.m === 0n) return bfMake(x.neg, x.m, x.e, prec, MODE_NEAREST_EVEN, false);
  if (x.m === 0n) return bfMake(y.neg, y.m, y.e, prec, MODE_NEAREST_EVEN, false);
  let xm = x.m;
  let xe = x.e;
  let ym = y.m;
  let ye = y.e;
  // An addend entirely below the other's rounding window only acts as a
  // sticky bit; replacing it by a smaller power of two of the same sign gives
  // the same rounded sum and keeps the exact sum short.
  const xtop = xe + bitLenBig(xm);
  const ytop = ye + bitLenBig(ym);
  if (ytop <= xtop - prec - 2) {
    ym = 1n;
    ye = xtop - prec - 3;
  } else if (xtop <= ytop - prec - 2) {
    xm = 1n;
    xe = ytop - prec - 3;
  }
  const e = Math.min(xe, ye);
  const a = xm << BigInt(xe - e);
  const b = ym << BigInt(ye - e);
  const s = (x.neg ? -a : a) + (y.neg ? -b : b);
  return bfMake(s < 0n, absBig(s), e, prec, MODE_NEAREST_EVEN, false);
}

function bfMul(x: BFloat, y: BFloat, prec: number): BFloat {
  const neg = x.neg !== y.neg;
  if (x.inf || y.inf) {
    if ((!x.inf && x.m === 0n) || (!y.inf && y.m === 0n)) fail('big.Float: multiplication of zero with infinity');
    return new BFloat(neg, 0n, 0, true);
  }
  if (x.m === 0n || y.m === 0n) return BF_ZERO;
  return bfMake(neg, x.m * y.m, x.e + y.e, prec, MODE_NEAREST_EVEN, false);
}

function bfQuo(x: BFloat, y: BFloat, prec: number): BFloat {
  const neg = x.neg !== y.neg;
  if (!y.inf && y.m === 0n) fail('division by zero');
  if (x.inf) {
    if (y.inf) fail('big.Float: division of infinities');
    return new BFloat(neg, 0n, 0, true);
  }
  if (y.inf || x.m === 0n) return BF_ZERO;
  const shift = Math.max(0, prec + 2 + bitLenBig(y.m) - bitLenBig(x.m));
  const scaled = x.m << BigInt(shift);
  const q = scaled / y.m;
  return bfMake(neg, q, x.e - y.e - shift, prec, MODE_NEAREST_EVEN, scaled % y.m !== 0n);
}

function bfCmp(x: BFloat, y: BFloat): number {
  const sx = bfSign(x);
  const sy = bfSign(y);
  if (sx !== sy) return sx < sy ? -1 : 1;
  if (sx === 0) return 0;
  let mag: number;
  if (x.inf || y.inf) mag = x.inf === y.inf ? 0 : x.inf ? 1 : -1;
  else {
    const tx = bfExp(x);
    const ty = bfExp(y);
    if (tx !== ty) mag = tx < ty ? -1 : 1;
    else {
      const e = Math.min(x.e, y.e);
      const a = x.m << BigInt(x.e - e);
      const b = y.m << BigInt(y.e - e);
      mag = a === b ? 0 : a < b ? -1 : 1;
    }
  }
  return sx < 0 ? -mag : mag;
}

/** big.Float.Int: the value truncated toward zero, and whether that was exact. */
function bfToInt(x: BFloat): [bigint, boolean] {
  if (x.m === 0n) return [0n, true];
  let v: bigint;
  let exact = true;
  if (x.e >= 0) v = x.m << BigInt(x.e);
  else {
    const sh = BigInt(-x.e);
    v = x.m >> sh;
    exact = (v << sh) === x.m;
  }
  return [x.neg ? -v : v, exact];
}

function bfToIeee(x: BFloat, f: IeeeFormat): [number, boolean] {
  if (x.inf) return [x.neg ? -Infinity : Infinity, true];
  return ieeeRound(x.neg, x.m, x.e, false, f);
}

function bfIsSmall(x: BFloat): boolean {
  // smallFloat in value.go: MantExp exponent within (-maxExp, maxExp)
  if (x.inf) return false;
  if (x.m === 0n) return true;
  const e = bfExp(x);
  return -MAX_RAT_EXP < e && e < MAX_RAT_EXP;
}

/** big.Float.Text('p', 0): "0x.<hex mantissa>p<exp>". */
function bfTextP(x: BFloat): string {
  if (x.inf) return x.neg ? '-Inf' : '+Inf';
  if (x.m === 0n) return '0';
  // left-align the mantissa on a hex digit boundary, then drop trailing zeros
  const bl = bitLenBig(x.m);
  const pad = (4 - (bl % 4)) % 4;
  let hex = (x.m << BigInt(pad)).toString(16);
  let end = hex.length;
  while (end > 1 && hex.charCodeAt(end - 1) === 48) end--;
  hex = hex.slice(0, end);
  const exp = bfExp(x);
  return (x.neg ? '-' : '') + '0x.' + hex + 'p' + (exp >= 0 ? '+' : '') + exp;
}

// ---------------------------------------------------------------------------
// Fractions and floats as Values (makeRat, makeFloat in value.go)

// maxExp in value.go: fractions keep components below this many bits.
const MAX_RAT_EXP = 4 << 10;

/** makeRat: a fraction stays one while both parts are small, else 512-bit float. */
function makeRatVal(num: bigint, den: bigint): Val {
  if (den === 0n) fail('division by zero');
  if (den < 0n) {
    num = -num;
    den = -den;
  }
  if (den !== 1n) {
    const g = gcdBig(num, den);
    if (g !== 1n) {
      num /= g;
      den /= g;
    }
  }
  return ratOrFloat(num, den);
}

/** A reduced fraction as a RatVal if its parts are small, else a 512-bit float. */
function ratOrFloat(num: bigint, den: bigint): Val {
  if (bitLenBig(num) < MAX_RAT_EXP && bitLenBig(den) < MAX_RAT_EXP) return new RatVal(num, den);
  return makeFloatVal(bfFromRat(num, den, FLOAT_PREC));
}

function makeFloatVal(f: BFloat): Val {
  if (f.inf) return UNKNOWN;
  if (f.m === 0n) return FLOAT_ZERO;
  return new FloatVal(f);
}

const FLOAT_ZERO = new FloatVal(BF_ZERO);

function ratFromInt(x: IntVal): RatVal {
  return new RatVal(bigOf(x), 1n);
}

function floatOfInt(x: IntVal): BFloat {
  return bfFromBig(bigOf(x), FLOAT_PREC);
}

function floatOfRat(x: RatVal): BFloat {
  return bfFromRat(x.num, x.den, FLOAT_PREC);
}

function makeComplexVal(re: Val, im: Val): Val {
  if (re.rep === R_UNKNOWN || im.rep === R_UNKNOWN) return UNKNOWN;
  return new ComplexVal(re, im);
}

// ---------------------------------------------------------------------------
// Factories

export function makeUnknown(): Value {
  return UNKNOWN;
}

export function makeBool(b: boolean): Value {
  return b ? TRUE : FALSE;
}

/** A string constant from its bytes (a byte string: every code unit 0..255). */
export function makeString(bytes: string): Value {
  return new StringVal(bytes);
}

/** A string constant holding the UTF-8 encoding of JS text. */
export function makeStringFromText(text: string): Value {
  return new StringVal(bytesFromText(text));
}

/** The Int value n (any integer; go/constant's MakeInt64 and Make(*big.Int)). */
export function makeInt64(n: bigint | number): Value {
  if (typeof n === 'number') {
    if (Number.isSafeInteger(n)) return small(n);
    if (!Number.isInteger(n)) fail(`makeInt64: ${n} is not an integer`);
    return new BigIntVal(BigInt(n));
  }
  return intOfBig(n);
}

/** The Int value n, n >= 0 (go/constant's MakeUint64). */
export function makeUint64(n: bigint | number): Value {
  if (n < 0) fail(`makeUint64: ${n} is negative`);
  return makeInt64(n);
}

/** The Float value x; -0 becomes 0; ±Inf and NaN give Unknown (MakeFloat64). */
export function makeFloat64(x: number): Value {
  if (!Number.isFinite(x)) return UNKNOWN;
  if (x === 0) return new RatVal(0n, 1n);
  // every finite double passes smallFloat64, so it is always a fraction
  const d = decompose(x);
  let num = BigInt(d.m);
  let e = d.e;
  if (e >= 0) return new RatVal(d.neg ? -(num << BigInt(e)) : num << BigInt(e), 1n);
  while ((num & 1n) === 0n) {
    num >>= 1n;
    e++;
  }
  if (e >= 0) return new RatVal(d.neg ? -(num << BigInt(e)) : num << BigInt(e), 1n);
  return new RatVal(d.neg ? -num : num, 1n << BigInt(-e));
}

/** x*i for an Int or Float x; Unknown stays Unknown (MakeImag). */
export function makeImag(x: Value): Value {
  const v = V(x);
  switch (v.rep) {
    case R_UNKNOWN:
      return v;
    case R_SMALL:
    case R_BIG:
    case R_RAT:
    case R_FLOAT:
      return makeComplexVal(INT0, v);
  }
  return fail(`${v} not Int or Float`);
}

/**
 * The value of a Go literal as the scanner delivers it (MakeFromLiteral);
 * Unknown if the literal is malformed.
 */
export function makeFromLiteral(lit: string, tok: LiteralToken): Value {
  switch (tok) {
    case 'INT': {
      const n = parseIntLiteral(lit);
      return n === undefined ? UNKNOWN : typeof n === 'number' ? small(n) : intOfBig(n);
    }
    case 'FLOAT':
      return floatFromLiteral(lit) ?? UNKNOWN;
    case 'IMAG': {
      const n = lit.length;
      if (n > 0 && lit.charCodeAt(n - 1) === 0x69 /* i */) {
        const im = floatFromLiteral(lit.slice(0, n - 1));
        if (im !== undefined) return makeComplexVal(INT0, im);
      }
      return UNKNOWN;
    }
    case 'CHAR': {
      if (lit.length >= 2) {
        const r = unquoteChar(lit, 1, lit.length - 1, 0x27);
        if (r !== undefined) return small(r.value);
      }
      return UNKNOWN;
    }
    case 'STRING': {
      const s = unquote(lit);
      return s === undefined ? UNKNOWN : new StringVal(s);
    }
  }
}

// ---------------------------------------------------------------------------
// Literal scanning (strconv.ParseInt / big.Int.SetString / big.Float.Parse /
// big.Rat.SetString with base 0: Go's literal syntax incl. '_' separators).

interface ScannedNumber {
  neg: boolean;
  mant: bigint;
  base: number; // mantissa base
  fcount: number; // digits after the radix point
  exp: number; // exponent value (±Infinity if beyond ±1e15)
  ebase: number; // 10 or 2
}

function digitValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  const l = c | 0x20;
  if (l >= 97 && l <= 122) return l - 87;
  return 99;
}

/**
 * Scan [sign] mantissa [exponent]. With fracOk (floats) a radix point and an
 * exponent are allowed and a leading 0 is decimal; without it a leading 0
 * means octal. Underscores may separate digits (and follow a base prefix).
 */
function scanNumber(s: string, fracOk: boolean): ScannedNumber | undefined {
  const n = s.length;
  let i = 0;
  let neg = false;
  if (i < n && (s.charCodeAt(i) === 0x2b || s.charCodeAt(i) === 0x2d)) {
    neg = s.charCodeAt(i) === 0x2d;
    i++;
  }
  let base = 10;
  let prefix = ''; // for BigInt(): '0x', '0o', '0b'
  let prevDigit = false; // previous char was a digit or a base prefix ('_' may follow)
  let count = 0; // mantissa digits
  let legacyOctal = false;
  if (i + 1 < n && s.charCodeAt(i) === 0x30) {
    const c = s.charCodeAt(i + 1) | 0x20;
    if (c === 0x78 || c === 0x6f || c === 0x62) {
      base = c === 0x78 ? 16 : c === 0x6f ? 8 : 2;
      prefix = c === 0x78 ? '0x' : c === 0x6f ? '0o' : '0b';
      prevDigit = true;
      i += 2;
    } else if (!fracOk) {
      // a leading 0 makes an integer octal
      base = 8;
      prefix = '0o';
      legacyOctal = true;
      prevDigit = true;
      i += 1;
    }
  }
  let digits = '';
  let start = i;
  let dp = -1;
  let badSep = false;
  let sawSep = false;
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x2e /* . */ && fracOk && dp < 0) {
      if (sawSep) badSep = true;
      digits += s.slice(start, i);
      start = i + 1;
      dp = count;
      prevDigit = false;
      sawSep = false;
      continue;
    }
    if (c === 0x5f /* _ */) {
      if (!prevDigit) badSep = true;
      digits += s.slice(start, i);
      start = i + 1;
      prevDigit = false;
      sawSep = true;
      continue;
    }
    if (digitValue(c) >= base) break;
    prevDigit = true;
    sawSep = false;
    count++;
  }
  digits += s.slice(start, i);
  if (sawSep) badSep = true;
  if (count === 0) {
    if (!legacyOctal) return undefined;
    // only the octal prefix 0 (natconv.scan): decimal 0
    base = 10;
    prefix = '';
    digits = '0';
  }
  // exponent
  let exp = 0;
  let ebase = 10;
  if (fracOk && i < n) {
    const c = s.charCodeAt(i) | 0x20;
    if (c === 0x65 || c === 0x70) {
      ebase = c === 0x65 ? 10 : 2;
      i++;
      let eneg = false;
      if (i < n && (s.charCodeAt(i) === 0x2b || s.charCodeAt(i) === 0x2d)) {
        eneg = s.charCodeAt(i) === 0x2d;
        i++;
      }
      let ed = '';
      let prev = 0; // 0: none, 1: digit, 2: '_'
      for (; i < n; i++) {
        const d = s.charCodeAt(i);
        if (d >= 48 && d <= 57) {
          ed += s[i];
          prev = 1;
        } else if (d === 0x5f) {
          if (prev !== 1) badSep = true;
          prev = 2;
        } else break;
      }
      if (ed.length === 0) return undefined;
      if (prev === 2) badSep = true;
      const trimmed = ed.replace(/^0+/, '');
      if (trimmed.length > 18 && BigInt(trimmed) > 9223372036854775807n) return undefined; // ParseInt range
      exp = trimmed.length > 15 ? Infinity : Number(trimmed);
      if (eneg) exp = -exp;
    }
  }
  if (i !== n || badSep) return undefined;
  let mant: bigint;
  if (base === 10 && digits.length <= 15) mant = BigInt(Number(digits));
  else mant = BigInt(prefix + digits);
  return { neg, mant, base, fcount: dp < 0 ? 0 : count - dp, exp, ebase };
}

/** An INT literal's value: a safe integer as a number, else a bigint. */
function parseIntLiteral(lit: string): number | bigint | undefined {
  // fast path: plain decimal digits that fit a safe integer
  const n = lit.length;
  if (n > 0 && n <= 15 && (lit.charCodeAt(0) !== 0x30 || n === 1)) {
    let v = 0;
    let i = 0;
    for (; i < n; i++) {
      const c = lit.charCodeAt(i) - 48;
      if (c < 0 || c > 9) break;
      v = v * 10 + c;
    }
    if (i === n) return v;
  }
  const sc = scanNumber(lit, false);
  if (sc === undefined) return undefined;
  return sc.neg ? -sc.mant : sc.mant;
}

/** makeFloatFromLiteral in value.go: a fraction when reasonably sized, else a 512-bit float. */
function floatFromLiteral(lit: string): Val | undefined {
  const sc = scanNumber(lit, true);
  if (sc === undefined) return undefined;
  if (sc.mant === 0n) return new RatVal(0n, 1n);
  let exp2 = 0;
  let exp5 = 0;
  if (sc.fcount > 0) {
    const d = -sc.fcount;
    if (sc.base === 10) {
      exp5 = d;
      exp2 = d;
    } else exp2 = d * (sc.base === 2 ? 1 : sc.base === 8 ? 3 : 4);
  }
  if (sc.ebase === 10) exp5 += sc.exp;
  exp2 += sc.exp;
  const mbits = bitLenBig(sc.mant);
  const ratOk = Math.abs(exp5) <= 1e6 && Math.abs(exp2) <= 1e7; // big.Rat.SetString's limits
  // Clearly inside smallFloat's range: the exact fraction, without building
  // the 512-bit float first (its exponent can differ from this estimate by 1).
  const estimate = mbits + exp2 + exp5 * 2.321928094887362;
  if (ratOk && Math.abs(estimate) < MAX_RAT_EXP - 64) return exactRat(sc.neg, sc.mant, exp2, exp5);
  const f = goParseFloat(sc.neg, sc.mant, exp2, exp5);
  if (f === undefined) return undefined;
  if (bfIsSmall(f)) {
    if (f.m === 0n) return new RatVal(0n, 1n);
    if (ratOk) return exactRat(sc.neg, sc.mant, exp2, exp5);
  }
  return makeFloatVal(f);
}

function exactRat(neg: boolean, mant: bigint, exp2: number, exp5: number): RatVal {
  let num = neg ? -mant : mant;
  let den = 1n;
  if (exp5 > 0) num *= 5n ** BigInt(exp5);
  else if (exp5 < 0) den = 5n ** BigInt(-exp5);
  if (exp2 > 0) num <<= BigInt(exp2);
  else if (exp2 < 0) den <<= BigInt(-exp2);
  const g = gcdBig(num, den);
  return g === 1n ? new RatVal(num, den) : new RatVal(num / g, den / g);
}

/**
 * big.Float.SetString at prec 512, reproducing its steps so that huge
 * literals round exactly as in Go: the mantissa scaled by 2**exp2 is
 * multiplied or divided by 5**|exp5| computed at prec 576 (floatconv.go).
 */
function goParseFloat(neg: boolean, mant: bigint, exp2: number, exp5: number): BFloat | undefined {
  const top = bitLenBig(mant) + exp2;
  if (!(top >= MIN_EXP && top <= MAX_EXP)) return undefined; // "exponent overflow"
  const z = new BFloat(neg, mant, exp2);
  if (exp5 === 0) return bfMake(neg, mant, exp2, FLOAT_PREC, MODE_NEAREST_EVEN, false);
  const p = pow5(Math.abs(exp5), FLOAT_PREC + 64);
  return exp5 < 0 ? bfQuo(z, p, FLOAT_PREC) : bfMul(z, p, FLOAT_PREC);
}

/** Float.pow5: 5**n by repeated squaring, rounded at prec after each step. */
function pow5(n: number, prec: number): BFloat {
  if (n <= 27) return bfExact(5n ** BigInt(n));
  let z = bfExact(5n ** 27n);
  n -= 27;
  let f = bfExact(5n);
  while (n > 0) {
    if (n % 2 === 1) z = bfMul(z, f, prec);
    f = bfMul(f, f, prec);
    n = Math.floor(n / 2);
  }
  return z;
}

// strconv.UnquoteChar / Unquote over a literal's JS text; results are bytes.

// \a \b \f \n \r \t \v \\ by the letter after the backslash
const SIMPLE_ESCAPES: { [c: number]: number | undefined } = {
  0x61: 7,
  0x62: 8,
  0x66: 12,
  0x6e: 10,
  0x72: 13,
  0x74: 9,
  0x76: 11,
  0x5c: 0x5c,
};

interface UnquotedChar {
  value: number; // rune or byte value
  multibyte: boolean; // true: a rune to encode in UTF-8; false: a single byte
  next: number; // index after the character
}

function hexDigit(c: number): number {
  const d = digitValue(c);
  return d < 16 ? d : -1;
}

/** One (possibly escaped) character of s[i:end] quoted by `quote`. */
function unquoteChar(s: string, i: number, end: number, quote: number): UnquotedChar | undefined {
  if (i >= end) return undefined;
  const c = s.charCodeAt(i);
  if (c === quote && (quote === 0x27 || quote === 0x22)) return undefined;
  if (c >= 0x80) {
    const cp = s.codePointAt(i) as number;
    const isSurrogate = cp >= 0xd800 && cp <= 0xdfff;
    return { value: isSurrogate ? 0xfffd : cp, multibyte: true, next: i + (cp > 0xffff ? 2 : 1) };
  }
  if (c !== 0x5c /* \ */) return { value: c, multibyte: false, next: i + 1 };
  if (i + 1 >= end) return undefined;
  const e = s.charCodeAt(i + 1);
  i += 2;
  const simple = SIMPLE_ESCAPES[e];
  if (simple !== undefined) return { value: simple, multibyte: false, next: i };
  switch (e) {
    case 0x27:
    case 0x22:
      if (e !== quote) return undefined;
      return { value: e, multibyte: false, next: i };
    case 0x78: // \x hh (a byte)
    case 0x75: // \u hhhh
    case 0x55: {
      // \U hhhhhhhh
      const n = e === 0x78 ? 2 : e === 0x75 ? 4 : 8;
      if (end - i < n) return undefined;
      let v = 0;
      for (let j = 0; j < n; j++) {
        const h = hexDigit(s.charCodeAt(i + j));
        if (h < 0) return undefined;
        v = v * 16 + h;
      }
      if (e === 0x78) return { value: v, multibyte: false, next: i + n };
      if (v > 0x10ffff || (v >= 0xd800 && v <= 0xdfff)) return undefined;
      return { value: v, multibyte: true, next: i + n };
    }
  }
  if (e >= 0x30 && e <= 0x37) {
    if (end - i < 2) return undefined;
    let v = e - 0x30;
    for (let j = 0; j < 2; j++) {
      const d = s.charCodeAt(i + j) - 0x30;
      if (d < 0 || d > 7) return undefined;
      v = v * 8 + d;
    }
    if (v > 255) return undefined;
    return { value: v, multibyte: false, next: i + 2 };
  }
  return undefined;
}

/** strconv.Unquote: the bytes of a quoted Go string literal, or undefined. */
function unquote(lit: string): string | undefined {
  const n = lit.length;
  if (n < 2) return undefined;
  const q = lit.charCodeAt(0);
  if (q === 0x60 /* ` */) {
    if (lit.charCodeAt(n - 1) !== 0x60 || lit.indexOf('`', 1) !== n - 1) return undefined;
    // carriage returns are discarded from raw strings
    return bytesFromText(lit.slice(1, n - 1).replace(/\r/g, ''));
  }
  if (q !== 0x22 && q !== 0x27) return undefined;
  if (lit.charCodeAt(n - 1) !== q) return undefined;
  let out = '';
  let i = 1;
  const end = n - 1;
  let chars = 0;
  while (i < end) {
    if (lit.charCodeAt(i) === 0x0a) return undefined;
    const r = unquoteChar(lit, i, end, q);
    if (r === undefined) return undefined;
    out += r.multibyte ? encodeRune(r.value) : String.fromCharCode(r.value);
    i = r.next;
    chars++;
  }
  if (q === 0x27 && chars > 1) return undefined; // Unquote("''") is "" in Go
  return out;
}

// ---------------------------------------------------------------------------
// Accessors

/** The kind of v (Value.Kind). */
export function kindOf(v: Value): ConstKind {
  return v.kind;
}

/** BoolVal: false for Unknown. */
export function boolVal(x: Value): boolean {
  const v = V(x);
  if (v.rep === R_BOOL) return v.b;
  if (v.rep === R_UNKNOWN) return false;
  return fail(`${v} not a Bool`);
}

/** StringVal: the bytes of a String as a byte string; "" for Unknown. */
export function stringVal(x: Value): string {
  const v = V(x);
  if (v.rep === R_STRING) return v.bytes;
  if (v.rep === R_UNKNOWN) return '';
  return fail(`${v} not a String`);
}

/** Int64Val: the value as an int64 and whether that is exact. */
export function int64Val(x: Value): [bigint, boolean] {
  const v = V(x);
  switch (v.rep) {
    case R_SMALL:
      return [BigInt(v.n), true];
    case R_BIG: {
      const w = BigInt.asIntN(64, v.n);
      return [w, w === v.n];
    }
    case R_UNKNOWN:
      return [0n, false];
  }
  return fail(`${v} not an Int`);
}

/** Uint64Val: the value as a uint64 and whether that is exact. */
export function uint64Val(x: Value): [bigint, boolean] {
  const v = V(x);
  switch (v.rep) {
    case R_SMALL:
      return [BigInt.asUintN(64, BigInt(v.n)), v.n >= 0];
    case R_BIG:
      if (v.n >= MIN_INT64 && v.n < 0n) return [BigInt.asUintN(64, v.n), false];
      return [BigInt.asUintN(64, absBig(v.n)), v.n > 0n && v.n < 1n << 64n];
    case R_UNKNOWN:
      return [0n, false];
  }
  return fail(`${v} not an Int`);
}

/** The value of an Int as a JS number when it is a safe integer (fast path for the checker). */
export function safeIntVal(x: Value): number | undefined {
  const v = V(x);
  return v.rep === R_SMALL ? v.n : undefined;
}

/** The exact value of an Int (go/constant's Val for Int kinds); 0n for Unknown. */
export function bigIntVal(x: Value): bigint {
  const v = V(x);
  switch (v.rep) {
    case R_SMALL:
      return BigInt(v.n);
    case R_BIG:
      return v.n;
    case R_UNKNOWN:
      return 0n;
  }
  return fail(`${v} not an Int`);
}

function floatValOf(x: Value, f: IeeeFormat): [number, boolean] {
  const v = V(x);
  switch (v.rep) {
    case R_SMALL: {
      if (f === F64) return [v.n, true];
      const r = Math.fround(v.n); // v.n is an exact double: one rounding
      return [r, r === v.n];
    }
    case R_BIG:
      if (v.n >= MIN_INT64 && v.n < 1n << 63n) return bigToIeee(v.n, f); // int64Val: one rounding
      return bfToIeee(floatOfInt(v), f); // intVal: via a 512-bit Float, as in Go
    case R_RAT:
      return ratToIeee(v.num, v.den, f);
    case R_FLOAT:
      return bfToIeee(v.f, f);
    case R_UNKNOWN:
      return [0, false];
  }
  return fail(`${v} not a Float`);
}

/**
 * Float64Val: the nearest float64 (ties to even) and whether it is exact;
 * overflow gives ±Inf (not exact), underflow gives ±0 with x's sign.
 */
export function float64Val(x: Value): [number, boolean] {
  return floatValOf(x, F64);
}

/** Float32Val: like float64Val for float32; the number is a float32 value. */
export function float32Val(x: Value): [number, boolean] {
  return floatValOf(x, F32);
}

/** BitLen: bits needed for |x|, x an Int; 0 for Unknown. */
export function bitLen(x: Value): number {
  const v = V(x);
  switch (v.rep) {
    case R_SMALL:
      return bitLenNum(Math.abs(v.n));
    case R_BIG:
      return bitLenBig(v.n);
    case R_UNKNOWN:
      return 0;
  }
  return fail(`${v} not an Int`);
}

/** Sign: -1, 0 or 1; for Complex, 0 iff zero; 1 for Unknown (avoids spurious division-by-zero errors). */
export function sign(x: Value): number {
  const v = V(x);
  switch (v.rep) {
    case R_SMALL:
      return v.n < 0 ? -1 : v.n > 0 ? 1 : 0;
    case R_BIG:
      return v.n < 0n ? -1 : 1;
    case R_RAT:
      return v.num < 0n ? -1 : v.num > 0n ? 1 : 0;
    case R_FLOAT:
      return bfSign(v.f);
    case R_COMPLEX:
      return sign(v.re) | sign(v.im);
    case R_UNKNOWN:
      return 1;
  }
  return fail(`${v} not numeric`);
}

/** Num: the numerator of an Int or Float (Unknown if too large for a fraction). */
export function num(x: Value): Value {
  const v = V(x);
  switch (v.rep) {
    case R_SMALL:
    case R_BIG:
      return v;
    case R_RAT:
      return intOfBig(v.num);
    case R_FLOAT:
      return bfIsSmall(v.f) ? intOfBig(bfToRat(v.f)[0]) : UNKNOWN;
    case R_UNKNOWN:
      return UNKNOWN;
  }
  return fail(`${v} not Int or Float`);
}

/** Denom: the denominator (>= 1) of an Int or Float (Unknown if too large for a fraction). */
export function denom(x: Value): Value {
  const v = V(x);
  switch (v.rep) {
    case R_SMALL:
    case R_BIG:
      return SMALL_CACHE[1];
    case R_RAT:
      return intOfBig(v.den);
    case R_FLOAT:
      return bfIsSmall(v.f) ? intOfBig(bfToRat(v.f)[1]) : UNKNOWN;
    case R_UNKNOWN:
      return UNKNOWN;
  }
  return fail(`${v} not Int or Float`);
}

function bfToRat(f: BFloat): [bigint, bigint] {
  const r = exactRat(f.neg, f.m, f.e, 0);
  return [r.num, r.den];
}

/** Real: the real part of a numeric value. */
export function real(x: Value): Value {
  const v = V(x);
  switch (v.rep) {
    case R_UNKNOWN:
    case R_SMALL:
    case R_BIG:
    case R_RAT:
    case R_FLOAT:
      return v;
    case R_COMPLEX:
      return v.re;
  }
  return fail(`${v} not numeric`);
}

/** Imag: the imaginary part of a numeric value (0 for Int and Float). */
export function imag(x: Value): Value {
  const v = V(x);
  switch (v.rep) {
    case R_UNKNOWN:
      return v;
    case R_SMALL:
    case R_BIG:
    case R_RAT:
    case R_FLOAT:
      return INT0;
    case R_COMPLEX:
      return v.im;
  }
  return fail(`${v} not numeric`);
}

// ---------------------------------------------------------------------------
// Numeric conversions

/**
 * ToInt: x as an Int if it has an integral value, else Unknown. A 512-bit
 * float within a few bits of rounding error of an integer counts as that
 * integer, as in go/constant.
 */
export function toInt(x: Value): Value {
  const v = V(x);
  switch (v.rep) {
    case R_SMALL:
    case R_BIG:
      return v;
    case R_RAT:
      if (v.den === 1n) return intOfBig(v.num);
      break;
    case R_FLOAT: {
      if (!bfIsSmall(v.f)) break; // avoid creating huge integers
      const [i, exact] = bfToInt(v.f);
      if (exact) return intOfBig(i);
      // round down, then up, a little (prec - 4 bits) and retry
      const delta = 4;
      const down = bfMake(v.f.neg, v.f.m, v.f.e, FLOAT_PREC - delta, MODE_TO_ZERO, false);
      const [i1, ok1] = bfToInt(down);
      if (ok1) return intOfBig(i1);
      const up = bfMake(v.f.neg, v.f.m, v.f.e, FLOAT_PREC - delta, MODE_AWAY, false);
      const [i2, ok2] = bfToInt(up);
      if (ok2) return intOfBig(i2);
      break;
    }
    case R_COMPLEX: {
      const re = V(toFloat(v));
      if (re.kind === 'float') return toInt(re);
      break;
    }
  }
  return UNKNOWN;
}

/** ToFloat: x as a Float if representable as one, else Unknown. */
export function toFloat(x: Value): Value {
  const v = V(x);
  switch (v.rep) {
    case R_SMALL:
      return ratFromInt(v);
    case R_BIG:
      if (bitLenBig(v.n) < MAX_RAT_EXP) return ratFromInt(v);
      return new FloatVal(floatOfInt(v));
    case R_RAT:
    case R_FLOAT:
      return v;
    case R_COMPLEX:
      if (sign(v.im) === 0) return toFloat(v.re);
      break;
  }
  return UNKNOWN;
}

/** ToComplex: x as a Complex if numeric, else Unknown. */
export function toComplex(x: Value): Value {
  const v = V(x);
  switch (v.rep) {
    case R_SMALL:
    case R_BIG:
    case R_RAT:
    case R_FLOAT:
      return new ComplexVal(v, INT0);
    case R_COMPLEX:
      return v;
  }
  return UNKNOWN;
}

// ---------------------------------------------------------------------------
// Operations

/**
 * UnaryOp: op y. For '^', prec > 0 limits the result to prec bits (the size
 * of an unsigned type). Unknown gives Unknown.
 */
export function unaryOp(op: UnaryOperator, y: Value, prec = 0): Value {
  const v = V(y);
  switch (op) {
    case '+':
      if (v.rep === R_UNKNOWN || v.rep >= R_SMALL) return v;
      break;
    case '-':
      switch (v.rep) {
        case R_UNKNOWN:
          return v;
        case R_SMALL:
          return small(-v.n);
        case R_BIG:
          return intOfBig(-v.n);
        case R_RAT:
          return ratOrFloat(-v.num, v.den);
        case R_FLOAT:
          return makeFloatVal(bfNeg(v.f));
        case R_COMPLEX:
          return makeComplexVal(V(unaryOp('-', v.re)), V(unaryOp('-', v.im)));
      }
      break;
    case '^': {
      if (v.rep === R_UNKNOWN) return v;
      if (v.rep !== R_SMALL && v.rep !== R_BIG) break;
      if (prec === 0 && v.rep === R_SMALL && v.n > -MAX_SAFE) return small(-v.n - 1);
      let z = ~bigOf(v);
      if (prec > 0) z &= (1n << BigInt(prec)) - 1n; // z &^= -1 << prec
      return intOfBig(z);
    }
    case '!':
      if (v.rep === R_UNKNOWN) return v;
      if (v.rep === R_BOOL) return v.b ? FALSE : TRUE;
      break;
  }
  return fail(`invalid unary operation ${op}${v}`);
}

function ord(x: Val): number {
  switch (x.rep) {
    case R_UNKNOWN:
      return 0;
    case R_BOOL:
    case R_STRING:
      return 1;
    case R_SMALL:
    case R_BIG:
      return 2;
    case R_RAT:
      return 4;
    case R_FLOAT:
      return 5;
    case R_COMPLEX:
      return 6;
  }
}

/**
 * match: both values in the representation of the more complex one
 * (int < fraction < 512-bit float < complex). If one is Unknown (or the
 * kinds do not mix) both results are the first such value.
 */
export function match(x: Value, y: Value): [Value, Value] {
  return matchVals(V(x), V(y));
}

function matchVals(x: Val, y: Val): [Val, Val] {
  const ox = ord(x);
  const oy = ord(y);
  if (ox < oy) return match0(x, y);
  if (ox > oy) {
    const [b, a] = match0(y, x);
    return [a, b];
  }
  return [x, y];
}

// ord(x) < ord(y)
function match0(x: Val, y: Val): [Val, Val] {
  switch (y.rep) {
    case R_RAT:
      if (x.rep === R_SMALL || x.rep === R_BIG) return [ratFromInt(x), y];
      break;
    case R_FLOAT:
      if (x.rep === R_SMALL || x.rep === R_BIG) return [new FloatVal(floatOfInt(x)), y];
      if (x.rep === R_RAT) return [new FloatVal(floatOfRat(x)), y];
      break;
    case R_COMPLEX:
      return [new ComplexVal(x, INT0), y];
  }
  return [x, x];
}

/**
 * BinaryOp: x op y (not comparisons or shifts). Unknown operands give
 * Unknown. '/' on two ints gives a Float; 'div' forces integer division.
 * Division by zero throws.
 */
export function binaryOp(x: Value, op: BinaryOperator, y: Value): Value {
  const xv = V(x);
  const yv = V(y);
  if (xv.rep === R_SMALL && yv.rep === R_SMALL) {
    const r = smallIntOp(xv.n, op, yv.n);
    if (r !== undefined) return r;
  }
  const [a, b] = matchVals(xv, yv);
  switch (a.rep) {
    case R_UNKNOWN:
      return a;
    case R_BOOL:
      if (b.rep === R_BOOL) {
        if (op === '&&') return a.b && b.b ? TRUE : FALSE;
        if (op === '||') return a.b || b.b ? TRUE : FALSE;
      }
      break;
    case R_SMALL:
    case R_BIG: {
      if (b.rep !== R_SMALL && b.rep !== R_BIG) break;
      const r = a.rep === R_SMALL && b.rep === R_SMALL ? smallIntOp(a.n, op, b.n) : bigIntOp(bigOf(a), op, bigOf(b));
      if (r !== undefined) return r;
      break;
    }
    case R_RAT: {
      if (b.rep !== R_RAT) break;
      switch (op) {
        case '+':
          return makeRatVal(a.num * b.den + b.num * a.den, a.den * b.den);
        case '-':
          return makeRatVal(a.num * b.den - b.num * a.den, a.den * b.den);
        case '*':
          return makeRatVal(a.num * b.num, a.den * b.den);
        case '/':
          if (b.num === 0n) fail('division by zero');
          return makeRatVal(a.num * b.den, a.den * b.num);
      }
      break;
    }
    case R_FLOAT: {
      if (b.rep !== R_FLOAT) break;
      switch (op) {
        case '+':
          return makeFloatVal(bfAdd(a.f, b.f, FLOAT_PREC));
        case '-':
          return makeFloatVal(bfAdd(a.f, bfNeg(b.f), FLOAT_PREC));
        case '*':
          return makeFloatVal(bfMul(a.f, b.f, FLOAT_PREC));
        case '/':
          return makeFloatVal(bfQuo(a.f, b.f, FLOAT_PREC));
      }
      break;
    }
    case R_COMPLEX: {
      if (b.rep !== R_COMPLEX) break;
      const p = a.re;
      const q = a.im;
      const r = b.re;
      const s = b.im;
      switch (op) {
        case '+': // (p+r) + i(q+s)
          return makeComplexVal(V(binaryOp(p, '+', r)), V(binaryOp(q, '+', s)));
        case '-': // (p-r) + i(q-s)
          return makeComplexVal(V(binaryOp(p, '-', r)), V(binaryOp(q, '-', s)));
        case '*': {
          // (pr-qs) + i(qr+ps)
          const pr = binaryOp(p, '*', r);
          const qs = binaryOp(q, '*', s);
          const qr = binaryOp(q, '*', r);
          const ps = binaryOp(p, '*', s);
          return makeComplexVal(V(binaryOp(pr, '-', qs)), V(binaryOp(qr, '+', ps)));
        }
        case '/': {
          // (pr+qs)/d + i(qr-ps)/d with d = rr + ss
          const pr = binaryOp(p, '*', r);
          const qs = binaryOp(q, '*', s);
          const qr = binaryOp(q, '*', r);
          const ps = binaryOp(p, '*', s);
          const d = binaryOp(binaryOp(r, '*', r), '+', binaryOp(s, '*', s));
          const re = binaryOp(binaryOp(pr, '+', qs), '/', d);
          const im = binaryOp(binaryOp(qr, '-', ps), '/', d);
          return makeComplexVal(V(re), V(im));
        }
      }
      break;
    }
    case R_STRING:
      if (op === '+' && b.rep === R_STRING) return new StringVal(a.bytes + b.bytes);
      break;
  }
  return fail(`invalid binary operation ${x} ${op} ${y}`);
}

const INT32_MIN = -2147483648;
const INT32_MAX = 2147483647;

/** Ints that are both safe integers; exact results only (else the bigint path). */
function smallIntOp(a: number, op: BinaryOperator, b: number): Val | undefined {
  switch (op) {
    case '+':
    case '-':
    case '*': {
      // a result that is a safe integer was computed exactly (rounding is monotone)
      const r = op === '+' ? a + b : op === '-' ? a - b : a * b;
      if (Number.isSafeInteger(r)) return small(r);
      return bigIntOp(BigInt(a), op, BigInt(b));
    }
    case '/':
      if (b === 0) fail('division by zero');
      return makeRatVal(BigInt(a), BigInt(b));
    case 'div':
      if (b === 0) fail('division by zero');
      return small((a - (a % b)) / b);
    case '%':
      if (b === 0) fail('division by zero');
      return small(a % b);
  }
  if (a < INT32_MIN || a > INT32_MAX || b < INT32_MIN || b > INT32_MAX) return bigIntOp(BigInt(a), op, BigInt(b));
  switch (op) {
    case '&':
      return small(a & b);
    case '|':
      return small(a | b);
    case '^':
      return small(a ^ b);
    case '&^':
      return small(a & ~b);
  }
  return undefined;
}

function bigIntOp(a: bigint, op: BinaryOperator, b: bigint): Val | undefined {
  switch (op) {
    case '+':
      return intOfBig(a + b);
    case '-':
      return intOfBig(a - b);
    case '*':
      return intOfBig(a * b);
    case '/':
      return makeRatVal(a, b);
    case 'div':
      if (b === 0n) fail('division by zero');
      // go/constant divides int64 values in int64 arithmetic, where
      // MinInt64 / -1 wraps around to MinInt64 (reproduced, as gc shows it)
      if (a === MIN_INT64 && b === -1n) return intOfBig(a);
      return intOfBig(a / b);
    case '%':
      if (b === 0n) fail('division by zero');
      return intOfBig(a % b);
    case '&':
      return intOfBig(a & b);
    case '|':
      return intOfBig(a | b);
    case '^':
      return intOfBig(a ^ b);
    case '&^':
      return intOfBig(a & ~b);
  }
  return undefined;
}

/**
 * Left shifts whose result would exceed this many bits give Unknown instead
 * of allocating (go/constant would compute them; go/types never asks, since
 * constant shift counts above SHIFT_COUNT_BOUND are errors).
 */
export const MAX_SHIFT_RESULT_BITS = 1 << 16;

/** Shift: x << s or x >> s for an Int x and a count s >= 0; Unknown gives Unknown. */
export function shift(x: Value, op: ShiftOperator, s: number | bigint): Value {
  const v = V(x);
  if (v.rep === R_UNKNOWN) return v;
  if ((v.rep === R_SMALL || v.rep === R_BIG) && (op === '<<' || op === '>>') && s >= 0) {
    if (s == 0) return v; // number or bigint zero
    if (v.rep === R_SMALL && v.n === 0) return v;
    if (op === '<<') {
      const k = Number(s);
      if (v.rep === R_SMALL && k < 53) {
        const r = v.n * 2 ** k;
        if (Number.isSafeInteger(r)) return small(r);
      }
      if (bitLen(v) + k > MAX_SHIFT_RESULT_BITS) return UNKNOWN;
      return intOfBig(bigOf(v) << BigInt(k));
    }
    if (v.rep === R_SMALL) {
      if (s >= 54) return small(v.n < 0 ? -1 : 0);
      return small(Math.floor(v.n / 2 ** Number(s)));
    }
    const k = BigInt(s);
    return intOfBig(v.n >> k);
  }
  return fail(`invalid shift ${v} ${op} ${s}`);
}

function cmpResult(c: number, op: ComparisonOperator): boolean {
  switch (op) {
    case '==':
      return c === 0;
    case '!=':
      return c !== 0;
    case '<':
      return c < 0;
    case '<=':
      return c <= 0;
    case '>':
      return c > 0;
    case '>=':
      return c >= 0;
  }
}

/** Compare: x op y; false if an operand is Unknown. */
export function compare(x: Value, op: ComparisonOperator, y: Value): boolean {
  const xv = V(x);
  const yv = V(y);
  if (xv.rep === R_SMALL && yv.rep === R_SMALL) return cmpResult(xv.n < yv.n ? -1 : xv.n > yv.n ? 1 : 0, op);
  const [a, b] = matchVals(xv, yv);
  switch (a.rep) {
    case R_UNKNOWN:
      return false;
    case R_BOOL:
      if (b.rep === R_BOOL && (op === '==' || op === '!=')) return (a.b === b.b) === (op === '==');
      break;
    case R_SMALL:
    case R_BIG:
      if (b.rep === R_SMALL || b.rep === R_BIG) {
        if (a.rep === R_SMALL && b.rep === R_SMALL) return cmpResult(a.n < b.n ? -1 : a.n > b.n ? 1 : 0, op);
        const p = bigOf(a);
        const q = bigOf(b);
        return cmpResult(p < q ? -1 : p > q ? 1 : 0, op);
      }
      break;
    case R_RAT:
      if (b.rep === R_RAT) {
        const p = a.num * b.den;
        const q = b.num * a.den;
        return cmpResult(p < q ? -1 : p > q ? 1 : 0, op);
      }
      break;
    case R_FLOAT:
      if (b.rep === R_FLOAT) return cmpResult(bfCmp(a.f, b.f), op);
      break;
    case R_COMPLEX:
      if (b.rep === R_COMPLEX && (op === '==' || op === '!=')) {
        const re = compare(a.re, '==', b.re);
        const im = compare(a.im, '==', b.im);
        return op === '==' ? re && im : !re || !im;
      }
      break;
    case R_STRING:
      if (b.rep === R_STRING) return cmpResult(a.bytes < b.bytes ? -1 : a.bytes > b.bytes ? 1 : 0, op);
      break;
  }
  return fail(`invalid comparison ${x} ${op} ${y}`);
}

// ---------------------------------------------------------------------------
// Formatting

/**
 * The short form of v, exactly as go/constant's String: strings quoted and cut
 * to 72 runes with "...", floats with 6 significant digits ("1e+100", "0.1",
 * "3.14159"), ints in full, complex as "(re + imi)".
 */
export function valueString(x: Value): string {
  const v = V(x);
  switch (v.rep) {
    case R_UNKNOWN:
      return 'unknown';
    case R_BOOL:
      return v.b ? 'true' : 'false';
    case R_STRING: {
      const maxLen = 72;
      const s = quoteBytes(v.bytes);
      // quick bound: fewer code units than maxLen means fewer runes too
      if (s.length <= maxLen) return s;
      let runes = 0;
      let cut = -1;
      for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (c >= 0xdc00 && c <= 0xdfff && i > 0) {
          const p = s.charCodeAt(i - 1);
          if (p >= 0xd800 && p <= 0xdbff) continue; // second half of a pair
        }
        if (runes === maxLen - 3) cut = i;
        runes++;
      }
      return runes > maxLen ? s.slice(0, cut) + '...' : s;
    }
    case R_SMALL:
      return String(v.n);
    case R_BIG:
      return v.n.toString();
    case R_RAT:
      return floatString(floatOfRat(v));
    case R_FLOAT:
      return floatString(v.f);
    case R_COMPLEX:
      return `(${valueString(v.re)} + ${valueString(v.im)}i)`;
  }
}

/** The exact form of v (ExactString): fractions as "n/d", 512-bit floats in 'p' notation, strings fully quoted. */
export function exactString(x: Value): string {
  const v = V(x);
  switch (v.rep) {
    case R_STRING:
      return quoteBytes(v.bytes);
    case R_RAT:
      return v.den === 1n ? v.num.toString() : `${v.num}/${v.den}`;
    case R_FLOAT:
      return bfTextP(v.f);
    case R_COMPLEX:
      return `(${exactString(v.re)} + ${exactString(v.im)}i)`;
  }
  return valueString(v);
}

const LOG10_2 = 0.30102999566398119521; // float64(math.Ln2 / math.Ln10)
const ROUND_DOWN_LIMIT = 0.9999995; // float64(1 - 0.5e-6)

/** floatVal.String: %.6g of the float64 value, or an approximate decimal form outside float64's range. */
function floatString(f: BFloat): string {
  if (f.inf) return f.neg ? '-Inf' : '+Inf';
  const [x] = bfToIeee(f, F64);
  if ((f.m === 0n) === (x === 0) && Number.isFinite(x)) return formatFloatG(x, 6);
  // f = mant * 2**exp with 0.5 <= |mant| < 1; approximate f ~ m * 10**e
  const exp = bfExp(f);
  let [m] = ieeeRound(f.neg, f.m, -bitLenBig(f.m), false, F64);
  const d = exp * LOG10_2;
  let e = Math.trunc(d);
  m *= goPow10(d - e);
  const am = Math.abs(m);
  if (am < ROUND_DOWN_LIMIT) {
    m *= 10;
    e--;
  } else if (am >= 10) {
    m /= 10;
    e++;
  }
  return formatFloatG(m, 6) + 'e' + (e >= 0 ? '+' : '') + e;
}

/**
 * math.Pow(10, y) for |y| < 1 following Go's algorithm (exp(yf*log 10), with
 * the 10**1 factor applied as 0.625 * 2**4). Go's Exp/Log are assembly on
 * amd64; Math.exp/Math.log may differ from them in the last bit.
 */
function goPow10(y: number): number {
  if (y === 0) return 1;
  if (y === 0.5) return Math.sqrt(10);
  if (y === -0.5) return 1 / Math.sqrt(10);
  let yf = Math.abs(y);
  let yi = 0;
  if (yf > 0.5) {
    yf--;
    yi = 1;
  }
  let a1 = Math.exp(yf * Math.log(10));
  let ae = 0;
  if (yi === 1) {
    a1 *= 0.625;
    ae = 4;
  }
  if (y < 0) {
    a1 = 1 / a1;
    ae = -ae;
  }
  return a1 * 2 ** ae;
}

/**
 * fmt's %.{prec}g for a float64, as Go prints it: correctly rounded (ties to
 * even) to prec significant digits, trailing zeros dropped, exponent form
 * when the exponent is < -4 or >= prec, exponent with at least two digits.
 */
export function formatFloatG(x: number, prec: number): string {
  if (Number.isNaN(x)) return 'NaN';
  if (!Number.isFinite(x)) return x > 0 ? '+Inf' : '-Inf';
  const neg = x < 0 || Object.is(x, -0);
  let digits = '';
  let dp = 0;
  if (x !== 0) {
    const d = decompose(x);
    if (d.e >= 0) {
      digits = (BigInt(d.m) << BigInt(d.e)).toString();
      dp = digits.length;
    } else {
      digits = (BigInt(d.m) * 5n ** BigInt(-d.e)).toString();
      dp = digits.length + d.e;
    }
    if (digits.length > prec) {
      const c = digits.charCodeAt(prec);
      let up = c > 53;
      if (c === 53) {
        let rest = false;
        for (let i = prec + 1; i < digits.length; i++) {
          if (digits.charCodeAt(i) !== 48) {
            rest = true;
            break;
          }
        }
        up = rest || (digits.charCodeAt(prec - 1) - 48) % 2 === 1;
      }
      digits = digits.slice(0, prec);
      if (up) {
        let i = prec - 1;
        while (i >= 0 && digits[i] === '9') i--;
        if (i < 0) {
          digits = '1';
          dp++;
        } else digits = digits.slice(0, i) + String.fromCharCode(digits.charCodeAt(i) + 1);
      }
    }
    let end = digits.length;
    while (end > 0 && digits.charCodeAt(end - 1) === 48) end--;
    digits = digits.slice(0, end);
  }
  const nd = digits.length;
  let eprec = prec;
  if (eprec > nd && nd >= dp) eprec = nd;
  const exp = dp - 1;
  let out: string;
  if (x !== 0 && (exp < -4 || exp >= eprec)) {
    // %e with (min(prec, nd) - 1) decimals
    const p = (prec > nd ? nd : prec) - 1;
    out = digits[0];
    if (p > 0) out += '.' + digits.slice(1, 1 + p).padEnd(p, '0');
    const ae = Math.abs(exp);
    out += (exp < 0 ? 'e-' : 'e+') + (ae < 10 ? '0' + ae : String(ae));
  } else {
    // %f with max(p - dp, 0) decimals
    const p = prec > dp ? nd : prec;
    const decimals = Math.max(p - dp, 0);
    out = dp > 0 ? digits.slice(0, dp).padEnd(dp, '0') : '0';
    if (decimals > 0) {
      let frac = '';
      for (let i = 0; i < decimals; i++) {
        const j = dp + i;
        frac += j >= 0 && j < nd ? digits[j] : '0';
      }
      out += '.' + frac;
    }
  }
  return neg ? '-' + out : out;
}

// ---------------------------------------------------------------------------
// Byte strings: Go strings as JS strings of bytes (code units 0..255).

function encodeRune(r: number): string {
  if (r < 0x80) return String.fromCharCode(r);
  if (r < 0x800) return String.fromCharCode(0xc0 | (r >> 6), 0x80 | (r & 0x3f));
  if (r < 0x10000)
    return String.fromCharCode(0xe0 | (r >> 12), 0x80 | ((r >> 6) & 0x3f), 0x80 | (r & 0x3f));
  return String.fromCharCode(
    0xf0 | (r >> 18),
    0x80 | ((r >> 12) & 0x3f),
    0x80 | ((r >> 6) & 0x3f),
    0x80 | (r & 0x3f),
  );
}

/** The UTF-8 bytes of JS text as a byte string (lone surrogates become U+FFFD). */
export function bytesFromText(text: string): string {
  let ascii = true;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) >= 0x80) {
      ascii = false;
      break;
    }
  }
  if (ascii) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c < 0x80) {
      out += text[i];
      continue;
    }
    if (c >= 0xd800 && c <= 0xdfff) {
      const cp = text.codePointAt(i) as number;
      if (cp > 0xffff) {
        i++;
        c = cp;
      } else c = 0xfffd;
    }
    out += encodeRune(c);
  }
  return out;
}

/**
 * utf8.DecodeRuneInString on a byte string: [rune, width]; an invalid or
 * short encoding gives [0xFFFD, 1].
 */
export function decodeRune(bytes: string, i: number): [number, number] {
  const n = bytes.length;
  const b0 = bytes.charCodeAt(i);
  if (b0 < 0x80) return [b0, 1];
  let need: number;
  let min: number;
  let r: number;
  if (b0 >= 0xc2 && b0 <= 0xdf) {
    need = 1;
    r = b0 & 0x1f;
    min = 0x80;
  } else if (b0 >= 0xe0 && b0 <= 0xef) {
    need = 2;
    r = b0 & 0x0f;
    min = 0x800;
  } else if (b0 >= 0xf0 && b0 <= 0xf4) {
    need = 3;
    r = b0 & 0x07;
    min = 0x10000;
  } else return [0xfffd, 1];
  if (i + need >= n) return [0xfffd, 1];
  for (let k = 1; k <= need; k++) {
    const b = bytes.charCodeAt(i + k);
    if ((b & 0xc0) !== 0x80) return [0xfffd, 1];
    r = (r << 6) | (b & 0x3f);
  }
  if (r < min || r > 0x10ffff || (r >= 0xd800 && r <= 0xdfff)) return [0xfffd, 1];
  return [r, need + 1];
}

/** Display text for a byte string: UTF-8 decoded, each invalid byte as U+FFFD (Go's rule). */
export function textFromBytes(bytes: string): string {
  let out = '';
  let start = 0;
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    if (bytes.charCodeAt(i) < 0x80) {
      i++;
      continue;
    }
    out += bytes.slice(start, i);
    const [r, w] = decodeRune(bytes, i);
    out += String.fromCodePoint(r);
    i += w;
    start = i;
  }
  return start === 0 ? bytes : out + bytes.slice(start);
}

const PRINTABLE = /^[\p{L}\p{M}\p{N}\p{P}\p{S}]$/u;

/** strconv.IsPrint: letters, marks, numbers, punctuation, symbols and ASCII space. */
function isPrint(r: number): boolean {
  if (r < 0x80) return r >= 0x20 && r < 0x7f;
  return PRINTABLE.test(String.fromCodePoint(r));
}

const HEX = '0123456789abcdef';

/**
 * strconv.Quote of a byte string, as display text: printable runes as
 * themselves, the usual escapes, \x for bytes that are not UTF-8 and for
 * control bytes, \u and \U for other non-printable runes.
 */
export function quoteBytes(bytes: string): string {
  let out = '"';
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const c = bytes.charCodeAt(i);
    if (c >= 0x20 && c < 0x7f && c !== 0x22 && c !== 0x5c) {
      // runs of plain ASCII
      let j = i + 1;
      while (j < n) {
        const d = bytes.charCodeAt(j);
        if (d < 0x20 || d >= 0x7f || d === 0x22 || d === 0x5c) break;
        j++;
      }
      out += bytes.slice(i, j);
      i = j;
      continue;
    }
    let r = c;
    let w = 1;
    if (c >= 0x80) {
      [r, w] = decodeRune(bytes, i);
      if (w === 1) {
        out += '\\x' + HEX[c >> 4] + HEX[c & 15];
        i++;
        continue;
      }
    }
    i += w;
    if (r === 0x22 || r === 0x5c) {
      out += '\\' + String.fromCharCode(r);
      continue;
    }
    if (isPrint(r)) {
      out += String.fromCodePoint(r);
      continue;
    }
    switch (r) {
      case 7:
        out += '\\a';
        continue;
      case 8:
        out += '\\b';
        continue;
      case 12:
        out += '\\f';
        continue;
      case 10:
        out += '\\n';
        continue;
      case 13:
        out += '\\r';
        continue;
      case 9:
        out += '\\t';
        continue;
      case 11:
        out += '\\v';
        continue;
    }
    if (r < 0x20 || r === 0x7f) out += '\\x' + HEX[r >> 4] + HEX[r & 15];
    else if (r < 0x10000) out += '\\u' + r.toString(16).padStart(4, '0');
    else out += '\\U' + r.toString(16).padStart(8, '0');
  }
  return out + '"';
}

// ---------------------------------------------------------------------------
// What go/types needs around constants (go/types/expr.go: overflow,
// representableConst, shift; the spec's "Representability").

/** Untyped integer constants may not exceed this many bits ("constant ... overflow"). */
export const UNTYPED_INT_PRECISION = 512;

/** Whether an untyped Int result grew beyond UNTYPED_INT_PRECISION bits (go/types Checker.overflow). */
export function untypedIntOverflows(x: Value): boolean {
  return x.kind === 'int' && bitLen(x) > UNTYPED_INT_PRECISION;
}

/** Constant shift counts above this are "invalid shift count" (1023 - 1 + 52, enough for the smallest float64). */
export const SHIFT_COUNT_BOUND = 1023 - 1 + 52;

/** The count of a constant shift if it is an Int in [0, SHIFT_COUNT_BOUND], else undefined. */
export function constShiftCount(y: Value): number | undefined {
  if (y.kind !== 'int') return undefined;
  const [s, exact] = uint64Val(y);
  if (!exact || s > BigInt(SHIFT_COUNT_BOUND)) return undefined;
  return Number(s);
}

/**
 * x as an Int of a bits-wide signed or unsigned integer type, or undefined if
 * x is not an integral value or out of range (the integer cases of
 * representableConst).
 */
export function representableAsInt(x: Value, bits: number, signed: boolean): Value | undefined {
  const v = V(toInt(x));
  if (v.rep === R_SMALL) {
    if (bits > 53) return signed || v.n >= 0 ? v : undefined;
    if (signed) {
      const half = 2 ** (bits - 1);
      return v.n >= -half && v.n < half ? v : undefined;
    }
    return v.n >= 0 && v.n < 2 ** bits ? v : undefined;
  }
  if (v.rep === R_BIG) {
    const B = BigInt(bits);
    const lo = signed ? -(1n << (B - 1n)) : 0n;
    const hi = signed ? (1n << (B - 1n)) - 1n : (1n << B) - 1n;
    return v.n >= lo && v.n <= hi ? v : undefined;
  }
  return undefined;
}

/** roundFloat32 in go/types: x (a Float) rounded to float32, or undefined on overflow. */
export function roundFloat32(x: Value): Value | undefined {
  const [f] = float32Val(x);
  return Number.isFinite(f) ? makeFloat64(f) : undefined;
}

/** roundFloat64 in go/types: x (a Float) rounded to float64, or undefined on overflow. */
export function roundFloat64(x: Value): Value | undefined {
  const [f] = float64Val(x);
  return Number.isFinite(f) ? makeFloat64(f) : undefined;
}

/** The basic types (and untyped kinds) a constant can be made to fit; int, uint and uintptr are 64 bits. */
export type BasicTarget =
  | 'bool'
  | 'string'
  | 'int'
  | 'int8'
  | 'int16'
  | 'int32'
  | 'rune'
  | 'int64'
  | 'uint'
  | 'uint8'
  | 'byte'
  | 'uint16'
  | 'uint32'
  | 'uint64'
  | 'uintptr'
  | 'float32'
  | 'float64'
  | 'complex64'
  | 'complex128'
  | 'untyped bool'
  | 'untyped int'
  | 'untyped rune'
  | 'untyped float'
  | 'untyped complex'
  | 'untyped string';

const INT_TARGETS: { [k: string]: readonly [number, boolean] | undefined } = {
  int: [64, true],
  int8: [8, true],
  int16: [16, true],
  int32: [32, true],
  rune: [32, true],
  int64: [64, true],
  uint: [64, false],
  uint8: [8, false],
  byte: [8, false],
  uint16: [16, false],
  uint32: [32, false],
  uint64: [64, false],
  uintptr: [64, false],
};

/**
 * representableConst in go/types: the value x takes as a constant of type
 * target (ints become Int values, floats are rounded to float32/float64), or
 * undefined if it is not representable. Unknown is representable as anything.
 */
export function representable(x: Value, target: BasicTarget): Value | undefined {
  if (x.kind === 'unknown') return x;
  const intRange = INT_TARGETS[target];
  if (intRange !== undefined) return representableAsInt(x, intRange[0], intRange[1]);
  switch (target) {
    case 'untyped int':
    case 'untyped rune': {
      const i = toInt(x);
      return i.kind === 'int' ? i : undefined;
    }
    case 'float32':
    case 'float64':
    case 'untyped float': {
      const f = toFloat(x);
      if (f.kind !== 'float') return undefined;
      if (target === 'untyped float') return x;
      return target === 'float32' ? roundFloat32(f) : roundFloat64(f);
    }
    case 'complex64':
    case 'complex128':
    case 'untyped complex': {
      const c = toComplex(x);
      if (c.kind !== 'complex') return undefined;
      if (target === 'untyped complex') return x;
      const round = target === 'complex64' ? roundFloat32 : roundFloat64;
      const re = round(real(c));
      const im = round(imag(c));
      if (re === undefined || im === undefined) return undefined;
      return binaryOp(re, '+', makeImag(im));
    }
    case 'string':
    case 'untyped string':
      return x.kind === 'string' ? x : undefined;
    case 'bool':
    case 'untyped bool':
      return x.kind === 'bool' ? x : undefined;
  }
  return undefined;
}

/** The class of an operand's type, for choosing the message when a constant does not fit. */
export type OperandClass = 'integer' | 'float' | 'complex' | 'other';

export type Representation =
  | { ok: true; value: Value }
  | { ok: false; error: 'truncated' | 'overflows' | 'invalid' };

function isNumericTarget(t: BasicTarget): boolean {
  return INT_TARGETS[t] !== undefined || t.startsWith('float') || t.startsWith('complex') ||
    t === 'untyped int' || t === 'untyped rune' || t === 'untyped float' || t === 'untyped complex';
}

/**
 * go/types Checker.representation: x as a constant of target, or why not:
 * 'truncated' (a non-integer numeric operand into an integer type),
 * 'overflows' (other numeric cases), 'invalid' (cannot convert).
 */
export function representation(x: Value, from: OperandClass, target: BasicTarget): Representation {
  const v = representable(x, target);
  if (v !== undefined) return { ok: true, value: v };
  if (from !== 'other' && isNumericTarget(target)) {
    const toInteger = INT_TARGETS[target] !== undefined || target === 'untyped int' || target === 'untyped rune';
    return { ok: false, error: from !== 'integer' && toInteger ? 'truncated' : 'overflows' };
  }
  return { ok: false, error: 'invalid' };
}
