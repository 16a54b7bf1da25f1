// Type predicates (go/types predicates.go): classification of types, type
// identity (spec "Type identity"), comparability, nil-ability, default types.

import { substSignatureForIdentity } from './subst.js';
import { computeInterfaceTypeSet, computeUnionTypeSet, termlistEqual } from './typeset.js';
import {
  BasicKind, IsBoolean, IsComplex, IsConstType, IsFloat, IsInteger, IsNumeric, IsOrdered, IsString,
  IsUnsigned, IsUntyped, Typ, type Interface, type Named, type Signature, type Type, under,
} from './types.js';

export function isBasicInfo(t: Type, info: number): boolean {
  const u = under(t);
  return u.tag === 'Basic' && (u.info & info) !== 0;
}
export const isBoolean = (t: Type): boolean => isBasicInfo(t, IsBoolean);
export const isInteger = (t: Type): boolean => isBasicInfo(t, IsInteger);
export const isUnsigned = (t: Type): boolean => isBasicInfo(t, IsUnsigned);
export const isFloat = (t: Type): boolean => isBasicInfo(t, IsFloat);
export const isComplex = (t: Type): boolean => isBasicInfo(t, IsComplex);
export const isNumeric = (t: Type): boolean => isBasicInfo(t, IsNumeric);
export const isString = (t: Type): boolean => isBasicInfo(t, IsString);
export const isIntegerOrFloat = (t: Type): boolean => isBasicInfo(t, IsInteger | IsFloat);
export const isConstType = (t: Type): boolean => isBasicInfo(t, IsConstType);

/** Like isBasicInfo, but for a type parameter all types in its type set must qualify. */
export function allBasic(t: Type, info: number): boolean {
  if (t.tag === 'TypeParam') {
    return computeInterfaceTypeSet(t.iface()).is((term) => term !== undefined && isBasicInfo(term.type!, info));
  }
  return isBasicInfo(t, info);
}
export const allBoolean = (t: Type): boolean => allBasic(t, IsBoolean);
export const allInteger = (t: Type): boolean => allBasic(t, IsInteger);
export const allUnsigned = (t: Type): boolean => allBasic(t, IsUnsigned);
export const allNumeric = (t: Type): boolean => allBasic(t, IsNumeric);
export const allString = (t: Type): boolean => allBasic(t, IsString);
export const allOrdered = (t: Type): boolean => allBasic(t, IsOrdered);
export const allNumericOrString = (t: Type): boolean => allBasic(t, IsNumeric | IsString);

/** Types with a name: basic, named and type parameter types (spec "Types"). */
export function hasName(t: Type): boolean {
  return t.tag === 'Basic' || t.tag === 'Named' || t.tag === 'TypeParam';
}

export function isTyped(t: Type): boolean {
  return t.tag !== 'Basic' || (t.info & IsUntyped) === 0;
}
export function isUntyped(t: Type): boolean {
  return t.tag === 'Basic' && (t.info & IsUntyped) !== 0;
}
export function isValid(t: Type | undefined): boolean {
  return t !== undefined && !(t.tag === 'Basic' && t.kind === BasicKind.Invalid);
}
export function isInterface(t: Type): boolean {
  return under(t).tag === 'Interface';
}
export function isNonTypeParamInterface(t: Type): boolean {
  return t.tag !== 'TypeParam' && under(t).tag === 'Interface';
}
export function isPointer(t: Type): boolean {
  return under(t).tag === 'Pointer';
}
export function isSignature(t: Type): boolean {
  return under(t).tag === 'Signature';
}
/** An uninstantiated generic named type. */
export function isGeneric(t: Type): boolean {
  return t.tag === 'Named' && t.orig === t && t.tparams !== undefined && t.tparams.length > 0;
}

export function comparable(t: Type): boolean {
  return comparableType(t, true, undefined, undefined);
}

/**
 * go/types comparableType: spec "Comparison operators". `dynamic` admits
 * interfaces (comparison may panic at run time); reportf receives a cause.
 */
