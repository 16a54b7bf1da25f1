// The VM's executor: runs a goroutine's frames instruction by instruction on the
// runtime's scheduler, and implements Go's call/return, defer, panic/recover and
// Goexit protocol (runtime/panic.go: gopanic, recovery, printpanics) over
// explicit frames, so no Go call ever recurses on the JS stack.
import type { Continuation } from '../runtime/blocking.js';
import { GStatus, type G } from '../runtime/goroutine.js';
import { EngineLimit, GoFatalError, GoRuntimePanic } from '../runtime/panics.js';
import type { Executor, Runtime } from '../runtime/runtime.js';
import type { SourcePos } from '../trace/schema.js';
import { Frame, FuncCode, SWITCH, type Deferred } from './func.js';
import type { Value } from './value.js';

/** A panic in flight (runtime._panic). */
export interface PanicRec {
  value: Value;
  /** For printing: `panic: <text>`; computed when the panic starts (Error/String methods run then). */
  text: string;
  recovered: boolean;
  aborted: boolean;
  goexit: boolean;
  link: PanicRec | null;
  /** The goroutine's stack where the panic started (printed if it is never recovered). */
  trace: string;
}

/** Per-goroutine VM state (G.machine). */
export interface GState {
  top: Frame | null;
  panic: PanicRec | null;
  /** Function name and call site of the `go` statement (dumps print `created by main.main`). */
  createdBy: { fn: string; line: number; file?: string } | null;
}

export interface MachineHooks {
  /** Text of a panic value as Go prints it after `panic: ` (printpanicval; may call Error/String). */
  panicText(v: Value): string;
  /** Turns a runtime error raised by an operation into the Go value `recover()` returns. */
  runtimeErrorValue(e: GoRuntimePanic): Value;
  /** Program output (stdout/stderr bytes as byte strings). */
  write(stream: 'stdout' | 'stderr', bytes: string): void;
}

export class Machine implements Executor {
  constructor(readonly rt: Runtime, readonly hooks: MachineHooks) {
    rt.executor = this;
  }

  static state(g: G): GState {
    return g.machine as GState;
  }

  /** Starts the main goroutine running `entry` (a function with no parameters). */
  startMain(entry: FuncCode): G {
    const st: GState = { top: new Frame(entry, null), panic: null, createdBy: null };
    return this.rt.startMain(st);
  }

  /** The `go` statement: a new goroutine whose bottom frame is `fr` (arguments already set). */
  go(parent: G, fr: Frame, createdAt: { fn: string; line: number; file?: string }, pos?: SourcePos): G {
    fr.parent = null;
    const st: GState = { top: fr, panic: null, createdBy: createdAt };
    return this.rt.spawn(st, parent, fr.fn.name, pos);
  }

  /**
   * Where the goroutine is in the program's own code: the innermost frame of a
   * program file (inside the standard library, the call site that led there).
   */
  positionOf(g: G): SourcePos | undefined {
    let fr = Machine.state(g).top;
    // a running goroutine's top frame is at fr.pc; other frames (and parked ones) resume after pc-1
    let exact = g.status === GStatus.Running;
    while (fr && fr.fn.file < 0) {
      fr = fr.parent;
      exact = false;
    }
    if (!fr) return undefined;
    const pc = Math.min(exact ? fr.pc : fr.pc - 1, fr.fn.lines.length - 1);
    if (pc < 0) return undefined;
    return { file: fr.fn.file, line: fr.fn.lines[pc], col: fr.fn.cols[pc] };
  }

  /** Runs g for up to `budget` instructions (Executor). */
  execute(g: G, budget: number): number {
    const st = Machine.state(g);
    let n = 0;
    let fr = st.top as Frame;
    // a blocking operation this goroutine parked in completes (or parks again) first
    if (fr.k !== null) {
      const k = fr.k;
      fr.k = null;
      let next: Continuation | null;
      try {
        if (g.wakePanic !== undefined) {
          const msg = g.wakePanic;
          g.wakePanic = undefined;
          throw new GoRuntimePanic(msg, false);
        }
        next = k();
      } catch (e) {
        this.raise(g, st, e);
        return 1;
      }
      if (next !== null) {
        fr.k = next;
        return 1;
      }
      n++;
    } else if (g.wakePanic !== undefined) {
      const msg = g.wakePanic;
      g.wakePanic = undefined;
      this.raise(g, st, new GoRuntimePanic(msg, false));
      return 1;
    }
    let code = fr.fn.code;
    let pc = fr.pc;
    // one try around the loop (not per instruction): an exception ends this slice anyway
    try {
      while (n < budget) {
        fr.pc = pc; // the executing instruction, for trace positions
        const next = code[pc](fr);
        n++;
        if (next >= 0) {
          pc = next;
          continue;
        }
        // SWITCH: the instruction saved its frame's pc; reload
        if (g.status !== GStatus.Running || this.rt.exitCode !== undefined || st.top === null) return n;
        fr = st.top;
        if (fr.k !== null) return n; // parked in a native that wants to continue later
        code = fr.fn.code;
        pc = fr.pc;
      }
    } catch (e) {
      fr.pc = pc + 1; // as after a call: dumps show the line of pc-1
      this.raise(g, st, e);
      return n + 1;
    }
    fr.pc = pc;
    return n;
  }

