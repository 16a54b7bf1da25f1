// Checker constants (exact values, src/lang/constant.ts) to run-time values of
// their type (src/vm/README.md): ints as numbers or bigints, float32 rounded,
// strings as byte strings.
import * as constant from '../lang/constant.js';
import { BasicKind, type Type, under } from '../lang/check/types.js';
import { Complex, type Value } from '../vm/value.js';

export function runtimeConst(v: constant.Value, t: Type): Value {
  const u = under(t);
  const kind = u.tag === 'Basic' ? u.kind : BasicKind.Invalid;
  switch (constant.kindOf(v)) {
    case 'bool':
      return constant.boolVal(v);
    case 'string':
      return constant.stringVal(v);
    case 'int':
    case 'float':
    case 'complex':
      break;
    default:
      return null;
  }
  switch (kind) {
    case BasicKind.Float32:
    case BasicKind.UntypedFloat:
    case BasicKind.Float64: {
      const [f] = constant.float64Val(constant.toFloat(v));
      return kind === BasicKind.Float32 ? Math.fround(f) : f;
    }
    case BasicKind.Complex64:
    case BasicKind.Complex128:
    case BasicKind.UntypedComplex: {
      const c = constant.toComplex(v);
      const [re] = constant.float64Val(constant.real(c));
      const [im] = constant.float64Val(constant.imag(c));
      return kind === BasicKind.Complex64 ? new Complex(Math.fround(re), Math.fround(im)) : new Complex(re, im);
    }
    default: {
      // integer kinds (and untyped int/rune defaulting to int/int32)
      const iv = constant.toInt(v);
      const n = constant.bigIntVal(iv);
      return canonicalInt(n);
    }
  }
}

/** A bigint as the canonical run-time integer: a number when it is a safe integer. */
export function canonicalInt(n: bigint): Value {
  return n >= -9007199254740991n && n <= 9007199254740991n ? Number(n) : n;
}
