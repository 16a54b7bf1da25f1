// Tests for constant.ts. The expected values in the go*Table functions at the
// end were produced by real Go 1.19, not by this module: small Go programs in
// /tmp evaluated the
// same expressions with go/constant (String, ExactString, Float64Val, ...),
// type-checked `const c T = expr` with go/types (representability), and ran
// fmt.Sprintf("%.*g") and []rune(string) conversions. The expressions use a
// tiny s-expression notation that both the Go programs and evalExpr below read:
//   atoms   INT:<lit> FLOAT:<lit> IMAG:<lit> CHAR:<lit> STRING:<lit>
//           (MakeFromLiteral), RAW:<TOK>:<percent-encoded literal>,
//           i64:<n> (MakeInt64), u64:<n> (MakeUint64), f64:<x> (MakeFloat64),
//           true, false, unknown
//   forms   (op x y) for + - * / div % & | ^ &^ && || (BinaryOp; div is
//           QUO_ASSIGN), (cmp x y) for == != < <= > >= (Compare, as a Bool),
//           (<< x n) (>> x n) (Shift), (neg x) (pos x) (not x) (cplN x)
//           (UnaryOp; cplN is ^ with prec N), (toInt x) (toFloat x)
//           (toComplex x) (real x) (imag x) (makeImag x) (num x) (denom x)
// Queries: S = kind|String|ExactString, F64/F32 = bits|exact of
// Float64Val/Float32Val, I64/U64 = value|exact, BL = BitLen, SG = Sign.
// goConstantRandomTable holds a sample of random float literals and arithmetic
// and of fuzzed literal syntax (valid and malformed), checked the same way.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as C from './constant.js';

const BINARY = new Set(['+', '-', '*', '/', 'div', '%', '&', '|', '^', '&^', '&&', '||']);
const COMPARE = new Set(['==', '!=', '<', '<=', '>', '>=']);
const CONVERSIONS: Record<string, (v: C.Value) => C.Value> = {
  toInt: C.toInt,
  toFloat: C.toFloat,
  toComplex: C.toComplex,
  real: C.real,
  imag: C.imag,
  makeImag: C.makeImag,
  num: C.num,
  denom: C.denom,
};

/** Evaluates an expression; visit sees every operation's result (as go/types checks each one). */
function evalExpr(src: string, visit?: (v: C.Value) => void): C.Value {
  let i = 0;
  const skip = (): void => {
    while (src[i] === ' ') i++;
  };
  const next = (): string => {
    skip();
    const c = src[i];
    if (c === '(' || c === ')') {
      i++;
      return c;
    }
    const start = i;
    for (const p of ['STRING:', 'CHAR:']) {
      if (src.startsWith(p, i)) {
        let j = i + p.length;
        const q = src[j++];
        while (j < src.length && src[j] !== q) {
          if (src[j] === '\\' && q !== '`') j++;
          j++;
        }
        i = j + 1;
        return src.slice(start, i);
      }
    }
    while (i < src.length && src[i] !== ' ' && src[i] !== ')') i++;
    return src.slice(start, i);
  };
  const atom = (a: string): C.Value => {
    if (a === 'true') return C.makeBool(true);
    if (a === 'false') return C.makeBool(false);
    if (a === 'unknown') return C.makeUnknown();
    if (a.startsWith('i64:')) return C.makeInt64(BigInt(a.slice(4)));
    if (a.startsWith('u64:')) return C.makeUint64(BigInt(a.slice(4)));
    if (a.startsWith('f64:')) return C.makeFloat64(Number(a.slice(4)));
    if (a.startsWith('RAW:')) {
      const k = a.indexOf(':', 4);
      return C.makeFromLiteral(decodeURIComponent(a.slice(k + 1)), a.slice(4, k) as C.LiteralToken);
    }
    const k = a.indexOf(':');
    return C.makeFromLiteral(a.slice(k + 1), a.slice(0, k) as C.LiteralToken);
  };
  const parse = (): C.Value => {
    const t = next();
    if (t !== '(') return atom(t);
    const op = next();
    let r: C.Value;
    if (BINARY.has(op)) {
      const x = parse();
      r = C.binaryOp(x, op as C.BinaryOperator, parse());
    } else if (COMPARE.has(op)) {
      const x = parse();
      r = C.makeBool(C.compare(x, op as C.ComparisonOperator, parse()));
    } else if (op === '<<' || op === '>>') {
      const x = parse();
      r = C.shift(x, op, Number(next()));
    } else if (op === 'neg') r = C.unaryOp('-', parse());
    else if (op === 'pos') r = C.unaryOp('+', parse());
    else if (op === 'not') r = C.unaryOp('!', parse());
    else if (op.startsWith('cpl')) r = C.unaryOp('^', parse(), op.length > 3 ? Number(op.slice(3)) : 0);
    else {
      const f = CONVERSIONS[op];
      if (f === undefined) throw new Error(`unknown form ${op}`);
      r = f(parse());
    }
    if (next() !== ')') throw new Error(`missing ) in ${src}`);
    visit?.(r);
    return r;
  };
  const v = parse();
  skip();
  if (i !== src.length) throw new Error(`trailing input in ${src}`);
  return v;
}

function bitsHex(x: number, size: 32 | 64): string {
  const dv = new DataView(new ArrayBuffer(8));
  if (size === 64) {
    dv.setFloat64(0, x);
    return dv.getBigUint64(0).toString(16).padStart(16, '0');
  }
  dv.setFloat32(0, x);
  return dv.getUint32(0).toString(16).padStart(8, '0');
}

function query(q: string, v: C.Value): string {
  switch (q) {
    case 'S':
      return `${C.kindOf(v)}|${C.valueString(v)}|${C.exactString(v)}`;
    case 'F64': {
      const [f, exact] = C.float64Val(v);
      return `${bitsHex(f, 64)}|${exact}`;
    }
    case 'F32': {
      const [f, exact] = C.float32Val(v);
      expect(Math.fround(f)).toBe(f); // a float32 value
      return `${bitsHex(f, 32)}|${exact}`;
    }
    case 'I64': {
      const [n, exact] = C.int64Val(v);
      return `${n}|${exact}`;
    }
    case 'U64': {
      const [n, exact] = C.uint64Val(v);
      return `${n}|${exact}`;
    }
    case 'BL':
      return String(C.bitLen(v));
    case 'SG':
      return String(C.sign(v));
  }
  throw new Error(`unknown query ${q}`);
}

describe('go/constant oracle', () => {
  it.each(goConstantTable())('%s %s', (q, expr, want) => {
    expect(query(q, evalExpr(expr))).toBe(want);
  });
  it.each(goConstantRandomTable())('random %s %s', (q, expr, want) => {
    expect(query(q, evalExpr(expr))).toBe(want);
  });
});

describe('representability (go/types oracle)', () => {
  it.each(goRepresentableTable())('%s <- %s %s (Go: %s)', (target, from, expr, _goExpr, untyped, result) => {
    let overflowed = false;
    const v = evalExpr(expr, (r) => {
      overflowed ||= C.untypedIntOverflows(r);
    });
    if (untyped.startsWith('ERR')) {
      // go/types rejected an operation's result ("constant ... overflow")
      expect(untyped).toMatch(/overflow/);
      expect(overflowed).toBe(true);
      return;
    }
    expect(C.exactString(v)).toBe(untyped);
    expect(overflowed).toBe(false);
    if (target === 'untyped') return;
    const r = C.representation(v, from as C.OperandClass, target as C.BasicTarget);
    const [status, detail] = result.split('|');
    if (status === 'ok') {
      expect(r.ok).toBe(true);
      if (r.ok) expect(C.exactString(r.value)).toBe(detail);
    } else {
      expect(r).toEqual({ ok: false, error: status });
    }
  });

  // go/types: `1 >> 1074` is fine, `1 >> 1075` is "invalid shift count 1075",
  // `1 >> -1` a "negative shift count", `1 << (1<<64)` overflows uint.
  it.each([
    [1074n, 1074],
    [1075n, undefined],
    [-1n, undefined],
    [1n << 64n, undefined],
    [0n, 0],
  ])('constShiftCount(%s)', (count, want) => {
    expect(C.constShiftCount(C.makeInt64(count))).toBe(want);
  });

  it('keeps Unknown representable everywhere and rounds through the float helpers', () => {
    expect(C.representable(C.makeUnknown(), 'int8')?.kind).toBe('unknown');
    expect(C.representableAsInt(C.makeInt64(-1), 64, false)).toBeUndefined();
    expect(C.exactString(C.representableAsInt(C.makeInt64(-1), 64, true) as C.Value)).toBe('-1');
    expect(C.roundFloat64(C.makeFromLiteral('1e309', 'FLOAT'))).toBeUndefined();
    expect(C.roundFloat32(C.makeFromLiteral('1e39', 'FLOAT'))).toBeUndefined();
  });
});

describe('formatting helpers (fmt / utf8 oracle)', () => {
  it.each(goFormatGTable())('%%.%dg of %s', (prec, bits, want) => {
    const dv = new DataView(new ArrayBuffer(8));
    dv.setBigUint64(0, BigInt('0x' + bits));
    expect(C.formatFloatG(dv.getFloat64(0), prec)).toBe(want);
  });

  it.each(goTextFromBytesTable())('[]rune(%s)', (lit, codePoints) => {
    const bytes = C.stringVal(C.makeFromLiteral(lit, 'STRING'));
    const text = C.textFromBytes(bytes);
    const got = Array.from(text, (ch) => (ch.codePointAt(0) as number).toString(16)).join(' ');
    expect(got).toBe(codePoints);
  });

  it('moves between text and byte strings', () => {
    const text = 'héllo, 世界 😀';
    const bytes = C.bytesFromText(text);
    expect(bytes.length).toBe(19);
    expect([...bytes].every((ch) => ch.charCodeAt(0) < 256)).toBe(true);
    expect(C.textFromBytes(bytes)).toBe(text);
    expect(C.stringVal(C.makeStringFromText(text))).toBe(bytes);
    expect(C.bytesFromText('\ud800x')).toBe('\xef\xbf\xbdx'); // lone surrogate -> U+FFFD
    expect(C.quoteBytes(bytes)).toBe('"héllo, 世界 😀"');
    expect(C.decodeRune('\xe2\x82\xac', 0)).toEqual([0x20ac, 3]);
    expect(C.decodeRune('\xe2\x82', 0)).toEqual([0xfffd, 1]);
  });

  it('prints values through toString like String()', () => {
    const v = C.binaryOp(C.makeFromLiteral('1', 'INT'), '/', C.makeFromLiteral('3', 'INT'));
    expect(`${v}`).toBe('0.333333');
    expect(`${C.makeString('\xff')}`).toBe('"\\xff"');
    expect(`${C.makeFromLiteral('2i', 'IMAG')}`).toBe('(0 + 2i)');
  });
});

describe('fast paths agree with exact bigint arithmetic', () => {
  const goInt = (n: bigint): C.Value => C.makeInt64(n);
  const intLike = fc.oneof(
    fc.integer({ min: -1000, max: 1000 }).map(BigInt),
    fc.bigInt({ min: -(2n ** 31n), max: 2n ** 31n }),
    fc.bigInt({ min: -(2n ** 54n), max: 2n ** 54n }),
    fc.bigInt({ min: -(2n ** 70n), max: 2n ** 70n }),
  );
  // Go's +, -, *, QUO_ASSIGN (truncating), REM, &, |, ^, &^ on arbitrary
  // precision ints are bigint's +, -, *, /, %, &, |, ^, & ~.
  const reference: Record<string, (a: bigint, b: bigint) => bigint> = {
    '+': (a, b) => a + b,
    '-': (a, b) => a - b,
    '*': (a, b) => a * b,
    div: (a, b) => a / b,
    '%': (a, b) => a % b,
    '&': (a, b) => a & b,
    '|': (a, b) => a | b,
    '^': (a, b) => a ^ b,
    '&^': (a, b) => a & ~b,
  };
  it('binary operators', () => {
    fc.assert(
      fc.property(intLike, fc.constantFrom(...Object.keys(reference)), intLike, (a, op, b) => {
        if ((op === 'div' || op === '%') && b === 0n) return;
        if (op === 'div' && a === -(2n ** 63n) && b === -1n) return; // go/constant's int64 wrap-around
        const got = C.binaryOp(goInt(a), op as C.BinaryOperator, goInt(b));
        expect(C.exactString(got)).toBe(reference[op](a, b).toString());
      }),
      { numRuns: 3000 },
    );
  });
  it('comparisons, shifts, negation and complement', () => {
    fc.assert(
      fc.property(intLike, intLike, fc.integer({ min: 0, max: 80 }), (a, b, s) => {
        expect(C.compare(goInt(a), '<', goInt(b))).toBe(a < b);
        expect(C.compare(goInt(a), '==', goInt(b))).toBe(a === b);
        expect(C.exactString(C.shift(goInt(a), '<<', s))).toBe((a << BigInt(s)).toString());
        expect(C.exactString(C.shift(goInt(a), '>>', s))).toBe((a >> BigInt(s)).toString());
        expect(C.exactString(C.unaryOp('-', goInt(a)))).toBe((-a).toString());
        expect(C.exactString(C.unaryOp('^', goInt(a)))).toBe((~a).toString());
        expect(C.bitLen(goInt(a))).toBe(a === 0n ? 0 : (a < 0n ? -a : a).toString(2).length);
        expect(C.safeIntVal(goInt(a))).toBe(Number.isSafeInteger(Number(a)) && BigInt(Number(a)) === a ? Number(a) : undefined);
      }),
      { numRuns: 2000 },
    );
  });
  it('int literals of every base', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 2n ** 100n }), fc.constantFrom(2, 8, 10, 16), (n, base) => {
        const prefix = base === 2 ? '0b' : base === 8 ? '0o' : base === 16 ? '0x' : '';
        const lit = prefix + n.toString(base);
        expect(C.bigIntVal(C.makeFromLiteral(lit, 'INT'))).toBe(n);
        if (base === 8 && n > 0n) expect(C.bigIntVal(C.makeFromLiteral('0' + n.toString(8), 'INT'))).toBe(n);
      }),
      { numRuns: 500 },
    );
  });
});

describe('API contracts', () => {
  const one = C.makeInt64(1);
  const half = C.makeFromLiteral('0.5', 'FLOAT');
  it('match promotes to the more complex representation', () => {
    const [a, b] = C.match(one, half);
    expect([a.kind, b.kind]).toEqual(['float', 'float']);
    const [c, d] = C.match(C.makeFromLiteral('1i', 'IMAG'), one);
    expect([c.kind, d.kind]).toEqual(['complex', 'complex']);
    const [u, w] = C.match(one, C.makeUnknown());
    expect([u.kind, w.kind]).toEqual(['unknown', 'unknown']);
  });
  it('throws where go/constant panics', () => {
    expect(() => C.binaryOp(one, '/', C.makeInt64(0))).toThrow(/division by zero/);
    expect(() => C.binaryOp(one, 'div', C.makeInt64(0))).toThrow(/division by zero/);
    expect(() => C.binaryOp(half, '/', C.makeFloat64(0))).toThrow(/division by zero/);
    expect(() => C.binaryOp(C.makeBool(true), '+', C.makeBool(false))).toThrow(/invalid binary operation/);
    expect(() => C.binaryOp(half, '%', half)).toThrow(/invalid binary operation/);
    expect(() => C.unaryOp('!', one)).toThrow(/invalid unary operation/);
    expect(() => C.unaryOp('^', half)).toThrow(/invalid unary operation/);
    expect(() => C.shift(half, '<<', 1)).toThrow(/invalid shift/);
    expect(() => C.compare(C.makeBool(true), '<', C.makeBool(false))).toThrow(/invalid comparison/);
    expect(() => C.int64Val(half)).toThrow(/not an Int/);
    expect(() => C.float64Val(C.makeString('x'))).toThrow(/not a Float/);
  });
  it('refuses left shifts that would build enormous ints', () => {
    expect(C.shift(one, '<<', C.MAX_SHIFT_RESULT_BITS + 1).kind).toBe('unknown');
    expect(C.shift(C.makeInt64(0), '<<', 1n << 40n).kind).toBe('int');
    expect(C.exactString(C.shift(C.makeInt64(-7), '>>', 1n << 40n))).toBe('-1');
  });
  it('keeps results immutable and shared values unchanged', () => {
    const a = C.makeFromLiteral('1e5000', 'FLOAT');
    const before = C.exactString(a);
    C.binaryOp(a, '*', a);
    C.unaryOp('-', a);
    expect(C.exactString(a)).toBe(before);
  });
});

// ---------------------------------------------------------------------------
// Expected values from Go 1.19 (see the header). Rows: [query, expression, result];
// representability rows: [target, operand class, expression, Go expression,
// untyped value (ExactString or go/types error), "ok|<rounded ExactString>" or
// "<truncated|overflows|invalid>|<go/types message>"].

