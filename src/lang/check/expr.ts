// Expressions (go/types expr.go, literals.go): operands of every expression
// kind, unary and binary operators, comparisons, shifts, the life of untyped
// constants (recorded untyped, finalized when their context is known),
// composite literals, function literals and type assertions.

import type * as ast from '../ast.js';
import { assignment } from './assignments.js';
import { callExpr } from './call.js';
import type { Checker } from './checker.js';
import { invalidConversion, overflow, representable, representation } from './const.js';
import * as constant from './constvalue.js';
import type { ConstValue } from './constvalue.js';
import { invalidOp } from './errors.js';
import { exprString, unparen } from './exprstring.js';
import { funcInst } from './call.js';
import { indexExpr, indexedElts, sliceExpr } from './index.js';
import { fieldIndex, missingMethodCause } from './lookup.js';
import { Mode, Operand } from './operand.js';
import {
  allBoolean, allInteger, allNumeric, allNumericOrString, allOrdered, allString, allUnsigned, comparable,
  comparableType, defaultType, hasNil, identical, isBoolean, isComplex, isGeneric, isInteger, isInterface,
  isNonTypeParamInterface, isNumeric, isPointer, isString, isTyped, isUntyped, isValid, maxType,
} from './predicates.js';
import { selector } from './call.js';
import { funcBody } from './stmt.js';
import { computeInterfaceTypeSet } from './typeset.js';
import { ident, typ, validVarType, varType } from './typexpr.js';
import {
  ArrayType, type Basic, BasicKind, ChanDir, Pointer, type Signature, type Type, Typ, coreType, invalidType, under,
} from './types.js';
import { implementsT } from './instantiate.js';

/** Target of an assignment (for reverse type inference of generic function values). */
export interface Target {
  sig: Signature;
  desc: string;
}

export function newTarget(t: Type | undefined, desc: string): Target | undefined {
  if (t) {
    const u = under(t);
    if (u.tag === 'Signature') return { sig: u, desc };
  }
  return undefined;
}

/** What an expression may be used as (go/types exprKind). */
export const enum ExprKind { Conversion, Expression, Statement }

// ---------------------------------------------------------------- operators

type Pred = (t: Type) => boolean;

const unaryPreds: Record<string, Pred> = {
  '+': allNumeric,
  '-': allNumeric,
  '^': allInteger,
  '!': allBoolean,
};

const binaryPreds: Record<string, Pred> = {
  '+': allNumericOrString,
  '-': allNumeric,
  '*': allNumeric,
  '/': allNumeric,
  '%': allInteger,
  '&': allInteger,
  '|': allInteger,
  '^': allInteger,
  '&^': allInteger,
  '&&': allBoolean,
  '||': allBoolean,
};

function opCheck(check: Checker, m: Record<string, Pred>, x: Operand, op: string): boolean {
  const pred = m[op];
  if (pred) {
    if (!pred(x.type)) {
      check.error(x, `${invalidOp}operator ${op} not defined on ${check.opString(x)}`);
      return false;
    }
    return true;
  }
  check.error(x, `invalid syntax tree: unknown operator ${op}`);
  return false;
}

/** Position of the operator if e is an operation, else e's start (go/types opPos). */
export function opPos(e: ast.Expr | undefined): number {
  if (!e) return -1;
  if (e.kind === 'BinaryExpr') return e.opPos;
  if (e.kind === 'UnaryExpr') return e.opPos;
  return e.pos;
}

/** Name of an operation that may overflow (go/types opName). */
export function opName(e: ast.Expr | undefined): string {
  if (!e) return '';
  if (e.kind === 'UnaryExpr') return e.op === '^' ? 'bitwise complement' : '';
  if (e.kind === 'BinaryExpr') {
    switch (e.op) {
      case '+': return 'addition';
      case '-': return 'subtraction';
      case '^': return 'bitwise XOR';
      case '*': return 'multiplication';
      case '<<': return 'shift';
    }
  }
  return '';
}

function unary(check: Checker, x: Operand, e: ast.UnaryExpr): void {
  expr(check, undefined, x, e.x);
  if (x.mode === Mode.Invalid) return;
  let op: string = e.op;
  switch (op) {
    case '&': {
      const inner = unparen(e.x);
      if (inner.kind !== 'CompositeLit' && x.mode !== Mode.Variable) {
        check.error(x, `${invalidOp}cannot take address of ${check.opString(x)}`);
        x.mode = Mode.Invalid;
        return;
      }
      x.mode = Mode.Value;
      x.type = new Pointer(x.type);
      return;
    }
    case '<-': {
      const u = coreType(x.type);
      if (u === undefined) {
        check.error(x, `${invalidOp}cannot receive from ${check.opString(x)} (no core type)`);
        x.mode = Mode.Invalid;
        return;
      }
      if (u.tag !== 'Chan') {
        check.error(x, `${invalidOp}cannot receive from non-channel ${check.opString(x)}`);
        x.mode = Mode.Invalid;
        return;
      }
      if (u.dir === ChanDir.SendOnly) {
        check.error(x, `${invalidOp}cannot receive from send-only channel ${check.opString(x)}`);
        x.mode = Mode.Invalid;
        return;
      }
      x.mode = Mode.CommaOk;
      x.type = u.elem;
      check.hasCallOrRecv = true;
      return;
    }
    case '~':
      if (!allInteger(x.type)) {
        check.error(e, 'cannot use ~ outside of interface or type constraint');
        x.mode = Mode.Invalid;
        return;
      }
      check.error(e, 'cannot use ~ outside of interface or type constraint (use ^ for bitwise complement)');
      op = '^';
      break;
  }
  if (!opCheck(check, unaryPreds, x, op)) {
    x.mode = Mode.Invalid;
    return;
  }
  if (x.mode === Mode.Constant) {
    if (constant.kindOf(x.val!) === constant.Kind.Unknown) return;
    let prec = 0;
    if (isUnsignedBasic(x.type)) prec = sizeofBasic(under(x.type) as Basic) * 8;
    x.val = constant.unaryOp(op as '+' | '-' | '^' | '!', x.val!, prec);
    x.expr = e;
    overflow(check, x, opPos(x.expr));
    return;
  }
  x.mode = Mode.Value;
}

