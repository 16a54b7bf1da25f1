// strconv.FormatFloat (ftoa.go): formats 'b', 'e', 'E', 'f', 'g', 'G', 'x',
// 'X' with shortest (-1) or explicit precision, for bitSize 32 and 64.
//
// Digits: the shortest representation that reads back to the same float
// (float64: ECMAScript's Number-to-string, which like Go's Ryu picks the
// closest of the shortest candidates; float32: the shortest correctly rounded
// prefix that rounds back through float32). Explicit precisions round the
// exact binary value half-to-even, as Go's ryuFtoaFixed and decimal.Round
// do: JS's toExponential/toFixed are used when they cannot differ (they
// round exact ties away from zero), and an exact BigInt expansion otherwise.

/** Decimal digits of |f| (Go's decimalSlice): digits d (no leading or trailing zeros), value 0.d × 10^dp. */
export interface Digits {
  d: string;
  dp: number;
}

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
const f32buf = new Float32Array(1);
const u32of32 = new Uint32Array(f32buf.buffer);

/** The IEEE fields of a float64: mantissa (with implicit bit) and exponent such that |f| = mant × 2^exp. */
function decompose64(f: number): { mant: bigint; exp: number } {
  f64[0] = f;
  const hi = u32[1];
  const lo = u32[0];
  const e = (hi >>> 20) & 0x7ff;
  let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let exp: number;
  if (e === 0) {
    exp = -1074;
  } else {
    mant |= 1n << 52n;
    exp = e - 1075;
  }
  return { mant, exp };
}

const pow5cache: bigint[] = [1n];
function pow5(n: number): bigint {
  while (pow5cache.length <= n) pow5cache.push(pow5cache[pow5cache.length - 1] * 5n);
  return pow5cache[n];
}

/** The exact decimal expansion of a finite nonzero |f|. */
export function exactDigits(f: number): Digits {
  const { mant, exp } = decompose64(Math.abs(f));
  let s: string;
  let dp: number;
  if (exp >= 0) {
    s = (mant << BigInt(exp)).toString();
    dp = s.length;
  } else {
    s = (mant * pow5(-exp)).toString();
    dp = s.length + exp;
  }
  return { d: trimZeros(s), dp };
}

function trimZeros(s: string): string {
  let n = s.length;
  while (n > 0 && s.charCodeAt(n - 1) === 0x30) n--;
  return n === s.length ? s : s.substring(0, n);
}

/** Digits rounded to nd digits, half to even on the exact value (decimal.Round). */
export function roundDigits(x: Digits, nd: number): Digits {
  if (nd < 0 || nd >= x.d.length) return x;
  const c = x.d.charCodeAt(nd);
  let up: boolean;
  if (c === 0x35 && nd + 1 === x.d.length) {
    // exactly halfway: round to even
    up = nd > 0 && (x.d.charCodeAt(nd - 1) - 0x30) % 2 === 1;
  } else {
    up = c >= 0x35;
  }
  if (!up) {
    const d = trimZeros(x.d.substring(0, nd));
    return { d, dp: d.length === 0 ? 0 : x.dp };
  }
  // round up: increment, propagating carries over 9s
  let i = nd - 1;
  while (i >= 0 && x.d.charCodeAt(i) === 0x39) i--;
  if (i < 0) return { d: '1', dp: x.dp + 1 };
  return { d: x.d.substring(0, i) + String.fromCharCode(x.d.charCodeAt(i) + 1), dp: x.dp };
}

/** Digits of a JS exponential string `d.ddde±x`. */
function fromExponential(s: string): Digits {
  const e = s.indexOf('e');
  const mant = s.charCodeAt(1) === 0x2e ? s[0] + s.substring(2, e) : s.substring(0, e);
  const d = trimZeros(mant);
  return { d, dp: d.length === 0 ? 0 : parseInt(s.substring(e + 1), 10) + 1 };
}

/** Shortest digits of |f| that read back as f (float64). */
export function shortest64(f: number): Digits {
  return fromExponential(Math.abs(f).toExponential());
}

/**
 * Shortest digits of |f| that read back as f through float32: the first
 * precision whose correctly rounded digits (ties to even, as Go's Ryu picks
 * between two equally close candidates) round back to f.
 */
