// The timeline's model: the trace folded into one swimlane per goroutine with
// state segments, send→receive arrows, markers and the x mapping. Pure (no DOM),
// O(events) and incremental: `TimelineBuilder.append` takes the events that
// arrived since the last call, so a streaming trace never rebuilds from scratch.
//
// The x axis is "warped" virtual time. Go Playground fake time makes sleeping
// free: whole programs (a worker pool without sleeps) run at t=0 and most
// events share an instant with hundreds of others. A pure virtual-time axis
// would squeeze them into one pixel; a pure event-number axis would hide how
// long the sleeps and timers took. So every event advances x by one unit, and
// every jump of the clock adds a fixed gap plus width proportional to its share
// of the whole run's virtual duration:
//
//     x(seq) = seq·EVENT_UNIT + jumps(seq)·JUMP_UNIT + (t(seq) / T) · W,   W = max(N, MIN_TIME_WIDTH)·TIME_SHARE
//
// where jumps(seq) counts the clock changes up to seq, T is the run's last
// virtual time and N its event count. Event order is always readable (x is
// strictly increasing in seq, so the mapping inverts by binary search), every
// clock change is visible (JUMP_UNIT), and long waits look long (W gives
// virtual time as much room as the events themselves). Ticks are labelled with
// virtual time at the points where the clock changes.
import type { SourcePos, TraceEvent, WaitReason } from '../../../trace/schema.js';
import { goroutineLabel, stateOfReason, type VisualState } from '../visualState.js';

export const EVENT_UNIT = 1;
export const JUMP_UNIT = 4;
export const TIME_SHARE = 1;
export const MIN_TIME_WIDTH = 64;

export interface TimelineSegment {
  /** First event of the state (the event that put the goroutine in it). */
  from: number;
  /** End, exclusive: the event that changed the state, or the model's `count` while it lasts. */
  to: number;
  state: VisualState;
  /** The wait reason of a blocked state. */
  reason?: WaitReason;
}

export interface TimelineLane {
  index: number;
  /** Goroutine id. */
  g: number;
  fn: string;
  /** `worker #3` (goroutineLabel). */
  label: string;
  /** Parent goroutine id (0 = the runtime). */
  parent: number;
  /** Seq of its go.create. */
  created: number;
  createdAt?: SourcePos;
  /** Seq of its go.exit. */
  exited?: number;
  /** Still alive when the program ended. */
  leaked?: boolean;
  /** Contiguous, non-overlapping, in order; the last one is open (to = count). */
  segments: TimelineSegment[];
  /** Seqs of the events shown on this lane (its own, plus its go.create and the go.unblock that woke it), increasing. */
  events: number[];
}

export interface TimelineArrow {
  chan: number;
  value: string;
  send: number;
  recv: number;
  /** Lane of the sender, -1 for the runtime (a timer's channel send). */
  fromLane: number;
  toLane: number;
  /** Handed over directly (a receiver or sender was waiting) rather than through the buffer. */
  direct: boolean;
}

export type MarkerKind = 'spawn' | 'close' | 'timer' | 'panic' | 'fatal' | 'exit';

export interface TimelineMarker {
  kind: MarkerKind;
  seq: number;
  /** Lane it sits on; -1 for the runtime (e.g. the deadlock's fatal error, an exit on g0). */
  lane: number;
  /** spawn: the child's lane. */
  toLane?: number;
  /** close: the channel; timer: the timer. */
  object?: number;
  /** panic/fatal message, exit reason. */
  text?: string;
}

export interface TimeChange {
  /** First event at the new time. */
  seq: number;
  t: number;
}

export interface TimelineModel {
  /** Events folded. */
  readonly count: number;
  readonly lanes: readonly TimelineLane[];
  /** Lane index of a goroutine id. */
  laneOf(g: number): number;
  /** In the order of their receives. */
  readonly arrows: readonly TimelineArrow[];
  /** In event order. */
  readonly markers: readonly TimelineMarker[];
  /** Clock changes (the first entry is event 0 at its time), in order. */
  readonly timeChanges: readonly TimeChange[];
  /** Virtual time of the last event, ns. */
  readonly endTime: number;
  readonly exit?: { seq: number; code: number; reason: string };
  /** x of an event (fractional seqs interpolate; seq >= count extends one unit per event). */
  x(seq: number): number;
  /** x of the end of the trace (= x(count)). */
  readonly totalX: number;
  /** Inverse of x: the fractional seq at x (clamped to 0..count). */
  seqAt(x: number): number;
  timeAt(seq: number): number;
  chanName(id: number): string;
  objectName(id: number): string;
  /** Calls fn for every arrow whose [send, recv] span meets [s0, s1], in receive order, until fn returns false. */
  forEachArrow(s0: number, s1: number, fn: (a: TimelineArrow, index: number) => boolean | void): void;
}