function goConstantTable(): [string, string, string][] {
  return [
    ["S", "INT:0", "int|0|0"],
    ["S", "INT:42", "int|42|42"],
    ["S", "INT:0x_ff", "int|255|255"],
    ["S", "INT:0XFF", "int|255|255"],
    ["S", "INT:0b1010", "int|10|10"],
    ["S", "INT:0o17", "int|15|15"],
    ["S", "INT:017", "int|15|15"],
    ["S", "INT:0_17", "int|15|15"],
    ["S", "INT:00", "int|0|0"],
    ["S", "INT:1_000_000", "int|1000000|1000000"],
    ["S", "INT:9007199254740991", "int|9007199254740991|9007199254740991"],
    ["S", "INT:9007199254740992", "int|9007199254740992|9007199254740992"],
    ["S", "INT:9223372036854775807", "int|9223372036854775807|9223372036854775807"],
    ["S", "INT:9223372036854775808", "int|9223372036854775808|9223372036854775808"],
    ["S", "INT:18446744073709551615", "int|18446744073709551615|18446744073709551615"],
    ["S", "INT:18446744073709551616", "int|18446744073709551616|18446744073709551616"],
    ["S", "INT:0x1_0000_0000_0000_0000_0000_0000", "int|79228162514264337593543950336|79228162514264337593543950336"],
    ["S", "INT:340282366920938463463374607431768211457", "int|340282366920938463463374607431768211457|340282366920938463463374607431768211457"],
    ["S", "INT:0x", "unknown|unknown|unknown"],
    ["S", "INT:1__0", "unknown|unknown|unknown"],
    ["S", "INT:08", "unknown|unknown|unknown"],
    ["S", "INT:0_", "unknown|unknown|unknown"],
    ["S", "INT:_1", "unknown|unknown|unknown"],
    ["S", "INT:1_", "unknown|unknown|unknown"],
    ["S", "INT:0x_1", "int|1|1"],
    ["S", "INT:0b102", "unknown|unknown|unknown"],
    ["S", "INT:12a", "unknown|unknown|unknown"],
    ["S", "INT:-5", "int|-5|-5"],
    ["S", "INT:0B_1", "int|1|1"],
    ["S", "FLOAT:0.1", "float|0.1|1/10"],
    ["S", "FLOAT:1e100", "float|1e+100|10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"],
    ["S", "FLOAT:1e-100", "float|1e-100|1/10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"],
    ["S", "FLOAT:3.14159265358979323846264338327950288419716939937510582097494459", "float|3.14159|314159265358979323846264338327950288419716939937510582097494459/100000000000000000000000000000000000000000000000000000000000000"],
    ["S", "FLOAT:1.", "float|1|1"],
    ["S", "FLOAT:.5", "float|0.5|1/2"],
    ["S", "FLOAT:0.", "float|0|0"],
    ["S", "FLOAT:00.5", "float|0.5|1/2"],
    ["S", "FLOAT:1e+308", "float|1e+308|100000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"],
    ["S", "FLOAT:1e400", "float|1e+400|10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"],
    ["S", "FLOAT:1e-400", "float|1e-400|1/10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"],
    ["S", "FLOAT:1e1000", "float|1e+1000|10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"],
    ["S", "FLOAT:1e5000", "float|1e+5000|0x.c78820040d9443cf1647f794d877186661e259c03d11478721738640a451aba2200ffeaefaac52e8fcf82b4d9d0d238a8cf9db72407cfb4f87703844a2663acp+16610"],
    ["S", "FLOAT:-1e5000", "float|-1e+5000|-0x.c78820040d9443cf1647f794d877186661e259c03d11478721738640a451aba2200ffeaefaac52e8fcf82b4d9d0d238a8cf9db72407cfb4f87703844a2663acp+16610"],
    ["S", "FLOAT:1e-5000", "float|1e-5000|0x.a43978d593b68f3f4485e2694f9f29eef41ea50773490ef5ac03cff6c6119dedf2ed54c69b87c3c8c6d5bad7346db47a5775f81ca189fb11fea6418033cf435bp-16609"],
    ["S", "FLOAT:1.5e4932", "float|1.5e+4932|0x.a16185ff055f3919ae14f56e1c4bd7d0523f07d96118865a14ce40257f32811c957e1758597975acb28faae131e58c97ab161800b905f5b3e8b6b6626fd64395p+16385"],
    ["S", "FLOAT:0e9999999999", "float|0|0"],
    ["S", "FLOAT:1e9999999999999999999", "unknown|unknown|unknown"],
    ["S", "FLOAT:1e3000000000", "unknown|unknown|unknown"],
    ["S", "FLOAT:1e600000000", "float|1e+600000000|0x.f448c8b33d18d07a2cbcc3db2fbae82e065197b2d833ae76ae41ef85a6aae05bd3d89ce27d83a687a37b1ec4f2708490103656f8e55e2dd3e1bfcb53f82c859p+1993156857"],
    ["S", "FLOAT:1e-600000000", "float|1e-600000000|0x.8623872e7c492b0ee37eef2a079a7d6a6a42f99056d0e022dacb4d8b7d4fa38e6baa72381e248c6c902b81da9b9f41cce6ea346a49cc3a9e51dfac7a755a5faap-1993156856"],
    ["S", "FLOAT:0x1.8p1", "float|3|3"],
    ["S", "FLOAT:0x.8p1", "float|1|1"],
    ["S", "FLOAT:0X1P-2", "float|0.25|1/4"],
    ["S", "FLOAT:0x1p-1074", "float|4.94066e-324|1/202402253307310618352495346718917307049556649764142118356901358027430339567995346891960383701437124495187077864316811911389808737385793476867013399940738509921517424276566361364466907742093216341239767678472745068562007483424692698618103355649159556340810056512358769552333414615230502532186327508646006263307707741093494784"],
    ["S", "FLOAT:0x1p1024", "float|1.79769e+308|179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216"],
    ["S", "FLOAT:0x1.fffffffffffffp1023", "float|1.79769e+308|179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368"],
    ["S", "FLOAT:1_0.2_5", "float|10.25|41/4"],
    ["S", "FLOAT:1e1_0", "float|1e+10|10000000000"],
    ["S", "FLOAT:1._5", "unknown|unknown|unknown"],
    ["S", "FLOAT:1_.5", "unknown|unknown|unknown"],
    ["S", "FLOAT:1e", "unknown|unknown|unknown"],
    ["S", "FLOAT:1e+", "unknown|unknown|unknown"],
    ["S", "FLOAT:.", "unknown|unknown|unknown"],
    ["S", "FLOAT:1.2.3", "unknown|unknown|unknown"],
    ["S", "FLOAT:0x1p", "unknown|unknown|unknown"],
    ["S", "FLOAT:1e_1", "unknown|unknown|unknown"],
    ["S", "FLOAT:123456789e-3", "float|123457|123456789/1000"],
    ["S", "FLOAT:1e6", "float|1e+06|1000000"],
    ["S", "FLOAT:100000", "float|100000|100000"],
    ["S", "FLOAT:0.0001", "float|0.0001|1/10000"],
    ["S", "FLOAT:0.00001", "float|1e-05|1/100000"],
    ["S", "FLOAT:1234565", "float|1.23456e+06|1234565"],
    ["S", "FLOAT:1234575", "float|1.23458e+06|1234575"],
    ["S", "FLOAT:999999.5", "float|1e+06|1999999/2"],
    ["S", "FLOAT:123456.5", "float|123456|246913/2"],
    ["S", "FLOAT:100000.5", "float|100000|200001/2"],
    ["S", "FLOAT:0.000123456789", "float|0.000123457|123456789/1000000000000"],
    ["S", "FLOAT:1e21", "float|1e+21|1000000000000000000000"],
    ["S", "FLOAT:1234567", "float|1.23457e+06|1234567"],
    ["S", "FLOAT:-0.5", "float|-0.5|-1/2"],
    ["S", "FLOAT:1e-7", "float|1e-07|1/10000000"],
    ["S", "FLOAT:0.00009999995", "float|0.0001|1999999/20000000000"],
    ["S", "FLOAT:9.9999999e400", "float|1e+401|99999999000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"],
    ["S", "FLOAT:2.5e-400", "float|2.5e-400|1/4000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"],
    ["S", "FLOAT:1e309", "float|1e+309|1000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"],
    ["S", "FLOAT:1.7976931348623159e308", "float|1.79769e+308|179769313486231590000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"],
    ["S", "FLOAT:5e-325", "float|5e-325|1/2000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"],
    ["S", "FLOAT:2.4703282292062328e-324", "float|4.94066e-324|3087910286507791/1250000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"],
    ["S", "FLOAT:4.9e-324", "float|4.94066e-324|49/10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"],
    ["S", "FLOAT:1.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001", "float|1|1000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001/1000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"],
    ["S", "FLOAT:6.02214076e23", "float|6.02214e+23|602214076000000000000000"],
    ["S", "FLOAT:1e1233", "float|1e+1233|0x.f51e928179013fd3de4bd12cde4d985c4a573ca6f94bff13d44b7df7ab2a4b04cf7d74fb200343dfb684f73be4f4096059b768d22b4664d48010641420ee9076p+4096"],
    ["S", "FLOAT:1e1234", "float|1e+1234|0x.99331b90eba0c7e46aef62bc0af07f39ae7685e85bcf7f6c64af2ebacafa6ee301ae691cf4020a6bd2131a856f1885dc3812a1835b0bff04d00a3e8c94951a4ap+4100"],
    ["S", "FLOAT:1e-1233", "float|1e-1233|1/1000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"],
    ["S", "FLOAT:1e-1234", "float|1e-1234|0x.d5e40e47fafc23647af1e4c29f1c64ba283004bf9dfc94abdf0436a9e809ad3c63f45f4dcb8e78f8052f00e206f07f3ae2da689ac725040af4a0a89b36cec8dap-4099"],
    ["S", "FLOAT:123e1232", "float|1.23e+1234|0x.bc6f80a05505c2aadfb0af3417b20d208c5976a05c726c173e66d5a331fbb6787f820b8773cf4f60c78304760b35340211c4fefb2ade1d835c0c99bc461dcbdbp+4100"],
    ["S", "FLOAT:0.5e1236", "float|5e+1235|0x.ef5fdb12702b3854e7160a45d117c6ca2099313b0f7437195d51b903dd274d42b2a0843d3d433048783dd9707d965128179d1c5d3e42be77851001bba828f913p+4105"],
    ["F64", "FLOAT:0.1", "3fb999999999999a|false"],
    ["F64", "FLOAT:1e23", "44b52d02c7e14af6|false"],
    ["F64", "FLOAT:0x1p-1074", "0000000000000001|true"],
    ["F64", "FLOAT:0x1p-1075", "0000000000000000|false"],
    ["F64", "FLOAT:0x1.8p-1075", "0000000000000001|false"],
    ["F64", "FLOAT:0x1p-1076", "0000000000000000|true"],
    ["F64", "FLOAT:0x1.0000000000001p-1075", "0000000000000001|false"],
    ["F64", "FLOAT:1.7976931348623157e308", "7fefffffffffffff|false"],
    ["F64", "FLOAT:1.7976931348623158e308", "7fefffffffffffff|false"],
    ["F64", "FLOAT:1.7976931348623159e308", "7ff0000000000000|false"],
    ["F64", "FLOAT:1e309", "7ff0000000000000|false"],
    ["F64", "FLOAT:-1e309", "fff0000000000000|false"],
    ["F64", "FLOAT:-0x1p-1080", "8000000000000000|true"],
    ["F64", "FLOAT:2.2250738585072011e-308", "000fffffffffffff|false"],
    ["F64", "FLOAT:2.2250738585072012e-308", "0010000000000000|false"],
    ["F64", "FLOAT:1e5000", "7ff0000000000000|false"],
    ["F64", "FLOAT:1e-5000", "0000000000000000|false"],
    ["F64", "FLOAT:-1e-5000", "8000000000000000|false"],
    ["F64", "FLOAT:2.4703282292062327e-324", "0000000000000000|false"],
    ["F64", "FLOAT:2.4703282292062328e-324", "0000000000000001|false"],
    ["F64", "INT:9007199254740993", "4340000000000000|false"],
    ["F64", "INT:9223372036854775807", "43e0000000000000|false"],
    ["F64", "INT:18446744073709551617", "43f0000000000000|false"],
    ["F64", "(+ (+ (<< INT:1 600) (<< INT:1 547)) INT:1)", "6570000000000000|false"],
    ["F64", "(+ (<< INT:1 600) (<< INT:1 547))", "6570000000000000|false"],
    ["F64", "(/ INT:1 INT:3)", "3fd5555555555555|false"],
    ["F64", "(/ INT:2 INT:3)", "3fe5555555555555|false"],
    ["F64", "(/ (<< INT:1 200) INT:3)", "4c55555555555555|false"],
    ["F64", "(/ INT:1 (<< INT:1 1074))", "0000000000000001|true"],
    ["F64", "(/ INT:3 (<< INT:1 1076))", "0000000000000001|false"],
    ["F64", "(/ INT:1 (<< INT:1 5000))", "0000000000000000|false"],
    ["F64", "(/ INT:-7 INT:10)", "bfe6666666666666|false"],
    ["F64", "unknown", "0000000000000000|false"],
    ["F64", "i64:-9223372036854775808", "c3e0000000000000|true"],
    ["F64", "f64:0.1", "3fb999999999999a|true"],
    ["F64", "(* FLOAT:1e300 FLOAT:1e300)", "7ff0000000000000|false"],
    ["F64", "(+ FLOAT:0.1 FLOAT:0.2)", "3fd3333333333333|false"],
    ["F32", "FLOAT:0.1", "3dcccccd|false"],
    ["F32", "FLOAT:3.4028234663852886e38", "7f7fffff|false"],
    ["F32", "FLOAT:3.4028235677973366e38", "7f7fffff|false"],
    ["F32", "FLOAT:3.4028235677973362e38", "7f7fffff|false"],
    ["F32", "INT:16777217", "4b800000|false"],
    ["F32", "INT:16777219", "4b800002|false"],
    ["F32", "(<< INT:1 200)", "7f800000|false"],
    ["F32", "FLOAT:1e-46", "00000000|false"],
    ["F32", "FLOAT:0x1p-149", "00000001|true"],
    ["F32", "FLOAT:0x1.8p-150", "00000001|false"],
    ["F32", "FLOAT:0x1p-150", "00000000|false"],
    ["F32", "i64:9223372036854775807", "5f000000|false"],
    ["F32", "(+ (<< INT:1 600) INT:1)", "7f800000|false"],
    ["F32", "FLOAT:1e5000", "7f800000|false"],
    ["F32", "FLOAT:-1e-5000", "80000000|false"],
    ["F32", "(/ INT:1 INT:3)", "3eaaaaab|false"],
    ["F32", "FLOAT:1.17549435e-38", "00800000|false"],
    ["F32", "i64:-33554433", "cc000000|false"],
    ["I64", "i64:9223372036854775807", "9223372036854775807|true"],
    ["U64", "i64:9223372036854775807", "9223372036854775807|true"],
    ["I64", "INT:9223372036854775808", "-9223372036854775808|false"],
    ["U64", "INT:9223372036854775808", "9223372036854775808|true"],
    ["I64", "i64:-1", "-1|true"],
    ["U64", "i64:-1", "18446744073709551615|false"],
    ["I64", "i64:-9223372036854775808", "-9223372036854775808|true"],
    ["U64", "i64:-9223372036854775808", "9223372036854775808|false"],
    ["I64", "(- i64:-9223372036854775808 INT:1)", "9223372036854775807|false"],
    ["U64", "(- i64:-9223372036854775808 INT:1)", "9223372036854775809|false"],
    ["I64", "INT:18446744073709551616", "0|false"],
    ["U64", "INT:18446744073709551616", "0|false"],
    ["I64", "INT:18446744073709551615", "-1|false"],
    ["U64", "INT:18446744073709551615", "18446744073709551615|true"],
    ["I64", "(<< INT:1 100)", "0|false"],
    ["U64", "(<< INT:1 100)", "0|false"],
    ["I64", "(neg (<< INT:1 100))", "0|false"],
    ["U64", "(neg (<< INT:1 100))", "0|false"],
    ["I64", "unknown", "0|false"],
    ["U64", "unknown", "0|false"],
    ["I64", "INT:9007199254740993", "9007199254740993|true"],
    ["U64", "INT:9007199254740993", "9007199254740993|true"],
    ["I64", "i64:-9007199254740993", "-9007199254740993|true"],
    ["U64", "i64:-9007199254740993", "18437736874454810623|false"],
    ["BL", "INT:0", "0"],
    ["BL", "INT:1", "1"],
    ["BL", "i64:-1", "1"],
    ["BL", "INT:255", "8"],
    ["BL", "i64:-256", "9"],
    ["BL", "i64:-9223372036854775808", "64"],
    ["BL", "INT:9223372036854775808", "64"],
    ["BL", "(<< INT:1 511)", "512"],
    ["BL", "(<< INT:1 512)", "513"],
    ["BL", "unknown", "0"],
    ["BL", "i64:9007199254740991", "53"],
    ["BL", "INT:9007199254740992", "54"],
    ["SG", "INT:0", "0"],
    ["SG", "i64:-5", "-1"],
    ["SG", "(neg (<< INT:1 100))", "-1"],
    ["SG", "FLOAT:0.0", "0"],
    ["SG", "FLOAT:-0.5", "-1"],
    ["SG", "FLOAT:1e-5000", "1"],
    ["SG", "(neg FLOAT:1e5000)", "-1"],
    ["SG", "IMAG:0i", "0"],
    ["SG", "(neg IMAG:1i)", "-1"],
    ["SG", "(+ INT:1 (neg IMAG:1i))", "-1"],
    ["SG", "IMAG:1i", "1"],
    ["SG", "unknown", "1"],
    ["S", "(+ INT:1 INT:2)", "int|3|3"],
    ["S", "(- INT:1 INT:2)", "int|-1|-1"],
    ["S", "(* i64:9007199254740991 INT:2)", "int|18014398509481982|18014398509481982"],
    ["S", "(+ i64:9007199254740991 INT:1)", "int|9007199254740992|9007199254740992"],
    ["S", "(- i64:-9007199254740991 INT:1)", "int|-9007199254740992|-9007199254740992"],
    ["S", "(* i64:4294967296 i64:4294967296)", "int|18446744073709551616|18446744073709551616"],
    ["S", "(* i64:-94906267 i64:94906267)", "int|-9007199515875289|-9007199515875289"],
    ["S", "(* i64:94906267 i64:94906266)", "int|9007199420969022|9007199420969022"],
    ["S", "(div i64:-9223372036854775808 i64:-1)", "int|-9223372036854775808|-9223372036854775808"],
    ["S", "(% i64:-9223372036854775808 i64:-1)", "int|0|0"],
    ["S", "(% i64:-7 INT:2)", "int|-1|-1"],
    ["S", "(div i64:-7 INT:2)", "int|-3|-3"],
    ["S", "(div INT:7 i64:-2)", "int|-3|-3"],
    ["S", "(% INT:7 i64:-2)", "int|1|1"],
    ["S", "(% i64:-4 INT:2)", "int|0|0"],
    ["S", "(div i64:-4 INT:4)", "int|-1|-1"],
    ["S", "(div (<< INT:1 100) INT:3)", "int|422550200076076467165567735125|422550200076076467165567735125"],
    ["S", "(% (neg (<< INT:1 100)) INT:7)", "int|-2|-2"],
    ["S", "(/ INT:1 INT:3)", "float|0.333333|1/3"],
    ["S", "(/ INT:6 INT:3)", "float|2|2"],
    ["S", "(/ INT:-4 INT:6)", "float|-0.666667|-2/3"],
    ["S", "(/ INT:4 i64:-6)", "float|-0.666667|-2/3"],
    ["S", "(/ (<< INT:1 1000) INT:3)", "float|3.5717e+300|10715086071862673209484250490600018105614048117055336074437503883703510511249361224931983788156958581275946729175531468251871452856923140435984577574698574803934567774824230985421074605062371141877954182153046474983581941267398767559165543946077062914571196477686542167660429831652624386837205668069376/3"],
    ["S", "(/ INT:1 (<< INT:1 5000))", "float|0.707981e-1505|0x.8p-4999"],
    ["S", "(/ (<< INT:1 5000) INT:3)", "float|4.70822e+1504|0x.aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaabp+4999"],
    ["S", "(& i64:-8 INT:5)", "int|0|0"],
    ["S", "(| i64:-8 INT:5)", "int|-3|-3"],
    ["S", "(^ i64:-1 INT:5)", "int|-6|-6"],
    ["S", "(&^ INT:15 INT:5)", "int|10|10"],
    ["S", "(& (<< INT:1 100) (- (<< INT:1 101) INT:1))", "int|1267650600228229401496703205376|1267650600228229401496703205376"],
    ["S", "(&^ i64:-1 (<< INT:1 70))", "int|-1180591620717411303425|-1180591620717411303425"],
    ["S", "(^ i64:4294967296 INT:1)", "int|4294967297|4294967297"],
    ["S", "(| i64:-4294967296 INT:1)", "int|-4294967295|-4294967295"],
    ["S", "(& i64:-2147483648 i64:2147483647)", "int|0|0"],
    ["S", "(&^ i64:-2147483649 INT:1)", "int|-2147483650|-2147483650"],
    ["S", "(| (neg (<< INT:1 80)) INT:3)", "int|-1208925819614629174706173|-1208925819614629174706173"],
    ["S", "(neg INT:0)", "int|0|0"],
    ["S", "(neg i64:-9223372036854775808)", "int|9223372036854775808|9223372036854775808"],
    ["S", "(neg i64:9007199254740991)", "int|-9007199254740991|-9007199254740991"],
    ["S", "(cpl INT:0)", "int|-1|-1"],
    ["S", "(cpl8 INT:1)", "int|254|254"],
    ["S", "(cpl64 INT:0)", "int|18446744073709551615|18446744073709551615"],
    ["S", "(cpl16 i64:-1)", "int|0|0"],
    ["S", "(cpl i64:9007199254740991)", "int|-9007199254740992|-9007199254740992"],
    ["S", "(cpl i64:-9007199254740991)", "int|9007199254740990|9007199254740990"],
    ["S", "(cpl i64:-9007199254740992)", "int|9007199254740991|9007199254740991"],
    ["S", "(cpl (<< INT:1 100))", "int|-1267650600228229401496703205377|-1267650600228229401496703205377"],
    ["S", "(cpl32 (<< INT:1 100))", "int|4294967295|4294967295"],
    ["S", "(neg FLOAT:0.5)", "float|-0.5|-1/2"],
    ["S", "(neg IMAG:2i)", "complex|(0 + -2i)|(0 + -2i)"],
    ["S", "(neg FLOAT:1e5000)", "float|-1e+5000|-0x.c78820040d9443cf1647f794d877186661e259c03d11478721738640a451aba2200ffeaefaac52e8fcf82b4d9d0d238a8cf9db72407cfb4f87703844a2663acp+16610"],
    ["S", "(pos FLOAT:1.5)", "float|1.5|3/2"],
    ["S", "(pos IMAG:1i)", "complex|(0 + 1i)|(0 + 1i)"],
    ["S", "(not true)", "bool|false|false"],
    ["S", "(not false)", "bool|true|true"],
    ["S", "(neg unknown)", "unknown|unknown|unknown"],
    ["S", "(cpl unknown)", "unknown|unknown|unknown"],
    ["S", "(not unknown)", "unknown|unknown|unknown"],
    ["S", "(neg FLOAT:1.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001)", "float|-1|-0x.8p+1"],
    ["S", "(<< INT:1 62)", "int|4611686018427387904|4611686018427387904"],
    ["S", "(<< INT:1 63)", "int|9223372036854775808|9223372036854775808"],
    ["S", "(<< INT:1 64)", "int|18446744073709551616|18446744073709551616"],
    ["S", "(<< INT:1 511)", "int|6703903964971298549787012499102923063739682910296196688861780721860882015036773488400937149083451713845015929093243025426876941405973284973216824503042048|6703903964971298549787012499102923063739682910296196688861780721860882015036773488400937149083451713845015929093243025426876941405973284973216824503042048"],
    ["S", "(>> i64:-1 100)", "int|-1|-1"],
    ["S", "(>> i64:-5 1)", "int|-3|-3"],
    ["S", "(>> INT:5 1)", "int|2|2"],
    ["S", "(>> (<< INT:1 100) 99)", "int|2|2"],
    ["S", "(>> (neg (<< INT:1 100)) 200)", "int|-1|-1"],
    ["S", "(>> (neg (<< INT:1 100)) 98)", "int|-4|-4"],
    ["S", "(<< INT:0 5000)", "int|0|0"],
    ["S", "(<< INT:3 0)", "int|3|3"],
    ["S", "(<< i64:-3 3)", "int|-24|-24"],
    ["S", "(>> INT:5 0)", "int|5|5"],
    ["S", "(<< i64:9007199254740991 1)", "int|18014398509481982|18014398509481982"],
    ["S", "(<< INT:5 52)", "int|22517998136852480|22517998136852480"],
    ["S", "(<< unknown 3)", "unknown|unknown|unknown"],
    ["S", "(>> i64:-9007199254740991 53)", "int|-1|-1"],
    ["S", "(>> i64:-9007199254740991 60)", "int|-1|-1"],
    ["S", "(>> i64:9007199254740991 53)", "int|0|0"],
    ["S", "(+ FLOAT:0.1 FLOAT:0.2)", "float|0.3|3/10"],
    ["S", "(* FLOAT:1e300 FLOAT:1e300)", "float|1e+600|1000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"],
    ["S", "(* FLOAT:1e5000 FLOAT:1e5000)", "float|1e+10000|0x.9b84ea28556bf2697ef9d82ca87f38c7bac964afbd9aeefc56f376f88d12a3259d34bff2ed98c186f1c0de27edba9fdd7f7bb15f7495af6a9942449fe5dc8da3p+33220"],
    ["S", "(- FLOAT:1e5000 FLOAT:1e5000)", "float|0|0"],
    ["S", "(+ FLOAT:1e5000 INT:1)", "float|1e+5000|0x.c78820040d9443cf1647f794d877186661e259c03d11478721738640a451aba2200ffeaefaac52e8fcf82b4d9d0d238a8cf9db72407cfb4f87703844a2663acp+16610"],
    ["S", "(- FLOAT:1e5000 (- FLOAT:1e5000 INT:1))", "float|0|0"],
    ["S", "(+ FLOAT:1e-5000 FLOAT:1)", "float|1|0x.8p+1"],
    ["S", "(- INT:1 FLOAT:1e-5000)", "float|1|0x.8p+1"],
    ["S", "(- FLOAT:1e-5000 INT:1)", "float|-1|-0x.8p+1"],
    ["S", "(/ FLOAT:1e5000 INT:3)", "float|3.33333e+4999|0x.85056aad5e62d7df642ffa633afa10444141912ad360da5a164d042b1836726c155fff1f51c83745fdfac789135e17b1b3513cf6d5a8a78a5a4ad02dc1997c8p+16609"],
    ["S", "(/ FLOAT:1e-5000 FLOAT:1e5000)", "float|1e-10000|0x.d2b35f715acd36fe4691cfdbe58b9e23937086481003ae5a9e5bda4988c1591a625d9fc07cbdd17a4ddb694ff14888ba752a64907b74b0b5c9b909616a4cd88ep-33219"],
    ["S", "(* FLOAT:1.5 INT:2)", "float|3|3"],
    ["S", "(- FLOAT:0.5 FLOAT:0.5)", "float|0|0"],
    ["S", "(/ FLOAT:1 FLOAT:3)", "float|0.333333|1/3"],
    ["S", "(* (/ INT:1 FLOAT:1e5000) FLOAT:3e5000)", "float|3|0x.cp+2"],
    ["S", "(+ FLOAT:1e5000 FLOAT:1e4000)", "float|1e+5000|0x.c78820040d9443cf1647f794d877186661e259c03d11478721738640a451aba2200ffeaefaac52e8fcf82b4d9d0d238a8cf9db72407cfb4f87703844a2663acp+16610"],
    ["S", "(+ FLOAT:1e5000 (neg FLOAT:1e4845))", "float|1e+5000|0x.c78820040d9443cf1647f794d877186661e259c03d11478721738640a451aba2200ffeaefaac52e8fcf82b4d9d0d238a8cf9db72407cfb4f87703844a2663acp+16610"],
    ["S", "(- (<< INT:1 5000) (/ INT:1 INT:2))", "float|1.41247e+1505|0x.8p+5001"],
    ["S", "(+ (/ (<< INT:1 4000) INT:3) (/ INT:1 (<< INT:1 100)))", "float|4.39401e+1203|0x.aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaabp+3999"],
    ["S", "(* FLOAT:1e-4000 FLOAT:1e-4000)", "float|1e-8000|0x.beb5e717e55ff2b08d4febb98ce972ccce538637455e3d923354f811206f2718598bd9d3c72109ff619655a02724147c9823b38999b68d26b75a14612fc0ac1ap-26575"],
    ["S", "(/ FLOAT:2 FLOAT:1e-5000)", "float|2e+5000|0x.c78820040d9443cf1647f794d877186661e259c03d11478721738640a451aba2200ffeaefaac52e8fcf82b4d9d0d238a8cf9db72407cfb4f87703844a2663acp+16611"],
    ["S", "(- FLOAT:1e-5000 FLOAT:1.0000000000000000000000000000000001e-5000)", "float|-1e-5034|-0x.aa8a5c50cebd4328908a00e7c200a8140084c62a5666fabc98f90e9246fc3e46b171559eeed27a2563f0f8abaad001046ed4p-16722"],
    ["S", "(toInt FLOAT:1.5)", "unknown|unknown|unknown"],
    ["S", "(toInt FLOAT:2.0)", "int|2|2"],
    ["S", "(toInt IMAG:0i)", "int|0|0"],
    ["S", "(toInt (+ INT:3 IMAG:0i))", "int|3|3"],
    ["S", "(toInt (+ INT:3 IMAG:1i))", "unknown|unknown|unknown"],
    ["S", "(toInt FLOAT:1e5000)", "unknown|unknown|unknown"],
    ["S", "(toInt FLOAT:1e40)", "int|10000000000000000000000000000000000000000|10000000000000000000000000000000000000000"],
    ["S", "(toInt (* (/ INT:1 FLOAT:1e5000) FLOAT:3e5000))", "int|3|3"],
    ["S", "(toInt (/ (* FLOAT:1e5000 INT:7) FLOAT:1e5000))", "int|7|7"],
    ["S", "(toInt STRING:\"a\")", "unknown|unknown|unknown"],
    ["S", "(toInt unknown)", "unknown|unknown|unknown"],
    ["S", "(toInt (neg FLOAT:2.5e1000))", "int|-25000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000|-25000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"],
    ["S", "(toFloat INT:5)", "float|5|5"],
    ["S", "(toFloat (<< INT:1 5000))", "float|1.41247e+1505|0x.8p+5001"],
    ["S", "(toFloat IMAG:1i)", "unknown|unknown|unknown"],
    ["S", "(toFloat (+ FLOAT:1.5 IMAG:0i))", "float|1.5|3/2"],
    ["S", "(toFloat true)", "unknown|unknown|unknown"],
    ["S", "(toFloat (<< INT:1 4095))", "float|5.22194e+1232|0x.8p+4096"],
    ["S", "(toComplex INT:1)", "complex|(1 + 0i)|(1 + 0i)"],
    ["S", "(toComplex FLOAT:0.25)", "complex|(0.25 + 0i)|(1/4 + 0i)"],
    ["S", "(toComplex STRING:\"x\")", "unknown|unknown|unknown"],
    ["S", "(toComplex IMAG:3i)", "complex|(0 + 3i)|(0 + 3i)"],
    ["S", "(real (+ INT:1 IMAG:2i))", "int|1|1"],
    ["S", "(imag (+ INT:1 IMAG:2i))", "float|2|2"],
    ["S", "(imag FLOAT:1.5)", "int|0|0"],
    ["S", "(real unknown)", "unknown|unknown|unknown"],
    ["S", "(makeImag FLOAT:1.5)", "complex|(0 + 1.5i)|(0 + 3/2i)"],
    ["S", "(makeImag unknown)", "unknown|unknown|unknown"],
    ["S", "(makeImag INT:0)", "complex|(0 + 0i)|(0 + 0i)"],
    ["S", "(num FLOAT:0.75)", "int|3|3"],
    ["S", "(denom FLOAT:0.75)", "int|4|4"],
    ["S", "(num (neg FLOAT:0.75))", "int|-3|-3"],
    ["S", "(num FLOAT:1e5000)", "unknown|unknown|unknown"],
    ["S", "(denom (/ INT:1 (<< INT:1 5000)))", "unknown|unknown|unknown"],
    ["S", "(num (/ INT:3 (<< INT:1 4100)))", "unknown|unknown|unknown"],
    ["S", "(denom INT:7)", "int|1|1"],
    ["S", "(num unknown)", "unknown|unknown|unknown"],
    ["S", "IMAG:2i", "complex|(0 + 2i)|(0 + 2i)"],
    ["S", "IMAG:0x10i", "complex|(0 + 16i)|(0 + 16i)"],
    ["S", "IMAG:0b101i", "complex|(0 + 5i)|(0 + 5i)"],
    ["S", "IMAG:0o17i", "complex|(0 + 15i)|(0 + 15i)"],
    ["S", "IMAG:0123i", "complex|(0 + 123i)|(0 + 123i)"],
    ["S", "IMAG:1e3i", "complex|(0 + 1000i)|(0 + 1000i)"],
    ["S", "IMAG:1.5e-3i", "complex|(0 + 0.0015i)|(0 + 3/2000i)"],
    ["S", "IMAG:2", "unknown|unknown|unknown"],
    ["S", "IMAG:1e5000i", "complex|(0 + 1e+5000i)|(0 + 0x.c78820040d9443cf1647f794d877186661e259c03d11478721738640a451aba2200ffeaefaac52e8fcf82b4d9d0d238a8cf9db72407cfb4f87703844a2663acp+16610i)"],
    ["S", "IMAG:0x1p-2i", "complex|(0 + 0.25i)|(0 + 1/4i)"],
    ["S", "IMAG:1_0i", "complex|(0 + 10i)|(0 + 10i)"],
    ["S", "(* IMAG:1i IMAG:1i)", "complex|(-1 + 0i)|(-1 + 0i)"],
    ["S", "(/ INT:1 IMAG:2i)", "complex|(0 + -0.5i)|(0 + -1/2i)"],
    ["S", "(+ FLOAT:1.5 IMAG:2.5i)", "complex|(1.5 + 2.5i)|(3/2 + 5/2i)"],
    ["S", "(/ (+ INT:1 IMAG:2i) (+ INT:3 IMAG:4i))", "complex|(0.44 + 0.08i)|(11/25 + 2/25i)"],
    ["S", "(* (+ INT:1 IMAG:2i) (+ INT:3 IMAG:4i))", "complex|(-5 + 10i)|(-5 + 10i)"],
    ["S", "(- (+ INT:1 IMAG:2i) (+ INT:1 IMAG:2i))", "complex|(0 + 0i)|(0 + 0i)"],
    ["S", "(+ FLOAT:1e5000 IMAG:1i)", "complex|(1e+5000 + 1i)|(0x.c78820040d9443cf1647f794d877186661e259c03d11478721738640a451aba2200ffeaefaac52e8fcf82b4d9d0d238a8cf9db72407cfb4f87703844a2663acp+16610 + 1i)"],
    ["S", "(/ IMAG:1i FLOAT:3)", "complex|(0 + 0.333333i)|(0 + 1/3i)"],
    ["S", "(== IMAG:1i (makeImag INT:1))", "bool|true|true"],
    ["S", "(!= unknown IMAG:1i)", "bool|true|true"],
    ["S", "(== unknown IMAG:1i)", "bool|false|false"],
    ["S", "(== unknown INT:1)", "bool|false|false"],
    ["S", "(!= INT:1 unknown)", "bool|false|false"],
    ["S", "(< INT:1 FLOAT:1.5)", "bool|true|true"],
    ["S", "(== FLOAT:0.1 (/ INT:1 INT:10))", "bool|true|true"],
    ["S", "(< STRING:\"a\" STRING:\"b\")", "bool|true|true"],
    ["S", "(< STRING:\"\\xff\" STRING:\"a\")", "bool|false|false"],
    ["S", "(== true false)", "bool|false|false"],
    ["S", "(!= true false)", "bool|true|true"],
    ["S", "(>= FLOAT:1e5000 FLOAT:1e4999)", "bool|true|true"],
    ["S", "(< (neg FLOAT:1e5000) INT:0)", "bool|true|true"],
    ["S", "(== (<< INT:1 100) (* (<< INT:1 50) (<< INT:1 50)))", "bool|true|true"],
    ["S", "(<= STRING:\"ab\" STRING:\"a\")", "bool|false|false"],
    ["S", "(> (<< INT:1 64) i64:9223372036854775807)", "bool|true|true"],
    ["S", "(== FLOAT:1e5000 (* FLOAT:1e2500 FLOAT:1e2500))", "bool|true|true"],
    ["S", "(!= IMAG:1i IMAG:2i)", "bool|true|true"],
    ["S", "(< i64:-5 i64:-4)", "bool|true|true"],
    ["S", "(>= FLOAT:0.5 (/ INT:1 INT:2))", "bool|true|true"],
    ["S", "(> FLOAT:1e-5000 INT:0)", "bool|true|true"],
    ["S", "STRING:\"hello\"", "string|\"hello\"|\"hello\""],
    ["S", "STRING:`raw\\n`", "string|\"raw\\\\n\"|\"raw\\\\n\""],
    ["S", "STRING:\"\\xff\\x00\\u00e9\\U0001F600\\a\\b\\f\\n\\r\\t\\v\\\\\\\"\"", "string|\"\\xff\\x00é😀\\a\\b\\f\\n\\r\\t\\v\\\\\\\"\"|\"\\xff\\x00é😀\\a\\b\\f\\n\\r\\t\\v\\\\\\\"\""],
    ["S", "STRING:\"é\"", "string|\"é\"|\"é\""],
    ["S", "STRING:\"\\u200b\"", "string|\"\\u200b\"|\"\\u200b\""],
    ["S", "STRING:\"\\u00a0\"", "string|\"\\u00a0\"|\"\\u00a0\""],
    ["S", "STRING:\"\\u00ad\"", "string|\"\\u00ad\"|\"\\u00ad\""],
    ["S", "STRING:\"\\377\"", "string|\"\\xff\"|\"\\xff\""],
    ["S", "STRING:\"\\400\"", "unknown|unknown|unknown"],
    ["S", "STRING:\"\\ud800\"", "unknown|unknown|unknown"],
    ["S", "STRING:\"\\'\"", "unknown|unknown|unknown"],
    ["S", "STRING:'a'", "string|\"a\"|\"a\""],
    ["S", "STRING:\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\"", "string|\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa...|\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\""],
    ["S", "STRING:\"éééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééé\"", "string|\"éééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééé...|\"éééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééé\""],
    ["S", "STRING:\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\"", "string|\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\"|\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\""],
    ["S", "STRING:\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\"", "string|\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa...|\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\""],
    ["S", "STRING:\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\\n\"", "string|\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa...|\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\\n\""],
    ["S", "STRING:\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\\t\"", "string|\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\\t\"|\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\\t\""],
    ["S", "STRING:\"😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀\"", "string|\"😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀...|\"😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀\""],
    ["S", "(+ STRING:\"a\" STRING:\"b\")", "string|\"ab\"|\"ab\""],
    ["S", "(+ STRING:\"\\xe2\\x82\" STRING:\"\\xac\")", "string|\"€\"|\"€\""],
    ["S", "STRING:\"\\x7f\\x1b\"", "string|\"\\x7f\\x1b\"|\"\\x7f\\x1b\""],
    ["S", "STRING:\"\\u0378\"", "string|\"\\u0378\"|\"\\u0378\""],
    ["S", "STRING:\"\\U0010ffff\"", "string|\"\\U0010ffff\"|\"\\U0010ffff\""],
    ["S", "STRING:\"\\U00110000\"", "unknown|unknown|unknown"],
    ["S", "STRING:\"\\xed\\xa0\\x80\"", "string|\"\\xed\\xa0\\x80\"|\"\\xed\\xa0\\x80\""],
    ["S", "STRING:\"\\xf4\\x90\\x80\\x80\"", "string|\"\\xf4\\x90\\x80\\x80\"|\"\\xf4\\x90\\x80\\x80\""],
    ["S", "STRING:\"\\xc0\\x80\"", "string|\"\\xc0\\x80\"|\"\\xc0\\x80\""],
    ["S", "STRING:\"\\xe2\\x82\"", "string|\"\\xe2\\x82\"|\"\\xe2\\x82\""],
    ["S", "STRING:\"\\q\"", "unknown|unknown|unknown"],
    ["S", "STRING:\"\"", "string|\"\"|\"\""],
    ["S", "STRING:`a\rb`", "string|\"ab\"|\"ab\""],
    ["S", "STRING:\"\\u2028\"", "string|\"\\u2028\"|\"\\u2028\""],
    ["S", "STRING:\"\\U0001F1E6\"", "string|\"🇦\"|\"🇦\""],
    ["S", "STRING:\"\\u0301\"", "string|\"́\"|\"́\""],
    ["S", "STRING:\"\\u3000\"", "string|\"\\u3000\"|\"\\u3000\""],
    ["S", "STRING:\"\\ufeff\"", "string|\"\\ufeff\"|\"\\ufeff\""],
    ["S", "CHAR:'a'", "int|97|97"],
    ["S", "CHAR:'\\n'", "int|10|10"],
    ["S", "CHAR:'\\x41'", "int|65|65"],
    ["S", "CHAR:'\\377'", "int|255|255"],
    ["S", "CHAR:'\\u00e9'", "int|233|233"],
    ["S", "CHAR:'é'", "int|233|233"],
    ["S", "CHAR:'\\''", "int|39|39"],
    ["S", "CHAR:''", "unknown|unknown|unknown"],
    ["S", "CHAR:'\\\"'", "unknown|unknown|unknown"],
    ["S", "CHAR:'ab'", "int|97|97"],
    ["S", "CHAR:'\\U0010FFFF'", "int|1114111|1114111"],
    ["S", "CHAR:'\\U00110000'", "unknown|unknown|unknown"],
    ["S", "CHAR:'😀'", "int|128512|128512"],
    ["S", "CHAR:'\\400'", "unknown|unknown|unknown"],
    ["S", "CHAR:'\\z'", "unknown|unknown|unknown"],
    ["S", "true", "bool|true|true"],
    ["S", "(&& true false)", "bool|false|false"],
    ["S", "(|| false true)", "bool|true|true"],
    ["S", "(&& true true)", "bool|true|true"],
    ["S", "unknown", "unknown|unknown|unknown"],
    ["S", "(+ unknown INT:1)", "unknown|unknown|unknown"],
    ["S", "(* FLOAT:1.5 unknown)", "unknown|unknown|unknown"],
    ["S", "(+ STRING:\"a\" unknown)", "unknown|unknown|unknown"],
    ["S", "f64:0.1", "float|0.1|3602879701896397/36028797018963968"],
    ["S", "f64:-0", "float|0|0"],
    ["S", "f64:Infinity", "unknown|unknown|unknown"],
    ["S", "f64:NaN", "unknown|unknown|unknown"],
    ["S", "f64:5e-324", "float|4.94066e-324|1/202402253307310618352495346718917307049556649764142118356901358027430339567995346891960383701437124495187077864316811911389808737385793476867013399940738509921517424276566361364466907742093216341239767678472745068562007483424692698618103355649159556340810056512358769552333414615230502532186327508646006263307707741093494784"],
    ["S", "f64:1e308", "float|1e+308|100000000000000001097906362944045541740492309677311846336810682903157585404911491537163328978494688899061249669721172515611590283743140088328307009198146046031271664502933027185697489699588559043338384466165001178426897626212945177628091195786707458122783970171784415105291802893207873272974885715430223118336"],
    ["S", "f64:-2.5", "float|-2.5|-5/2"],
    ["S", "f64:1024", "float|1024|1024"],
    ["S", "f64:123456789012345680000", "float|1.23457e+20|123456789012345683968"],
    ["S", "u64:18446744073709551615", "int|18446744073709551615|18446744073709551615"],
    ["S", "i64:-9223372036854775808", "int|-9223372036854775808|-9223372036854775808"],
    ["S", "RAW:STRING:%22ab", "unknown|unknown|unknown"],
    ["S", "RAW:STRING:%22a%22b%22", "unknown|unknown|unknown"],
    ["S", "RAW:STRING:%22a%0Ab%22", "unknown|unknown|unknown"],
    ["S", "RAW:STRING:%60a%60b%60", "unknown|unknown|unknown"],
    ["S", "RAW:STRING:%22a%5C%22", "unknown|unknown|unknown"],
    ["S", "RAW:CHAR:'%5C'", "unknown|unknown|unknown"],
    ["S", "RAW:CHAR:'''", "unknown|unknown|unknown"],
    ["S", "RAW:CHAR:'%0A'", "int|10|10"],
    ["S", "RAW:STRING:%22tab%09in%22", "string|\"tab\\tin\"|\"tab\\tin\""],
    ["S", "RAW:INT:%20", "unknown|unknown|unknown"],
    ["S", "RAW:FLOAT:", "unknown|unknown|unknown"],
    ["S", "RAW:FLOAT:%2B1.5", "float|1.5|3/2"],
    ["S", "RAW:FLOAT:Inf", "unknown|unknown|unknown"],
    ["S", "RAW:FLOAT:1e%2B_5", "unknown|unknown|unknown"],
    ["S", "(>> (<< INT:1 100) 100000)", "int|0|0"],
    ["S", "(>> (neg INT:5) 100000)", "int|-1|-1"],
    ["S", "(>> i64:-9223372036854775808 63)", "int|-1|-1"],
    ["S", "(>> i64:-9223372036854775808 64)", "int|-1|-1"],
    ["F32", "FLOAT:0x1p-152", "00000000|true"],
    ["F32", "FLOAT:0x1.8p-152", "00000000|true"],
    ["F32", "FLOAT:0x1.000001p-152", "00000000|false"],
    ["F64", "FLOAT:0x1.00000000000008p-1080", "0000000000000000|false"],
    ["S", "(div i64:9007199254740991 i64:-1)", "int|-9007199254740991|-9007199254740991"],
    ["S", "(% i64:9007199254740991 i64:2)", "int|1|1"],
    ["S", "(div INT:0 i64:-3)", "int|0|0"],
    ["S", "(% INT:0 i64:-3)", "int|0|0"],
    ["S", "(* INT:0 i64:-3)", "int|0|0"],
    ["S", "(& i64:-1 i64:-9007199254740991)", "int|-9007199254740991|-9007199254740991"],
    ["S", "(^ i64:2147483647 i64:-2147483648)", "int|-1|-1"],
    ["S", "FLOAT:0xffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffp5000", "float|4.84815e+1661|0x.8p+5521"],
    ["S", "FLOAT:0x100000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000008p5000", "float|1.89381e+1659|0x.80000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000004p+5513"],
    ["S", "FLOAT:0x1000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000018p-5000", "float|1.5188e-1350|0x.80000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001p-4483"],
    ["S", "FLOAT:0x300000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000008p5000", "float|5.68143e+1659|0x.c0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000002p+5514"],
    ["S", "FLOAT:0xa623323fc1ea36f17fd374c6a5387777330bdbd7210dff076ce2ef87b0b125ec1d7da0a6eb8c9ebd69fe29d76d4330f1446beab0c11fdecb91ce375bc8fbbcbde5c0994164d8399f767c45p-8690", "float|3.01691e-2436|0x.a623323fc1ea36f17fd374c6a5387777330bdbd7210dff076ce2ef87b0b125ec1d7da0a6eb8c9ebd69fe29d76d4330f1446beab0c11fdecb91ce375bc8fbbcbep-8090"],
    ["S", "FLOAT:0xde11ccea959c212e9c82b1478c281d687c966c377b9aa2bb2edb20035b73993fd4235992edcf451a1afe878b33e968617959ce3f1f65a8de5271007814e8a25f2dd97f1cfb10f62827688dp5653", "float|1.90026e+1882|0x.de11ccea959c212e9c82b1478c281d687c966c377b9aa2bb2edb20035b73993fd4235992edcf451a1afe878b33e968617959ce3f1f65a8de5271007814e8a25fp+6253"],
    ["S", "FLOAT:0x2a7591fb7ff337f5cae3bf3729c619c60a3cab359eeefb015c33b2df1461aaf8eb18b90074513021da8978206f5c6671e0c07e9e115e4b9e30691c238642ea126a1e48cc11d357c30d8b76p-6184", "float|1.85454e-1682|0x.a9d647edffccdfd72b8efcdca718671828f2acd67bbbec0570cecb7c5186abe3ac62e401d144c0876a25e081bd7199c78301fa7845792e78c1a4708e190ba84ap-5586"],
    ["S", "FLOAT:0x585a04c7d6df0621aef57e4cc4132f7108e96f770c2263266aa3bb0cde917f7f35634f0e3cd972e81d66d346c6e2ba02fdaa1ad864c44e049548e8a0a8c9632ea6928f6236bf2504b74bap6699", "float|3.56281e+2195|0x.b0b4098fadbe0c435deafc9988265ee211d2deee1844c64cd5477619bd22fefe6ac69e1c79b2e5d03acda68d8dc57405fb5435b0c9889c092a91d1415192c65dp+7294"],
    ["S", "FLOAT:1193875707998969487031698682779831192688274560419684069885706859379098774841750460538034304.496305466729243146303368485307189166012009302929284334991181e2976", "float|1.19388e+3066|0x.9c3190127dcb09dc2e1211478d87e61c5322e78ed81dac02450ad858612b4c25b233ac56d9dfa9e50548dbe7d581b0ac586761eedac55d3014164d7b7db59aafp+10186"],
    ["S", "FLOAT:115963902694086834180466883541755105987370034719195825793813590584440620684616584612428326.575922797541919269067079025831705276563292066599723504837118e1337", "float|1.15964e+1426|0x.9bc1670f25819748ede227783720c31207c2d80fb8e99894996e3c6e51e785a479172fb76ffa02fa4bd015d3937d627c2ae70a6e197bd5b1d187f6be43ccdc5ap+4738"],
    ["S", "FLOAT:95213937184557027645875529356898284323414888192337620009600917514508964752010523230311919.189546638577908707352189945803240229517365772055500756591932e-2978", "float|0.952139e-2889|0x.eb66bc4b75b5b2b7187bf95b94d5fc8dfa6cb1314e7ee0a9f51c362fb2ed9adf37f07ab66823f544534bff763cf2fe18a8143250bfbe53e44c01cec4cfe6dd0ap-9597"],
    ["S", "FLOAT:942813258399656981793828762525638243434045142297575983645962663785763454832857039262828742.1383267943767037254414261492840137711091625950570464099785300e1375", "float|9.42813e+1464|0x.ba11f688e8bc8051d93e778f13fefbf306a9988b28e293765d95b0f9a6828b4c742532f3450e0bec66cc4bd475ea35bd23cc170abc158996d5d2c70e20fa519cp+4867"],
    ["S", "(* FLOAT:0xffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffp5000 FLOAT:1.5)", "float|7.27223e+1661|0x.cp+5521"],
    ["S", "(toInt (+ FLOAT:1e2000 FLOAT:0.5))", "unknown|unknown|unknown"],
    ["S", "(toInt (- (* (/ INT:1 FLOAT:3e1300) FLOAT:3e1300) (/ INT:1 (<< INT:1 600))))", "int|1|1"],
    ["S", "(toInt (+ (/ FLOAT:1e-5000 FLOAT:1e-5000) (/ INT:1 (<< INT:1 510))))", "int|1|1"],
    ["S", "(toInt (- (* (/ FLOAT:1e-5000 FLOAT:1e-5000) INT:3) (/ INT:1 (<< INT:1 509))))", "int|3|3"],
    ["S", "(toInt (+ (/ FLOAT:1e-5000 FLOAT:1e-5000) (/ INT:1 (<< INT:1 500))))", "unknown|unknown|unknown"],
    ["S", "(- (* (/ FLOAT:1e-5000 FLOAT:1e-5000) INT:3) (/ INT:1 (<< INT:1 509)))", "float|3|0x.bffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffep+2"],
    ["S", "(toInt (neg (- (* (/ FLOAT:1e-5000 FLOAT:1e-5000) INT:3) (/ INT:1 (<< INT:1 509)))))", "int|-3|-3"],
    ["S", "RAW:STRING:%27%27", "string|\"\"|\"\""],
    ["S", "RAW:STRING:%27%5Cn%27", "string|\"\\n\"|\"\\n\""],
  ];
}