function isUnsignedBasic(t: Type): boolean {
  const u = under(t);
  return u.tag === 'Basic' && (u.info & 4) !== 0;
}

/** gc sizes on 64-bit targets (types2 gcSizes). */
export function sizeofBasic(t: Basic): number {
  switch (t.kind) {
    case BasicKind.Bool: case BasicKind.Int8: case BasicKind.Uint8: return 1;
    case BasicKind.Int16: case BasicKind.Uint16: return 2;
    case BasicKind.Int32: case BasicKind.Uint32: case BasicKind.Float32: return 4;
    case BasicKind.Complex128: return 16;
    case BasicKind.String: return 16;
    default: return 8;
  }
}

function isShift(op: string): boolean {
  return op === '<<' || op === '>>';
}

export function isComparison(op: string): boolean {
  return op === '==' || op === '!=' || op === '<' || op === '<=' || op === '>' || op === '>=';
}

// ---------------------------------------------------------------- untyped expressions

/**
 * go/types updateExprType: sets the type of the untyped expression x (and its
 * untyped operands) to typ; once final, records it and checks representability.
 */
export function updateExprType(check: Checker, x: ast.Expr, t: Type, final: boolean): void {
  updateExprType0(check, undefined, x, t, final);
}

export function updateExprTypeFinal(check: Checker, x: ast.Expr, t: Type): void {
  updateExprType0(check, undefined, x, t, true);
}

function updateExprType0(check: Checker, parent: ast.Expr | undefined, x: ast.Expr, t: Type, final: boolean): void {
  const old = check.untyped.get(x);
  if (old === undefined) return;
  switch (x.kind) {
    case 'ParenExpr':
      updateExprType0(check, x, x.x, t, final);
      break;
    case 'UnaryExpr':
      if (old.val !== undefined) break;
      updateExprType0(check, x, x.x, t, final);
      break;
    case 'BinaryExpr':
      if (old.val !== undefined) break;
      if (isComparison(x.op)) {
        // result type is independent of operand types
      } else if (isShift(x.op)) {
        updateExprType0(check, x, x.x, t, final);
      } else {
        updateExprType0(check, x, x.x, t, final);
        updateExprType0(check, x, x.y, t, final);
      }
      break;
    default:
      break;
  }
  if (!final && isUntyped(t)) {
    old.type = under(t) as Basic;
    return;
  }
  check.untyped.delete(x);
  if (old.isLhs) {
    if (!allInteger(t)) {
      check.error(x, `${invalidOp}shifted operand ${exprString(x)} (type ${check.typeString(t)}) must be integer`);
      return;
    }
  }
  if (old.val !== undefined) {
    const c = new Operand();
    c.mode = old.mode;
    c.expr = x;
    c.type = old.type;
    c.val = old.val;
    convertUntyped(check, c, t);
    if (c.mode === Mode.Invalid) return;
  }
  check.recordTypeAndValue(x, old.mode, t, old.val);
  void parent;
}

function updateExprVal(check: Checker, x: ast.Expr, val: ConstValue): void {
  const info = check.untyped.get(x);
  if (info) info.val = val;
}

/** Result of implicitTypeAndValue: a type (undefined on failure) and error kind. */
export type ConvCode = 0 | 'truncated' | 'overflow' | 'invalid' | 'untyped';

/**
 * go/types implicitTypeAndValue: the type an untyped operand gets in a context
 * expecting `target` (and the converted constant value), or an error code.
 */
export function implicitTypeAndValue(check: Checker, x: Operand, target: Type): { type: Type | undefined; val: ConstValue | undefined; code: ConvCode } {
  if (x.mode === Mode.Invalid || isTyped(x.type) || !isValid(target)) return { type: x.type, val: undefined, code: 0 };
  if (isUntyped(target)) {
    const m = maxType(x.type, target);
    if (m) return { type: m, val: undefined, code: 0 };
    return { type: undefined, val: undefined, code: 'untyped' };
  }
  if (x.isNil()) {
    if (hasNil(target)) return { type: target, val: undefined, code: 0 };
    return { type: undefined, val: undefined, code: 'untyped' };
  }
  const u = under(target);
  switch (u.tag) {
    case 'Basic': {
      if (x.mode === Mode.Constant) {
        const r = representation(check, x, u);
        if (r.code !== 0) return { type: undefined, val: undefined, code: r.code };
        return { type: target, val: r.val, code: 0 };
      }
      const k = (x.type as Basic).kind;
      switch (k) {
        case BasicKind.UntypedBool:
          if (!isBoolean(target)) return { type: undefined, val: undefined, code: 'untyped' };
          break;
        case BasicKind.UntypedInt: case BasicKind.UntypedRune: case BasicKind.UntypedFloat: case BasicKind.UntypedComplex:
          if (!isNumeric(target)) return { type: undefined, val: undefined, code: 'untyped' };
          break;
        case BasicKind.UntypedString:
          if (!isString(target)) return { type: undefined, val: undefined, code: 'untyped' };
          break;
        default:
          return { type: undefined, val: undefined, code: 'untyped' };
      }
      break;
    }
    case 'Interface':
      if (target.tag === 'TypeParam') {
        const ok = computeInterfaceTypeSet(u).underIs((t) => {
          if (t === undefined) return false;
          const r = implicitTypeAndValue(check, x, t);
          return r.type !== undefined;
        });
        if (!ok) return { type: undefined, val: undefined, code: 'untyped' };
        break;
      }
      if (!isEmptyInterface(u)) return { type: undefined, val: undefined, code: 'untyped' };
      return { type: defaultType(x.type), val: undefined, code: 0 };
    default:
      return { type: undefined, val: undefined, code: 'untyped' };
  }
  return { type: target, val: undefined, code: 0 };
}