  // ------------------------------------------------------------ calls and returns

  /** Pushes a call: `callee` has its arguments set; the caller resumes at `resumePc`. */
  static call(g: G, caller: Frame, resumePc: number, callee: Frame, retTo: number[] | null): number {
    caller.pc = resumePc;
    callee.parent = caller;
    callee.retTo = retTo;
    (g.machine as GState).top = callee;
    return SWITCH;
  }

  /**
   * The synthetic instruction at every function's retPc: run the next pending
   * defer, or complete the return (results to the caller's registers).
   */
  returnContinue(g: G, fr: Frame): number {
    const st = Machine.state(g);
    fr.pc = fr.fn.retPc;
    if (fr.defers !== null && fr.defers.length > 0) {
      const d = fr.defers.pop() as Deferred;
      const callee = d.call(fr);
      if (callee !== null) {
        callee.isDefer = true;
        callee.deferPanic = null;
        callee.parent = fr;
        st.top = callee;
      }
      return SWITCH;
    }
    this.finishReturn(g, st, fr);
    return SWITCH;
  }

  private finishReturn(g: G, st: GState, fr: Frame): void {
    const parent = fr.parent;
    if (parent !== null && fr.retTo !== null) {
      const rr = fr.fn.resultRegs;
      const dst = fr.retTo;
      for (let i = 0; i < dst.length; i++) parent.r[dst[i]] = fr.r[rr[i]];
    }
    st.top = parent;
    if (fr.isDefer && fr.deferPanic !== null) {
      this.afterPanicDefer(g, st, fr.deferPanic as PanicRec);
      return;
    }
    if (parent === null) this.goroutineDone(g, st);
  }

  private goroutineDone(g: G, st: GState): void {
    const goexit = st.panic !== null && st.panic.goexit;
    st.panic = null;
    if (g.id === 1 && !goexit) {
      // main returned: the program ends, whatever other goroutines are doing
      const leaked = [...this.rt.goroutines.keys()].filter((id) => id !== g.id).sort((a, b) => a - b);
      this.rt.tracer.emit(g.id, { kind: 'exit', code: 0, reason: 'main returned', leaked });
      this.rt.exit(0);
      return;
    }
    if (g.id === 1) this.mainGoexited = true;
    this.rt.goexit(g);
  }

  /** runtime.Goexit was called on the main goroutine (the deadlock message differs). */
  mainGoexited = false;

  /** Registers a deferred call on the current frame (LIFO). */
  static defer(fr: Frame, d: Deferred): void {
    (fr.defers ??= []).push(d);
  }

  /**
   * Calls Go code synchronously from a native (fmt calling a String method):
   * runs the call's frames on g's stack until it returns. Such a call must not
   * block; a panic in it is rethrown as a GoPanicSignal to the native.
   */
  callSync(g: G, bc: { kind: 'frame'; fr: Frame } | { kind: 'native'; impl: { kind: string; fn: (...a: never[]) => unknown }; args: Value[] }): Value[] {
    if (bc.kind === 'native') {
      throw new Error('chanscope: callSync of a native');
    }
    const st = Machine.state(g);
    const savedTop = st.top;
    const savedPanic = st.panic;
    const sentinel = new Frame(SYNC_SENTINEL, null);
    const fr = bc.fr;
    fr.parent = sentinel;
    fr.retTo = fr.fn.resultRegs.map((_, i) => i);
    sentinel.r.length = fr.retTo.length;
    st.top = fr;
    let steps = 0;
    try {
      while (st.top !== sentinel) {
        const top = st.top;
        if (top === null || g.status !== GStatus.Running) {
          throw new GoFatalError('chanscope: a method called by fmt (String, Error) blocked or exited; that is not supported');
        }
        if (this.rt.exitCode !== undefined) break;
        let next: number;
        try {
          next = top.fn.code[top.pc](top);
        } catch (e) {
          top.pc++;
          if (e instanceof GoPanicSignal || e instanceof GoRuntimePanic) {
            // unwinding stops at the sentinel: hand the panic to the native
            st.top = savedTop;
            st.panic = savedPanic;
            throw e instanceof GoRuntimePanic ? new GoPanicSignal(this.hooks.runtimeErrorValue(e)) : e;
          }
          throw e;
        }
        if (next >= 0) top.pc = next;
        if (++steps > 50_000_000) throw new GoFatalError('chanscope: a method called by fmt ran too long');
      }
    } finally {
      if (st.top === sentinel) st.top = savedTop;
    }
    return sentinel.r.slice(0, fr.retTo.length);
  }

