// Compiled functions, frames and instructions: the VM's unit of execution.
//
// An instruction is a closure specialised for its operands. It runs on the
// frame's registers and returns the next pc in the same frame, or SWITCH when
// it changed the goroutine's frame stack or status (call, return, park, panic):
// the dispatcher then reloads the goroutine's top frame and its saved pc.
import type { Continuation } from '../runtime/blocking.js';
import type { Value } from './value.js';

export const SWITCH = -1;

export type Instr = (fr: Frame) => number;

export class FuncCode {
  /** Instructions; filled by the compiler (functions can be referenced before they are compiled). */
  code: Instr[] = [];
  /** Source line and column of each instruction (for traces, stack dumps and editor marks). */
  lines: number[] = [];
  cols: number[] = [];
  /** pc of the synthetic "return continues" instruction (runs pending defers, then returns). */
  retPc = 0;
  /** The source file's name for stack dumps (`prog.go`, `sync.go`). */
  fileName = '';

  constructor(
    /** Go's name for stack dumps: `main.main`, `main.worker`, `main.(*T).Inc`, `main.main.func1`. */
    readonly name: string,
    /** Registers: parameters first (receiver, params), then results, locals and temporaries. */
    public nregs: number,
    public nparams: number,
    /** Registers holding the results at return (named or not). */
    public resultRegs: number[],
    /** Index of the program source file the function is in; -1 for the standard library and glue. */
    public file = -1,
  ) {}
}

/** A deferred call: function and evaluated arguments (evaluated at the defer statement). */
export interface Deferred {
  call(fr: Frame): Frame | null; // pushes the call; returns the new frame (or null for a native that completed)
}

export class Frame {
  pc = 0;
  readonly r: Value[];
  /** Caller registers that receive this frame's results. */
  retTo: number[] | null = null;
  defers: Deferred[] | null = null;
  /** A blocked native operation to continue when the goroutine runs again. */
  k: Continuation | null = null;
  /** Set on frames of deferred calls: the panic that started it (null when run by a normal return). */
  deferPanic: unknown = null;
  isDefer = false;

  constructor(
    readonly fn: FuncCode,
    public parent: Frame | null,
  ) {
    this.r = new Array(fn.nregs);
  }
}