function isEmptyInterface(u: Type): boolean {
  return u.tag === 'Interface' && computeInterfaceTypeSet(u).isAll();
}

/** go/types convertUntyped: gives an untyped operand the target type (or reports why not). */
export function convertUntyped(check: Checker, x: Operand, target: Type): void {
  const r = implicitTypeAndValue(check, x, target);
  if (r.code !== 0) {
    let t = target;
    if (target.tag !== 'TypeParam') t = under(target);
    invalidConversion(check, r.code, x, t);
    x.mode = Mode.Invalid;
    return;
  }
  if (r.val !== undefined) {
    x.val = r.val;
    updateExprVal(check, x.expr!, r.val);
  }
  if (r.type !== x.type) {
    x.type = r.type!;
    updateExprType(check, x.expr!, r.type!, false);
  }
}

// ---------------------------------------------------------------- comparisons, shifts, binary ops

/** go/types comparison; switchCase reports `invalid case ...` instead. */
export function comparison(check: Checker, x: Operand, y: Operand, op: string, switchCase: boolean): void {
  if (!isValid(x.type) || !isValid(y.type)) {
    x.mode = Mode.Invalid;
    return;
  }
  if (switchCase) op = '==';
  let errOp = x;
  let cause = '';
  let ok = assignableTo(check, x, y.type, undefined);
  if (!ok) ok = assignableTo(check, y, x.type, undefined);
  error: {
    if (!ok) {
      errOp = y;
      cause = `mismatched types ${check.typeString(x.type)} and ${check.typeString(y.type)}`;
      break error;
    }
    switch (op) {
      case '==': case '!=':
        if (x.isNil() || y.isNil()) {
          const t = x.isNil() ? y.type : x.type;
          if (!hasNil(t)) {
            errOp = y;
            break error;
          }
        } else if (!comparable(x.type)) {
          errOp = x;
          cause = incomparableCause(check, x.type);
          break error;
        } else if (!comparable(y.type)) {
          errOp = y;
          cause = incomparableCause(check, y.type);
          break error;
        }
        break;
      case '<': case '<=': case '>': case '>=':
        if (!allOrdered(x.type)) {
          errOp = x;
          break error;
        }
        if (!allOrdered(y.type)) {
          errOp = y;
          break error;
        }
        break;
    }
    // comparison is ok
    if (x.mode === Mode.Constant && y.mode === Mode.Constant) {
      x.val = constant.makeBool(constant.compare(x.val!, op as constant.CompareOp, y.val!));
    } else {
      x.mode = Mode.Value;
      updateExprType(check, x.expr!, defaultType(x.type), true);
      updateExprType(check, y.expr!, defaultType(y.type), true);
    }
    x.type = Typ[BasicKind.UntypedBool];
    return;
  }
  if (cause === '') {
    if (x.type.tag === 'TypeParam' || y.type.tag === 'TypeParam') {
      if (x.type.tag !== 'TypeParam') errOp = y;
      cause = `type parameter ${check.typeString(errOp.type)} is not comparable with ${op}`;
    } else {
      cause = `operator ${op} not defined on ${kindString(check, errOp.type)}`;
    }
  }
  if (switchCase) {
    check.error(x, `invalid case ${exprString(x.expr!)} in switch on ${exprString(y.expr!)} (${cause})`);
  } else {
    check.error(errOp, `${invalidOp}${exprString(x.expr!)} ${op} ${exprString(y.expr!)} (${cause})`);
  }
  x.mode = Mode.Invalid;
}

function incomparableCause(check: Checker, t: Type): string {
  const u = under(t);
  if (u.tag === 'Slice' || u.tag === 'Signature' || u.tag === 'Map') return kindString(check, t) + ' can only be compared to nil';
  let cause = '';
  comparableType(t, true, undefined, (format, ty) => {
    cause = format.replace('%s', ty ? check.typeString(ty) : '');
  });
  return cause;
}

export function kindString(check: Checker, t: Type): string {
  const u = under(t);
  switch (u.tag) {
    case 'Array': return 'array';
    case 'Slice': return 'slice';
    case 'Struct': return 'struct';
    case 'Pointer': return 'pointer';
    case 'Signature': return 'func';
    case 'Interface':
      if (t.tag === 'TypeParam') return `type parameter ${check.typeString(t)}`;
      return 'interface';
    case 'Map': return 'map';
    case 'Chan': return 'chan';
    default: return check.typeString(t);
  }
}

