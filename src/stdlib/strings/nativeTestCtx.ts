// Test support for natives: a NativeCtx without a running program (no
// runtime, no machine) whose callSync calls plain JS functions standing in for
// Go func values, and a helper to call a native by its Go name.
import type { Runtime } from '../../runtime/runtime.js';
import type { G } from '../../runtime/goroutine.js';
import { GoRuntimePanic } from '../../runtime/panics.js';
import { GoPanicSignal, type Machine } from '../../vm/machine.js';
import type { NativeCtx, NativeRegistry } from '../../vm/native.js';
import type { RType } from '../../vm/rtype.js';
import { Iface, type Value } from '../../vm/value.js';

export const stringRType = { id: -1, kind: 17, string: 'string', pkgPath: '', name: 'string' } as unknown as RType;

/** A context whose func values are JS functions returning their results array. */
export function testCtx(): NativeCtx {
  return {
    rt: undefined as unknown as Runtime,
    m: undefined as unknown as Machine,
    g: undefined as unknown as G,
    write: () => undefined,
    callSync: (fn, args) => (fn as (...a: Value[]) => Value[])(...args),
    rtypeNamed: (name) => (name === 'string' ? stringRType : undefined),
  };
}

/** Calls the pure native `name` of reg with args. */
export function callNative(reg: NativeRegistry, name: string, ...args: Value[]): Value {
  const impl = reg.get(name);
  if (impl === undefined) throw new Error(`no native ${name}`);
  if (impl.kind !== 'pure') throw new Error(`${name} is blocking`);
  return impl.fn(testCtx(), args);
}

/** What a native call panicked with: `string: text`, `runtime error: text`, `plain: text`; or undefined. */
export function panicOf(f: () => unknown): string | undefined {
  try {
    f();
  } catch (e) {
    if (e instanceof GoPanicSignal && e.value instanceof Iface && e.value.type === stringRType) return `string: ${String(e.value.value)}`;
    if (e instanceof GoRuntimePanic) return `${e.isRuntimeError ? 'runtime error' : 'plain'}: ${e.message}`;
    throw e;
  }
  return undefined;
}
