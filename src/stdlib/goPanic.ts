// How natives panic the way Go code does: `panic("text")` panics with a string
// value (what recover() returns and what `panic: text` prints), while the
// runtime's own checks raise runtime.Error values (`runtime error: ...`).
import { GoRuntimePanic } from '../runtime/panics.js';
import { GoPanicSignal } from '../vm/machine.js';
import type { NativeCtx } from '../vm/native.js';
import { Iface } from '../vm/value.js';

/** panic(msg) with a string value, as the Go source of the package does. */
export function panicString(c: NativeCtx, msg: string): never {
  const t = c.rtypeNamed('string');
  // without the string type at hand, a plain (non-runtime) error prints the same `panic: msg`
  if (t === undefined) throw new GoRuntimePanic(msg, false);
  throw new GoPanicSignal(new Iface(t, msg));
}

/** A runtime.Error panic (e.g. `integer divide by zero`). */
export function panicRuntimeError(msg: string): never {
  throw new GoRuntimePanic(msg, true);
}

/** runtime.panicIndex: `index out of range [i] with length n`. */
export function panicIndex(i: number, len: number): never {
  throw new GoRuntimePanic(`index out of range [${i}] with length ${len}`, true, 'boundsError');
}
