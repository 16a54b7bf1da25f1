// The state of a run at any point of its trace, for the playground's stage and
// scrubbing: fold events in order into goroutines, channels, sync objects and
// timers. Keyframes (snapshots every `interval` events) make `stateAt(seq)`
// cheap anywhere in a long trace: the nearest keyframe, then a short replay.
import type { SelectCaseInfo, SourcePos, TraceEvent, WaitReason } from './schema.js';

export type GoroutineStatus = 'runnable' | 'running' | 'blocked' | 'exited';

export interface GoroutineState {
  id: number;
  fn: string;
  parent: number;
  status: GoroutineStatus;
  reason?: WaitReason;
  blockedOn: number[];
  pos?: SourcePos;
  /** Event number of its go.create. */
  created: number;
  /** Event number of the go.block that parked it (orders the waiters of one object, FIFO). */
  blockedAt?: number;
  /** The select it is in (from select.begin until select.chosen). */
  select?: { cases: SelectCaseInfo[]; hasDefault: boolean };
  /** The last select case that fired for it (-1 = default), with the event number. */
  chosen?: { index: number; chan: number; seq: number };
  exitedAt?: number;
  /** Still alive when the program ended. */
  leaked?: boolean;
}

export interface ChannelState {
  id: number;
  name?: string;
  cap: number;
  elem: string;
  /** Value previews in the buffer, oldest first. */
  buffer: string[];
  closed: boolean;
}

export interface SyncState {
  id: number;
  type: string;
  name?: string;
  /** Mutex/RWMutex: goroutine holding the write lock; readers for RWMutex. */
  holder?: number;
  readers: number[];
  /** WaitGroup counter. */
  counter?: number;
  /** Once: its function has run. */
  done?: boolean;
}

export interface TimerState {
  id: number;
  when: number;
  period: number;
  purpose: string;
  active: boolean;
}

export interface RunState {
  /** Events folded so far (the state is after event seq-1). */
  seq: number;
  t: number;
  running: number;
  goroutines: Map<number, GoroutineState>;
  channels: Map<number, ChannelState>;
  sync: Map<number, SyncState>;
  timers: Map<number, TimerState>;
  output: { stream: 'stdout' | 'stderr'; text: string; t: number; seq: number }[];
  exit?: { code: number; reason: string; leaked?: number[] };
}

export function emptyState(): RunState {
  return { seq: 0, t: 0, running: 0, goroutines: new Map(), channels: new Map(), sync: new Map(), timers: new Map(), output: [] };
}

/** A deep copy (keyframes must not share mutable parts with the live state). */
export function cloneState(s: RunState): RunState {
  const cloneMap = <T extends object>(m: Map<number, T>): Map<number, T> => {
    const out = new Map<number, T>();
    for (const [k, v] of m) out.set(k, structuredCloneLite(v));
    return out;
  };
  return {
    seq: s.seq,
    t: s.t,
    running: s.running,
    goroutines: cloneMap(s.goroutines),
    channels: cloneMap(s.channels),
    sync: cloneMap(s.sync),
    timers: cloneMap(s.timers),
    output: s.output.slice(),
    exit: s.exit ? { ...s.exit } : undefined,
  };
}

function structuredCloneLite<T extends object>(v: T): T {
  const o = { ...v } as Record<string, unknown>;
  for (const k in o) if (Array.isArray(o[k])) o[k] = (o[k] as unknown[]).slice();
  return o as T;
}

function syncObj(s: RunState, id: number): SyncState {
  let o = s.sync.get(id);
  if (!o) {
    o = { id, type: 'mutex', readers: [] };
    s.sync.set(id, o);
  }
  return o;
}