  // ------------------------------------------------------------ panics

  /** An exception escaped an instruction: a Go panic, a fatal error, or an engine bug. */
  private raise(g: G, st: GState, e: unknown): void {
    if (e instanceof GoRuntimePanic) {
      this.startPanic(g, st, this.hooks.runtimeErrorValue(e), false);
    } else if (e instanceof GoFatalError) {
      this.fatal(g, e.message);
    } else if (e instanceof GoPanicSignal) {
      this.startPanic(g, st, e.value, e.goexit);
    } else if (e instanceof EngineLimit) {
      this.rt.stop(e.message);
    } else if (e instanceof GoExitSignal) {
      // os.Exit: the program ends now; deferred calls do not run
      this.rt.tracer.emit(g.id, { kind: 'exit', code: e.code, reason: 'os.Exit' });
      this.rt.exit(e.code);
    } else if (e instanceof RangeError && /call stack/i.test(e.message)) {
      this.fatal(g, 'stack overflow');
    } else {
      throw e;
    }
  }

  /** runtime.gopanic: start a panic (or Goexit) and unwind. */
  startPanic(g: G, st: GState, value: Value, goexit: boolean): void {
    const text = goexit ? '' : this.hooks.panicText(value);
    const trace = goexit || st.panic !== null ? '' : this.stackTrace(g, st);
    const p: PanicRec = { value, text, recovered: false, aborted: false, goexit, link: st.panic, trace };
    // a panic raised while a deferred call runs for an earlier panic aborts that one
    if (st.panic !== null) st.panic.aborted = true;
    st.panic = p;
    if (!goexit) this.rt.tracer.emit(g.id, { kind: 'panic', message: text });
    this.unwind(g, st);
  }

  /** Run the next deferred call up the stack for the current panic, or die. */
  private unwind(g: G, st: GState): void {
    const p = st.panic as PanicRec;
    for (;;) {
      const fr = st.top;
      if (fr === null) {
        if (p.goexit) {
          this.goroutineDone(g, st);
          return;
        }
        this.die(g, st);
        return;
      }
      if (fr.defers !== null && fr.defers.length > 0) {
        const d = fr.defers.pop() as Deferred;
        fr.pc = fr.fn.retPc;
        fr.k = null;
        const callee = d.call(fr);
        if (callee !== null) {
          callee.isDefer = true;
          callee.deferPanic = p;
          callee.parent = fr;
          st.top = callee;
          return;
        }
        if (p.recovered) {
          this.recovered(st, p, fr);
          return;
        }
        continue;
      }
      // no more defers in this frame: it ends with the panic
      st.top = fr.parent;
    }
  }

  /** A deferred call that a panic started has returned: recovered, or keep unwinding. */
  private afterPanicDefer(g: G, st: GState, started: PanicRec): void {
    const p = st.panic as PanicRec;
    if (p === started && p.recovered) {
      this.recovered(st, p, st.top as Frame);
      return;
    }
    if (p !== null) this.unwind(g, st);
  }

  /**
   * Recovery (runtime.recovery): the function whose deferred call recovered
   * returns normally to its caller, after its remaining defers.
   */
  private recovered(st: GState, p: PanicRec, fr: Frame): void {
    let q: PanicRec | null = p.link;
    while (q !== null && q.aborted) q = q.link;
    st.panic = q;
    st.top = fr;
    fr.pc = fr.fn.retPc;
  }

  /** recover(): the current panic's value, if called directly by a deferred call it started. */
  static recover(g: G, fr: Frame): Value {
    const st = g.machine as GState;
    const p = st.panic;
    if (p === null || p.goexit || p.recovered || !fr.isDefer || fr.deferPanic !== p) return null;
    p.recovered = true;
    return p.value;
  }

