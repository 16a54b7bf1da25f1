// The deterministic runtime: one logical P, virtual time, goroutines, and the
// scheduling loop (runtime.schedule/findRunnable/checkdead with the Go
// Playground's fake time). The VM plugs in as an Executor that runs one
// goroutine for a bounded number of instructions; everything else — who runs
// next, when the clock jumps, when the program is deadlocked — is decided here.
import type { SourcePos, TraceEvent, WaitReason } from '../trace/schema.js';
import { GStatus, newG, type G } from './goroutine.js';
import { Prng } from './prng.js';
import { RunQueues } from './sched.js';
import { NEVER, TimerHeap } from './timers.js';
import { SemaTable } from './sema.js';
import { Tracer } from './tracer.js';

export interface Executor {
  /**
   * Run `g` for at most `budget` instructions. Returns the number executed.
   * Stops early when g parks (runtime.park), yields, exits or the program ends.
   */
  execute(g: G, budget: number): number;
  /** Current source position of a goroutine, for trace events. */
  positionOf(g: G): SourcePos | undefined;
}

export interface RuntimeOptions {
  seed: number;
  /** Instructions a goroutine may run before the scheduler preempts it (Go: sysmon's 10ms). */
  preemptSteps?: number;
  /** Preemptive mode: seeded random switch points to make data races visible. */
  randomPreempt?: boolean;
  /** First id for user goroutines after main (Go 1.19 gives 6: 2-5 are runtime goroutines). */
  firstUserGoid?: number;
  onEvent?: (ev: TraceEvent) => void;
}

export type RunOutcome =
  | { kind: 'running' } // the host budget ran out; call run() again
  | { kind: 'exited'; code: number }
  | { kind: 'deadlock' }
  | { kind: 'stopped'; reason: string }; // a limit or an engine stop

/** Virtual time origin: 2009-11-10 23:00:00 UTC in Unix nanoseconds (the Go Playground's). */
export const FAKE_TIME_ORIGIN_UNIX_NS = 1257894000000000000n;

export class Runtime {
  /** Virtual nanoseconds since FAKE_TIME_ORIGIN. */
  now = 0;
  readonly q = new RunQueues();
  readonly timers = new TimerHeap();
  readonly prng: Prng;
  readonly tracer: Tracer;
  readonly goroutines = new Map<number, G>();
  readonly sema = new SemaTable();
  /** Trace ids of sync objects (by their memory), and Cond waiter lists (runtime.notifyList). */
  readonly syncIds = new WeakMap<object, number>();
  readonly notifyLists = new Map<number[], { g: G; ticket: number }[]>();
  /** Variable names the VM knows for objects (`mu`, `wg`), for the trace. */
  readonly names = new WeakMap<object, string>();
  current: G | null = null;
  executor: Executor | undefined;
  /** Set when the program ends (main returned, os.Exit, fatal error). */
  exitCode: number | undefined;
  stopReason: string | undefined;
  steps = 0;

  private nextGoid: number;
  private nextObjectId = 1;
  private sliceSteps = 0;
  private readonly preemptSteps: number;
  private readonly randomPreempt: boolean;

  /** Preemptive mode: switch points after any instruction (seeded). */
  get preemptive(): boolean {
    return this.randomPreempt;
  }
  private randomSlice = 0;

  constructor(opts: RuntimeOptions) {
    this.prng = new Prng(opts.seed);
    this.preemptSteps = opts.preemptSteps ?? 200_000;
    this.randomPreempt = opts.randomPreempt ?? false;
    this.nextGoid = opts.firstUserGoid ?? 6;
    const sink = opts.onEvent ?? (() => {});
    this.tracer = new Tracer(sink, () => this.now, (id) => {
      const g = this.goroutines.get(id);
      return g && this.executor ? this.executor.positionOf(g) : undefined;
    });
  }

  nameHint(obj: object): string | undefined {
    return this.names.get(obj);
  }

  newObjectId(): number {
    return this.nextObjectId++;
  }

  /** The main goroutine (id 1); it runs first. */
  startMain(machine: unknown): G {
    const g = newG(1, machine);
    this.goroutines.set(1, g);
    this.tracer.emit(0, { kind: 'go.create', child: 1, fn: 'main.main' });
    this.q.put(g, true);
    return g;
  }