function shift(check: Checker, x: Operand, y: Operand, e: ast.Expr | undefined, op: string): void {
  let xval: ConstValue | undefined;
  if (x.mode === Mode.Constant) xval = constant.toInt(x.val!);
  if (allInteger(x.type) || (isUntyped(x.type) && xval !== undefined && constant.kindOf(xval) === constant.Kind.Int)) {
    // ok
  } else {
    check.error(x, `${invalidOp}shifted operand ${check.opString(x)} must be integer`);
    x.mode = Mode.Invalid;
    return;
  }
  let yval: ConstValue | undefined;
  if (y.mode === Mode.Constant) {
    yval = constant.toInt(y.val!);
    if (constant.kindOf(yval) === constant.Kind.Int && constant.sign(yval) < 0) {
      check.error(y, `${invalidOp}negative shift count ${check.opString(y)}`);
      x.mode = Mode.Invalid;
      return;
    }
    if (isUntyped(y.type)) {
      representable(check, y, Typ[BasicKind.Uint]);
      if ((y.mode as Mode) === Mode.Invalid) {
        x.mode = Mode.Invalid;
        return;
      }
    }
  } else {
    if (allInteger(y.type)) {
      // signed shift counts are fine since go1.13
      void allUnsigned;
    } else if (isUntyped(y.type)) {
      convertUntyped(check, y, Typ[BasicKind.Uint]);
      if (y.mode === Mode.Invalid) {
        x.mode = Mode.Invalid;
        return;
      }
    } else {
      check.error(y, `${invalidOp}shift count ${check.opString(y)} must be integer`);
      x.mode = Mode.Invalid;
      return;
    }
  }
  if (x.mode === Mode.Constant) {
    if (y.mode === Mode.Constant) {
      if (constant.kindOf(x.val!) === constant.Kind.Unknown || constant.kindOf(y.val!) === constant.Kind.Unknown) {
        x.val = constant.makeUnknown();
        if (!isInteger(x.type)) x.type = Typ[BasicKind.UntypedInt];
        return;
      }
      const shiftBound = 1023 - 1 + 52;
      const s = constant.uint64Val(yval!);
      if (s === undefined || s > BigInt(shiftBound)) {
        check.error(y, `${invalidOp}invalid shift count ${check.opString(y)}`);
        x.mode = Mode.Invalid;
        return;
      }
      if (!isInteger(x.type)) x.type = Typ[BasicKind.UntypedInt];
      x.val = constant.shift(xval!, op as '<<' | '>>', Number(s));
      x.expr = e;
      overflow(check, x, opPos(x.expr));
      return;
    }
    if (isUntyped(x.type)) {
      const info = check.untyped.get(x.expr!);
      if (info) info.isLhs = true;
      x.mode = Mode.Value;
      return;
    }
  }
  if (!allInteger(x.type)) {
    check.error(x, `${invalidOp}shifted operand ${check.opString(x)} must be integer`);
    x.mode = Mode.Invalid;
    return;
  }
  x.mode = Mode.Value;
}

/**
 * go/types binary: e is the binary expression, or undefined for an assignment
 * operation `lhs op= rhs` (then the message spells `x op= y`).
 */
export function binary(check: Checker, x: Operand, e: ast.Expr | undefined, lhs: ast.Expr, rhs: ast.Expr, op: string): void {
  const y = new Operand();
  expr(check, undefined, x, lhs);
  expr(check, undefined, y, rhs);
  if (x.mode === Mode.Invalid) return;
  if (y.mode === Mode.Invalid) {
    x.mode = Mode.Invalid;
    x.expr = y.expr;
    return;
  }
  if (isShift(op)) {
    shift(check, x, y, e, op);
    return;
  }
  matchTypes(check, x, y);
  if ((x.mode as Mode) === Mode.Invalid) return;
  if (isComparison(op)) {
    comparison(check, x, y, op, false);
    return;
  }
  if (!identical(x.type, y.type)) {
    if (isValid(x.type) && isValid(y.type)) {
      if (e) {
        check.error(x, `${invalidOp}${exprString(e)} (mismatched types ${check.typeString(x.type)} and ${check.typeString(y.type)})`);
      } else {
        check.error(x, `${invalidOp}${exprString(lhs)} ${op}= ${exprString(rhs)} (mismatched types ${check.typeString(x.type)} and ${check.typeString(y.type)})`);
      }
    }
    x.mode = Mode.Invalid;
    return;
  }
  if (!opCheck(check, binaryPreds, x, op)) {
    x.mode = Mode.Invalid;
    return;
  }
  if (op === '/' || op === '%') {
    if ((x.mode === Mode.Constant || allInteger(x.type)) && y.mode === Mode.Constant && constant.sign(y.val!) === 0) {
      check.error(y, `${invalidOp}division by zero`);
      x.mode = Mode.Invalid;
      return;
    }
    if (x.mode === Mode.Constant && y.mode === Mode.Constant && isComplex(x.type)) {
      const re = constant.real(y.val!);
      const im = constant.imag(y.val!);
      const re2 = constant.binaryOp(re, '*', re);
      const im2 = constant.binaryOp(im, '*', im);
      if (constant.sign(re2) === 0 && constant.sign(im2) === 0) {
        check.error(y, `${invalidOp}division by zero`);
        x.mode = Mode.Invalid;
        return;
      }
    }
  }
  if (x.mode === Mode.Constant && y.mode === Mode.Constant) {
    if (constant.kindOf(x.val!) === constant.Kind.Unknown || constant.kindOf(y.val!) === constant.Kind.Unknown) {
      x.val = constant.makeUnknown();
      return;
    }
    let bop = op as constant.BinaryOp;
    if (op === '/' && isInteger(x.type)) bop = 'quo_int';
    x.val = constant.binaryOp(x.val!, bop, y.val!);
    x.expr = e;
    overflow(check, x, opPos(x.expr));
    return;
  }
  x.mode = Mode.Value;
}

