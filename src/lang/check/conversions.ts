// Conversions T(x) (go/types conversions.go, spec "Conversions"): constant
// conversions must be representable (`constant 300 overflows byte`, go1.22),
// integer-to-string conversions yield the rune's UTF-8 string, and the
// non-constant rules for identical underlying types, numeric types, strings
// and byte/rune slices, slices to arrays, and type parameters.

import type { Checker } from './checker.js';
import { representableConst } from './const.js';
import * as constant from './constvalue.js';
import { assignableTo, updateExprType } from './expr.js';
import { Mode, type Operand } from './operand.js';
import {
  allString, defaultType, identical, identicalIgnoreTags, isComplex, isConstType, isInteger, isIntegerOrFloat,
  isNonTypeParamInterface, isPointer, isString, isUntyped,
} from './predicates.js';
import { computeInterfaceTypeSet } from './typeset.js';
import { type Basic, BasicKind, type Type, Typ, under } from './types.js';

function isBytesOrRunes(t: Type): boolean {
  if (t.tag !== 'Slice') return false;
  const e = under(t.elem);
  return e.tag === 'Basic' && (e.kind === BasicKind.Uint8 || e.kind === BasicKind.Int32);
}

function isUintptr(t: Type): boolean {
  return t.tag === 'Basic' && t.kind === BasicKind.Uintptr;
}

function isUnsafePointer(t: Type): boolean {
  return t.tag === 'Basic' && t.kind === BasicKind.UnsafePointer;
}

export function conversion(check: Checker, x: Operand, T: Type): void {
  const constArg = x.mode === Mode.Constant;
  const constConvertibleTo = (T: Type, val: { val: constant.ConstValue } | undefined): boolean => {
    const t = under(T);
    if (t.tag !== 'Basic') return false;
    if (representableConst(x.val!, t, val)) return true;
    if (isInteger(x.type) && isString(t)) {
      let cp = 0xfffd;
      const i = constant.uint64Val(x.val!);
      if (i !== undefined && i <= 0x10ffffn && !(i >= 0xd800n && i <= 0xdfffn)) cp = Number(i);
      if (val) val.val = constant.makeStringFromText(String.fromCodePoint(cp));
      return true;
    }
    return false;
  };
  let ok = false;
  const cause = { msg: '' };
  if (constArg && isConstType(T)) {
    const r = { val: x.val! };
    ok = constConvertibleTo(T, r);
    // like go/types, the operand keeps the (integer-rounded) value even on failure
    x.val = r.val;
    if (!ok && isInteger(x.type) && isInteger(T)) {
      check.error(x, `constant ${constant.toMessageString(x.val!)} overflows ${check.typeString(T)}`);
      x.mode = Mode.Invalid;
      return;
    }
  } else if (constArg && T.tag === 'TypeParam') {
    ok = computeInterfaceTypeSet(T.iface()).underIs((u) => {
      if (u === undefined) {
        cause.msg = `${check.typeString(T)} does not contain specific types`;
        return false;
      }
      if (isString(x.type) && isBytesOrRunes(u)) return true;
      if (!constConvertibleTo(u, undefined)) {
        if (isInteger(x.type) && isInteger(u)) {
          cause.msg = `constant ${constant.toMessageString(x.val!)} overflows ${check.typeString(u)} (in ${check.typeString(T)})`;
        } else {
          cause.msg = `cannot convert ${check.opString(x)} to type ${check.typeString(u)} (in ${check.typeString(T)})`;
        }
        return false;
      }
      return true;
    });
    x.mode = Mode.Value;
  } else if (convertibleTo(check, x, T, cause)) {
    ok = true;
    x.mode = Mode.Value;
  }
  if (!ok) {
    if (cause.msg !== '') check.error(x, `cannot convert ${check.opString(x)} to type ${check.typeString(T)}: ${cause.msg}`);
    else check.error(x, `cannot convert ${check.opString(x)} to type ${check.typeString(T)}`);
    x.mode = Mode.Invalid;
    return;
  }
  if (isUntyped(x.type)) {
    let final: Type = T;
    if (x.type === Typ[BasicKind.UntypedNil]) {
      // keep T
    } else if (isNonTypeParamInterface(T) || (constArg && !isConstType(T))) {
      final = defaultType(x.type);
    } else if (x.mode === Mode.Constant && isInteger(x.type) && allString(T)) {
      final = x.type;
    }
    updateExprType(check, x.expr!, final, true);
  }
  x.type = T;
}