const ARROW_BLOCK = 64;

interface PendingSend {
  seq: number;
  lane: number;
  value: string;
}

/** A FIFO of buffered sends per channel (array + head; compacted as it drains). */
class Fifo {
  items: PendingSend[] = [];
  head = 0;
  push(p: PendingSend): void {
    this.items.push(p);
  }
  shift(): PendingSend | undefined {
    if (this.head >= this.items.length) return undefined;
    const p = this.items[this.head++];
    if (this.head > 64 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return p;
  }
}

/** Builds the model incrementally. `buildTimeline` is the one-shot form. */
export class TimelineBuilder implements TimelineModel {
  count = 0;
  readonly lanes: TimelineLane[] = [];
  readonly arrows: TimelineArrow[] = [];
  readonly markers: TimelineMarker[] = [];
  readonly timeChanges: TimeChange[] = [];
  endTime = 0;
  exit?: { seq: number; code: number; reason: string };

  private times = new Float64Array(1024);
  private jumps = new Int32Array(1024);
  private readonly lanesByG = new Map<number, number>();
  private readonly chanNames = new Map<number, string>();
  private readonly objNames = new Map<number, string>();
  private readonly timerOwner = new Map<number, number>();
  private readonly fifo = new Map<number, Fifo>();
  /** The last send with a peer per channel, waiting for the peer's receive (emitted right after it). */
  private readonly peerSend = new Map<number, PendingSend & { peer: number }>();
  /** Per block of ARROW_BLOCK arrows: the smallest send seq (arrows are in receive order, sends are not). */
  private readonly blockMinSend: number[] = [];
  private runningLane = -1;
  /** The last event object seen, to tell a grown array from a different trace. */
  private lastEvent: TraceEvent | undefined;

  laneOf(g: number): number {
    return this.lanesByG.get(g) ?? -1;
  }

  chanName(id: number): string {
    return this.chanNames.get(id) ?? `chan ${id}`;
  }

  objectName(id: number): string {
    return this.objNames.get(id) ?? this.chanNames.get(id) ?? `#${id}`;
  }

  /** Whether `events[0..n)` continues what this builder has folded (same trace, grown). */
  continues(events: readonly TraceEvent[], n: number): boolean {
    if (n < this.count) return false;
    if (this.count === 0) return true;
    return events[this.count - 1] === this.lastEvent;
  }

  /** Folds events[count..upTo). */
  append(events: readonly TraceEvent[], upTo = events.length): this {
    const end = Math.min(upTo, events.length);
    if (end <= this.count) return this;
    this.reserve(end);
    for (let i = this.count; i < end; i++) this.apply(events[i], i);
    this.count = end;
    this.lastEvent = events[end - 1];
    // open segments last until the end of what is known
    for (const lane of this.lanes) {
      const last = lane.segments[lane.segments.length - 1];
      if (last) last.to = end;
    }
    return this;
  }

  private reserve(n: number): void {
    if (n <= this.times.length) return;
    let cap = this.times.length;
    while (cap < n) cap *= 2;
    const t = new Float64Array(cap);
    t.set(this.times.subarray(0, this.count));
    const j = new Int32Array(cap);
    j.set(this.jumps.subarray(0, this.count));
    this.times = t;
    this.jumps = j;
  }

  private setState(lane: TimelineLane, seq: number, state: VisualState, reason?: WaitReason): void {
    const segs = lane.segments;
    const last = segs[segs.length - 1];
    if (last) {
      if (last.state === 'exited') return;
      if (last.state === state && last.reason === reason) return;
      if (last.from === seq) {
        // two changes at one event: the later one wins (merging with the one before if equal)
        segs.pop();
        const prev = segs[segs.length - 1];
        if (prev && prev.state === state && prev.reason === reason) {
          prev.to = seq + 1;
          return;
        }
      } else last.to = seq;
    }
    segs.push(reason === undefined ? { from: seq, to: seq + 1, state } : { from: seq, to: seq + 1, state, reason });
  }