/** go/types matchTypes: converts untyped operands to each other's types where possible. */
export function matchTypes(check: Checker, x: Operand, y: Operand): void {
  const mayConvert = (a: Operand, b: Operand): boolean => {
    if (isTyped(a.type) && isTyped(b.type)) return false;
    if (isNonTypeParamInterface(a.type) || isNonTypeParamInterface(b.type)) return true;
    if (allBoolean(a.type) !== allBoolean(b.type)) return false;
    if (allString(a.type) !== allString(b.type)) return false;
    if (a.isNil()) return hasNil(b.type);
    if (b.isNil()) return hasNil(a.type);
    if (isPointer(a.type) || isPointer(b.type)) return false;
    return true;
  };
  if (mayConvert(x, y)) {
    convertUntyped(check, x, y.type);
    if (x.mode === Mode.Invalid) return;
    convertUntyped(check, y, x.type);
    if (y.mode === Mode.Invalid) {
      x.mode = Mode.Invalid;
      return;
    }
  }
}

// ---------------------------------------------------------------- assignability (operand.go)

/**
 * go/types operand.assignableTo (spec "Assignability"); cause receives the
 * reason for interface mismatches (`T does not implement I (missing method M)`).
 */
export function assignableTo(check: Checker, x: Operand, T: Type, cause: { msg: string } | undefined): boolean {
  if (x.mode === Mode.Invalid || T === invalidType) return true;
  const V = x.type;
  if (identical(V, T)) return true;
  const Vu = under(V);
  const Tu = under(T);
  const Vp = V.tag === 'TypeParam' ? V : undefined;
  const Tp = T.tag === 'TypeParam' ? T : undefined;
  if (isUntyped(Vu)) {
    if (Tp) {
      return computeInterfaceTypeSet(Tp.iface()).is((t) => {
        if (t === undefined) return false;
        return implicitTypeAndValue(check, x, t.type!).type !== undefined;
      });
    }
    return implicitTypeAndValue(check, x, T).type !== undefined;
  }
  if (identical(Vu, Tu) && (!hasNameT(V) || !hasNameT(T)) && !Vp && !Tp) return true;
  if ((Tu.tag === 'Interface' && !Tp) || isInterfacePtr(Tu)) {
    const c = { msg: '' };
    if (!implementsT(check, V, T, false, c)) {
      if (cause) cause.msg = c.msg;
      return false;
    }
    return true;
  }
  if (Vu.tag === 'Interface' && !Vp) {
    if (implementsT(check, T, V, false, undefined)) {
      if (cause) cause.msg = 'need type assertion';
      return false;
    }
  }
  if (Vu.tag === 'Chan' && Vu.dir === ChanDir.SendRecv) {
    if (Tu.tag === 'Chan' && identical(Vu.elem, Tu.elem)) return !hasNameT(V) || !hasNameT(T);
  }
  if (!Vp && !Tp) return false;
  const errorf = (msg: string): void => {
    if (cause) {
      if (cause.msg !== '') msg += '\n\t' + cause.msg;
      cause.msg = msg;
    }
  };
  if (!hasNameT(V) && Tp) {
    let ok = false;
    computeInterfaceTypeSet(Tp.iface()).is((t) => {
      if (t === undefined) return false;
      ok = assignableTo(check, x, t.type!, cause);
      if (!ok) {
        errorf(`cannot assign ${check.typeString(x.type)} to ${check.typeString(t.type!)} (in ${check.typeString(Tp)})`);
        return false;
      }
      return true;
    });
    return ok;
  }
  if (Vp && !hasNameT(T)) {
    const xx = x.clone();
    let ok = false;
    computeInterfaceTypeSet(Vp.iface()).is((t) => {
      if (t === undefined) return false;
      xx.type = t.type!;
      ok = assignableTo(check, xx, T, cause);
      if (!ok) {
        errorf(`cannot assign ${check.typeString(t.type!)} (in ${check.typeString(Vp)}) to ${check.typeString(T)}`);
        return false;
      }
      return true;
    });
    return ok;
  }
  return false;
}

function hasNameT(t: Type): boolean {
  return t.tag === 'Basic' || t.tag === 'Named' || t.tag === 'TypeParam';
}

export function isInterfacePtr(t: Type): boolean {
  const u = under(t);
  return u.tag === 'Pointer' && isInterface(u.base);
}


// ---------------------------------------------------------------- expression entry points

/** go/types nonGeneric: generic types/functions must be instantiated in value contexts. */
function nonGeneric(check: Checker, T: Target | undefined, x: Operand): void {
  if (x.mode === Mode.Invalid || x.mode === Mode.NoValue) return;
  let what = '';
  const t = x.type;
  if (t.tag === 'Named') {
    if (isGeneric(t)) what = 'type';
  } else if (t.tag === 'Signature') {
    if (t.tparams) {
      if (T) {
        funcInst(check, T, x.pos(), x, undefined, true);
        return;
      }
      what = 'function';
    }
  }
  if (what !== '') {
    check.error(x.expr!, `cannot use generic ${what} ${exprString(x.expr!)} without instantiation`);
    x.mode = Mode.Invalid;
    x.type = invalidType;
  }
}

export function rawExpr(check: Checker, T: Target | undefined, x: Operand, e: ast.Expr, hint: Type | undefined, allowGeneric: boolean): ExprKind {
  const kind = exprInternal(check, T, x, e, hint);
  if (!allowGeneric) nonGeneric(check, T, x);
  check.record(x);
  return kind;
}

