// The checker's view of exact constants: a thin adapter over ../constant.ts
// (the go/constant counterpart) with the few helpers go/types builds on top of
// it (int64/uint64 accessors that report inexactness as undefined, map-key and
// switch-case identities, string byte lengths).

import * as c from '../constant.js';

export type ConstValue = c.Value;

export const Kind = {
  Unknown: 'unknown',
  Bool: 'bool',
  String: 'string',
  Int: 'int',
  Float: 'float',
  Complex: 'complex',
} as const;

export type CompareOp = c.ComparisonOperator;
/** Binary operators; 'quo_int' is integer division (go/constant token.QUO_ASSIGN). */
export type BinaryOp = '+' | '-' | '*' | '/' | 'quo_int' | '%' | '&' | '|' | '^' | '&^' | '&&' | '||';

export const kindOf = c.kindOf;
export const makeUnknown = c.makeUnknown;
export const makeBool = c.makeBool;
export const makeInt64 = c.makeInt64;
export const makeFloat64 = c.makeFloat64;
export const makeImag = c.makeImag;
export const makeStringFromText = c.makeStringFromText;
export const sign = c.sign;
export const real = c.real;
export const imag = c.imag;
export const toInt = c.toInt;
export const toFloat = c.toFloat;
export const toComplex = c.toComplex;
export const bitLen = c.bitLen;
export const bigIntVal = c.bigIntVal;
export const boolVal = c.boolVal;
export const roundFloat32 = c.roundFloat32;
export const roundFloat64 = c.roundFloat64;
export const exactString = c.exactString;

export function makeFromLiteral(lit: string, kind: c.LiteralToken): ConstValue {
  return c.makeFromLiteral(lit, kind);
}

/** The value as an int64 if exact, else undefined. */
export function int64Val(v: ConstValue): bigint | undefined {
  if (v.kind !== 'int') return undefined;
  const [n, exact] = c.int64Val(v);
  return exact ? n : undefined;
}

/** The value as a uint64 if exact, else undefined. */
export function uint64Val(v: ConstValue): bigint | undefined {
  if (v.kind !== 'int') return undefined;
  const [n, exact] = c.uint64Val(v);
  return exact ? n : undefined;
}

export function unaryOp(op: c.UnaryOperator, v: ConstValue, prec: number): ConstValue {
  return c.unaryOp(op, v, prec);
}

export function binaryOp(x: ConstValue, op: BinaryOp, y: ConstValue): ConstValue {
  return c.binaryOp(x, op === 'quo_int' ? 'div' : op, y);
}

export function shift(x: ConstValue, op: c.ShiftOperator, s: number): ConstValue {
  return c.shift(x, op, s);
}

export function compare(x: ConstValue, op: CompareOp, y: ConstValue): boolean {
  return c.compare(x, op, y);
}

/** go/constant String: the short form used in messages. */
export function toMessageString(v: ConstValue): string {
  return c.valueString(v);
}

/** Length in bytes of a string constant. */
export function stringByteLen(v: ConstValue): number {
  return c.stringVal(v).length;
}

/**
 * A key identifying the Go value of a constant as go/types keyVal does for map
 * literal keys: complex with zero imaginary part and integral floats collapse
 * to the simpler kind.
 */
export function keyString(v: ConstValue): string {
  let x = v;
  if (x.kind === 'complex') {
    const f = c.toFloat(x);
    if (f.kind !== 'float') {
      return `c:${c.float64Val(c.real(x))[0]},${c.float64Val(c.imag(x))[0]}`;
    }
    x = f;
  }
  if (x.kind === 'float') {
    const i = c.toInt(x);
    if (i.kind !== 'int') return `f:${c.float64Val(x)[0]}`;
    x = i;
  }
  switch (x.kind) {
    case 'int': return `i:${c.exactString(x)}`;
    case 'string': return `s:${c.stringVal(x)}`;
    case 'bool': return `b:${c.boolVal(x)}`;
  }
  return `?:${c.exactString(x)}`;
}
