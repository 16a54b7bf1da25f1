// The playground's state and actions, framework-free (zustand's vanilla core,
// as shared/style.md suggests): React subscribes with selectors; the trace
// itself lives in a TraceBuffer outside the state and is read by index.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { TraceEvent } from '../../trace/schema.js';
import type { FromWorker, RunEnd, WireDiagnostic } from '../../worker/protocol.js';
import type { EngineClient } from '../engine/engineClient.js';
import { TraceBuffer } from './traceBuffer.js';

export type RunStatus = 'idle' | 'running' | 'done' | 'compile-error' | 'stopped';
export type Selection = { kind: 'goroutine' | 'chan' | 'sync'; id: number };
export type Theme = 'light' | 'dark';
export type StageView = 'graph' | 'timeline';

export interface RunInfo {
  /** Increases with every run; the trace buffer belongs to this run. */
  id: number;
  status: RunStatus;
  end?: RunEnd;
  diagnostics: WireDiagnostic[];
  /** Compile errors as Go prints them (`./prog.go:12:5: undefined: foo`). */
  compileLines: string[];
  eventCount: number;
  steps: number;
  virtualTime: number;
}

export interface PlaygroundState {
  code: string;
  exampleId: string | null;
  seed: number;
  preempt: boolean;
  autoRun: boolean;
  theme: Theme;
  view: StageView;
  run: RunInfo;
  /** Playhead in events: floor(cursor) events applied; the fraction animates the next one. */
  cursor: number;
  playing: boolean;
  speed: number;
  loop: boolean;
  selected: Selection | null;
  hoveredG: number | null;
  helpOpen: boolean;
}

export interface PlaygroundActions {
  setCode(code: string, fromExample?: string | null): void;
  setSeed(seed: number): void;
  newSeed(): void;
  setPreempt(on: boolean): void;
  setAutoRun(on: boolean): void;
  setTheme(t: Theme): void;
  setView(v: StageView): void;
  runNow(): void;
  stop(): void;
  seek(n: number): void;
  stepForward(): void;
  stepBack(): void;
  /** Next (dir 1) or previous (dir -1) event that involves the selection. */
  jumpSelected(dir: 1 | -1): void;
  togglePlay(): void;
  setPlaying(on: boolean): void;
  setSpeed(x: number): void;
  setLoop(on: boolean): void;
  select(sel: Selection | null): void;
  hoverG(g: number | null): void;
  setHelpOpen(on: boolean): void;
  /** Advances the playhead by `dt` seconds of playback (called every animation frame while playing). */
  tick(dt: number): void;
}

export type PlaygroundStore = StoreApi<PlaygroundState & PlaygroundActions>;

export const speeds = [0.25, 0.5, 1, 2, 4, 8, 16];
/** Events per second at 1x for an event of weight 1. */
export const BASE_RATE = 6;
/** The default seed: runs are reproducible until the user asks for a new one. */
export const DEFAULT_SEED = 1;

/** How long an event's animation takes relative to others: scheduling noise passes quickly, values travelling take a beat. */
export function eventWeight(ev: TraceEvent | undefined): number {
  if (!ev) return 1;
  switch (ev.kind) {
    case 'chan.send':
    case 'chan.recv':
      return 1;
    case 'go.run':
    case 'go.yield':
    case 'clock.advance':
    case 'timer.start':
    case 'sync.make':
    case 'chan.make':
      return 0.25;
    default:
      return 0.5;
  }
}

/** Whether an event involves a selected goroutine, channel or sync object. */
export function involves(ev: TraceEvent, sel: Selection): boolean {
  switch (sel.kind) {
    case 'goroutine':
      return ev.g === sel.id || (ev.kind === 'go.create' && ev.child === sel.id) || (ev.kind === 'go.unblock' && ev.target === sel.id);
    case 'chan':
      return ('chan' in ev && ev.chan === sel.id) || (ev.kind === 'go.block' && ev.objects.includes(sel.id)) ||
        (ev.kind === 'select.begin' && ev.cases.some((c) => c.chan === sel.id));
    case 'sync':
      return ('object' in ev && ev.object === sel.id) || (ev.kind === 'go.block' && ev.objects.includes(sel.id));
  }
}

/** Performance marks for the UI bench (a no-op where the API is missing). */
function mark(name: string): void {
  globalThis.performance?.mark?.(name);
}

export interface StoreDeps {
  engine: EngineClient;
  /** Limits for runs started from the playground. */
  limits?: { maxEvents?: number; maxSteps?: number };
}

export interface PlaygroundHandle {
  store: PlaygroundStore;
  /** The current run's trace (replaced on every run). */
  trace(): TraceBuffer;
}