function exprInternal(check: Checker, T: Target | undefined, x: Operand, e: ast.Expr, hint: Type | undefined): ExprKind {
  x.reset();
  switch (e.kind) {
    case 'BadExpr':
      break;
    case 'Ident':
      ident(check, x, e, undefined, false);
      x.expr = e;
      return ExprKind.Expression;
    case 'Ellipsis':
      check.error(e, "invalid use of '...'");
      break;
    case 'BasicLit': {
      basicLit(check, x, e);
      if (x.mode === Mode.Invalid) break;
      x.expr = e;
      return ExprKind.Expression;
    }
    case 'FuncLit':
      funcLit(check, x, e);
      if (x.mode === Mode.Invalid) break;
      x.expr = e;
      return ExprKind.Expression;
    case 'CompositeLit':
      compositeLit(check, x, e, hint);
      if (x.mode === Mode.Invalid) break;
      x.expr = e;
      return ExprKind.Expression;
    case 'ParenExpr': {
      const kind = rawExpr(check, undefined, x, e.x, undefined, false);
      x.expr = e;
      return kind;
    }
    case 'SelectorExpr':
      selector(check, x, e, undefined, false);
      if (x.mode === Mode.Invalid) break;
      x.expr = e;
      return ExprKind.Expression;
    case 'IndexExpr':
      if (indexExpr(check, x, e)) {
        if (!T) funcInst(check, undefined, e.pos, x, e, true);
        else funcInst(check, T, e.pos, x, e, true);
      }
      if (x.mode === Mode.Invalid) break;
      x.expr = e;
      return ExprKind.Expression;
    case 'SliceExpr':
      sliceExpr(check, x, e);
      if (x.mode === Mode.Invalid) break;
      x.expr = e;
      return ExprKind.Expression;
    case 'TypeAssertExpr': {
      expr(check, undefined, x, e.x);
      if (x.mode === Mode.Invalid) break;
      if (x.type.tag === 'TypeParam') {
        check.error(x, `${invalidOp}cannot use type assertion on type parameter value ${check.opString(x)}`);
        break;
      }
      if (under(x.type).tag !== 'Interface') {
        check.error(x, `${invalidOp}${check.opString(x)} is not an interface`);
        break;
      }
      if (e.type === undefined) {
        check.error(e, 'invalid syntax tree: use of .(type) outside type switch');
        break;
      }
      const t = varType(check, e.type);
      if (t === invalidType) break;
      typeAssertion(check, e, x, t, false);
      x.mode = Mode.CommaOk;
      x.type = t;
      x.expr = e;
      return ExprKind.Expression;
    }
    case 'CallExpr':
      return callExpr(check, x, e);
    case 'StarExpr': {
      exprOrType(check, x, e.x, false);
      switch (x.mode) {
        case Mode.Invalid:
          x.expr = e;
          return ExprKind.Statement;
        case Mode.TypExpr:
          validVarType(check, e.x, x.type);
          x.type = new Pointer(x.type);
          break;
        default: {
          let base: Type | undefined;
          const ok = underIs(x.type, (u) => {
            if (u === undefined || u.tag !== 'Pointer') {
              check.error(x, `${invalidOp}cannot indirect ${check.opString(x)}`);
              return false;
            }
            if (base !== undefined && !identical(u.base, base)) {
              check.error(x, `${invalidOp}pointers of ${check.opString(x)} must have identical base types`);
              return false;
            }
            base = u.base;
            return true;
          });
          if (!ok) {
            x.mode = Mode.Invalid;
            x.expr = e;
            return ExprKind.Statement;
          }
          x.mode = Mode.Variable;
          x.type = base!;
        }
      }
      x.expr = e;
      return ExprKind.Expression;
    }
    case 'UnaryExpr':
      unary(check, x, e);
      if (x.mode === Mode.Invalid) break;
      x.expr = e;
      if (e.op === '<-') return ExprKind.Statement;
      return ExprKind.Expression;
    case 'BinaryExpr':
      binary(check, x, e, e.x, e.y, e.op);
      if (x.mode === Mode.Invalid) break;
      x.expr = e;
      return ExprKind.Expression;
    case 'KeyValueExpr':
      check.error(e, 'invalid syntax tree: no key:value expected');
      break;
    case 'ArrayType': case 'StructType': case 'FuncType': case 'InterfaceType': case 'MapType': case 'ChanType':
      x.mode = Mode.TypExpr;
      x.type = typ(check, e);
      x.expr = e;
      return ExprKind.Expression;
  }
  x.mode = Mode.Invalid;
  x.expr = e;
  return ExprKind.Statement;
}

/** go/types underIs: f(under(t)), or f over the type set of a type parameter. */
export function underIs(t: Type, f: (u: Type | undefined) => boolean): boolean {
  if (t.tag === 'TypeParam') return computeInterfaceTypeSet(t.iface()).underIs(f);
  return f(under(t));
}

function basicLit(check: Checker, x: Operand, e: ast.BasicLit): void {
  if (check.badLiterals && check.badLiterals.has(e)) {
    x.mode = Mode.Invalid;
    return;
  }
  if (e.litKind === 'INT' || e.litKind === 'FLOAT' || e.litKind === 'IMAG') {
    if (e.value.length > 10000) {
      check.error(e, `excessively long constant: ${e.value.slice(0, 10)}... (${e.value.length} chars)`);
      x.mode = Mode.Invalid;
      return;
    }
  }
  let kind: BasicKind;
  switch (e.litKind) {
    case 'INT': kind = BasicKind.UntypedInt; break;
    case 'FLOAT': kind = BasicKind.UntypedFloat; break;
    case 'IMAG': kind = BasicKind.UntypedComplex; break;
    case 'CHAR': kind = BasicKind.UntypedRune; break;
    default: kind = BasicKind.UntypedString;
  }
  const val = constant.makeFromLiteral(e.value, e.litKind);
  if (constant.kindOf(val) === constant.Kind.Unknown) {
    check.error(e, `malformed constant: ${e.value}`);
    x.mode = Mode.Invalid;
    return;
  }
  x.mode = Mode.Constant;
  x.type = Typ[kind];
  x.val = val;
  x.expr = e;
  overflow(check, x, opPos(e));
}

