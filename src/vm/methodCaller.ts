// How natives (fmt, panic printing) call Go methods of run-time values: the
// VM implements MethodCaller; natives find methods by name in a type's
// method set (RType.methods, where a pointer-receiver method of T is marked
// ptrRecv and is not in T's method set).
import { Kind, type RMethod, type RType } from './rtype.js';
import type { Value } from './value.js';

export interface MethodCaller {
  /**
   * Calls method m of dynamic type t on receiver `recv` (a value of type t)
   * with `args`; returns the results. Must not block.
   */
  call(t: RType, m: RMethod, recv: Value, args: Value[]): Value[];
  /**
   * If `e`, thrown by `call`, is a Go panic, its panic value (so fmt can
   * print `%!v(PANIC=String method: ...)`); undefined for anything else,
   * which the caller rethrows.
   */
  recoverPanic?(e: unknown): { value: Value } | undefined;
}

/** A method's signature when the compiler records it on the RMethod (src/compile adds `sig`). */
function sigOf(m: RMethod): RType | undefined {
  return (m as RMethod & { sig?: RType }).sig;
}

/**
 * Method `name` with signature func() string in t's method set (Error,
 * String, GoString), or undefined. When no signature is recorded, the name
 * decides.
 */
export function stringMethod(t: RType, name: string): RMethod | undefined {
  const m = t.methods.get(name);
  if (m === undefined || m.ptrRecv) return undefined;
  const sig = sigOf(m);
  if (sig !== undefined) {
    const ps = sig.params ?? [];
    const rs = sig.results ?? [];
    if (ps.length !== 0 || rs.length !== 1 || rs[0].kind !== Kind.String) return undefined;
  }
  return m;
}