export function comparableType(T: Type, dynamic: boolean, seen: Set<Type> | undefined,
  reportf: ((format: string, t?: Type) => void) | undefined): boolean {
  if (seen && seen.has(T)) return true;
  const t = under(T);
  // fast paths without allocating the cycle guard
  if (t.tag === 'Basic') return t.kind !== BasicKind.UntypedNil;
  if (t.tag === 'Pointer' || t.tag === 'Chan') return true;
  if (!seen) seen = new Set();
  seen.add(T);
  switch (t.tag) {
    case 'Struct':
      for (const f of t.fields) {
        if (!comparableType(f.type!, dynamic, seen, undefined)) {
          if (reportf) reportf('struct containing %s cannot be compared', f.type!);
          return false;
        }
      }
      return true;
    case 'Array':
      if (!comparableType(t.elem, dynamic, seen, undefined)) {
        if (reportf) reportf('%s cannot be compared', t);
        return false;
      }
      return true;
    case 'Interface': {
      if ((dynamic && T.tag !== 'TypeParam') || computeInterfaceTypeSet(t).isComparable(seen)) return true;
      if (reportf) {
        if (computeInterfaceTypeSet(t).isEmpty()) reportf('empty type set');
        else reportf('incomparable types in type set');
      }
      return false;
    }
  }
  return false;
}

/** Whether nil is a value of type t (spec "The zero value"). */
export function hasNil(t: Type): boolean {
  const u = under(t);
  switch (u.tag) {
    case 'Basic':
      return u.kind === BasicKind.UnsafePointer;
    case 'Slice': case 'Pointer': case 'Signature': case 'Map': case 'Chan':
      return true;
    case 'Interface':
      return t.tag !== 'TypeParam' || computeInterfaceTypeSet(u).underIs((x) => x !== undefined && hasNil(x));
  }
  return false;
}

// ---------------------------------------------------------------- identity

interface IfacePair { x: Interface; y: Interface; prev: IfacePair | undefined }

/** Spec "Type identity". */
export function identical(x: Type, y: Type): boolean {
  if (x === y) return true;
  return identicalImpl(x, y, true, undefined);
}

export function identicalIgnoreTags(x: Type, y: Type): boolean {
  if (x === y) return true;
  return identicalImpl(x, y, false, undefined);
}