function funcLit(check: Checker, x: Operand, e: ast.FuncLit): void {
  const t = typ(check, e.type);
  if (t.tag !== 'Signature') {
    check.error(e, `invalid syntax tree: invalid function literal ${exprString(e)}`);
    x.mode = Mode.Invalid;
    return;
  }
  const sig = t;
  if (sig.scope) {
    sig.scope.pos = e.pos;
    sig.scope.end = e.end;
  }
  const decl = check.decl;
  const iota = check.iota;
  const file = check.file;
  check.later(() => {
    funcBody(check, decl, '<function literal>', sig, e.body, iota, file);
  });
  x.mode = Mode.Value;
  x.type = sig;
}

function compositeLit(check: Checker, x: Operand, e: ast.CompositeLit, hint: Type | undefined): void {
  let t: Type;
  let base: Type;
  if (e.type) {
    const at = e.type;
    if (at.kind === 'ArrayType' && at.len && at.len.kind === 'Ellipsis' && at.len.elt === undefined) {
      t = new ArrayType(-1, varType(check, at.elt));
      base = t;
    } else {
      t = typ(check, e.type);
      base = t;
    }
  } else if (hint) {
    t = hint;
    base = t;
    const u = coreType(base);
    if (u && u.tag === 'Pointer') base = u.base;
    else if (u === undefined) {
      check.error(e, `invalid composite literal element type ${check.typeString(t)} (no core type)`);
      x.mode = Mode.Invalid;
      return;
    }
  } else {
    check.error(e, 'missing type in composite literal');
    t = invalidType;
    base = t;
  }
  const utyp = coreType(base);
  switch (utyp ? utyp.tag : undefined) {
    case 'Struct': {
      const st = utyp as import('./types.js').Struct;
      if (e.elts.length === 0) break;
      const fields = st.fields;
      if (e.elts[0].kind === 'KeyValueExpr') {
        const visited = new Array<boolean>(fields.length).fill(false);
        for (const el of e.elts) {
          if (el.kind !== 'KeyValueExpr') {
            check.error(el, 'mixture of field:value and value elements in struct literal');
            continue;
          }
          const kv = el;
          const key = kv.key.kind === 'Ident' ? kv.key : undefined;
          expr(check, undefined, x, kv.value);
          if (!key) {
            check.error(kv, `invalid field name ${exprString(kv.key)} in struct literal`);
            continue;
          }
          const i = fieldIndex(fields, check.pkg, key.name, false);
          if (i < 0) {
            let alt: import('./objects.js').Var | undefined;
            const j = fieldIndex(fields, check.pkg, key.name, true);
            if (j >= 0) alt = fields[j];
            void alt;
            check.error(kv.key, `unknown field ${key.name} in struct literal of type ${check.typeString(base)}`);
            continue;
          }
          const fld = fields[i];
          check.recordUse(key, fld);
          assignment(check, x, fld.type!, 'struct literal');
          if (visited[i]) {
            check.error(kv, `duplicate field name ${key.name} in struct literal`);
            continue;
          }
          visited[i] = true;
        }
      } else {
        for (let i = 0; i < e.elts.length; i++) {
          const el = e.elts[i];
          if (el.kind === 'KeyValueExpr') {
            check.error(el, 'mixture of field:value and value elements in struct literal');
            continue;
          }
          expr(check, undefined, x, el);
          if (i >= fields.length) {
            check.error(x, `too many values in struct literal of type ${check.typeString(base)}`);
            break;
          }
          const fld = fields[i];
          if (!fld.exported() && fld.pkg !== check.pkg) {
            check.error(x, `implicit assignment to unexported field ${fld.name} in struct literal of type ${check.typeString(base)}`);
            continue;
          }
          assignment(check, x, fld.type!, 'struct literal');
        }
        if (e.elts.length < fields.length) {
          check.error(e.rbrace, `too few values in struct literal of type ${check.typeString(base)}`);
        }
      }
      break;
    }
    case 'Array': {
      const at = utyp as ArrayType;
      const n = indexedElts(check, e.elts, at.elem, at.len);
      if (at.len < 0) {
        (at as { len: number }).len = n;
        if (e.type) check.recordTypeAndValue(e.type, Mode.TypExpr, at, undefined);
      }
      break;
    }
    case 'Slice':
      indexedElts(check, e.elts, (utyp as import('./types.js').Slice).elem, -1);
      break;
    case 'Map': {
      const mt = utyp as import('./types.js').MapType;
      const keyIsInterface = isNonTypeParamInterface(mt.key);
      const visited = new Map<string, Type[]>();
      for (const el of e.elts) {
        if (el.kind !== 'KeyValueExpr') {
          check.error(el, 'missing key in map literal');
          continue;
        }
        exprWithHint(check, x, el.key, mt.key);
        assignment(check, x, mt.key, 'map literal');
        if (x.mode === Mode.Invalid) continue;
        if (x.mode === Mode.Constant) {
          let duplicate = false;
          const xkey = constant.keyString(x.val!);
          if (keyIsInterface) {
            const list = visited.get(xkey) ?? [];
            for (const vt of list) if (identical(vt, x.type)) { duplicate = true; break; }
            list.push(x.type);
            visited.set(xkey, list);
          } else {
            duplicate = visited.has(xkey);
            visited.set(xkey, []);
          }
          if (duplicate) {
            check.error(x, `duplicate key ${constant.toMessageString(x.val!)} in map literal`);
            continue;
          }
        }
        exprWithHint(check, x, el.value, mt.elem);
        assignment(check, x, mt.elem, 'map literal');
      }
      break;
    }
    default: {
      for (let el of e.elts) {
        if (el.kind === 'KeyValueExpr') el = el.value;
        use(check, el);
      }
      if (utyp === undefined || isValid(utyp)) {
        const qualifier = !e.type && hint ? ' element' : '';
        const cause = utyp === undefined ? ' (no core type)' : '';
        check.error(e, `invalid composite literal${qualifier} type ${check.typeString(t)}${cause}`);
        x.mode = Mode.Invalid;
        return;
      }
      // an invalid underlying type was reported before; the literal is still a value of type t
      break;
    }
  }
  x.mode = Mode.Value;
  x.type = t;
}