  /** runtime.newproc: the new goroutine goes to runnext; the creator keeps running. */
  spawn(machine: unknown, parent: G | null, fn: string, createdAt?: SourcePos): G {
    const g = newG(this.nextGoid++, machine);
    this.goroutines.set(g.id, g);
    this.tracer.emit(parent ? parent.id : 0, { kind: 'go.create', child: g.id, fn, createdAt }, createdAt);
    this.q.put(g, true);
    return g;
  }

  /** runtime.goready: make a parked goroutine runnable; it runs next. */
  ready(g: G, by: G | null): void {
    g.waitReason = undefined;
    this.tracer.emit(by ? by.id : 0, { kind: 'go.unblock', target: g.id });
    this.q.put(g, true);
  }

  /** runtime.gopark: the goroutine stops running until someone readies it. */
  park(g: G, reason: WaitReason, objects: number[]): void {
    // emitted while g still runs, so the event's position is the blocking instruction itself
    this.tracer.emit(g.id, { kind: 'go.block', reason, objects });
    g.status = GStatus.Waiting;
    g.waitReason = reason;
    g.waitSince = this.now;
    g.blockedOn = objects;
  }

  /** runtime.Gosched: to the global queue, behind everything local. */
  gosched(g: G): void {
    this.tracer.emit(g.id, { kind: 'go.yield', preempted: false });
    this.q.putGlobal(g);
  }

  /** runtime.goyield: to the tail of the local queue (a semaphore handed off to the goroutine now in runnext). */
  yieldLocal(g: G): void {
    this.tracer.emit(g.id, { kind: 'go.yield', preempted: false });
    this.q.put(g, false);
  }

  /** A goroutine's function returned (or runtime.Goexit finished). */
  goexit(g: G): void {
    g.status = GStatus.Dead;
    this.tracer.emit(g.id, { kind: 'go.exit' });
    this.goroutines.delete(g.id);
  }

  /** The program ends now (main returned, os.Exit, an unrecovered panic, a fatal error). */
  exit(code: number): void {
    if (this.exitCode === undefined) this.exitCode = code;
  }

  /** Ends the run from outside the program (a limit, or the host's Stop). */
  stop(reason: string): void {
    if (this.stopReason === undefined) this.stopReason = reason;
  }

  /** Goroutines still alive (runtime.NumGoroutine counts user goroutines, main included). */
  get numGoroutine(): number {
    return this.goroutines.size;
  }

  /**
   * runtime.schedule + execute, for at most `budget` instructions of the whole
   * program. Timers due at the current virtual time run at every scheduling
   * point (checkTimers); when nothing can run the clock jumps to the next timer
   * (checkdead in fake time), and with no timer left it is a deadlock.
   */
  run(budget: number): RunOutcome {
    const exec = this.executor;
    if (!exec) throw new Error('chanscope: runtime has no executor');
    let left = budget;
    for (;;) {
      if (this.exitCode !== undefined) return { kind: 'exited', code: this.exitCode };
      if (this.stopReason !== undefined) return { kind: 'stopped', reason: this.stopReason };
      let g = this.current;
      if (g === null) {
        this.timers.check(this.now);
        if (this.exitCode !== undefined) continue;
        const next = this.q.next();
        if (next === null) {
          const when = this.timers.sleepUntil();
          if (when === NEVER) return { kind: 'deadlock' };
          if (when > this.now) {
            this.now = when;
            this.tracer.emit(0, { kind: 'clock.advance', to: when });
          }
          continue;
        }
        g = next.g;
        if (!next.inheritTime) {
          this.q.schedtick++;
          this.sliceSteps = 0;
          if (this.randomPreempt) this.randomSlice = 1 + this.prng.below(64);
        }
        g.status = GStatus.Running;
        this.current = g;
        this.tracer.emit(g.id, { kind: 'go.run' });
      }
      if (left <= 0) return { kind: 'running' };
      const sliceLimit = this.randomPreempt ? this.randomSlice : this.preemptSteps;
      const allowed = Math.min(left, Math.max(1, sliceLimit - this.sliceSteps));
      const used = exec.execute(g, allowed);
      left -= used;
      this.steps += used;
      this.sliceSteps += used;
      if (g.status === GStatus.Running) {
        if (this.exitCode !== undefined || this.stopReason !== undefined) continue;
        if (this.sliceSteps >= sliceLimit) {
          // sysmon's preemption (runtime.retake -> gopreempt_m): to the global queue
          this.tracer.emit(g.id, { kind: 'go.yield', preempted: true });
          this.q.putGlobal(g);
          this.current = null;
        }
        continue;
      }
      this.current = null;
    }
  }
}
