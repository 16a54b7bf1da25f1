// The trace: the one contract between the engine and everything that shows a
// run (UI, CLI `trace`, SVG export). The engine emits these events in order;
// consumers fold them into state. Bump TRACE_VERSION on any incompatible change.

export const TRACE_VERSION = 1;

/** Go's wait reasons, as a goroutine dump names them (runtime/runtime2.go waitReasonStrings). */
export type WaitReason =
  | 'chan receive'
  | 'chan send'
  | 'chan receive (nil chan)'
  | 'chan send (nil chan)'
  | 'select'
  | 'select (no cases)'
  | 'sleep'
  | 'sync.Mutex.Lock'
  | 'sync.RWMutex.RLock'
  | 'sync.RWMutex.Lock'
  | 'sync.WaitGroup.Wait'
  | 'sync.Cond.Wait'
  | 'semacquire'
  | 'GC assist wait'
  | 'wait for timer';

export type ObjectKind = 'chan' | 'mutex' | 'rwmutex' | 'waitgroup' | 'cond' | 'once' | 'timer' | 'ticker' | 'atomic';

/** Where in the program an event happened: 1-based line and byte column, file index into the run's files. */
export interface SourcePos {
  file: number;
  line: number;
  col: number;
}

interface EventBase {
  /** 0-based, dense, increasing. */
  seq: number;
  /** Virtual time in nanoseconds since the run started (2009-11-10 23:00:00 UTC). */
  t: number;
  /** The goroutine the event happened on; 0 for the runtime itself (timer firing, clock). */
  g: number;
  pos?: SourcePos;
}

export type TraceEvent = EventBase & EventBody;

export type EventBody =
  // goroutines
  | { kind: 'go.create'; child: number; fn: string; createdAt?: SourcePos }
  | { kind: 'go.run' }
  | { kind: 'go.block'; reason: WaitReason; objects: number[] }
  | { kind: 'go.unblock'; target: number }
  | { kind: 'go.yield'; preempted: boolean }
  | { kind: 'go.exit' }
  // channels
  | { kind: 'chan.make'; chan: number; cap: number; elem: string; name?: string }
  | { kind: 'chan.send'; chan: number; value: string; len: number; peer?: number }
  | { kind: 'chan.recv'; chan: number; value: string; ok: boolean; len: number; peer?: number }
  | { kind: 'chan.close'; chan: number }
  // select
  | { kind: 'select.begin'; cases: SelectCaseInfo[]; hasDefault: boolean }
  | { kind: 'select.chosen'; index: number } // -1 = default
  // sync
  | { kind: 'sync.make'; object: number; type: ObjectKind; name?: string }
  | { kind: 'mutex.lock'; object: number; read?: boolean }
  | { kind: 'mutex.unlock'; object: number; read?: boolean }
  | { kind: 'wg.add'; object: number; delta: number; counter: number }
  | { kind: 'wg.wait'; object: number }
  | { kind: 'cond.signal'; object: number; broadcast: boolean }
  | { kind: 'once.do'; object: number }
  | { kind: 'atomic'; op: string; value: string }
  // timers
  | { kind: 'timer.start'; timer: number; when: number; period: number; purpose: TimerPurpose }
  | { kind: 'timer.fire'; timer: number }
  | { kind: 'timer.stop'; timer: number; pending: boolean }
  | { kind: 'timer.reset'; timer: number; when: number; pending: boolean }
  | { kind: 'clock.advance'; to: number }
  // output and ending
  | { kind: 'print'; stream: 'stdout' | 'stderr'; text: string }
  | { kind: 'panic'; message: string }
  | { kind: 'fatal'; message: string }
  /** The program ended; `leaked` lists goroutines still alive (blocked or runnable) at that moment. */
  | { kind: 'exit'; code: number; reason: ExitReason; leaked?: number[] };

export type TimerPurpose = 'sleep' | 'timer' | 'ticker' | 'afterfunc';
export type ExitReason = 'main returned' | 'os.Exit' | 'panic' | 'fatal' | 'deadlock' | 'limit' | 'compile error';

export interface SelectCaseInfo {
  dir: 'send' | 'recv';
  /** Channel object id, or 0 for a nil channel (a case that never fires). */
  chan: number;
}

export type EventKind = EventBody['kind'];
