// The few reflection helpers errors and context need (Go's internal/reflectlite):
// comparability and type strings of dynamic types, and errors.As's target
// checks and assignment.
import { panicString } from '../goPanic.js';
import type { NativeCtx, NativeImpl } from '../../vm/native.js';
import { missingMethod } from '../../vm/runtimeErrors.js';
import { Kind, type RType } from '../../vm/rtype.js';
import { Iface, type Ref, type Value } from '../../vm/value.js';

function isComparable(v: Value): boolean {
  return v === null || (v as Iface).type.comparable;
}

function implementsIface(t: RType, iface: RType): boolean {
  return missingMethod(t, iface) === '';
}

function checkAsTarget(c: NativeCtx, target: Value): void {
  if (target === null) panicString(c, 'errors: target cannot be nil');
  const iv = target as Iface;
  if (iv.type.kind !== Kind.Pointer || iv.value === null) panicString(c, 'errors: target must be a non-nil pointer');
  const elem = iv.type.elem as RType;
  const errorType = c.rtypeNamed('error');
  if (elem.kind !== Kind.Interface && !(errorType && implementsIface(elem, errorType))) {
    panicString(c, 'errors: *target must be interface or implement error');
  }
}

function assignIfAssignable(err: Value, target: Value): boolean {
  const e = err as Iface;
  const t = target as Iface;
  const elem = t.type.elem as RType;
  let v: Value;
  if (elem.kind === Kind.Interface) {
    if (!implementsIface(e.type, elem)) return false;
    v = e;
  } else {
    if (e.type !== elem) return false;
    v = e.value;
  }
  if (elem.kind === Kind.Array || elem.kind === Kind.Struct) {
    const dst = t.value as Value[];
    const src = elem.copy(v) as Value[];
    for (let i = 0; i < dst.length; i++) dst[i] = src[i];
  } else {
    (t.value as Ref).store(v);
  }
  return true;
}

export const reflectliteNatives = new Map<string, NativeImpl>([
  ['errors.isComparable', { kind: 'pure', fn: (_c, [v]) => isComparable(v) }],
  ['context.isComparable', { kind: 'pure', fn: (_c, [v]) => isComparable(v) }],
  ['context.typeString', { kind: 'pure', fn: (_c, [v]) => (v === null ? '<nil>' : (v as Iface).type.string) }],
  ['errors.checkAsTarget', { kind: 'pure', fn: (c, [t]) => { checkAsTarget(c, t); return null; } }],
  ['errors.assignIfAssignable', { kind: 'pure', fn: (_c, [e, t]) => assignIfAssignable(e, t) }],
]);