function goConstantRandomTable(): [string, string, string][] {
  return [
    ["F64", "FLOAT:44651385861808120719392414799.2e2453", "7ff0000000000000|false"],
    ["S", "(/ INT:6638708961668170995232 INT:2155522168223180753656)", "float|3.07986|829838620208521374404/269440271027897594207"],
    ["S", "FLOAT:2199937207517.381e181", "float|2.19994e+193|21999372075173810000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"],
    ["S", "(+ FLOAT:512322988171975327177808277.79138507e2128 FLOAT:5.3e24)", "float|5.12323e+2154|0x.dd58fd434744ec286f1b8b3f3531ce98fdf21193a04f7eaf0bd6f94413e8d6a1216e612ed93e4349f173d588c8025ed24f6f9cbb4a0b5739dae1a92ceefcdca1p+7158"],
    ["S", "FLOAT:877814981e-3328", "float|0.877815e-3319|0x.a1314f6aa567814de0e0784f87d0ac7f5cc578b75b6cd1889731297d498e5adcffd2020047ae70f3dfb92ca7cae70ad06d530a56515ad4561cd53709a6684c9cp-11025"],
    ["S", "FLOAT:8322204460392861764161.0673017160246e3536", "float|8.3222e+3557|0x.8e89a3847d7df51a35930c6f9297f84e19561ad12868b072472fe06704324b8dd307f8342a5afbae9a274668b297f0ca8d9ecda1cd04329e9c10141e9b6304b3p+11820"],
    ["F64", "FLOAT:0x550f0ff7p-904", "095543c3fdc00000|true"],
    ["F64", "FLOAT:.73849e-2872", "0000000000000000|false"],
    ["S", "FLOAT:7103709186349392.55171242481090333e-4623", "float|0.710371e-4607|0x.a706225b333c224db01fb8d5e7a25cc32dad7f0ca265a0d9b2ff320c7fd45d8a612d42c252210a1e5f95e34cd8b26edfda50080af45a5ce44e9d6753292c60aep-15304"],
    ["F64", "FLOAT:0xd1f7610bcdfp718", "6f8a3eec2179be00|true"],
    ["S", "FLOAT:1989127205404.689100643900658621106588e14", "float|1.98913e+26|497281801351172275160975164655276647/2500000000"],
    ["S", "FLOAT:703211865745.39005634038037610724423e23", "float|7.03212e+34|70321186574539005634038037610724423"],
    ["S", "FLOAT:66934.783372497e3626", "float|6.69348e+3630|0x.a23661c57464985acccd2e8ff4970cf2135f3f0a5669ee876ed8748c1663e2efaf0a1412bcd24532d9e73cb2bf36762604c0ee0ff7345d0a33c41a2a34c05a19p+12062"],
    ["F32", "FLOAT:0x15006980b69566c0ddp14", "68a8034c|false"],
    ["S", "FLOAT:17221465697.7720368544230066242649588476e4263", "float|1.72215e+4273|0x.a6e9df542d42d9b31c1143dcc3a61d87c6ec279dae2a8df8e7dd7ab26de6731afc326de107dcf09b044b0e306045e7ad62b532ad62359d13007d4b10f9f8f298p+14196"],
    ["F32", "FLOAT:0xc905p-46", "30490500|true"],
    ["S", "FLOAT:35e126", "float|3.5e+127|35000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"],
    ["F64", "FLOAT:11435369407363.535e14", "458d8f4aee2f7dc4|false"],
    ["F32", "FLOAT:0x1p-72", "1b800000|true"],
    ["S", "(+ FLOAT:725509207180.740520651135490778264447779e-22 FLOAT:238.130081669844e-4639)", "float|7.25509e-11|0x.9f8a899598bb4edbc9622ecce07cb7e25d39391abc1d89e7fc86d2173b4324c3e247ee19797829d9886db0418f288f1fe10f2d153e61e1d6e87e05dece1712dfp-33"],
    ["S", "FLOAT:67694.2912444985139192495756175e27", "float|6.76943e+31|67694291244498513919249575617500"],
    ["S", "FLOAT:794.38803061252606178e4", "float|7.94388e+06|39719401530626303089/5000000000000"],
    ["S", "(+ FLOAT:29698751.25e-2039 FLOAT:75281819576358606712523760865.6e3453)", "float|7.52818e+3481|0x.baa00b75189cdae5de40f8918f3cf569343708d34564787bfde36cece33c7e13352da764b1d4743f359770cb8647aafc1b2d8bf3cddbfb8afcb70b8a221f8afap+11567"],
    ["F64", "FLOAT:.6666e4833", "7ff0000000000000|false"],
    ["F64", "FLOAT:4.24e-29", "3a0adfcb182b9513|false"],
    ["S", "(| INT:51916596268814666068882 INT:14127888121815770098)", "int|51925824222949381141490|51925824222949381141490"],
    ["S", "(&^ INT:456 INT:8296827690188)", "int|256|256"],
    ["F32", "FLOAT:8594133099208695.749404e1543", "7f800000|false"],
    ["S", "(&^ INT:132922831175037140 INT:1046785665281655299610516)", "int|38329095882285120|38329095882285120"],
    ["S", "FLOAT:7472.91688337821450288210e-2537", "float|0.747292e-2533|0x.8ca43c67d70e6b7528fb2d6df9d9b677817f10373067b82aa7bf59d1defec43a71a3595a258745302388d542324bd2dd3205e67b2846540fead6015f3111e98bp-8414"],
    ["F32", "FLOAT:0xef5951891dcfp-76", "316f5952|false"],
    ["F64", "FLOAT:0x1p-1195", "0000000000000000|true"],
    ["F32", "FLOAT:0x6a6fe7p133", "7f800000|false"],
    ["S", "FLOAT:1333100147.121345564054405e28", "float|1.3331e+37|13331001471213455640544050000000000000"],
    ["F32", "FLOAT:6850440234190354557811739576.4e1234", "7f800000|false"],
    ["S", "FLOAT:890.72e-5392", "float|8.9072e-5390|0x.f97043c7f7f489c8c4c20fbfe1baa97a50b6fc9d280d004446c845c54c05e4a35d51af1e053758c46857642b9e2b851ae3d8f9833895df51b8c06ad8de574d57p-17902"],
    ["S", "FLOAT:8038.21326202704072455524878e-1494", "float|0.803821e-1490|0x.8113a60f2c64dbf326e5a2d2481c9bd005adf08969827c8503c0d495a2870f8c1471941a088885ac3bfeab4ecd3745a2e6efda820547b6cd3e7a5b258d4ac4f5p-4949"],
    ["F64", "FLOAT:0x1b640dbda1p532", "637b640dbda10000|true"],
    ["S", "FLOAT:6183.87315e23", "float|6.18387e+26|618387315000000000000000000"],
    ["S", "FLOAT:.35511417277061e7", "float|3.55114e+06|35511417277061/10000000"],
    ["S", "(* FLOAT:29992555835612587926019690.8269176e5002 FLOAT:.85293462880353721893e5420)", "float|2.55817e+10447|0x.b9d717a08d19f64a7fe5223d9d137240c7e6967aea21d1012f8e5f4105194dfce2048d22514c17d411b98062451039572787b1e252aea114aed0133a36f6415cp+34706"],
    ["S", "(- FLOAT:.957171762901359151e-942 FLOAT:829903761473494193774944.075723270753805e-3429)", "float|0.957172e-942|0x.cd282f2e597a461a33cabbf666169c7514841a18080d32804211ce808ca9760b6d06a2ab82a9509405ccd92c601f5ec59517692d9bed59b3f2b47c46dac1d952p-3129"],
    ["F64", "FLOAT:0x2bfb5333f24aeeabf5p17", "4555fda999f92577|false"],
    ["S", "FLOAT:953.11e-221", "float|9.5311e-219|95311/10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"],
    ["S", "(* FLOAT:80622.9485e2534 FLOAT:76782899971742.007843511257351377934e-10)", "float|6.19046e+2542|0x.faf394dfcf252f2ea59e2c98f1eaf26faa5de5626b7f61984d66420c6deaa0244ffdcd4b37406b7213bb6ccbfb1b51fad51e849ea42a74072d37d0776eb412a7p+8447"],
    ["F32", "FLOAT:0xfb3cf7p-74", "267b3cf7|true"],
    ["S", "(- FLOAT:313.1559e94 FLOAT:173165690824012652.2e-5251)", "float|3.13156e+96|0x.bba8fca891d8768650ac50c79596245640f1cb551afda8b487febc3b5ep+321"],
    ["S", "FLOAT:11471049746507529.1703423667127e11", "float|1.1471e+27|114710497465075291703423667127/100"],
    ["F32", "FLOAT:0x5e1p-171", "00000000|true"],
    ["S", "FLOAT:1.0672432950259905878115356904177e2", "float|106.724|10672432950259905878115356904177/100000000000000000000000000000"],
    ["F64", "FLOAT:944668.8e-261", "0afc5e53e56e15b8|false"],
    ["S", "FLOAT:375765875901714208.217904156812610e-5478", "float|3.75766e-5461|0x.e8681dca6d12431b4dcf50554319f3969322578e674c270c8312bb797c0d4e0d33b1bfa4fe049620a9b06ef69bb3aef9dbea6595b8d1e703d423050411ae9109p-18139"],
    ["S", "FLOAT:9675426645019.39e-4361", "float|0.967543e-4348|0x.93f529719172e19ffe401131577e9166f1423e82863d81d881e1f8e702c45cc915d667ff69e303ab816068c07072f9445f5399c96a7e809fd1daffc64780f07fp-14443"],
    ["S", "FLOAT:247670.938335299255431040503882537023e-11", "float|2.47671e-06|247670938335299255431040503882537023/100000000000000000000000000000000000000000"],
    ["F32", "FLOAT:0x284e2cc14b0955p42", "6f2138b3|false"],
    ["S", "(/ (neg INT:30811933785175014629) INT:510017788982965574157)", "float|-0.0604134|-30811933785175014629/510017788982965574157"],
    ["S", "(&^ INT:164578492 INT:9467345345648020262804)", "int|164249640|164249640"],
    ["S", "FLOAT:7281120972348248085.421691002529e3173", "float|7.28112e+3191|0x.8cb9038bca16f53c80a5f6dd69a9cbcf28be792f835194b8864bee29dc2484c82928979bce77e5ab6a54615c947f8da3808d1dbc9e3002e71203934e1126a937p+10604"],
    ["S", "FLOAT:79737165.8118457390014e1434", "float|7.97372e+1441|0x.edce282659718122e5a018c3afe728b8107bd23043cd6e1a15438a54d9472e9322d7d99c77ed7f4cb3d03578063dc4af8cee12d27122ee47cdd4dfe89042abdp+4790"],
    ["S", "(div (neg INT:13472) INT:215754945045650)", "int|0|0"],
    ["S", "FLOAT:3.8818e7", "float|3.8818e+07|38818000"],
    ["S", "FLOAT:42418745769492.8371197314467980011e-2724", "float|4.24187e-2711|0x.a1c06ce950b269d99e9d5c005cef4e417da6fc52ab23fa07626772d30b4c140616ed199c11e8f8742ecbf97e378f7e71af3edac6f5cb2e45539422d28e23bcacp-9003"],
    ["S", "FLOAT:.771e-19", "float|7.71e-20|771/10000000000000000000000"],
    ["S", "FLOAT:415018.37872e-2053", "float|4.15018e-2048|0x.d670e4c8ee73feb1628ce6c56fd0750a75f557026bf7da6a5da0ead1e2501190e002ba4594e5c6c223a28d0b80d187319b05bbfa5067cb24ff65411ad939fc49p-6801"],
    ["F64", "FLOAT:0x7d3463fc705bp-1101", "00000000000fa68c|false"],
    ["F32", "FLOAT:0x1e3p-32", "33f18000|true"],
    ["S", "(+ INT:173864635 INT:112249352)", "int|286113987|286113987"],
    ["F64", "FLOAT:21.456994380405334e-82", "2f304862305b0731|false"],
    ["S", "(- (neg INT:16649837523887340) INT:545505136480068637351938)", "int|-545505153129906161239278|-545505153129906161239278"],
    ["F32", "FLOAT:0xa133p-97", "16a13300|true"],
    ["S", "(div INT:732202900433266630 INT:6283277089091)", "int|116532|116532"],
    ["S", "FLOAT:5482694196937961986715289965.207e208", "float|5.48269e+235|54826941969379619867152899652070000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"],
    ["S", "FLOAT:3429650.2733451125022544269e-149", "float|3.42965e-143|34296502733451125022544269/1000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"],
    ["S", "FLOAT:911991438033e-152", "float|9.11991e-141|911991438033/100000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"],
    ["S", "FLOAT:687.305014517288e-3142", "float|6.87305e-3140|0x.f352d87f4393fad1cc141a8e0114fbe614350791067c1a21306e2b69add3617f8bc5b16f264ae4aa3403f654ff3bc62635ce6af8a09ab9a3185649b7deb7b7c9p-10428"],
    ["S", "(% (neg INT:861080491249659811273) INT:77027361795770109)", "int|-68641096541532871|-68641096541532871"],
    ["S", "FLOAT:54189.280746e-2630", "float|0.541893e-2625|0x.84f554eb91bb7232c4291d5f99907318cea9177b7609fe18a14f385d285a46682d757e2a70aba2902d47ccb2da7f5f91c38cd8933258f68ce3d00a2349ac3037p-8720"],
    ["S", "FLOAT:35218.2e-28", "float|3.52182e-24|176091/50000000000000000000000000000"],
    ["S", "(/ FLOAT:940.4691e2339 FLOAT:2124.28617e7)", "float|4.42722e+2331|0x.bccf5e21727afe011f030d2ab09ec20b373511d5996742c82125928f0a30f2b5e4178ce26994c9871e875cada5b35a1f54be5e3b0e56b54aaf3701cb14dcac5cp+7746"],
    ["S", "FLOAT:95998799313505379.074041e3931", "float|9.59988e+3947|0x.f10d94c6bb2c3f5b3a881176bd24616b123aa66fe4dc8a405f253f5af3b3b832af2b9da4e8d903366a84cbac22ad28cb15d7a1db917f267244b0fe56495ce3d8p+13115"],
    ["F32", "FLOAT:377103375810525596507618.1200092e363", "7f800000|false"],
    ["S", "FLOAT:3299840979224161293215730750989e-2683", "float|3.29984e-2653|0x.c875693515fc592a4919254854d290111b5c65f46bead9daecba2bdbba2bf77cb263c7472bb48fb869303fd061a894571a3bdcd9bb5c99db35749f997e0fd64p-8811"],
    ["F64", "FLOAT:374337070772813785591519029.512e-10", "43609fb8439ef4cc|false"],
    ["F64", "FLOAT:0x68137b77p632", "695a04deddc00000|true"],
    ["S", "(/ INT:1053498 INT:825390180707078865707)", "float|1.27636e-15|1053498/825390180707078865707"],
    ["F32", "FLOAT:45.23174048055664494116268379269292981e3317", "7f800000|false"],
    ["S", "FLOAT:5.59263515370966208905373702247199379e170", "float|5.59264e+170|559263515370966208905373702247199379000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"],
    ["S", "(div (neg INT:1545752376461554996) INT:2139722672)", "int|-722407813|-722407813"],
    ["F32", "FLOAT:4550660.78949765423083e-4066", "00000000|false"],
    ["S", "FLOAT:95902949636669.37405446290429248758188763e5832", "float|9.59029e+5845|0x.f417ecb36b945ae526541abc418f8cfe1d8ba4fcb5a7c7e3b1577f62166d65023ab0fa2fbeda04beceaa156eea8d1083cd110e7f16891dd40c4b30332bc6797cp+19420"],
    ["S", "(- FLOAT:12596685590645459827460064641264e3446 FLOAT:.3e21)", "float|1.25967e+3477|0x.cca6f430c98c079b40f7976c02417240a9a86ea2c997e528799fe96a094c9a673c1534ce20dea3390724c6ccb6f9d17d82b60658a5aab7f3bd8735772f6acdd3p+11551"],
    ["F32", "FLOAT:0x763d697970aae2433p-25", "546c7ad3|false"],
    ["F32", "FLOAT:535.54577439888563e339", "7f800000|false"],
    ["S", "FLOAT:451000261577.5e-30", "float|4.51e-19|180400104631/400000000000000000000000000000"],
    ["S", "(/ FLOAT:687631914724442230844.10186e-170 FLOAT:545244351.3318e-1637)", "float|1.26114e+1479|0x.b0d9b5d930ff9ef5232f9daabd1a850bd8b9d4332d36c0799d389da10ae304c3b84313c39708475d1c614a4af6c6ef133e211954f4007c40cd74dd6a7b9ea3f6p+4914"],
    ["F32", "FLOAT:694.27739781109300985866765e-4848", "00000000|false"],
    ["F32", "FLOAT:0x5bf5c956cb8fp-100", "24b7eb93|false"],
    ["S", "(| (neg INT:8446506946843570277) INT:8405294629470)", "int|-8446501444955287585|-8446501444955287585"],
    ["S", "FLOAT:3.5885709e-8", "float|3.58857e-08|35885709/1000000000000000"],
    ["S", "FLOAT:69720510520902244182.6284522727622462e3034", "float|6.97205e+3053|0x.c8954b4cc7a2bcb759ecd785b54c97d082f6afbd0315aeef2b68278ac6b26d941d92d04fad93df2eb8b76e349875974297491a0bcd6e6d9399a7aff28ef7d196p+10145"],
    ["S", "(/ INT:7891274659623350352 INT:2532294645612566882850)", "float|0.00311625|1315212443270558392/422049107602094480475"],
    ["S", "(+ FLOAT:14.4920e13 FLOAT:360898485569.1567701262143720e3269)", "float|3.60898e+3280|0x.db2536493bdcbd4b2b7ba8a938ffb9145b133bd5e5c8ba62ba0a8b30df4fa5fe6d272edf9a398c49091e8b31b94a988087fc110b404daaa207077a219bd12404p+10898"],
    ["S", "FLOAT:182836431220974.28034e-5298", "float|1.82836e-5284|0x.df3f5bdb78b3e1edb9e9ff588bfd62a83d7dfa41676c67af2d2999cd17dff25378703e6c314a6b87f15a2b6892d6239598d59b9f685f0abc0040f3b7a2a5214ep-17552"],
    ["S", "(| (neg INT:222611837648488) INT:248231905581584790845066)", "int|-142953708259430|-142953708259430"],
    ["F32", "FLOAT:40399000421.11528e-166", "00000000|false"],
    ["F64", "FLOAT:6.878e2376", "7ff0000000000000|false"],
    ["S", "FLOAT:745676018870213732210303199879.2e3751", "float|7.45676e+3780|0x.dcd2ba0053e256379b345ae5c846bc0ae0a6f0a9b5ce8dbbb3d0b40eba1c7cd7bd9b8b0a58675c418315f9dfd56af3f2448fe5536ebdc9dc2aeabc1c2f608953p+12560"],
    ["S", "(/ FLOAT:8070984.047979918180295231156424321e3 FLOAT:3344057843742.4763772020680468986e3)", "float|2.41353e-06|8070984047979918180295231156424321/3344057843742476377202068046898600000000"],
    ["F64", "FLOAT:78606034.6293150e-388", "0000000000000000|false"],
    ["F32", "FLOAT:0x1b657821063p103", "7f800000|false"],
    ["S", "FLOAT:90e1595", "float|9e+1596|0x.fa3d4148f36cff545ca01899ce563ee017d9446e81e697e65009d40dd381f361a18b200d34bd04f8f694dc74cd50b75d61611d29333f98b14e876734473911e9p+5305"],
    ["S", "FLOAT:21211.5e73", "float|2.12115e+77|212115000000000000000000000000000000000000000000000000000000000000000000000000"],
    ["S", "FLOAT:2.965185586822163150461638862e5725", "float|2.96519e+5725|0x.c2e216e2ad43b62c7d20d5b9b8cc64c552476c860edc17ac45cb147e04191875de14d88d846c57c717801b85321afdee494aa57057ae747952fefa532ba26dacp+19020"],
    ["F64", "FLOAT:11281517.253632230222e-100", "2ca2d36f56e85ae8|false"],
    ["S", "FLOAT:653.891484969295199e5451", "float|6.53891e+5453|0x.914e647aec5e5fc6c9a30587165042e3af46f7295e0179f068775b3f81cc7e2f10c7b6de173fe99bc24ff79aa3d4f7b3e41ba230869058679c6df52997dacaa7p+18118"],
    ["S", "(* FLOAT:674449.3374555611729e-35 FLOAT:951752737084635338602158414148731.62e5402)", "float|6.41909e+5405|0x.d0794528a7187a70dfc93b9004dddb7ad3d37cea076085136c93c1c9d2d8fe5e517a1b45c6d7856e5fcc50f33db0fcb14fd30451b21d40342840aa7c0dc1bed1p+17958"],
    ["F64", "FLOAT:0x102c4a458bbp39", "44e02c4a458bb000|true"],
    ["S", "FLOAT:54405.713647241238372157586222460971e-4932", "float|5.44057e-4928|0x.fcd830e8e1ffd1e0a7009375f2a90a6f09abdac19368acf861b7dc55986af1427d585d37596859b91ff1663d17ef9cfaaf0126d70e337f9963d71b5b58300496p-16368"],
    ["S", "FLOAT:998.0145e4", "float|9.98014e+06|9980145"],
    ["F64", "FLOAT:0x3cfp344", "560e780000000000|true"],
    ["S", "FLOAT:985581601732384.87114570646443e3834", "float|9.85582e+3848|0x.8753326c54c4a1058d3485681a6610490c31a0dd0d31a98b997f76c94f80873eb05e3e9f14e88e05ae26e8c150bbf0677d2045545e3ffd9b20eb844907720feap+12787"],
    ["F32", "FLOAT:30169233005412.0947012e-244", "00000000|false"],
    ["S", "FLOAT:35085337003658.870871491702e-102", "float|3.50853e-89|17542668501829435435745851/500000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"],
    ["F32", "FLOAT:58.54880e-4073", "00000000|false"],
    ["S", "(/ FLOAT:86820973975e-339 FLOAT:4832055.22020e1700)", "float|1.79677e-2035|0x.d317c1d17d7ff69c49b34611326034b8e6b13a6bbc3dda7b74dfb2bbbf427d144848e7a5a0df17479c0849e6648e7a18697f85d95fbe3a38950861118a7d58cfp-6759"],
    ["F64", "FLOAT:0x16e71p-80", "3bf6e71000000000|true"],
    ["S", "(- FLOAT:152e-362 FLOAT:9182221.42e1692)", "float|-9.18222e+1698|-0x.e3fa44bc32245b8c1c12e3435a01e527ee1d1147079a531aa92b97724024ba2f464acc659071d04cf4539e9831e4ea91973c64c816ea48d436f9326dd78d5c0bp+5644"],
    ["F64", "FLOAT:640318858900336429.27588233355264e2383", "7ff0000000000000|false"],
    ["F64", "FLOAT:0x2fb7c363e551bfp-237", "3477dbe1b1f2a8e0|false"],
    ["F32", "FLOAT:8151384133.3183571e-44", "06d8b372|false"],
    ["F64", "FLOAT:94429.41346059675199987e11", "4340c6270e488ace|false"],
    ["S", "FLOAT:3.2878310e-223", "float|3.28783e-223|3287831/10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"],
    ["S", "(% INT:243319325214164603 INT:13482174669356997425905)", "int|243319325214164603|243319325214164603"],
    ["F32", "FLOAT:0x67p28", "50ce0000|true"],
    ["S", "FLOAT:1.8e4346", "float|1.8e+4346|0x.f6d9e1f382dfaeceaeaef7ce72db797e38039f4e68c32345f4eef71e048948751535f4eea29c3a12279e64a1281c55d103b681a3f2d3140069d594a9aee4f7ecp+14438"],
    ["S", "(* FLOAT:8986.414921e0 FLOAT:123957091021004265107883.080293262e-3821)", "float|1.11393e-3794|0x.d8d63e253fa83968801d96bbda23c2395008335a3f53bc091a95fa962a63491510a2e5e7af1f468f0cb4bb7026a025a0b61353d1cf7ce845a72d4307e2d66d3ep-12603"],
    ["F32", "FLOAT:3990335878668735791.92531217749e-16", "43c7844d|false"],
    ["F64", "FLOAT:0x394412bf7b9p-768", "128ca2095fbdc800|true"],
    ["F64", "FLOAT:45323520055.579366e-2857", "0000000000000000|false"],
    ["S", "FLOAT:.1694130444085e-22", "float|1.69413e-23|338826088817/20000000000000000000000000000000000"],
    ["S", "RAW:CHAR:%60%5C%5C%5CU0001f600%5C%27%60", "int|92|92"],
    ["S", "RAW:IMAG:0Xb8i", "complex|(0 + 184i)|(0 + 184i)"],
    ["S", "RAW:STRING:%22%60%22", "string|\"`\"|\"`\""],
    ["S", "RAW:CHAR:%22%5C%27%0D%5C1%22", "int|39|39"],
    ["S", "RAW:FLOAT:0xd3.6_F", "float|211.434|54127/256"],
    ["S", "RAW:CHAR:%22%5C377%22", "int|255|255"],
    ["S", "RAW:IMAG:0XEi", "complex|(0 + 14i)|(0 + 14i)"],
    ["S", "RAW:STRING:%60%5Cu00e9%60", "string|\"\\\\u00e9\"|\"\\\\u00e9\""],
    ["S", "RAW:INT:0XED", "int|237|237"],
    ["S", "RAW:INT:1_8", "int|18|18"],
    ["S", "RAW:IMAG:0o43e4i", "complex|(0 + 350000i)|(0 + 350000i)"],
    ["S", "RAW:FLOAT:0X03BEa", "float|15338|15338"],
    ["S", "RAW:STRING:%22%5Cx41%60%F0%9F%98%80%22", "string|\"A`😀\"|\"A`😀\""],
    ["S", "RAW:STRING:%22%5C377%5Cxff%F0%9F%98%80%22", "string|\"\\xff\\xff😀\"|\"\\xff\\xff😀\""],
    ["S", "RAW:FLOAT:1_1", "float|11|11"],
    ["S", "RAW:IMAG:0X4DD1i", "complex|(0 + 19921i)|(0 + 19921i)"],
    ["S", "RAW:STRING:%60%5CU0001f600%5C%27a%5Cud800%60", "string|\"\\\\U0001f600\\\\'a\\\\ud800\"|\"\\\\U0001f600\\\\'a\\\\ud800\""],
    ["S", "RAW:FLOAT:0.", "float|0|0"],
    ["S", "RAW:FLOAT:0X9C", "float|156|156"],
    ["S", "RAW:IMAG:0xa86Bi", "complex|(0 + 43115i)|(0 + 43115i)"],
    ["S", "RAW:IMAG:1i", "complex|(0 + 1i)|(0 + 1i)"],
    ["S", "RAW:STRING:%60%5Cx4%0D%27%F0%9F%98%80%5CU0001f600%60", "string|\"\\\\x4'😀\\\\U0001f600\"|\"\\\\x4'😀\\\\U0001f600\""],
    ["S", "RAW:CHAR:%27%C3%A9%27", "int|233|233"],
    ["S", "RAW:STRING:%27%5C%27%27", "string|\"'\"|\"'\""],
    ["S", "RAW:FLOAT:0x6Dbbae9", "float|1.15064e+08|115063529"],
    ["S", "RAW:CHAR:%27%5Cxff%27%F0%9F%98%80%5C377%5CU0001f600%27", "int|255|255"],
    ["S", "RAW:CHAR:%60%5Cxff%60", "int|255|255"],
    ["S", "RAW:STRING:%60%5C400%5C377%60", "string|\"\\\\400\\\\377\"|\"\\\\400\\\\377\""],
    ["S", "RAW:STRING:%60%60", "string|\"\"|\"\""],
    ["S", "RAW:CHAR:%22%5Cx41%0A%5Cz%60%5Cx41%22", "int|65|65"],
    ["S", "RAW:INT:0x4FcD0", "int|326864|326864"],
    ["S", "RAW:INT:%2B64", "int|64|64"],
    ["S", "RAW:STRING:%27%27", "string|\"\"|\"\""],
    ["S", "RAW:CHAR:%60%22%5CU0001f600%5Cx41%5Cu%C3%A9%60", "int|34|34"],
    ["S", "RAW:FLOAT:62", "float|62|62"],
    ["S", "RAW:INT:1_7", "int|17|17"],
    ["S", "RAW:STRING:%22%22", "string|\"\"|\"\""],
    ["S", "RAW:FLOAT:0X_03", "float|3|3"],
    ["S", "RAW:INT:0Xa4C", "int|2636|2636"],
    ["S", "RAW:STRING:%22%0D%5CU0001f600%22", "string|\"\\r😀\"|\"\\r😀\""],
    ["S", "RAW:CHAR:%60%5Cn%5Cz%5Cz%60%60", "int|10|10"],
    ["S", "RAW:FLOAT:0XEbeF", "float|60399|60399"],
    ["S", "RAW:CHAR:%60%5Cx41%0A%60", "int|65|65"],
    ["S", "RAW:FLOAT:%2B3", "float|3|3"],
    ["S", "RAW:CHAR:%60%5C377%5Cxff%5C1%5Cxff%60%60", "int|255|255"],
    ["S", "RAW:CHAR:%22a%5C%22%C3%A9%5Cn%22", "int|97|97"],
    ["S", "RAW:FLOAT:1", "float|1|1"],
    ["S", "RAW:CHAR:%27%0A%5C%5C%27", "int|10|10"],
    ["S", "RAW:FLOAT:1_95", "float|195|195"],
    ["S", "RAW:STRING:%60%5Cud800%60", "string|\"\\\\ud800\"|\"\\\\ud800\""],
    ["S", "RAW:CHAR:%27%5C%27%5Cxff%5Cu%27", "int|39|39"],
    ["S", "RAW:IMAG:0xd.E2Ee7i", "complex|(0 + 13.8865i)|(0 + 14560999/1048576i)"],
    ["S", "RAW:CHAR:%22%60%27%22", "int|96|96"],
    ["S", "RAW:CHAR:%27%0D%5C377%5C377%22%27", "int|13|13"],
    ["S", "RAW:FLOAT:0Xfe", "float|254|254"],
    ["S", "RAW:CHAR:%22%0A%09%0A%22", "int|10|10"],
    ["S", "RAW:STRING:%60%5Cz%5Cz%5Cud800%C3%A9%5Cx41%60", "string|\"\\\\z\\\\z\\\\ud800é\\\\x41\"|\"\\\\z\\\\z\\\\ud800é\\\\x41\""],
    ["S", "RAW:CHAR:%22%5Cxff%22", "int|255|255"],
    ["S", "RAW:CHAR:%60%22%0D%60", "int|34|34"],
    ["S", "RAW:FLOAT:02E7", "float|2e+07|20000000"],
    ["S", "RAW:CHAR:%60%5Cu00e9%0A%C3%A9%0A%60", "int|233|233"],
    ["S", "RAW:FLOAT:5", "float|5|5"],
    ["S", "RAW:INT:1_0", "int|10|10"],
    ["S", "RAW:INT:4", "int|4|4"],
    ["S", "RAW:CHAR:%22a%22", "int|97|97"],
    ["S", "RAW:INT:0xf0cAEdB2E", "int|64637295406|64637295406"],
    ["S", "RAW:IMAG:08i", "complex|(0 + 8i)|(0 + 8i)"],
    ["S", "RAW:INT:0XbbA", "int|3002|3002"],
    ["S", "RAW:STRING:%60%0D%F0%9F%98%80%5C1%5Cu00e9%5Cu00e9%60", "string|\"😀\\\\1\\\\u00e9\\\\u00e9\"|\"😀\\\\1\\\\u00e9\\\\u00e9\""],
    ["S", "RAW:CHAR:%60%5Cxff%5C%22%5CU0001f600%5C377%60", "int|255|255"],
    ["S", "RAW:CHAR:%60%5Cu00e9%5Cx41%60", "int|233|233"],
    ["S", "RAW:STRING:%60%5C%5C%5C400%5C%5C%5Cz%27%60", "string|\"\\\\\\\\\\\\400\\\\\\\\\\\\z'\"|\"\\\\\\\\\\\\400\\\\\\\\\\\\z'\""],
    ["S", "RAW:STRING:%60%5C%27%5Cu%60", "string|\"\\\\'\\\\u\"|\"\\\\'\\\\u\""],
    ["S", "RAW:STRING:%22%5Cn%22", "string|\"\\n\"|\"\\n\""],
    ["S", "RAW:CHAR:%60%5Cu00e9%5C1%0A%27%60", "int|233|233"],
    ["S", "RAW:STRING:%60%F0%9F%98%80%5C%5C%22%09%5Cxff%60", "string|\"😀\\\\\\\\\\\"\\t\\\\xff\"|\"😀\\\\\\\\\\\"\\t\\\\xff\""],
    ["S", "RAW:STRING:%60%27%5CU0001f600%F0%9F%98%80%5C400%60", "string|\"'\\\\U0001f600😀\\\\400\"|\"'\\\\U0001f600😀\\\\400\""],
    ["S", "RAW:STRING:%60%C3%A9%5Cxffa%5C%22%60", "string|\"é\\\\xffa\\\\\\\"\"|\"é\\\\xffa\\\\\\\"\""],
    ["S", "RAW:FLOAT:02", "float|2|2"],
    ["S", "RAW:CHAR:%27%22%27", "int|34|34"],
    ["S", "RAW:CHAR:%22%5C%27%F0%9F%98%80%5Cn%22", "int|39|39"],
    ["S", "RAW:CHAR:%60%5CU0001f600%C3%A9%60", "int|128512|128512"],
    ["S", "RAW:CHAR:%60%5Cn%5C400%22%5Cu00e9%0D%60", "int|10|10"],
    ["S", "RAW:FLOAT:3", "float|3|3"],
    ["S", "RAW:FLOAT:0x00", "float|0|0"],
    ["S", "RAW:INT:F2_8", "unknown|unknown|unknown"],
    ["S", "RAW:INT:0b6P18Db", "unknown|unknown|unknown"],
    ["S", "RAW:FLOAT:oa_bD5", "unknown|unknown|unknown"],
    ["S", "RAW:IMAG:1ff-cPF.i", "unknown|unknown|unknown"],
    ["S", "RAW:FLOAT:1..Fbef__8", "unknown|unknown|unknown"],
    ["S", "RAW:CHAR:%27%27%5Cu00e9%27", "unknown|unknown|unknown"],
    ["S", "RAW:IMAG:dx_ep%2BBei", "unknown|unknown|unknown"],
    ["S", "RAW:CHAR:%60%5Cx4%60", "unknown|unknown|unknown"],
    ["S", "RAW:IMAG:bbbf-AFi", "unknown|unknown|unknown"],
    ["S", "RAW:FLOAT:e.", "unknown|unknown|unknown"],
    ["S", "RAW:FLOAT:P-oa34ob", "unknown|unknown|unknown"],
    ["S", "RAW:INT:5p", "unknown|unknown|unknown"],
    ["S", "RAW:FLOAT:0bbc_31pEax", "unknown|unknown|unknown"],
    ["S", "RAW:INT:CfeFX-", "unknown|unknown|unknown"],
    ["S", "RAW:IMAG:0cPE%2B8.6aei", "unknown|unknown|unknown"],
    ["S", "RAW:CHAR:%60%5Cu%5Cu00e9%60", "unknown|unknown|unknown"],
    ["S", "RAW:IMAG:C7C9i", "unknown|unknown|unknown"],
    ["S", "RAW:IMAG:0bd__D6AEB3Oi", "unknown|unknown|unknown"],
    ["S", "RAW:IMAG:bxPi", "unknown|unknown|unknown"],
    ["S", "RAW:INT:10bbc3-2AAb", "unknown|unknown|unknown"],
    ["S", "RAW:FLOAT:09A6-_b", "unknown|unknown|unknown"],
    ["S", "RAW:INT:A_B6ocx%2BbB", "unknown|unknown|unknown"],
    ["S", "RAW:INT:fA1x", "unknown|unknown|unknown"],
    ["S", "RAW:STRING:%27%0A%27", "unknown|unknown|unknown"],
    ["S", "RAW:INT:9dfx60", "unknown|unknown|unknown"],
    ["S", "RAW:IMAG:0ofo9i", "unknown|unknown|unknown"],
    ["S", "RAW:INT:a", "unknown|unknown|unknown"],
    ["S", "RAW:FLOAT:05X8E-bXB1a", "unknown|unknown|unknown"],
    ["S", "RAW:FLOAT:eb1aa1O-", "unknown|unknown|unknown"],
    ["S", "RAW:STRING:%22%22%22", "unknown|unknown|unknown"],
    ["S", "RAW:INT:2cc6c", "unknown|unknown|unknown"],
    ["S", "RAW:INT:0o9E_AB7AC7", "unknown|unknown|unknown"],
    ["S", "RAW:STRING:%27%5C1%27", "unknown|unknown|unknown"],
    ["S", "RAW:INT:B_B0A", "unknown|unknown|unknown"],
    ["S", "RAW:IMAG:04f3PFD%2B1ci", "unknown|unknown|unknown"],
    ["S", "RAW:FLOAT:1_A2OE", "unknown|unknown|unknown"],
    ["S", "RAW:FLOAT:E", "unknown|unknown|unknown"],
    ["S", "RAW:STRING:%22%5C%5C%22%5Cud800%22", "unknown|unknown|unknown"],
    ["S", "RAW:INT:0b0ce9cAC31b", "unknown|unknown|unknown"],
    ["S", "RAW:CHAR:%27%27", "unknown|unknown|unknown"],
    ["S", "RAW:FLOAT:06a80p", "unknown|unknown|unknown"],
    ["S", "RAW:INT:bex", "unknown|unknown|unknown"],
    ["S", "RAW:FLOAT:O", "unknown|unknown|unknown"],
    ["S", "RAW:INT:..", "unknown|unknown|unknown"],
    ["S", "RAW:FLOAT:FodapaEfo", "unknown|unknown|unknown"],
    ["S", "RAW:INT:b", "unknown|unknown|unknown"],
    ["S", "RAW:INT:0%2BpA-x3", "unknown|unknown|unknown"],
    ["S", "RAW:FLOAT:e", "unknown|unknown|unknown"],
    ["S", "RAW:INT:0xOEdx", "unknown|unknown|unknown"],
    ["S", "RAW:FLOAT:0B88eacF.", "unknown|unknown|unknown"],
    ["S", "RAW:FLOAT:07B", "unknown|unknown|unknown"],
    ["S", "RAW:IMAG:.CXOEeXBBi", "unknown|unknown|unknown"],
    ["S", "RAW:IMAG:0x.pd.i", "unknown|unknown|unknown"],
    ["S", "RAW:STRING:%60%5C%5C%0A%27%60%0D%60", "unknown|unknown|unknown"],
    ["S", "RAW:INT:%2BD7xBpPBE3", "unknown|unknown|unknown"],
    ["S", "RAW:INT:-c1", "unknown|unknown|unknown"],
    ["S", "RAW:INT:6dd2a0.", "unknown|unknown|unknown"],
    ["S", "RAW:IMAG:0XCEO-x4b-i", "unknown|unknown|unknown"],
    ["S", "RAW:FLOAT:7e755-C8x8", "unknown|unknown|unknown"],
    ["S", "RAW:FLOAT:0oc_Be", "unknown|unknown|unknown"],
  ];
}

