// Func values (src/vm/README.md): compiled code plus the captured variables of
// a closure, or a bound receiver for a method value; or a native. Calling one
// makes a frame with the receiver, the arguments and the captured variables in
// the callee's registers.
import type { NativeCtx, NativeImpl } from '../vm/native.js';
import { Frame, FuncCode, SWITCH } from '../vm/func.js';
import type { Machine } from '../vm/machine.js';
import type { Value } from '../vm/value.js';

/** What a compiled or native function is, for calls. */
export type Callee =
  | { kind: 'code'; code: FuncCode; envRegs: number[] }
  | { kind: 'native'; name: string; impl: NativeImpl; nresults: number };

export class GoFunc {
  constructor(
    readonly callee: Callee,
    /** Captured variables (Boxes or aggregates), copied into registers envBase.. of each call. */
    readonly env: Value[] | null,
    /** Method values: the bound receiver (passed as the first argument). */
    readonly recv: Value | undefined,
    readonly hasRecv: boolean,
  ) {}
}

/** A plain function as a value (no captures, no receiver). Cached per callee. */
const plain = new WeakMap<object, GoFunc>();
export function funcValue(callee: Callee): GoFunc {
  const key = callee.kind === 'code' ? callee.code : callee.impl;
  let f = plain.get(key);
  if (!f) {
    f = new GoFunc(callee, null, undefined, false);
    plain.set(key, f);
  }
  return f;
}

/** Builds the callee frame of a compiled function value (receiver, args, env). */
export function frameFor(f: GoFunc, args: Value[]): Frame {
  const c = f.callee;
  if (c.kind !== 'code') throw new Error('chanscope: frameFor on a native');
  const fr = new Frame(c.code, null);
  const r = fr.r;
  let i = 0;
  if (f.hasRecv) r[i++] = f.recv;
  for (let k = 0; k < args.length; k++) r[i++] = args[k];
  const env = f.env;
  if (env !== null) {
    const regs = c.envRegs;
    for (let k = 0; k < env.length; k++) r[regs[k]] = env[k];
  }
  return fr;
}

/**
 * A frame whose only work is calling a native (for `go f()`, `defer f()` and
 * time.AfterFunc with a native f): a blocking native parks the goroutine and
 * continues when it runs again.
 */
export function nativeCallFrame(name: string, impl: NativeImpl, args: Value[], m: Machine, ctx: () => NativeCtx): Frame {
  const code = new FuncCode(name, 1, 0, []);
  code.code = [
    (fr) => {
      const c = ctx();
      if (impl.kind === 'pure') {
        impl.fn(c, args);
        return 1;
      }
      const k = impl.fn(c, args);
      if (k === null) return 1;
      fr.k = k;
      fr.pc = 1;
      return SWITCH;
    },
    (fr) => m.returnContinue(ctx().g, fr),
  ];
  code.retPc = 1;
  code.lines = [0, 0];
  code.cols = [0, 0];
  return new Frame(code, null);
}