export function shortest32(f: number): Digits {
  const a = Math.abs(f);
  for (let p = 1; p < 9; p++) {
    const d = fixedDigits(a, p);
    if (Math.fround(Number(d.d + 'e' + (d.dp - d.d.length))) === a) return d;
  }
  return fixedDigits(a, 9);
}

/** f × 2^k without intermediate overflow of the power. */
function mulPow2(f: number, k: number): number {
  while (k > 1000) {
    f *= 2 ** 1000;
    k -= 1000;
  }
  return f * 2 ** k;
}

/** Whether |f| = (m + 1/2) × 10^q for an integer m (a tie when rounding at 10^q). */
function isTie(a: number, q: number): boolean {
  if (q <= 0) {
    // 2a × 10^-q odd ⟺ a × 2^(1-q) odd (5^-q is odd and a is dyadic)
    const y = mulPow2(a, 1 - q);
    return y < 9007199254740992 && Number.isInteger(y) && y % 2 === 1;
  }
  if (!Number.isInteger(a)) return false;
  const twice = BigInt(a) * 2n;
  const unit = 10n ** BigInt(q);
  return twice % unit === 0n && (twice / unit) % 2n === 1n;
}

/** |f| rounded to n significant digits (n >= 1). */
export function fixedDigits(f: number, n: number): Digits {
  const a = Math.abs(f);
  if (n <= 101) {
    const s = a.toExponential(n - 1);
    const r = fromExponential(s);
    const e = parseInt(s.substring(s.indexOf('e') + 1), 10);
    if (!isTie(a, e - (n - 1))) return r;
  }
  return roundDigits(exactDigits(a), n);
}

/** |f| rounded to prec digits after the decimal point. */
export function fixedPointDigits(f: number, prec: number): Digits {
  const a = Math.abs(f);
  if (prec <= 100 && a < 1e21 && !isTie(a, -prec)) {
    const s = a.toFixed(prec);
    const dot = s.indexOf('.');
    const intPart = dot < 0 ? s : s.substring(0, dot);
    const all = dot < 0 ? s : intPart + s.substring(dot + 1);
    let lead = 0;
    while (lead < all.length && all.charCodeAt(lead) === 0x30) lead++;
    const d = trimZeros(all.substring(lead));
    return { d, dp: d.length === 0 ? 0 : intPart.length - lead };
  }
  const x = exactDigits(a);
  return roundDigits(x, x.dp + prec);
}

// ------------------------------------------------------------------ formatting (fmtE, fmtF, %g, fmtB, fmtX)

function fmtE(neg: boolean, d: Digits, prec: number, fmt: string): string {
  let out = neg ? '-' : '';
  out += d.d.length === 0 ? '0' : d.d[0];
  if (prec > 0) {
    out += '.';
    const m = Math.min(d.d.length, prec + 1);
    if (m > 1) out += d.d.substring(1, m);
    for (let i = Math.max(m, 1); i <= prec; i++) out += '0';
  }
  out += fmt;
  let exp = d.d.length === 0 ? 0 : d.dp - 1;
  if (exp < 0) {
    out += '-';
    exp = -exp;
  } else {
    out += '+';
  }
  return out + (exp < 10 ? '0' + exp : String(exp));
}

function fmtF(neg: boolean, d: Digits, prec: number): string {
  let out = neg ? '-' : '';
  if (d.dp > 0) {
    const m = Math.min(d.d.length, d.dp);
    out += d.d.substring(0, m);
    for (let i = m; i < d.dp; i++) out += '0';
  } else {
    out += '0';
  }
  if (prec > 0) {
    out += '.';
    for (let i = 0; i < prec; i++) {
      const j = d.dp + i;
      out += j >= 0 && j < d.d.length ? d.d[j] : '0';
    }
  }
  return out;
}

