// The run-time panics the VM raises, with Go's exact texts (runtime/error.go:
// boundsError, TypeAssertionError, errorString vs plainError; runtime/
// slice.go, map.go, alg.go, chan.go, panic.go). `isRuntimeError` says whether
// the message is printed with the `runtime error: ` prefix: errorString and
// boundsError print it; plainError (`assignment to entry in nil map`) and
// TypeAssertionError (`interface conversion: ...`) do not, although their
// types implement runtime.Error too.
// Texts verified with Go 1.19 (testdata/values/gen_errors.go).
import { GoRuntimePanic } from '../runtime/panics.js';
import { Kind, type RType } from './rtype.js';
import type { Int64 } from './value.js';

export { divideByZero, negativeShift } from './int64.js';

// ------------------------------------------------------------------ bounds (runtime.boundsError)

/** s[x] with 0 <= x < len failed: `index out of range [5] with length 3`, `index out of range [-1]`. */
export function indexOutOfRange(x: Int64, len: number): GoRuntimePanic {
  return new GoRuntimePanic(x < 0 ? `index out of range [${x}]` : `index out of range [${x}] with length ${len}`, true, 'boundsError');
}

/** s[?:x] on a string or array: 0 <= x <= len failed. */
export function sliceAlen(x: Int64, len: number): GoRuntimePanic {
  return new GoRuntimePanic(x < 0 ? `slice bounds out of range [:${x}]` : `slice bounds out of range [:${x}] with length ${len}`, true, 'boundsError');
}

/** s[?:x] on a slice: 0 <= x <= cap failed. */
export function sliceAcap(x: Int64, cap: number): GoRuntimePanic {
  return new GoRuntimePanic(x < 0 ? `slice bounds out of range [:${x}]` : `slice bounds out of range [:${x}] with capacity ${cap}`, true, 'boundsError');
}

/** s[x:y] with 0 <= x <= y failed. */
export function sliceB(x: Int64, y: Int64): GoRuntimePanic {
  return new GoRuntimePanic(x < 0 ? `slice bounds out of range [${x}:]` : `slice bounds out of range [${x}:${y}]`, true, 'boundsError');
}

/** s[?:?:x] on an array: 0 <= x <= len failed. */
export function slice3Alen(x: Int64, len: number): GoRuntimePanic {
  return new GoRuntimePanic(x < 0 ? `slice bounds out of range [::${x}]` : `slice bounds out of range [::${x}] with length ${len}`, true, 'boundsError');
}

/** s[?:?:x] on a slice: 0 <= x <= cap failed. */
export function slice3Acap(x: Int64, cap: number): GoRuntimePanic {
  return new GoRuntimePanic(x < 0 ? `slice bounds out of range [::${x}]` : `slice bounds out of range [::${x}] with capacity ${cap}`, true, 'boundsError');
}

/** s[?:x:y] with 0 <= x <= y failed. */
export function slice3B(x: Int64, y: Int64): GoRuntimePanic {
  return new GoRuntimePanic(x < 0 ? `slice bounds out of range [:${x}:]` : `slice bounds out of range [:${x}:${y}]`, true, 'boundsError');
}

/** s[x:y:?] with 0 <= x <= y failed. */
export function slice3C(x: Int64, y: Int64): GoRuntimePanic {
  return new GoRuntimePanic(x < 0 ? `slice bounds out of range [${x}::]` : `slice bounds out of range [${x}:${y}:]`, true, 'boundsError');
}

/** (*[x]T)(s) or [x]T(s) with len(s) < x (spec: Conversions from slice to array or array pointer; Go 1.20+ text). */
export function convertSliceToArray(arrayLen: number, sliceLen: number): GoRuntimePanic {
  return new GoRuntimePanic(`cannot convert slice with length ${sliceLen} to array or pointer to array with length ${arrayLen}`, true);
}

// ------------------------------------------------------------------ memory, maps, make