  /** The panic reached the top of the stack: print it like runtime.printpanics and exit 2. */
  private die(g: G, st: GState): void {
    const lines: string[] = [];
    const chain: PanicRec[] = [];
    for (let p = st.panic; p !== null; p = p.link) chain.unshift(p);
    chain.forEach((p, i) => {
      if (p.goexit) return;
      lines.push(`${i > 0 ? '\t' : ''}panic: ${p.text}${p.recovered ? ' [recovered]' : ''}`);
    });
    // a nil dereference is a SIGSEGV turned into a panic; Go prints the signal line after it
    const last = chain[chain.length - 1];
    if (last && last.text === 'runtime error: invalid memory address or nil pointer dereference') {
      lines.push('[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]');
    }
    let out = lines.join('\n') + '\n';
    out += '\n' + this.goroutineHeader(g, 'running') + (chain.length > 0 ? chain[0].trace : '');
    this.hooks.write('stderr', out);
    this.rt.tracer.emit(g.id, { kind: 'exit', code: 2, reason: 'panic' });
    this.rt.exit(2);
  }

  /** runtime.throw / fatal: unrecoverable; `fatal error: msg`, a dump, exit 2. */
  fatal(g: G | null, message: string): void {
    let out = `fatal error: ${message}\n`;
    if (g) out += '\n' + this.goroutineHeader(g, 'running') + this.stackTrace(g, Machine.state(g));
    this.hooks.write('stderr', out);
    this.rt.tracer.emit(g ? g.id : 0, { kind: 'fatal', message });
    this.rt.tracer.emit(g ? g.id : 0, { kind: 'exit', code: 2, reason: 'fatal' });
    this.rt.exit(2);
  }

  /** The deadlock report: `fatal error: all goroutines are asleep - deadlock!` and every goroutine. */
  deadlock(): void {
    if (this.mainGoexited && this.rt.goroutines.size === 0) {
      this.hooks.write('stderr', 'fatal error: no goroutines (main called runtime.Goexit) - deadlock!\n');
      this.rt.tracer.emit(0, { kind: 'exit', code: 2, reason: 'deadlock' });
      this.rt.exit(2);
      return;
    }
    let out = 'fatal error: all goroutines are asleep - deadlock!\n';
    const gs = [...this.rt.goroutines.values()].sort((a, b) => a.id - b.id);
    for (const g of gs) {
      out += '\n' + this.goroutineHeader(g, g.waitReason ?? 'runnable') + this.stackTrace(g, Machine.state(g));
    }
    this.hooks.write('stderr', out);
    this.rt.tracer.emit(0, { kind: 'fatal', message: 'all goroutines are asleep - deadlock!' });
    this.rt.tracer.emit(0, { kind: 'exit', code: 2, reason: 'deadlock' });
    this.rt.exit(2);
  }

  goroutineHeader(g: G, state: string): string {
    let s = state;
    if (g.status === GStatus.Waiting) {
      const mins = Math.floor((this.rt.now - g.waitSince) / 60e9);
      if (mins >= 1) s += `, ${mins} minutes`;
    }
    return `goroutine ${g.id} [${s}]:\n`;
  }

  /** Frames from the innermost out, in Go's dump format (addresses are not meaningful here). */
  stackTrace(g: G, st: GState): string {
    let out = '';
    for (let fr = st.top; fr !== null; fr = fr.parent) {
      if (fr.fn.name.startsWith('runtime.')) continue;
      // every frame's pc is a resume point: the call, blocking or panicking instruction is pc-1
      const pc = Math.min(fr.pc - 1, fr.fn.lines.length - 1);
      const line = pc >= 0 ? fr.fn.lines[pc] : 0;
      out += `${fr.fn.name}(${fr.fn.nparams > 0 ? '...' : ''})\n\t${fr.fn.fileName || 'prog.go'}:${line} +0x0\n`;
    }
    if (st.createdBy) out += `created by ${st.createdBy.fn}\n\t${st.createdBy.file || 'prog.go'}:${st.createdBy.line} +0x0\n`;
    return out;
  }
}

/** The bottom of a synchronous call from a native (never executed). */
const SYNC_SENTINEL = new FuncCode('runtime.callSync', 0, 0, []);

/** Thrown by os.Exit: ends the program immediately with `code`. */
export class GoExitSignal {
  constructor(readonly code: number) {}
}

/** Thrown by the `panic` builtin's instruction (and runtime.Goexit) to enter the panic protocol. */
export class GoPanicSignal {
  constructor(readonly value: Value, readonly goexit = false) {}
}