/** formatDigits: %e, %f or %g from digits. */
function formatDigits(neg: boolean, digs: Digits, shortest: boolean, prec: number, fmt: string): string {
  switch (fmt) {
    case 'e': case 'E':
      return fmtE(neg, digs, prec, fmt);
    case 'f':
      return fmtF(neg, digs, prec);
    default: { // 'g', 'G'
      const nd = digs.d.length;
      let eprec = prec;
      if (eprec > nd && nd >= digs.dp) eprec = nd;
      if (shortest) eprec = 6;
      const exp = digs.dp - 1;
      if (exp < -4 || exp >= eprec) {
        if (prec > nd) prec = nd;
        return fmtE(neg, digs, prec - 1, fmt === 'g' ? 'e' : 'E');
      }
      if (prec > digs.dp) prec = nd;
      return fmtF(neg, digs, Math.max(prec - digs.dp, 0));
    }
  }
}

/** The float's mantissa and exponent in its own format (bits of float32 or float64). */
function fields(f: number, bitSize: number): { mant: bigint; exp: number; mantbits: number } {
  if (bitSize === 32) {
    f32buf[0] = f;
    const bits = u32of32[0];
    const e = (bits >>> 23) & 0xff;
    let mant = bits & 0x7fffff;
    let exp: number;
    if (e === 0) exp = 1 - 127;
    else {
      mant |= 0x800000;
      exp = e - 127;
    }
    return { mant: BigInt(mant), exp, mantbits: 23 };
  }
  const { mant, exp } = decompose64(Math.abs(f));
  return { mant, exp: exp + 52, mantbits: 52 };
}

/** %b: -ddddp±ddd (mantissa × 2^exp). */
function fmtB(neg: boolean, f: number, bitSize: number): string {
  const { mant, exp, mantbits } = fields(f, bitSize);
  const e = exp - mantbits;
  return (neg ? '-' : '') + mant.toString() + 'p' + (e >= 0 ? '+' : '') + e;
}

/** %x: -0x1.yyyyp±dd (hex mantissa, binary exponent), rounded to prec hex digits when prec >= 0. */
function fmtX(neg: boolean, f: number, bitSize: number, prec: number, fmt: string): string {
  let { mant, exp } = fields(f, bitSize);
  const mantbits = bitSize === 32 ? 23 : 52;
  if (mant === 0n) exp = 0;
  // shift so the leading 1 (if any) is at bit 60
  mant <<= BigInt(60 - mantbits);
  while (mant !== 0n && (mant & (1n << 60n)) === 0n) {
    mant <<= 1n;
    exp--;
  }
  const mask60 = (1n << 60n) - 1n;
  if (prec >= 0 && prec < 15) {
    const shift = BigInt(prec * 4);
    const extra = (mant << shift) & mask60;
    mant >>= 60n - shift;
    if ((extra | (mant & 1n)) > 1n << 59n) mant++;
    mant <<= 60n - shift;
    if ((mant & (1n << 61n)) !== 0n) {
      mant >>= 1n;
      exp++;
    }
  }
  const digits = fmt === 'X' ? '0123456789ABCDEF' : '0123456789abcdef';
  let out = (neg ? '-' : '') + '0' + fmt + String((mant >> 60n) & 1n);
  mant = (mant << 4n) & ((1n << 64n) - 1n);
  if (prec < 0 && mant !== 0n) {
    out += '.';
    while (mant !== 0n) {
      out += digits[Number((mant >> 60n) & 15n)];
      mant = (mant << 4n) & ((1n << 64n) - 1n);
    }
  } else if (prec > 0) {
    out += '.';
    for (let i = 0; i < prec; i++) {
      out += digits[Number((mant >> 60n) & 15n)];
      mant = (mant << 4n) & ((1n << 64n) - 1n);
    }
  }
  out += fmt === 'X' ? 'P' : 'p';
  if (exp < 0) {
    out += '-';
    exp = -exp;
  } else {
    out += '+';
  }
  return out + (exp < 10 ? '0' + exp : String(exp));
}

/** Go's exponent suffix from a JS one (`e+5` -> `e+05`). */
function goExponent(jsExp: string, fmt: string): string {
  const sign = jsExp[0] === '-' ? '-' : '+';
  const digits = jsExp[0] === '-' || jsExp[0] === '+' ? jsExp.substring(1) : jsExp;
  return fmt + sign + (digits.length < 2 ? '0' + digits : digits);
}

/**
 * The common cases straight from JS's conversions, when they provably agree
 * with Go: %v-style shortest float64 ('g', -1), and 'e'/'f' with a precision
 * up to 100 when the exact value is not a tie. Undefined otherwise.
 */
