// Constant representability and overflow (go/types const.go): typed constants
// must fit their type after every operation (spec "Representability"), untyped
// integer constants are capped at 512 bits, and conversion failures are worded
// as gc does: `300 (untyped int constant) overflows byte`, `... truncated to int`.

import type { Checker } from './checker.js';
import * as constant from './constvalue.js';
import type { ConstValue } from './constvalue.js';
import type { ConvCode } from './expr.js';
import { opName } from './expr.js';
import { Mode, type Operand } from './operand.js';
import { isInteger, isNumeric, isTyped } from './predicates.js';
import { type Basic, BasicKind, IsBoolean, IsComplex, IsFloat, IsInteger, IsString, type Type, under } from './types.js';

/** go/types overflow: checks a constant operand after an operation (error at opPos). */
export function overflow(check: Checker, x: Operand, opPos: number): void {
  if (constant.kindOf(x.val!) === constant.Kind.Unknown) {
    check.error(opPos, 'constant result is not representable');
    return;
  }
  if (isTyped(x.type)) {
    representable(check, x, under(x.type) as Basic);
    return;
  }
  const prec = 512;
  if (constant.kindOf(x.val!) === constant.Kind.Int && constant.bitLen(x.val!) > prec) {
    let op = opName(x.expr);
    if (op !== '') op += ' ';
    check.error(opPos, `constant ${op}overflow`);
    x.val = constant.makeUnknown();
  }
}

function intFits(kind: BasicKind, x: bigint): boolean {
  switch (kind) {
    case BasicKind.Int: case BasicKind.Int64: return x >= -(1n << 63n) && x <= (1n << 63n) - 1n;
    case BasicKind.Int8: return x >= -128n && x <= 127n;
    case BasicKind.Int16: return x >= -32768n && x <= 32767n;
    case BasicKind.Int32: return x >= -(1n << 31n) && x <= (1n << 31n) - 1n;
    case BasicKind.UntypedInt: case BasicKind.UntypedRune: return true;
    case BasicKind.Uint: case BasicKind.Uintptr: case BasicKind.Uint64: return x >= 0n && x <= (1n << 64n) - 1n;
    case BasicKind.Uint8: return x >= 0n && x <= 255n;
    case BasicKind.Uint16: return x >= 0n && x <= 65535n;
    case BasicKind.Uint32: return x >= 0n && x <= (1n << 32n) - 1n;
  }
  return false;
}

/**
 * go/types representableConst: whether x is representable in typ; `rounded`
 * receives the value as it is represented (integer, or float rounded to the type).
 */
export function representableConst(x: ConstValue, typ: Basic, rounded: { val: ConstValue } | undefined): boolean {
  const k = constant.kindOf(x);
  if (k === constant.Kind.Unknown) return true;
  const info = typ.info;
  if (info & IsInteger) {
    const xi = constant.toInt(x);
    if (constant.kindOf(xi) !== constant.Kind.Int) return false;
    if (rounded) rounded.val = xi;
    return intFits(typ.kind, constant.bigIntVal(xi));
  }
  if (info & IsFloat) {
    const xf = constant.toFloat(x);
    if (constant.kindOf(xf) !== constant.Kind.Float) return false;
    switch (typ.kind) {
      case BasicKind.Float32: {
        const r = constant.roundFloat32(xf);
        if (r === undefined) return false;
        if (rounded) rounded.val = r;
        return true;
      }
      case BasicKind.Float64: {
        const r = constant.roundFloat64(xf);
        if (r === undefined) return false;
        if (rounded) rounded.val = r;
        return true;
      }
      default:
        return true;
    }
  }
  if (info & IsComplex) {
    const xc = constant.toComplex(x);
    if (constant.kindOf(xc) !== constant.Kind.Complex) return false;
    const round = typ.kind === BasicKind.Complex64 ? constant.roundFloat32 : typ.kind === BasicKind.Complex128 ? constant.roundFloat64 : undefined;
    if (!round) return true;
    const re = round(constant.real(xc));
    const im = round(constant.imag(xc));
    if (re === undefined || im === undefined) return false;
    if (rounded) rounded.val = constant.binaryOp(re, '+', constant.makeImag(im));
    return true;
  }
  if (info & IsString) return k === constant.Kind.String;
  if (info & IsBoolean) return k === constant.Kind.Bool;
  return false;
}

/** The representation of constant x as typ, or the reason it has none. */
export function representation(check: Checker, x: Operand, typ: Basic): { val: ConstValue | undefined; code: ConvCode } {
  void check;
  const r = { val: x.val! };
  if (!representableConst(x.val!, typ, r)) {
    if (isNumeric(x.type) && isNumeric(typ)) {
      if (!isInteger(x.type) && isInteger(typ)) return { val: undefined, code: 'truncated' };
      return { val: undefined, code: 'overflow' };
    }
    return { val: undefined, code: 'invalid' };
  }
  return { val: r.val, code: 0 };
}

/** Checks that constant x is representable as typ, replacing its value by the representation. */
export function representable(check: Checker, x: Operand, typ: Basic): void {
  const r = representation(check, x, typ);
  if (r.code !== 0) {
    invalidConversion(check, r.code, x, typ);
    x.mode = Mode.Invalid;
    return;
  }
  x.val = r.val;
}

export function invalidConversion(check: Checker, code: ConvCode, x: Operand, target: Type): void {
  switch (code) {
    case 'truncated':
      check.error(x, `${check.opString(x)} truncated to ${check.typeString(target)}`);
      return;
    case 'overflow':
      check.error(x, `${check.opString(x)} overflows ${check.typeString(target)}`);
      return;
    default:
      check.error(x, `cannot convert ${check.opString(x)} to type ${check.typeString(target)}`);
  }
}