/** Applies one event to the state (in place). */
export function applyEvent(s: RunState, ev: TraceEvent): void {
  s.seq = ev.seq + 1;
  s.t = ev.t;
  const g = s.goroutines.get(ev.g);
  if (g && ev.pos) g.pos = ev.pos;
  switch (ev.kind) {
    case 'go.create':
      s.goroutines.set(ev.child, { id: ev.child, fn: ev.fn, parent: ev.g, status: 'runnable', blockedOn: [], pos: ev.createdAt, created: ev.seq });
      break;
    case 'go.run': {
      const prev = s.goroutines.get(s.running);
      if (prev && prev.status === 'running') prev.status = 'runnable';
      if (g) g.status = 'running';
      s.running = ev.g;
      break;
    }
    case 'go.block':
      if (g) {
        g.status = 'blocked';
        g.reason = ev.reason;
        g.blockedOn = ev.objects.slice();
        g.blockedAt = ev.seq;
      }
      break;
    case 'go.unblock': {
      const t = s.goroutines.get(ev.target);
      if (t) {
        t.status = 'runnable';
        t.reason = undefined;
        t.blockedOn = [];
        t.blockedAt = undefined;
      }
      break;
    }
    case 'go.yield':
      if (g) g.status = 'runnable';
      break;
    case 'go.exit':
      if (g) {
        g.status = 'exited';
        g.exitedAt = ev.seq;
      }
      break;
    case 'select.begin':
      if (g) g.select = { cases: ev.cases, hasDefault: ev.hasDefault };
      break;
    case 'select.chosen':
      if (g) {
        const c = g.select && ev.index >= 0 ? g.select.cases[ev.index] : undefined;
        g.chosen = { index: ev.index, chan: c ? c.chan : 0, seq: ev.seq };
        g.select = undefined;
      }
      break;
    case 'once.do':
      syncObj(s, ev.object).done = true;
      break;
    case 'chan.make':
      s.channels.set(ev.chan, { id: ev.chan, name: ev.name, cap: ev.cap, elem: ev.elem, buffer: [], closed: false });
      break;
    case 'chan.send': {
      const c = s.channels.get(ev.chan);
      if (c && ev.peer === undefined && c.cap > 0) c.buffer.push(ev.value);
      break;
    }
    case 'chan.recv': {
      const c = s.channels.get(ev.chan);
      if (c && ev.peer === undefined && ev.ok && c.cap > 0) c.buffer.shift();
      break;
    }
    case 'chan.close': {
      const c = s.channels.get(ev.chan);
      if (c) c.closed = true;
      break;
    }
    case 'sync.make':
      s.sync.set(ev.object, { id: ev.object, type: ev.type, name: ev.name, readers: [] });
      break;
    case 'mutex.lock': {
      const o = syncObj(s, ev.object);
      if (ev.read) o.readers.push(ev.g);
      else o.holder = ev.g;
      break;
    }
    case 'mutex.unlock': {
      const o = syncObj(s, ev.object);
      if (ev.read) {
        const i = o.readers.indexOf(ev.g);
        if (i >= 0) o.readers.splice(i, 1);
        else o.readers.shift();
      } else o.holder = undefined;
      break;
    }
    case 'wg.add':
      syncObj(s, ev.object).counter = ev.counter;
      break;
    case 'timer.start':
      s.timers.set(ev.timer, { id: ev.timer, when: ev.when, period: ev.period, purpose: ev.purpose, active: true });
      break;
    case 'timer.reset': {
      const t = s.timers.get(ev.timer);
      if (t) {
        t.when = ev.when;
        t.active = true;
      }
      break;
    }
    case 'timer.stop': {
      const t = s.timers.get(ev.timer);
      if (t) t.active = false;
      break;
    }
    case 'timer.fire': {
      const t = s.timers.get(ev.timer);
      if (t) {
        if (t.period > 0) t.when += t.period;
        else t.active = false;
      }
      break;
    }
    case 'print':
      s.output.push({ stream: ev.stream, text: ev.text, t: ev.t, seq: ev.seq });
      break;
    case 'exit':
      s.exit = { code: ev.code, reason: ev.reason, leaked: ev.leaked };
      for (const id of ev.leaked ?? []) {
        const lg = s.goroutines.get(id);
        if (lg) lg.leaked = true;
      }
      break;
    default:
      break;
  }
}

/** A trace with keyframes for random access by event number. */
export class FoldedTrace {
  private readonly keyframes: RunState[] = [];
  private readonly live = emptyState();

  constructor(
    readonly events: TraceEvent[] = [],
    private readonly interval = 1000,
  ) {
    this.keyframes.push(cloneState(this.live));
    for (const ev of events.slice()) this.applyNew(ev, false);
  }

  /** Appends events as they stream in. */
  push(ev: TraceEvent): void {
    this.applyNew(ev, true);
  }

  private applyNew(ev: TraceEvent, record: boolean): void {
    if (record) this.events.push(ev);
    applyEvent(this.live, ev);
    if (this.live.seq % this.interval === 0) this.keyframes.push(cloneState(this.live));
  }

  /** The state after the first `n` events (0 <= n <= events.length). */
  stateAt(n: number): RunState {
    const k = Math.min(Math.floor(n / this.interval), this.keyframes.length - 1);
    const s = cloneState(this.keyframes[k]);
    for (let i = s.seq; i < n; i++) applyEvent(s, this.events[i]);
    return s;
  }

  get length(): number {
    return this.events.length;
  }
}