  private addLaneEvent(lane: TimelineLane, seq: number): void {
    const evs = lane.events;
    if (evs[evs.length - 1] !== seq) evs.push(seq);
  }

  private addArrow(a: TimelineArrow): void {
    const i = this.arrows.length;
    this.arrows.push(a);
    const b = Math.floor(i / ARROW_BLOCK);
    if (b === this.blockMinSend.length) this.blockMinSend.push(a.send);
    else if (a.send < this.blockMinSend[b]) this.blockMinSend[b] = a.send;
  }

  private apply(ev: TraceEvent, seq: number): void {
    // the clock
    const prevT = seq > 0 ? this.times[seq - 1] : ev.t;
    this.times[seq] = ev.t;
    const jumped = seq > 0 && ev.t !== prevT;
    this.jumps[seq] = (seq > 0 ? this.jumps[seq - 1] : 0) + (jumped ? 1 : 0);
    if (seq === 0 || jumped) this.timeChanges.push({ seq, t: ev.t });
    this.endTime = ev.t;

    const li = this.lanesByG.get(ev.g);
    const lane = li === undefined ? undefined : this.lanes[li];
    if (lane) this.addLaneEvent(lane, seq);

    switch (ev.kind) {
      case 'go.create': {
        const index = this.lanes.length;
        const child: TimelineLane = {
          index,
          g: ev.child,
          fn: ev.fn,
          label: goroutineLabel(ev.fn, ev.child),
          parent: ev.g,
          created: seq,
          createdAt: ev.createdAt,
          segments: [{ from: seq, to: seq + 1, state: 'runnable' }],
          events: [seq],
        };
        this.lanes.push(child);
        this.lanesByG.set(ev.child, index);
        this.markers.push({ kind: 'spawn', seq, lane: li ?? -1, toLane: index });
        break;
      }
      case 'go.run': {
        if (this.runningLane >= 0 && this.runningLane !== li) {
          const prev = this.lanes[this.runningLane];
          const last = prev.segments[prev.segments.length - 1];
          if (last && last.state === 'running') this.setState(prev, seq, 'runnable');
        }
        this.runningLane = li ?? -1;
        if (lane) this.setState(lane, seq, 'running');
        break;
      }
      case 'go.block':
        if (lane) this.setState(lane, seq, stateOfReason(ev.reason), ev.reason);
        if (this.runningLane === li) this.runningLane = -1;
        break;
      case 'go.unblock': {
        const ti = this.lanesByG.get(ev.target);
        if (ti !== undefined) {
          const target = this.lanes[ti];
          this.addLaneEvent(target, seq);
          this.setState(target, seq, 'runnable');
        }
        break;
      }
      case 'go.yield':
        if (lane) this.setState(lane, seq, 'runnable');
        if (this.runningLane === li) this.runningLane = -1;
        break;
      case 'go.exit':
        if (lane) {
          this.setState(lane, seq, 'exited');
          lane.exited = seq;
        }
        if (this.runningLane === li) this.runningLane = -1;
        break;
      case 'chan.make':
        this.chanNames.set(ev.chan, ev.name ?? `chan ${ev.chan}`);
        break;
      case 'sync.make':
        this.objNames.set(ev.object, ev.name ?? `${ev.type} ${ev.object}`);
        break;
      case 'chan.send':
        if (ev.peer !== undefined) this.peerSend.set(ev.chan, { seq, lane: li ?? -1, value: ev.value, peer: ev.peer });
        else {
          let q = this.fifo.get(ev.chan);
          if (!q) this.fifo.set(ev.chan, (q = new Fifo()));
          q.push({ seq, lane: li ?? -1, value: ev.value });
        }
        break;
      case 'chan.recv': {
        if (!ev.ok) break; // from a closed channel: nobody sent it
        let from: PendingSend | undefined;
        let direct = false;
        if (ev.peer !== undefined) {
          const p = this.peerSend.get(ev.chan);
          if (p && p.peer === ev.g) {
            from = p;
            direct = true;
            this.peerSend.delete(ev.chan);
          }
        } else from = this.fifo.get(ev.chan)?.shift();
        if (from) this.addArrow({ chan: ev.chan, value: ev.value, send: from.seq, recv: seq, fromLane: from.lane, toLane: li ?? -1, direct });
        break;
      }
      case 'chan.close':
        this.markers.push({ kind: 'close', seq, lane: li ?? -1, object: ev.chan });
        break;
      case 'timer.start':
      case 'timer.reset':
        if (ev.g !== 0 && li !== undefined) this.timerOwner.set(ev.timer, li);
        break;
      case 'timer.fire':
        this.markers.push({ kind: 'timer', seq, lane: this.timerOwner.get(ev.timer) ?? -1, object: ev.timer });
        break;
      case 'panic':
        this.markers.push({ kind: 'panic', seq, lane: li ?? -1, text: ev.message });
        break;
      case 'fatal':
        this.markers.push({ kind: 'fatal', seq, lane: li ?? -1, text: ev.message });
        break;
      case 'exit':
        this.exit = { seq, code: ev.code, reason: ev.reason };
        this.markers.push({ kind: 'exit', seq, lane: li ?? -1, text: ev.reason });
        for (const id of ev.leaked ?? []) {
          const l = this.lanesByG.get(id);
          if (l !== undefined) this.lanes[l].leaked = true;
        }
        break;
      default:
        break;
    }
  }