/** go/types operand.convertibleTo (spec "Conversions"). */
export function convertibleTo(check: Checker, x: Operand, T: Type, cause: { msg: string } | undefined): boolean {
  if (assignableTo(check, x, T, cause)) return true;
  const V = x.type;
  const Vu = under(V);
  const Tu = under(T);
  const Vp = V.tag === 'TypeParam' ? V : undefined;
  const Tp = T.tag === 'TypeParam' ? T : undefined;
  if (identicalIgnoreTags(Vu, Tu) && !Vp && !Tp) return true;
  if (V.tag === 'Pointer' && T.tag === 'Pointer') {
    if (identicalIgnoreTags(under(V.base), under(T.base)) && V.base.tag !== 'TypeParam' && T.base.tag !== 'TypeParam') return true;
  }
  if (isIntegerOrFloat(Vu) && isIntegerOrFloat(Tu)) return true;
  if (isComplex(Vu) && isComplex(Tu)) return true;
  if ((isInteger(Vu) || isBytesOrRunes(Vu)) && isString(Tu)) return true;
  if (isString(Vu) && isBytesOrRunes(Tu)) return true;
  if ((isPointer(Vu) || isUintptr(Vu)) && isUnsafePointer(Tu)) return true;
  if (isUnsafePointer(Vu) && (isPointer(Tu) || isUintptr(Tu))) return true;
  if (Vu.tag === 'Slice') {
    if (Tu.tag === 'Array' && identical(Vu.elem, Tu.elem)) return true;
    if (Tu.tag === 'Pointer') {
      const a = under(Tu.base);
      if (a.tag === 'Array' && identical(Vu.elem, a.elem)) return true;
    }
  }
  if (!Vp && !Tp) return false;
  const errorf = (msg: string): void => {
    if (cause) {
      if (cause.msg !== '') msg += '\n\t' + cause.msg;
      cause.msg = msg;
    }
  };
  const y = x.clone();
  if (Vp && Tp) {
    return computeInterfaceTypeSet(Vp.iface()).is((Vt) => {
      if (!Vt) return false;
      y.type = Vt.type!;
      return computeInterfaceTypeSet(Tp.iface()).is((Tt) => {
        if (!Tt) return false;
        if (!convertibleTo(check, y, Tt.type!, cause)) {
          errorf(`cannot convert ${check.typeString(Vt.type!)} (in ${check.typeString(Vp)}) to type ${check.typeString(Tt.type!)} (in ${check.typeString(Tp)})`);
          return false;
        }
        return true;
      });
    });
  }
  if (Vp) {
    return computeInterfaceTypeSet(Vp.iface()).is((Vt) => {
      if (!Vt) return false;
      y.type = Vt.type!;
      if (!convertibleTo(check, y, T, cause)) {
        errorf(`cannot convert ${check.typeString(Vt.type!)} (in ${check.typeString(Vp)}) to type ${check.typeString(T)}`);
        return false;
      }
      return true;
    });
  }
  return computeInterfaceTypeSet(Tp!.iface()).is((Tt) => {
    if (!Tt) return false;
    if (!convertibleTo(check, x, Tt.type!, cause)) {
      errorf(`cannot convert ${check.typeString(x.type)} to type ${check.typeString(Tt.type!)} (in ${check.typeString(Tp!)})`);
      return false;
    }
    return true;
  });
}

export type { Basic };