function goRepresentableTable(): [string, string, string, string, string, string][] {
  return [
    ["int8", "integer", "INT:127", "127", "127", "ok|127"],
    ["int8", "integer", "INT:128", "128", "128", "overflows|cannot use 128 (untyped int constant) as int8 value in constant declaration (overflows)"],
    ["int8", "integer", "(neg INT:128)", "-128", "-128", "ok|-128"],
    ["int8", "integer", "(neg INT:129)", "-129", "-129", "overflows|cannot use -129 (untyped int constant) as int8 value in constant declaration (overflows)"],
    ["int8", "float", "FLOAT:1.5", "1.5", "3/2", "truncated|cannot use 1.5 (untyped float constant) as int8 value in constant declaration (truncated)"],
    ["int8", "float", "FLOAT:127.0", "127.0", "127", "ok|127"],
    ["int8", "float", "FLOAT:1e100", "1e100", "10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "truncated|cannot use 1e100 (untyped float constant 1e+100) as int8 value in constant declaration (truncated)"],
    ["int8", "integer", "CHAR:'a'", "'a'", "97", "ok|97"],
    ["int8", "other", "STRING:\"x\"", "\"x\"", "\"x\"", "invalid|cannot use \"x\" (untyped string constant) as int8 value in constant declaration"],
    ["int8", "complex", "IMAG:1i", "1i", "(0 + 1i)", "truncated|cannot use 1i (untyped complex constant (0 + 1i)) as int8 value in constant declaration (truncated)"],
    ["int8", "complex", "(+ INT:1 IMAG:0i)", "(1+0i)", "(1 + 0i)", "ok|1"],
    ["int8", "float", "FLOAT:128.0", "128.0", "128", "truncated|cannot use 128.0 (untyped float constant 128) as int8 value in constant declaration (truncated)"],
    ["uint8", "integer", "INT:255", "255", "255", "ok|255"],
    ["uint8", "integer", "INT:256", "256", "256", "overflows|cannot use 256 (untyped int constant) as uint8 value in constant declaration (overflows)"],
    ["uint8", "integer", "(neg INT:1)", "-1", "-1", "overflows|cannot use -1 (untyped int constant) as uint8 value in constant declaration (overflows)"],
    ["uint8", "float", "FLOAT:255.0", "255.0", "255", "ok|255"],
    ["uint8", "float", "(neg FLOAT:0.0)", "-0.0", "0", "ok|0"],
    ["byte", "integer", "INT:256", "256", "256", "overflows|cannot use 256 (untyped int constant) as byte value in constant declaration (overflows)"],
    ["byte", "integer", "INT:0x41", "0x41", "65", "ok|65"],
    ["int16", "integer", "INT:32767", "32767", "32767", "ok|32767"],
    ["int16", "integer", "INT:32768", "32768", "32768", "overflows|cannot use 32768 (untyped int constant) as int16 value in constant declaration (overflows)"],
    ["int16", "integer", "(neg INT:32769)", "-32769", "-32769", "overflows|cannot use -32769 (untyped int constant) as int16 value in constant declaration (overflows)"],
    ["uint16", "integer", "INT:65535", "65535", "65535", "ok|65535"],
    ["uint16", "integer", "INT:65536", "65536", "65536", "overflows|cannot use 65536 (untyped int constant) as uint16 value in constant declaration (overflows)"],
    ["int32", "integer", "INT:2147483647", "2147483647", "2147483647", "ok|2147483647"],
    ["int32", "integer", "INT:2147483648", "2147483648", "2147483648", "overflows|cannot use 2147483648 (untyped int constant) as int32 value in constant declaration (overflows)"],
    ["int32", "integer", "(neg INT:2147483648)", "-2147483648", "-2147483648", "ok|-2147483648"],
    ["int32", "integer", "(neg INT:2147483649)", "-2147483649", "-2147483649", "overflows|cannot use -2147483649 (untyped int constant) as int32 value in constant declaration (overflows)"],
    ["rune", "integer", "INT:0x10FFFF", "0x10FFFF", "1114111", "ok|1114111"],
    ["rune", "integer", "(<< INT:1 31)", "1<<31", "2147483648", "overflows|cannot use 1 << 31 (untyped int constant 2147483648) as rune value in constant declaration (overflows)"],
    ["uint32", "integer", "INT:4294967295", "4294967295", "4294967295", "ok|4294967295"],
    ["uint32", "integer", "INT:4294967296", "4294967296", "4294967296", "overflows|cannot use 4294967296 (untyped int constant) as uint32 value in constant declaration (overflows)"],
    ["int64", "integer", "(- (<< INT:1 63) INT:1)", "1<<63 - 1", "9223372036854775807", "ok|9223372036854775807"],
    ["int64", "integer", "(<< INT:1 63)", "1<<63", "9223372036854775808", "overflows|cannot use 1 << 63 (untyped int constant 9223372036854775808) as int64 value in constant declaration (overflows)"],
    ["int64", "integer", "(<< (neg INT:1) 63)", "-1<<63", "-9223372036854775808", "ok|-9223372036854775808"],
    ["int64", "integer", "(- (<< (neg INT:1) 63) INT:1)", "-1<<63 - 1", "-9223372036854775809", "overflows|cannot use -1 << 63 - 1 (untyped int constant -9223372036854775809) as int64 value in constant declaration (overflows)"],
    ["int", "integer", "(- (<< INT:1 63) INT:1)", "1<<63 - 1", "9223372036854775807", "ok|9223372036854775807"],
    ["int", "integer", "(<< INT:1 63)", "1<<63", "9223372036854775808", "overflows|cannot use 1 << 63 (untyped int constant 9223372036854775808) as int value in constant declaration (overflows)"],
    ["int", "integer", "INT:9007199254740993", "9007199254740993", "9007199254740993", "ok|9007199254740993"],
    ["int", "float", "FLOAT:1e18", "1e18", "1000000000000000000", "ok|1000000000000000000"],
    ["int", "float", "FLOAT:1e19", "1e19", "10000000000000000000", "truncated|cannot use 1e19 (untyped float constant 1e+19) as int value in constant declaration (truncated)"],
    ["uint64", "integer", "(- (<< INT:1 64) INT:1)", "1<<64 - 1", "18446744073709551615", "ok|18446744073709551615"],
    ["uint64", "integer", "(<< INT:1 64)", "1<<64", "18446744073709551616", "overflows|cannot use 1 << 64 (untyped int constant 18446744073709551616) as uint64 value in constant declaration (overflows)"],
    ["uint64", "integer", "(neg INT:1)", "-1", "-1", "overflows|cannot use -1 (untyped int constant) as uint64 value in constant declaration (overflows)"],
    ["uint64", "integer", "(<< INT:1 63)", "1<<63", "9223372036854775808", "ok|9223372036854775808"],
    ["uint", "integer", "(- (<< INT:1 64) INT:1)", "1<<64 - 1", "18446744073709551615", "ok|18446744073709551615"],
    ["uint", "integer", "(<< INT:1 64)", "1<<64", "18446744073709551616", "overflows|cannot use 1 << 64 (untyped int constant 18446744073709551616) as uint value in constant declaration (overflows)"],
    ["uint", "integer", "(neg INT:1)", "-1", "-1", "overflows|cannot use -1 (untyped int constant) as uint value in constant declaration (overflows)"],
    ["uintptr", "integer", "(- (<< INT:1 64) INT:1)", "1<<64 - 1", "18446744073709551615", "ok|18446744073709551615"],
    ["uintptr", "integer", "(neg INT:1)", "-1", "-1", "overflows|cannot use -1 (untyped int constant) as uintptr value in constant declaration (overflows)"],
    ["float32", "float", "FLOAT:0.1", "0.1", "1/10", "ok|13421773/134217728"],
    ["float32", "float", "FLOAT:1e40", "1e40", "10000000000000000000000000000000000000000", "overflows|cannot use 1e40 (untyped float constant 1e+40) as float32 value in constant declaration (overflows)"],
    ["float32", "float", "FLOAT:3.4028234663852886e38", "3.4028234663852886e38", "340282346638528860000000000000000000000", "ok|340282346638528859811704183484516925440"],
    ["float32", "float", "FLOAT:3.4028235677973366e38", "3.4028235677973366e38", "340282356779733660000000000000000000000", "ok|340282346638528859811704183484516925440"],
    ["float32", "float", "FLOAT:1e-50", "1e-50", "1/100000000000000000000000000000000000000000000000000", "ok|0"],
    ["float32", "float", "(neg FLOAT:1e40)", "-1e40", "-10000000000000000000000000000000000000000", "overflows|cannot use -1e40 (untyped float constant -1e+40) as float32 value in constant declaration (overflows)"],
    ["float32", "integer", "INT:1", "1", "1", "ok|1"],
    ["float32", "integer", "INT:16777217", "16777217", "16777217", "ok|16777216"],
    ["float32", "integer", "(<< INT:1 200)", "1<<200", "1606938044258990275541962092341162602522202993782792835301376", "overflows|cannot use 1 << 200 (untyped int constant 1606938044258990275541962092341162602522202993782792835301376) as float32 value in constant declaration (overflows)"],
    ["float32", "complex", "IMAG:1i", "1i", "(0 + 1i)", "overflows|cannot use 1i (untyped complex constant (0 + 1i)) as float32 value in constant declaration (overflows)"],
    ["float32", "complex", "(+ INT:2 IMAG:0i)", "(2+0i)", "(2 + 0i)", "ok|2"],
    ["float64", "float", "FLOAT:0.1", "0.1", "1/10", "ok|3602879701896397/36028797018963968"],
    ["float64", "float", "FLOAT:1e309", "1e309", "1000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "overflows|cannot use 1e309 (untyped float constant 1e+309) as float64 value in constant declaration (overflows)"],
    ["float64", "float", "FLOAT:1e308", "1e308", "100000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "ok|100000000000000001097906362944045541740492309677311846336810682903157585404911491537163328978494688899061249669721172515611590283743140088328307009198146046031271664502933027185697489699588559043338384466165001178426897626212945177628091195786707458122783970171784415105291802893207873272974885715430223118336"],
    ["float64", "float", "FLOAT:1e-400", "1e-400", "1/10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "ok|0"],
    ["float64", "float", "FLOAT:2.5", "2.5", "5/2", "ok|5/2"],
    ["float64", "other", "STRING:\"s\"", "\"s\"", "\"s\"", "invalid|cannot use \"s\" (untyped string constant) as float64 value in constant declaration"],
    ["float64", "float", "FLOAT:1e5000", "1e5000", "0x.c78820040d9443cf1647f794d877186661e259c03d11478721738640a451aba2200ffeaefaac52e8fcf82b4d9d0d238a8cf9db72407cfb4f87703844a2663acp+16610", "overflows|cannot use 1e5000 (untyped float constant 1e+5000) as float64 value in constant declaration (overflows)"],
    ["float64", "float", "(/ FLOAT:1.0 INT:3)", "1.0/3", "1/3", "ok|6004799503160661/18014398509481984"],
    ["complex64", "complex", "(+ INT:1 IMAG:0.1i)", "1+0.1i", "(1 + 1/10i)", "ok|(1 + 13421773/134217728i)"],
    ["complex64", "complex", "IMAG:1e40i", "1e40i", "(0 + 10000000000000000000000000000000000000000i)", "overflows|cannot use 1e40i (untyped complex constant (0 + 1e+40i)) as complex64 value in constant declaration (overflows)"],
    ["complex64", "float", "FLOAT:1.5", "1.5", "3/2", "ok|(3/2 + 0i)"],
    ["complex64", "integer", "INT:7", "7", "7", "ok|(7 + 0i)"],
    ["complex128", "complex", "(+ FLOAT:1e309 IMAG:1i)", "1e309 + 1i", "(1000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000 + 1i)", "overflows|cannot use 1e309 + 1i (untyped complex constant (1e+309 + 1i)) as complex128 value in constant declaration (overflows)"],
    ["complex128", "complex", "IMAG:0.1i", "0.1i", "(0 + 1/10i)", "ok|(0 + 3602879701896397/36028797018963968i)"],
    ["complex128", "other", "STRING:\"c\"", "\"c\"", "\"c\"", "invalid|cannot use \"c\" (untyped string constant) as complex128 value in constant declaration"],
    ["string", "other", "STRING:\"abc\"", "\"abc\"", "\"abc\"", "ok|\"abc\""],
    ["string", "integer", "INT:1", "1", "1", "invalid|cannot use 1 (untyped int constant) as string value in constant declaration"],
    ["string", "other", "true", "true", "true", "invalid|cannot use true (untyped bool constant) as string value in constant declaration"],
    ["bool", "other", "(== INT:1 INT:1)", "1 == 1", "true", "ok|true"],
    ["bool", "integer", "INT:0", "0", "0", "invalid|cannot use 0 (untyped int constant) as bool value in constant declaration"],
    ["untyped", "integer", "(<< INT:1 511)", "1<<511", "6703903964971298549787012499102923063739682910296196688861780721860882015036773488400937149083451713845015929093243025426876941405973284973216824503042048", ""],
    ["untyped", "integer", "(<< INT:1 512)", "1<<512", "ERR p.go:2:12: constant shift overflow", ""],
    ["untyped", "integer", "(* (<< INT:1 511) INT:2)", "1<<511 * 2", "ERR p.go:2:18: constant multiplication overflow", ""],
    ["untyped", "integer", "(- (<< (neg INT:1) 511) (<< INT:1 511))", "-1<<511 - 1<<511", "ERR p.go:2:19: constant subtraction overflow", ""],
    ["untyped", "integer", "(+ (* (<< (neg INT:1) 511) INT:2) INT:1)", "-1<<511 * 2 + 1", "ERR p.go:2:19: constant multiplication overflow", ""],
    ["untyped", "integer", "(+ (- (<< INT:1 511) INT:1) (<< INT:1 511))", "1<<511 - 1 + 1<<511", "13407807929942597099574024998205846127479365820592393377723561443721764030073546976801874298166903427690031858186486050853753882811946569946433649006084095", ""],
    ["untyped", "float", "(* FLOAT:1e1000 INT:10)", "1e1000 * 10", "100000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", ""],
  ];
}

function goFormatGTable(): [number, string, string][] {
  return [
    [1, "0000000000000000", "0"],
    [3, "0000000000000000", "0"],
    [6, "0000000000000000", "0"],
    [17, "0000000000000000", "0"],
    [1, "8000000000000000", "-0"],
    [3, "8000000000000000", "-0"],
    [6, "8000000000000000", "-0"],
    [17, "8000000000000000", "-0"],
    [1, "3ff0000000000000", "1"],
    [3, "3ff0000000000000", "1"],
    [6, "3ff0000000000000", "1"],
    [17, "3ff0000000000000", "1"],
    [1, "3fb999999999999a", "0.1"],
    [3, "3fb999999999999a", "0.1"],
    [6, "3fb999999999999a", "0.1"],
    [17, "3fb999999999999a", "0.10000000000000001"],
    [1, "40fe240800000000", "1e+05"],
    [3, "40fe240800000000", "1.23e+05"],
    [6, "40fe240800000000", "123456"],
    [17, "40fe240800000000", "123456.5"],
    [1, "412e847f00000000", "1e+06"],
    [3, "412e847f00000000", "1e+06"],
    [6, "412e847f00000000", "1e+06"],
    [17, "412e847f00000000", "999999.5"],
    [1, "444b1ae4d6e2ef50", "1e+21"],
    [3, "444b1ae4d6e2ef50", "1e+21"],
    [6, "444b1ae4d6e2ef50", "1e+21"],
    [17, "444b1ae4d6e2ef50", "1e+21"],
    [1, "3e7ad7f29abcaf48", "1e-07"],
    [3, "3e7ad7f29abcaf48", "1e-07"],
    [6, "3e7ad7f29abcaf48", "1e-07"],
    [17, "3e7ad7f29abcaf48", "9.9999999999999995e-08"],
    [1, "0000000000000001", "5e-324"],
    [3, "0000000000000001", "4.94e-324"],
    [6, "0000000000000001", "4.94066e-324"],
    [17, "0000000000000001", "4.9406564584124654e-324"],
    [1, "7fefffffffffffff", "2e+308"],
    [3, "7fefffffffffffff", "1.8e+308"],
    [6, "7fefffffffffffff", "1.79769e+308"],
    [17, "7fefffffffffffff", "1.7976931348623157e+308"],
    [1, "4004000000000000", "2"],
    [3, "4004000000000000", "2.5"],
    [6, "4004000000000000", "2.5"],
    [17, "4004000000000000", "2.5"],
    [1, "3fe0000000000000", "0.5"],
    [3, "3fe0000000000000", "0.5"],
    [6, "3fe0000000000000", "0.5"],
    [17, "3fe0000000000000", "0.5"],
    [1, "4132d68500000000", "1e+06"],
    [3, "4132d68500000000", "1.23e+06"],
    [6, "4132d68500000000", "1.23456e+06"],
    [17, "4132d68500000000", "1234565"],
    [1, "4059000000000000", "1e+02"],
    [3, "4059000000000000", "100"],
    [6, "4059000000000000", "100"],
    [17, "4059000000000000", "100"],
    [1, "412e848000000000", "1e+06"],
    [3, "412e848000000000", "1e+06"],
    [6, "412e848000000000", "1e+06"],
    [17, "412e848000000000", "1000000"],
    [1, "3ee4f8b588e368f1", "1e-05"],
    [3, "3ee4f8b588e368f1", "1e-05"],
    [6, "3ee4f8b588e368f1", "1e-05"],
    [17, "3ee4f8b588e368f1", "1.0000000000000001e-05"],
    [1, "3f1a36e2eb1c432d", "0.0001"],
    [3, "3f1a36e2eb1c432d", "0.0001"],
    [6, "3f1a36e2eb1c432d", "0.0001"],
    [17, "3f1a36e2eb1c432d", "0.0001"],
    [1, "405edd2f1a9fbe77", "1e+02"],
    [3, "405edd2f1a9fbe77", "123"],
    [6, "405edd2f1a9fbe77", "123.456"],
    [17, "405edd2f1a9fbe77", "123.456"],
    [1, "c045000000000000", "-4e+01"],
    [3, "c045000000000000", "-42"],
    [6, "c045000000000000", "-42"],
    [17, "c045000000000000", "-42"],
    [1, "4340000000000000", "9e+15"],
    [3, "4340000000000000", "9.01e+15"],
    [6, "4340000000000000", "9.0072e+15"],
    [17, "4340000000000000", "9007199254740992"],
    [1, "4008000000000000", "3"],
    [3, "4008000000000000", "3"],
    [6, "4008000000000000", "3"],
    [17, "4008000000000000", "3"],
    [15, "406817aa26000000", "192.739520072937"],
    [3, "417f294632000000", "3.27e+07"],
    [3, "4336afa819367400", "6.39e+15"],
    [2, "122657ce4dabb481", "3.1e-221"],
    [10, "41cb2e9970000000", "912077536"],
    [3, "43de735d2f05b298", "8.78e+18"],
    [1, "41b76d3474000000", "4e+08"],
    [1, "1ef7fd1ce12b2b8f", "2e-159"],
    [6, "41f0508e0c000000", "4.37944e+09"],
    [15, "4181e1d4eb333333", "37501597.4"],
    [6, "3a89c91b15c1d2df", "1.04147e-26"],
    [6, "4195ea4dda000000", "9.19192e+07"],
    [6, "41a6343d3acb6266", "1.86261e+08"],
    [2, "6215b8b8902a174f", "3.1e+164"],
    [10, "419380d34599999a", "81802449.4"],
    [1, "6c74a58a0452ef05", "3e+214"],
    [1, "7483ca6fed52a241", "2e+253"],
    [10, "411fe1b54dd2f1aa", "522349.326"],
    [6, "19681feea123f501", "2.77227e-186"],
    [1, "2a922a784fab6f3e", "1e-103"],
    [6, "3fc4455432873bc9", "0.158366"],
    [15, "3eeed5eb45ea0831", "1.470357e-05"],
    [17, "43552e4e563ba500", "23847554000000000"],
    [3, "186858ca82450164", "4.27e-191"],
    [10, "c194f8054a000000", "-87949650.5"],
    [6, "c1c02dcda5000000", "-5.42874e+08"],
    [1, "40f36c44cccccccd", "8e+04"],
    [2, "7f778b7464ef2ebe", "1e+306"],
    [15, "1b4b8f0d2577c1ec", "3.40042168096545e-177"],
    [6, "4e1f65aac5cefdd8", "2.11616e+68"],
    [2, "3f753adbe490e576", "0.0052"],
    [6, "517bb23d952e1b8b", "3.36279e+84"],
    [15, "2f93ff845e617f8e", "1.68659257107582e-79"],
    [3, "3deaaf73965768e0", "1.94e-10"],
    [3, "43216f9131c4c000", "2.45e+15"],
    [6, "68adbbf93a775505", "1.73646e+196"],
    [17, "43bd84b5e088e928", "2.1270249e+18"],
    [15, "31b0dcfcf33c1a7f", "2.44332866863588e-69"],
    [2, "c196a1ea34000000", "-9.5e+07"],
    [6, "7b3925d08329c05b", "3.73951e+285"],
    [6, "32204eedb45f51c3", "3.02455e-67"],
    [6, "408c1b3e2f000000", "899.405"],
    [3, "41bdab360b800000", "4.98e+08"],
    [2, "53a623088f32a1f2", "9.2e+94"],
    [6, "751d0341ead81dcd", "1.36133e+256"],
    [10, "408d0163886594b0", "928.1736"],
    [3, "c1c9eee3ef800000", "-8.7e+08"],
    [3, "493cd8f487efda6b", "6.43e+44"],
    [15, "720a5455236eba1f", "2.19456224960396e+241"],
    [17, "43de973d7d11ccfc", "8.8171926e+18"],
    [1, "c1c4d1f23f000000", "-7e+08"],
    [1, "c176283b5b333333", "-2e+07"],
    [15, "0994263ca2dcfd24", "1.59972416398357e-262"],
    [3, "28d1dcc84fa1d41f", "4.64e-112"],
    [17, "41ce1aebae000000", "1010161500"],
    [3, "73399e5c0b620dc6", "1.12e+247"],
    [2, "41517d9a9999999a", "4.6e+06"],
    [10, "41bbd9e6ce800000", "467265230.5"],
    [1, "41ee4507f4000000", "4e+09"],
    [1, "c105d808020c49ba", "-2e+05"],
    [2, "c1b8ab5d49000000", "-4.1e+08"],
    [6, "43d3620ad64ed2ec", "5.58676e+18"],
    [15, "58da1e83bc2b75cd", "1.05384835722871e+120"],
    [17, "41b7da75c5800000", "400192965.5"],
    [2, "40af3ca560418937", "4e+03"],
    [15, "c1ae22e2e9000000", "-252801396.5"],
    [6, "4234a10d7a680000", "8.86014e+10"],
    [3, "40e81d33020c49bb", "4.94e+04"],
    [6, "c1a0d66a55800000", "-1.41244e+08"],
    [6, "c0484c5d38000000", "-48.5966"],
    [6, "2013a352aa785c61", "3.66167e-154"],
    [6, "4195a2a6b3000000", "9.07453e+07"],
    [6, "75dce2cb95468325", "5.55165e+259"],
    [6, "3f8c3b6922720c54", "0.0137852"],
    [2, "43682edcbaa34200", "5.4e+16"],
    [2, "400db882a058d07b", "3.7"],
    [10, "c1886240fa000000", "-51136543.25"],
    [6, "3f374edf851d1a33", "0.000355653"],
    [6, "41ff3d231d400000", "8.38561e+09"],
    [1, "23998ecb080f73bb", "3e-137"],
    [6, "c14e3e4e1d70a3d7", "-3.96406e+06"],
    [3, "41a92f47d8000000", "2.11e+08"],
    [6, "c1c1a5c51a000000", "-5.92153e+08"],
    [1, "65ff17c624105a49", "2e+183"],
    [2, "41d70f9b89000000", "1.5e+09"],
    [2, "414f073f15c28f5c", "4.1e+06"],
    [6, "c0810b6279000000", "-545.423"],
    [15, "60a5828802c19aa9", "3.69152569620614e+157"],
    [6, "c1ab7cb401800000", "-2.30579e+08"],
    [17, "45148886588262d5", "6.2058091188593554e+24"],
    [10, "41a2984c70800000", "155985464.2"],
    [2, "408d59f25c3dee79", "9.4e+02"],
    [3, "412bfbaa51eb851f", "9.17e+05"],
    [10, "c1c133c422800000", "-577210437"],
    [15, "414ea3df5851eb85", "4016062.69"],
    [2, "1a39fa8ffb7a3b3b", "2.4e-182"],
    [2, "43a7e6ee0b57bf50", "8.6e+17"],
    [2, "31f2d02de665559b", "4.4e-68"],
    [6, "4125fe65e147ae15", "720691"],
    [17, "4109a3459999999a", "210024.70000000001"],
    [17, "2bc86da770dee693", "8.9348096836279052e-98"],
    [1, "c0785f2caa000000", "-4e+02"],
    [10, "083303eede17b009", "3.599386793e-269"],
    [6, "4280e26857390000", "2.32057e+12"],
    [15, "41acd277c0000000", "241777632"],
    [17, "7345c972843afa19", "1.9041535639673421e+247"],
    [15, "42013bfa55400000", "9252588200"],
    [6, "41ac986e55000000", "2.39876e+08"],
    [17, "417311d6b4cccccd", "19996011.300000001"],
    [6, "4167659dd999999a", "1.22667e+07"],
    [6, "41984b5ac5800000", "1.01898e+08"],
    [6, "4265471ec1d20000", "7.311e+11"],
    [17, "c12158d4526e978d", "-568426.16099999996"],
    [10, "4d781a5c014378ff", "1.586461641e+65"],
    [17, "05a03fd7f82aead1", "1.3987210255551394e-281"],
    [2, "42d099f97cdaf000", "7.3e+13"],
    [2, "419cd7771b000000", "1.2e+08"],
    [10, "41c25b7e2d000000", "615971930"],
    [3, "3f1bd28479211cb2", "0.000106"],
    [15, "68696a97e6a1096b", "9.27685807534662e+194"],
    [10, "c196d9de59800000", "-95844246.38"],
    [3, "4197883134666666", "9.87e+07"],
    [6, "3f0008bff9cbfa92", "3.05828e-05"],
    [6, "57f0bb320307784d", "4.12028e+115"],
    [15, "1f4aaefb5af806ef", "6.07344987593226e-158"],
    [2, "4a86bb67bb1bda5d", "1.1e+51"],
    [6, "40c058696872b021", "8368.82"],
    [10, "3f0ebc41d41cdaca", "5.8623084e-05"],
    [17, "41a70259ba000000", "193015005"],
    [6, "445a4491a19ddc1a", "1.93823e+21"],
    [6, "41a8ad9e8f000000", "2.07016e+08"],
    [3, "416012e68999999a", "8.43e+06"],
    [6, "720093c550a314ea", "1.38172e+241"],
    [2, "18e6c01bff941dcd", "1e-188"],
    [2, "10f71f193d45e04e", "6.1e-227"],
    [10, "37a76f8418d6084d", "1.34513801e-40"],
    [6, "419e9d5fef000000", "1.28408e+08"],
    [2, "41bc1a5534000000", "4.7e+08"],
    [6, "2dc56e28aeb0a94c", "3.36651e-88"],
    [6, "513c973a81744e12", "2.16962e+83"],
    [2, "418c29a8c8000000", "5.9e+07"],
    [17, "c1cc3f2fa1800000", "-947806019"],
    [3, "408c1fc85f800000", "900"],
    [3, "1a19dac71d6d2a93", "6.08e-183"],
    [2, "4360dfadab617e40", "3.8e+16"],
    [2, "c085328fc0000000", "-6.8e+02"],
    [15, "4184eabce8000000", "43866013"],
    [6, "c10d1f3266666666", "-238566"],
    [6, "c1ccf45f3b800000", "-9.71554e+08"],
    [6, "2e0653fa743621bb", "5.61205e-87"],
  ];
}

function goTextFromBytesTable(): [string, string][] {
  return [
    ["\"abc\"", "61 62 63"],
    ["\"\\xff\"", "fffd"],
    ["\"\\xe2\\x82\"", "fffd fffd"],
    ["\"\\xe2\\x82a\"", "fffd fffd 61"],
    ["\"\\xf0\\x9f\\x98\\x80\"", "1f600"],
    ["\"\\xf0\\x9f\\x98\"", "fffd fffd fffd"],
    ["\"\\xed\\xa0\\x80\"", "fffd fffd fffd"],
    ["\"\\xc0\\xaf\"", "fffd fffd"],
    ["\"é€😀\"", "e9 20ac 1f600"],
    ["\"a\\x80b\\xbf\"", "61 fffd 62 fffd"],
    ["\"\\xf4\\x8f\\xbf\\xbf\\xf4\\x90\\x80\\x80\"", "10ffff fffd fffd fffd fffd"],
    ["\"\\xe0\\x80\\x80\"", "fffd fffd fffd"],
    ["\"\"", ""],
  ];
}
