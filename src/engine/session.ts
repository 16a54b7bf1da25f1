// One run of a Go program: check, compile, then execute in resumable slices on
// the deterministic runtime. Hosts (the CLI, the Web Worker, tests) call
// `step(budget)` until it reports the end, collecting output and trace events
// as they come. No DOM, no Node-only imports.
import type { Diagnostic } from '../lang/diagnostics.js';
import { checkProgram } from '../lang/checkProgram.js';
import { programPackages } from './packages.js';
import { ProgramCompiler } from '../compile/programCompiler.js';
import type { RunCtx } from '../compile/runCtx.js';
import { Runtime } from '../runtime/runtime.js';
import type { TraceEvent } from '../trace/schema.js';
import { Machine } from '../vm/machine.js';
import { AddressBook } from '../vm/refs.js';
import { allocMeter } from '../vm/allocMeter.js';
import { GoRuntimePanic } from '../runtime/panics.js';
import { allNatives } from '../stdlib/natives.js';
import { engineHooks } from '../stdlib/engineHooks.js';
import { defaultLimits, limitMessage, type Limits } from './limits.js';

export interface RunOptions {
  seed?: number;
  /** Preemptive mode: seeded random switch points (makes data races visible). */
  preempt?: boolean;
  limits?: Partial<Limits>;
  /** Receives every trace event in order. */
  onEvent?: (ev: TraceEvent) => void;
  /** Receives program output as it is written (byte strings: UTF-8 bytes as char codes). */
  onOutput?: (stream: 'stdout' | 'stderr', bytes: string) => void;
}

export type SessionState =
  | { kind: 'running' }
  | { kind: 'exited'; code: number }
  | { kind: 'compile-error'; diagnostics: Diagnostic[]; lines: string[] }
  | { kind: 'stopped'; reason: string };

export class Session {
  readonly rt: Runtime;
  readonly m: Machine;
  state: SessionState = { kind: 'running' };
  private readonly limits: Limits;
  private outBytes = 0;
  private events = 0;

  private constructor(readonly opts: RunOptions) {
    this.limits = { ...defaultLimits, ...opts.limits };
    const onEvent = opts.onEvent;
    this.rt = new Runtime({
      seed: opts.seed ?? 1,
      randomPreempt: opts.preempt ?? false,
      onEvent: (ev) => {
        if (++this.events > this.limits.maxEvents) this.rt.stop(limitMessage('maxEvents', this.limits));
        else if (onEvent) onEvent(ev);
      },
    });
    const ctx: RunCtx = {
      rt: this.rt,
      m: undefined as unknown as Machine,
      write: (s, b) => this.write(s, b),
      addresses: new AddressBook(),
    };
    this.ctx = ctx;
    this.m = new Machine(this.rt, {
      panicText: (v) => this.hooks.panicText(v),
      runtimeErrorValue: (e: GoRuntimePanic) => this.hooks.runtimeErrorValue(e),
      write: (s, b) => this.write(s, b),
    });
    ctx.m = this.m;
    // without a listener there is no trace to record (and no event limit to hit)
    if (!onEvent) this.rt.tracer.enabled = false;
  }

  private readonly ctx: RunCtx;
  private hooks!: ReturnType<typeof engineHooks>;

  /** Checks and compiles the program; on errors the session ends in 'compile-error'. */
  static start(sources: { name: string; text: string }[], opts: RunOptions = {}): Session {
    const s = new Session(opts);
    const checked = checkProgram(sources);
    const packages = checked.lines.length === 0 ? programPackages(checked) : undefined;
    if (!packages) {
      s.state = { kind: 'compile-error', diagnostics: checked.diagnostics, lines: checked.lines };
      return s;
    }
    const pc = new ProgramCompiler(s.ctx, packages, allNatives);
    s.hooks = engineHooks(pc, s.ctx);
    pc.preview = s.hooks.preview;
    const entry = pc.compileEntry();
    s.m.startMain(entry);
    return s;
  }

  private write(stream: 'stdout' | 'stderr', bytes: string): void {
    this.outBytes += bytes.length;
    if (this.outBytes > this.limits.maxOutputBytes) {
      this.rt.stop(limitMessage('maxOutputBytes', this.limits));
      return;
    }
    this.rt.tracer.emit(this.rt.current ? this.rt.current.id : 0, { kind: 'print', stream, text: bytes });
    this.opts.onOutput?.(stream, bytes);
  }

  private allocated = 0;

  /** Runs up to `budget` instructions; returns the state after. */
  step(budget: number): SessionState {
    if (this.state.kind !== 'running') return this.state;
    // this run's allocation estimate (the meter is shared by the runs of a process)
    allocMeter.bytes = this.allocated;
    allocMeter.limit = this.limits.maxHeapBytes;
    allocMeter.message = limitMessage('maxHeapBytes', this.limits);
    try {
      return this.stepInner(budget);
    } finally {
      this.allocated = allocMeter.bytes;
      allocMeter.limit = Infinity;
    }
  }

  private stepInner(budget: number): SessionState {
    const before = this.rt.steps;
    const r = this.rt.run(Math.min(budget, this.limits.maxSteps - before));
    if (r.kind === 'deadlock') {
      this.m.deadlock();
      this.state = { kind: 'exited', code: this.rt.exitCode ?? 2 };
    } else if (r.kind === 'exited') {
      this.state = { kind: 'exited', code: r.code };
    } else if (r.kind === 'stopped') {
      this.state = { kind: 'stopped', reason: r.reason };
    } else if (this.rt.steps >= this.limits.maxSteps) {
      this.state = { kind: 'stopped', reason: limitMessage('maxSteps', this.limits) };
    } else if (this.rt.now > this.limits.maxVirtualTime) {
      this.state = { kind: 'stopped', reason: limitMessage('maxVirtualTime', this.limits) };
    } else if (this.rt.numGoroutine > this.limits.maxGoroutines) {
      this.state = { kind: 'stopped', reason: limitMessage('maxGoroutines', this.limits) };
    }
    return this.state;
  }

  /** Runs to the end (for the CLI and tests). */
  runToEnd(slice = 1_000_000): SessionState {
    while (this.step(slice).kind === 'running');
    return this.state;
  }
}