/** A nil pointer dereference (SIGSEGV turned into a panic by runtime.sigpanic). */
export function nilDeref(): GoRuntimePanic {
  return new GoRuntimePanic('invalid memory address or nil pointer dereference', true);
}

/** runtime.mapassign on a nil map: a plainError (no `runtime error: ` prefix). */
export function nilMapWrite(): GoRuntimePanic {
  return new GoRuntimePanic('assignment to entry in nil map', false);
}

export function makesliceLen(): GoRuntimePanic {
  return new GoRuntimePanic('makeslice: len out of range', true);
}

export function makesliceCap(): GoRuntimePanic {
  return new GoRuntimePanic('makeslice: cap out of range', true);
}

/** runtime.growslice beyond maxAlloc. */
export function growsliceCap(): GoRuntimePanic {
  return new GoRuntimePanic('growslice: cap out of range', true);
}

/** runtime.makechan with a negative or too large size: a plainError. */
export function makechanSize(): GoRuntimePanic {
  return new GoRuntimePanic('makechan: size out of range', false);
}

/** Equality on interfaces holding the same incomparable dynamic type (runtime.efaceeq). */
export function uncomparable(t: RType): GoRuntimePanic {
  return new GoRuntimePanic(`comparing uncomparable type ${t.string}`, true);
}

/** A map key (or interface key's dynamic type) that cannot be hashed (runtime.typehash). */
export function unhashable(t: RType): GoRuntimePanic {
  return new GoRuntimePanic(`hash of unhashable type ${t.string}`, true);
}

/** A value method called through a nil pointer (runtime.panicwrap): `value method main.T.M called using nil *T pointer`. */
export function nilValueMethod(pkg: string, typeName: string, method: string): GoRuntimePanic {
  return new GoRuntimePanic(`value method ${pkg}.${typeName}.${method} called using nil *${typeName} pointer`, false);
}

// ------------------------------------------------------------------ type assertions (runtime.TypeAssertionError)

/**
 * x.(T) failed. `iface` is the static interface type of x (omitted when the
 * runtime does not know it: asserting a nil value to an interface type),
 * `concrete` the dynamic type (null for a nil interface), `asserted` the
 * target type, `missingMethod` the first method the dynamic type lacks when
 * the target is an interface. The message has no `runtime error: ` prefix.
 */
export function typeAssertion(iface: RType | null, concrete: RType | null, asserted: RType, missingMethod = ''): GoRuntimePanic {
  const inter = iface ? iface.string : 'interface';
  const as = asserted.string;
  if (concrete === null) return new GoRuntimePanic(`interface conversion: ${inter} is nil, not ${as}`, false, 'TypeAssertionError');
  const cs = concrete.string;
  if (missingMethod === '') {
    let msg = `interface conversion: ${inter} is ${cs}, not ${as}`;
    if (cs === as) msg += concrete.pkgPath !== asserted.pkgPath ? ' (types from different packages)' : ' (types from different scopes)';
    return new GoRuntimePanic(msg, false, 'TypeAssertionError');
  }
  return new GoRuntimePanic(`interface conversion: ${cs} is not ${as}: missing method ${missingMethod}`, false, 'TypeAssertionError');
}

/**
 * The failed assertion of a value of static interface type `iface` to type
 * `asserted`, with the message Go's runtime produces: for an interface target
 * the static type is not reported when the value is nil (runtime.assertE2I).
 */
export function assertionFailed(iface: RType, concrete: RType | null, asserted: RType): GoRuntimePanic {
  if (asserted.kind === Kind.Interface) {
    if (concrete === null) return typeAssertion(null, null, asserted);
    return typeAssertion(iface, concrete, asserted, missingMethod(concrete, asserted));
  }
  return typeAssertion(iface, concrete, asserted);
}

/** The first method of interface `iface` (sorted by name) missing from t's method set. */
export function missingMethod(t: RType, iface: RType): string {
  for (const n of iface.imethods ?? []) {
    const m = t.methods.get(n);
    if (!m || m.ptrRecv) return n;
  }
  return '';
}