export function createPlayground(initial: Partial<PlaygroundState>, deps: StoreDeps): PlaygroundHandle {
  let trace = new TraceBuffer();
  let runCounter = 0;

  const store = createStore<PlaygroundState & PlaygroundActions>()((set, get) => {
    const clampCursor = (n: number) => Math.max(0, Math.min(n, trace.length));

    const onMessage = (m: FromWorker) => {
      const { run } = get();
      if (m.id !== run.id) return; // a reply to an older run
      switch (m.type) {
        case 'compile-error':
          set({ run: { ...run, status: 'compile-error', diagnostics: m.diagnostics, compileLines: m.lines }, playing: false });
          break;
        case 'events':
          if (trace.length === 0) mark('chanscope:first-events');
          trace.append(m.events);
          set({ run: { ...run, eventCount: trace.length } });
          // the stage opens with main already created (event 0 is the runtime starting main.main)
          if (get().cursor === 0 && get().playing && trace.events[0]?.kind === 'go.create') set({ cursor: 1 });
          break;
        case 'done': {
          deps.engine.idle?.();
          if (run.status === 'compile-error') {
            set({ run: { ...run, end: m.end } });
            break;
          }
          const status: RunStatus = m.end.kind === 'stopped' ? 'stopped' : 'done';
          set({ run: { ...run, status, end: m.end, eventCount: trace.length, steps: m.steps, virtualTime: m.virtualTime } });
          // A panic, deadlock or fatal error: show the moment it happened.
          const reason = trace.summary.exit?.reason;
          if (reason === 'deadlock' || reason === 'panic' || reason === 'fatal' || m.end.kind === 'stopped') set({ cursor: trace.length, playing: false });
          break;
        }
      }
    };

    const startRun = () => {
      mark('chanscope:run');
      const s = get();
      deps.engine.stop();
      trace = new TraceBuffer();
      const id = ++runCounter;
      set({
        run: { id, status: 'running', diagnostics: [], compileLines: [], eventCount: 0, steps: 0, virtualTime: 0 },
        cursor: 0,
        playing: true,
        selected: null,
      });
      deps.engine.run(
        { id, files: [{ name: 'prog.go', text: s.code }], seed: s.seed, preempt: s.preempt, limits: deps.limits },
        onMessage,
      );
    };

    return {
      code: '',
      exampleId: null,
      seed: DEFAULT_SEED,
      preempt: false,
      autoRun: true,
      theme: 'light',
      view: 'graph',
      run: { id: 0, status: 'idle', diagnostics: [], compileLines: [], eventCount: 0, steps: 0, virtualTime: 0 },
      cursor: 0,
      playing: false,
      speed: 1,
      loop: false,
      selected: null,
      hoveredG: null,
      helpOpen: false,
      ...initial,

      setCode: (code, fromExample) => set({ code, exampleId: fromExample === undefined ? get().exampleId : fromExample }),
      setSeed: (seed) => set({ seed: Number.isFinite(seed) ? Math.trunc(seed) : DEFAULT_SEED }),
      newSeed: () => {
        // A new seed derived from the old one (the engine must stay free of wall-clock randomness; the UI may choose any).
        const next = (Math.imul(get().seed ^ 0x9e3779b9, 0x85ebca6b) >>> 0) % 1_000_000;
        set({ seed: next === get().seed ? next + 1 : next });
      },
      setPreempt: (preempt) => set({ preempt }),
      setAutoRun: (autoRun) => set({ autoRun }),
      setTheme: (theme) => set({ theme }),
      setView: (view) => set({ view }),
      runNow: startRun,
      stop: () => {
        const { run } = get();
        if (run.status !== 'running') return;
        deps.engine.stop();
        deps.engine.idle?.();
        set({
          run: { ...run, status: 'stopped', end: { kind: 'stopped', reason: 'stopped by the user' }, eventCount: trace.length },
          playing: false,
        });
      },
      seek: (n) => set({ cursor: clampCursor(Math.round(n)) }),
      stepForward: () => set({ cursor: clampCursor(Math.floor(get().cursor) + 1), playing: false }),
      stepBack: () => {
        const c = get().cursor;
        set({ cursor: clampCursor(Number.isInteger(c) ? c - 1 : Math.floor(c)), playing: false });
      },
      jumpSelected: (dir) => {
        const { selected, cursor } = get();
        if (!selected) return;
        const evs = trace.events;
        const here = Math.floor(cursor);
        if (dir > 0) {
          for (let i = here; i < evs.length; i++) if (involves(evs[i], selected)) return set({ cursor: i + 1, playing: false });
        } else {
          for (let i = here - 2; i >= 0; i--) if (involves(evs[i], selected)) return set({ cursor: i + 1, playing: false });
          set({ cursor: 0, playing: false });
        }
      },
      togglePlay: () => {
        const { playing, cursor, run } = get();
        if (!playing && cursor >= trace.length && run.status !== 'running') set({ cursor: 0 });
        set({ playing: !playing });
      },
      setPlaying: (playing) => set({ playing }),
      setSpeed: (speed) => set({ speed }),
      setLoop: (loop) => set({ loop }),
      select: (selected) => set({ selected }),
      hoverG: (hoveredG) => set({ hoveredG }),
      setHelpOpen: (helpOpen) => set({ helpOpen }),
      tick: (dt) => {
        const { playing, speed, loop, run } = get();
        if (!playing) return;
        let c = get().cursor;
        let budget = dt * speed * BASE_RATE;
        const n = trace.length;
        // spend the budget across events by weight: quick ones pass fast
        while (budget > 0 && c < n) {
          const i = Math.floor(c);
          const w = eventWeight(trace.events[i]);
          const left = (i + 1 - c) * w;
          if (budget >= left) {
            budget -= left;
            c = i + 1;
          } else {
            c += budget / w;
            budget = 0;
          }
        }
        if (c >= n) {
          c = n;
          if (run.status !== 'running') {
            if (loop && n > 0) return set({ cursor: 0 });
            return set({ cursor: n, playing: false });
          }
        }
        set({ cursor: c });
      },
    };
  });

  return { store, trace: () => trace };
}