/** go/types typeAssertion: reports impossible assertions / type switch cases. */
export function typeAssertion(check: Checker, e: ast.Expr, x: Operand, T: Type, typeSwitch: boolean): void {
  const cause = { msg: '' };
  if (assertableTo(check, x.type, T, cause)) return;
  if (typeSwitch) {
    check.error(e, `impossible type switch case: ${exprString(e)}\n\t${check.opString(x)} cannot have dynamic type ${check.typeString(T)} ${cause.msg}`);
    return;
  }
  check.error(e, `impossible type assertion: ${exprString(e)}\n\t${check.typeString(T)} does not implement ${check.typeString(x.type)} ${cause.msg}`);
}

function assertableTo(check: Checker, V: Type, T: Type, cause: { msg: string }): boolean {
  if (isInterface(T)) return true;
  return missingMethodCause(check, T, V, false, cause) === undefined;
}

// expression flavours

export function expr(check: Checker, T: Target | undefined, x: Operand, e: ast.Expr): void {
  rawExpr(check, T, x, e, undefined, false);
  exclude(check, x, (1 << Mode.NoValue) | (1 << Mode.Builtin) | (1 << Mode.TypExpr));
  singleValue(check, x);
}

/** rawExpr allowing uninstantiated generic functions (call arguments). */
export function genericExprAllowed(check: Checker, x: Operand, e: ast.Expr): void {
  rawExpr(check, undefined, x, e, undefined, true);
}

export function genericExpr(check: Checker, x: Operand, e: ast.Expr): void {
  rawExpr(check, undefined, x, e, undefined, true);
  exclude(check, x, (1 << Mode.NoValue) | (1 << Mode.Builtin) | (1 << Mode.TypExpr));
  singleValue(check, x);
}

/** Like expr, but a multi-value call result stays a Tuple. */
export function multiExprOne(check: Checker, x: Operand, e: ast.Expr): void {
  rawExpr(check, undefined, x, e, undefined, false);
  exclude(check, x, (1 << Mode.NoValue) | (1 << Mode.Builtin) | (1 << Mode.TypExpr));
}

export function exprWithHint(check: Checker, x: Operand, e: ast.Expr, hint: Type): void {
  rawExpr(check, undefined, x, e, hint, false);
  exclude(check, x, (1 << Mode.NoValue) | (1 << Mode.Builtin) | (1 << Mode.TypExpr));
  singleValue(check, x);
}

export function exprOrType(check: Checker, x: Operand, e: ast.Expr, allowGeneric: boolean): void {
  rawExpr(check, undefined, x, e, undefined, allowGeneric);
  exclude(check, x, 1 << Mode.NoValue);
  singleValue(check, x);
}

export function exclude(check: Checker, x: Operand, modeset: number): void {
  if ((modeset & (1 << x.mode)) !== 0) {
    let msg: string;
    switch (x.mode) {
      case Mode.NoValue:
        msg = (modeset & (1 << Mode.TypExpr)) !== 0 ? 'used as value' : 'used as value or type';
        break;
      case Mode.Builtin:
        msg = 'must be called';
        break;
      default:
        msg = 'is not an expression';
    }
    check.error(x, `${check.opString(x)} ${msg}`);
    x.mode = Mode.Invalid;
  }
}

export function singleValue(check: Checker, x: Operand): void {
  if (x.mode === Mode.Value && x.type.tag === 'Tuple') {
    check.error(x, `multiple-value ${check.opString(x)} in single-value context`);
    x.mode = Mode.Invalid;
  }
}

/**
 * go/types use: evaluates expressions only for their side effects on used
 * variables etc. (after another error); returns false if any was invalid.
 */
export function use(check: Checker, ...args: ast.Expr[]): boolean {
  return useN(check, args, false);
}

export function useLHS(check: Checker, ...args: ast.Expr[]): boolean {
  return useN(check, args, true);
}

function useN(check: Checker, args: ast.Expr[], lhs: boolean): boolean {
  let ok = true;
  for (const e of args) if (!use1(check, e, lhs)) ok = false;
  return ok;
}

function use1(check: Checker, e: ast.Expr, lhs: boolean): boolean {
  const x = new Operand();
  const n = unparen(e);
  if (n.kind === 'Ident') {
    if (n.name === '_') return true;
    let v: import('./objects.js').Var | undefined;
    let vUsed = false;
    if (lhs) {
      const obj = check.lookup(n.name);
      if (obj && obj.kind === 'var' && obj.pkg === check.pkg) {
        v = obj;
        vUsed = v.used;
      }
    }
    exprOrType(check, x, n, true);
    if (v) v.used = vUsed;
  } else if (n.kind === 'KeyValueExpr') {
    return use1(check, n.key, lhs) && use1(check, n.value, lhs);
  } else {
    rawExpr(check, undefined, x, n, undefined, true);
  }
  return x.mode !== Mode.Invalid;
}