function fastFormat(f: number, neg: boolean, fmt: string, prec: number, bitSize: number): string | undefined {
  if (f === 0) return undefined;
  const a = neg ? -f : f;
  const sign = neg ? '-' : '';
  if (fmt === 'g' && prec < 0 && bitSize === 64) {
    const s = a.toExponential();
    const e = s.indexOf('e');
    const x = parseInt(s.substring(e + 1), 10);
    if (x < -4 || x >= 6) return sign + s.substring(0, e) + goExponent(s.substring(e + 1), 'e');
    const d = s.charCodeAt(1) === 0x2e ? s[0] + s.substring(2, e) : s.substring(0, e);
    const dp = x + 1;
    if (dp <= 0) return sign + '0.' + '0'.repeat(-dp) + d;
    if (dp >= d.length) return sign + d + '0'.repeat(dp - d.length);
    return sign + d.substring(0, dp) + '.' + d.substring(dp);
  }
  if (prec < 0 || prec > 100) return undefined;
  if (fmt === 'f') {
    if (a < 1e21 && !isTie(a, -prec)) return sign + a.toFixed(prec);
    return undefined;
  }
  if (fmt === 'e' || fmt === 'E') {
    const s = a.toExponential(prec);
    const e = s.indexOf('e');
    const x = parseInt(s.substring(e + 1), 10);
    if (isTie(a, x - prec)) return undefined;
    return sign + s.substring(0, e) + goExponent(s.substring(e + 1), fmt);
  }
  return undefined;
}

/**
 * strconv.FormatFloat(f, fmt, prec, bitSize). `fmt` is one of b e E f g G x X
 * (anything else gives `%` + fmt like Go).
 */
export function formatFloat(f: number, fmt: string, prec: number, bitSize: number): string {
  if (bitSize === 32) f = Math.fround(f);
  if (f !== f) return 'NaN';
  if (f === Infinity) return '+Inf';
  if (f === -Infinity) return '-Inf';
  const neg = f < 0 || (f === 0 && 1 / f < 0);
  const fast = fastFormat(f, neg, fmt, prec, bitSize);
  if (fast !== undefined) return fast;
  if (fmt === 'b') return fmtB(neg, f, bitSize);
  if (fmt === 'x' || fmt === 'X') return fmtX(neg, f, bitSize, prec, fmt);
  if (fmt !== 'e' && fmt !== 'E' && fmt !== 'f' && fmt !== 'g' && fmt !== 'G') return '%' + fmt;
  const shortest = prec < 0;
  let digs: Digits;
  if (f === 0) {
    digs = { d: '', dp: 0 };
  } else if (shortest) {
    digs = bitSize === 32 ? shortest32(f) : shortest64(f);
  } else if (fmt === 'f') {
    digs = fixedPointDigits(f, prec);
  } else {
    let n = prec;
    if (fmt === 'e' || fmt === 'E') n++;
    else if (prec === 0) prec = n = 1;
    digs = fixedDigits(f, n);
  }
  if (shortest) {
    const nd = digs.d.length;
    if (fmt === 'e' || fmt === 'E') prec = Math.max(nd - 1, 0);
    else if (fmt === 'f') prec = Math.max(nd - digs.dp, 0);
    else prec = nd;
  } else if (f === 0 && (fmt === 'g' || fmt === 'G') && prec === 0) {
    prec = 1;
  }
  return formatDigits(neg, digs, shortest, prec, fmt);
}

/** %v of a float64 (fmt's 'g' with shortest precision): the common fast path. */
export function formatFloatShortest(f: number, bitSize: number): string {
  return formatFloat(f, 'g', -1, bitSize);
}

/** strconv.FormatComplex: `(re±imi)`, each part formatted with bitSize/2 (64 or 128 in). */
export function formatComplex(re: number, im: number, fmt: string, prec: number, bitSize: number): string {
  const half = bitSize === 64 ? 32 : 64;
  let i = formatFloat(im, fmt, prec, half);
  if (i[0] !== '+' && i[0] !== '-') i = '+' + i;
  return '(' + formatFloat(re, fmt, prec, half) + i + 'i)';
}
