// The run's trace as it streams in: kept outside React state (it can hold
// hundreds of thousands of events) and read by index. It folds as it grows, so
// the state at any event is a keyframe plus a short replay (src/trace/fold.ts),
// and keeps the run-summary counters up to date.
import { FoldedTrace, type RunState } from '../../trace/fold.js';
import type { TraceEvent } from '../../trace/schema.js';

export interface RunSummary {
  goroutinesCreated: number;
  maxAlive: number;
  events: number;
  /** Virtual time of the last event, ns. */
  virtualTime: number;
  exit?: { code: number; reason: string };
}

/** Keyframe spacing: a scrub replays at most this many events. */
const KEYFRAME_INTERVAL = 256;

export class TraceBuffer {
  readonly events: TraceEvent[] = [];
  private readonly folded = new FoldedTrace(this.events, KEYFRAME_INTERVAL);
  private alive = 0;
  readonly summary: RunSummary = { goroutinesCreated: 0, maxAlive: 0, events: 0, virtualTime: 0 };
  private cache: { n: number; state: RunState } | undefined;

  append(batch: readonly TraceEvent[]): void {
    const s = this.summary;
    for (const ev of batch) {
      this.folded.push(ev);
      if (ev.kind === 'go.create') {
        s.goroutinesCreated++;
        if (++this.alive > s.maxAlive) s.maxAlive = this.alive;
      } else if (ev.kind === 'go.exit') this.alive--;
      else if (ev.kind === 'exit') s.exit = { code: ev.code, reason: ev.reason };
      s.virtualTime = ev.t;
    }
    s.events = this.events.length;
  }

  get length(): number {
    return this.events.length;
  }

  /** The state after the first n events (memoised for the last n asked). */
  stateAt(n: number): RunState {
    const k = Math.max(0, Math.min(Math.floor(n), this.events.length));
    if (this.cache && this.cache.n === k) return this.cache.state;
    const state = this.folded.stateAt(k);
    this.cache = { n: k, state };
    return state;
  }
}
