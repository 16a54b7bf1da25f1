// The run-time services compiled instructions reach: the runtime (scheduler,
// channels, timers), the machine (calls, panics) and the program's output.
// One RunCtx per run; instructions capture it when they are made.
import type { G } from '../runtime/goroutine.js';
import type { Runtime } from '../runtime/runtime.js';
import type { Machine } from '../vm/machine.js';
import type { AddressBook } from '../vm/refs.js';

export interface RunCtx {
  rt: Runtime;
  m: Machine;
  /** Program output: byte strings (see src/vm/README.md). */
  write(stream: 'stdout' | 'stderr', bytes: string): void;
  /** Deterministic fake addresses for %p, println of pointers, dumps. */
  addresses: AddressBook;
}

/** The goroutine executing right now. */
export function curG(ctx: RunCtx): G {
  return ctx.rt.current as G;
}
