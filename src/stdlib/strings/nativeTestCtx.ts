// Test support for natives: a NativeCtx without a running program (no
// runtime, no machine) whose callSync calls plain JS functions standing in for
// Go func values, and a helper to call a native by its Go name.
import { frameFor, GoFunc } from '../../compile/funcValue.js';
import type { Runtime } from '../../runtime/runtime.js';
import type { G } from '../../runtime/goroutine.js';
import { GoRuntimePanic } from '../../runtime/panics.js';
import { GoPanicSignal, type Machine } from '../../vm/machine.js';
import type { NativeCtx, NativeRegistry } from '../../vm/native.js';
import { AddressBook } from '../../vm/refs.js';
import type { RType } from '../../vm/rtype.js';
import { Iface, type Value } from '../../vm/value.js';

export const stringRType = { id: -1, kind: 17, string: 'string', pkgPath: '', name: 'string' } as unknown as RType;

/** A test type whose methods are JS functions (receiver first) returning their results array. */
export function testType(string: string, methods: Record<string, (recv: Value, ...args: Value[]) => Value[]>): RType {
  return { id: -2, kind: 22, string, pkgPath: '', name: '', methods: new Map(Object.entries(methods).map(([name, fn]) => [name, { name, fn, ptrRecv: false }])) } as unknown as RType;
}

/** A context whose func values are JS functions returning their results array, and whose method calls run testType methods. */
export function testCtx(rt?: object): NativeCtx {
  return {
    rt: rt as Runtime,
    m: undefined as unknown as Machine,
    g: undefined as unknown as G,
    write: () => undefined,
    callSync: (fn, args) => (fn as (...a: Value[]) => Value[])(...args),
    rtypeNamed: (name) => (name === 'string' ? stringRType : undefined),
    callMethod: (t, name, recv, args) => {
      const m = t.methods.get(name);
      if (m === undefined) throw new Error(`no method ${name} on ${t.string}`);
      return (m.fn as (recv: Value, ...a: Value[]) => Value[])(recv, ...args);
    },
    addresses: new AddressBook(),
    frameOf: (fn, args) => frameFor(fn as GoFunc, args),
  };
}

const sharedCtx = testCtx();

/** Calls the pure native `name` of reg with args. */
export function callNative(reg: NativeRegistry, name: string, ...args: Value[]): Value {
  return callNativeIn(sharedCtx, reg, name, ...args);
}

/** Calls the pure native `name` of reg with args in context c. */
export function callNativeIn(c: NativeCtx, reg: NativeRegistry, name: string, ...args: Value[]): Value {
  const impl = reg.get(name);
  if (impl === undefined) throw new Error(`no native ${name}`);
  if (impl.kind !== 'pure') throw new Error(`${name} is blocking`);
  return impl.fn(c, args);
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