  // --- the x mapping -------------------------------------------------------

  private timeWidth(): number {
    return Math.max(this.count, MIN_TIME_WIDTH) * TIME_SHARE;
  }

  private xAt(i: number, tw: number): number {
    const T = this.endTime;
    return i * EVENT_UNIT + this.jumps[i] * JUMP_UNIT + (T > 0 ? (this.times[i] / T) * tw : 0);
  }

  x(seq: number): number {
    const n = this.count;
    if (n === 0) return seq * EVENT_UNIT;
    const tw = this.timeWidth();
    if (seq <= 0) return this.xAt(0, tw) + seq * EVENT_UNIT;
    if (seq >= n - 1) return this.xAt(n - 1, tw) + (seq - (n - 1)) * EVENT_UNIT;
    const i = Math.floor(seq);
    const x0 = this.xAt(i, tw);
    if (i === seq) return x0;
    return x0 + (this.xAt(i + 1, tw) - x0) * (seq - i);
  }

  get totalX(): number {
    return this.x(this.count);
  }

  seqAt(x: number): number {
    const n = this.count;
    if (n === 0) return 0;
    const tw = this.timeWidth();
    if (x <= this.xAt(0, tw)) return 0;
    const last = this.xAt(n - 1, tw);
    if (x >= last) return Math.min(n, n - 1 + (x - last) / EVENT_UNIT);
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.xAt(mid, tw) <= x) lo = mid;
      else hi = mid - 1;
    }
    const x0 = this.xAt(lo, tw);
    const x1 = this.xAt(lo + 1, tw);
    return lo + (x - x0) / (x1 - x0);
  }

  timeAt(seq: number): number {
    if (this.count === 0) return 0;
    const i = Math.max(0, Math.min(this.count - 1, Math.floor(seq)));
    return this.times[i];
  }

  forEachArrow(s0: number, s1: number, fn: (a: TimelineArrow, index: number) => boolean | void): void {
    const arrows = this.arrows;
    // arrows are in receive order: skip to the first receive at or after s0
    let lo = 0;
    let hi = arrows.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (arrows[mid].recv < s0) lo = mid + 1;
      else hi = mid;
    }
    for (let b = Math.floor(lo / ARROW_BLOCK); b < this.blockMinSend.length; b++) {
      if (this.blockMinSend[b] > s1) continue;
      const end = Math.min(arrows.length, (b + 1) * ARROW_BLOCK);
      for (let i = Math.max(lo, b * ARROW_BLOCK); i < end; i++) {
        const a = arrows[i];
        if (a.send <= s1 && a.recv >= s0 && fn(a, i) === false) return;
      }
    }
  }
}

/** The timeline of a whole trace (or of a prefix of it). */
export function buildTimeline(events: readonly TraceEvent[], count = events.length): TimelineModel {
  return new TimelineBuilder().append(events, count);
}

// --- search helpers shared by the view -------------------------------------

/** Index of the segment containing seq (from <= seq < to), or -1. */
export function segmentAt(lane: TimelineLane, seq: number): number {
  const segs = lane.segments;
  let lo = 0;
  let hi = segs.length - 1;
  if (hi < 0 || seq < segs[0].from || seq >= segs[hi].to) return -1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (segs[mid].from <= seq) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** First index in a sorted number array whose value is >= v. */
export function lowerBound(a: readonly number[], v: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid] < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First index of an array sorted by key(item) whose key is >= v. */
export function lowerBoundBy<T>(a: readonly T[], v: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(a[mid]) < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
