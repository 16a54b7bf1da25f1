// The error values package time's natives return or panic with: errors.New's
// *errors.errorString (a pointer to struct {s string}, i.e. that struct's
// array) and *time.ParseError, as `error` interface values.
import { GoPanicSignal } from '../../vm/machine.js';
import type { NativeCtx } from '../../vm/native.js';
import type { RType } from '../../vm/rtype.js';
import { Iface } from '../../vm/value.js';
import type { ParseErrorFields } from './parse.js';

function rtypeOf(c: NativeCtx, name: string): RType {
  const t = c.rtypeNamed(name);
  if (t === undefined) throw new Error(`chanscope: the engine has not registered the run-time type ${name}`);
  return t;
}

/** errors.New(msg) */
export function errorsNew(c: NativeCtx, msg: string): Iface {
  return new Iface(rtypeOf(c, '*errors.errorString'), [msg]);
}

/** &ParseError{...} as an error */
export function parseError(c: NativeCtx, e: ParseErrorFields): Iface {
  return new Iface(rtypeOf(c, '*time.ParseError'), e);
}

/** panic(errors.New(msg)) */
export function panicError(c: NativeCtx, msg: string): never {
  throw new GoPanicSignal(errorsNew(c, msg));
}