function identicalImpl(x: Type, y: Type, cmpTags: boolean, p: IfacePair | undefined): boolean {
  if (x === y) return true;
  switch (x.tag) {
    case 'Basic':
      return y.tag === 'Basic' && x.kind === y.kind;
    case 'Array':
      return y.tag === 'Array' && (x.len < 0 || y.len < 0 || x.len === y.len) && identicalImpl(x.elem, y.elem, cmpTags, p);
    case 'Slice':
      return y.tag === 'Slice' && identicalImpl(x.elem, y.elem, cmpTags, p);
    case 'Struct': {
      if (y.tag !== 'Struct' || x.fields.length !== y.fields.length) return false;
      for (let i = 0; i < x.fields.length; i++) {
        const f = x.fields[i];
        const g = y.fields[i];
        if (f.embedded !== g.embedded || (cmpTags && x.fieldTag(i) !== y.fieldTag(i)) || !f.sameId(g.pkg, g.name) ||
          !identicalImpl(f.type!, g.type!, cmpTags, p)) return false;
      }
      return true;
    }
    case 'Pointer':
      return y.tag === 'Pointer' && identicalImpl(x.base, y.base, cmpTags, p);
    case 'Tuple': {
      if (y.tag !== 'Tuple' || x.vars.length !== y.vars.length) return false;
      for (let i = 0; i < x.vars.length; i++) {
        if (!identicalImpl(x.vars[i].type!, y.vars[i].type!, cmpTags, p)) return false;
      }
      return true;
    }
    case 'Signature': {
      if (y.tag !== 'Signature') return false;
      const xn = x.tparams ? x.tparams.length : 0;
      const yn = y.tparams ? y.tparams.length : 0;
      if (xn !== yn) return false;
      let ys: Signature = y;
      if (xn > 0) {
        // Type parameters are identical modulo renaming: substitute x's for y's.
        const r = substSignatureForIdentity(x, y);
        for (let i = 0; i < xn; i++) {
          if (!identicalImpl(x.tparams![i].bound, r.bounds[i], cmpTags, p)) return false;
        }
        ys = r.sig;
      }
      return x.variadic === ys.variadic && identicalImpl(x.params, ys.params, cmpTags, p) &&
        identicalImpl(x.results, ys.results, cmpTags, p);
    }
    case 'Union': {
      if (y.tag !== 'Union') return false;
      const xs = computeUnionTypeSet(undefined, { file: undefined, pos: -1 }, x);
      const ys = computeUnionTypeSet(undefined, { file: undefined, pos: -1 }, y);
      return termlistEqual(xs.terms, ys.terms);
    }
    case 'Interface': {
      if (y.tag !== 'Interface') return false;
      const xset = computeInterfaceTypeSet(x);
      const yset = computeInterfaceTypeSet(y);
      if (xset.comparable !== yset.comparable) return false;
      if (!termlistEqual(xset.terms, yset.terms)) return false;
      const a = xset.methods;
      const b = yset.methods;
      if (a.length !== b.length) return false;
      const q: IfacePair = { x, y, prev: p };
      for (let r = p; r; r = r.prev) {
        if ((r.x === x && r.y === y) || (r.x === y && r.y === x)) return true;
      }
      for (let i = 0; i < a.length; i++) {
        const f = a[i];
        const g = b[i];
        if (f.objId() !== g.objId() || !identicalImpl(f.type!, g.type!, cmpTags, q)) return false;
      }
      return true;
    }
    case 'Map':
      return y.tag === 'Map' && identicalImpl(x.key, y.key, cmpTags, p) && identicalImpl(x.elem, y.elem, cmpTags, p);
    case 'Chan':
      return y.tag === 'Chan' && x.dir === y.dir && identicalImpl(x.elem, y.elem, cmpTags, p);
    case 'Named': {
      if (y.tag !== 'Named') return false;
      const xa = x.targs;
      const ya = y.targs;
      const xl = xa ? xa.length : 0;
      const yl = ya ? ya.length : 0;
      if (xl !== yl) return false;
      for (let i = 0; i < xl; i++) if (!identical(xa![i], ya![i])) return false;
      return identicalOrigin(x, y);
    }
    case 'TypeParam':
      return false;
  }
}

export function identicalOrigin(x: Named, y: Named): boolean {
  return x.orig.obj === y.orig.obj;
}

// ---------------------------------------------------------------- defaults

/** Spec "Constants": the default type of an untyped constant (untyped nil stays). */
export function defaultType(t: Type): Type {
  if (t.tag === 'Basic') {
    switch (t.kind) {
      case BasicKind.UntypedBool: return Typ[BasicKind.Bool];
      case BasicKind.UntypedInt: return Typ[BasicKind.Int];
      case BasicKind.UntypedRune: return universeRuneRef.rune;
      case BasicKind.UntypedFloat: return Typ[BasicKind.Float64];
      case BasicKind.UntypedComplex: return Typ[BasicKind.Complex128];
      case BasicKind.UntypedString: return Typ[BasicKind.String];
    }
  }
  return t;
}
/** Filled by universe.ts: `rune` (an alias of int32 printed as rune). */
export const universeRuneRef: { rune: Type } = { rune: Typ[BasicKind.Int32] };

/**
 * The "larger" of two untyped types (go/types maxType): for numeric kinds the
 * later of int < rune < float < complex; undefined if they do not match.
 */
export function maxType(x: Type, y: Type): Type | undefined {
  if (isUntyped(x) && isUntyped(y) && isNumeric(x) && isNumeric(y)) {
    const xk = (x as { kind: BasicKind }).kind;
    const yk = (y as { kind: BasicKind }).kind;
    return xk > yk ? x : y;
  }
  if (identical(x, y)) return x;
  return undefined;
}
