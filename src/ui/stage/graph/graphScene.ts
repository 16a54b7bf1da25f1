// What the graph view draws at one playhead position, computed from the model,
// the layout and the folded RunState (pure, no DOM, so it is testable in Node):
// node states and captions, the edges of who waits on what, select branches,
// lock queues, and the value token travelling with the current send/receive.
import type { GoroutineState, RunState } from '../../../trace/fold.js';
import type { TraceEvent } from '../../../trace/schema.js';
import { stateColor, visualStateOf, type VisualState } from '../visualState.js';
import type { GraphModel } from './graphModel.js';
import {
  boxCurve,
  boxToPoint,
  chanSlotPoint,
  curveAt,
  curvePath,
  pointToBox,
  type Curve,
  type GraphLayout,
  type LayoutBox,
  type Pt,
} from './graphLayout.js';

/** A virtual duration as Go prints it, short: `8ms`, `1.5s`, `250µs`. */
export function fmtDur(ns: number): string {
  if (!(ns > 0)) return '0s';
  const units: [number, string][] = [
    [1, 'ns'],
    [1e3, 'µs'],
    [1e6, 'ms'],
    [1e9, 's'],
  ];
  for (let i = 0; i < units.length; i++) {
    const [scale, unit] = units[i];
    const v = ns / scale;
    const r = v >= 100 || scale === 1 ? Math.round(v) : v >= 10 ? Math.round(v * 10) / 10 : Math.round(v * 100) / 100;
    if (r < 1000 || i === units.length - 1) return `${r}${unit}`;
  }
  return `${ns}ns`;
}

/**
 * A countdown quantised to a coarse step (about a tenth of the total, on a
 * 1-2-5 ladder), rounded up, so captions change a few times per wait instead
 * of every frame.
 */
export function quantLeft(left: number, total: number): number {
  if (!(left > 0)) return 0;
  const span = total > 0 ? total : left;
  const raw = span / 10;
  const p = Math.pow(10, Math.floor(Math.log10(raw)));
  const m = raw / p;
  const step = (m >= 5 ? 5 : m >= 2 ? 2 : 1) * p;
  return Math.ceil(left / step - 1e-9) * step;
}

/** A fraction (0..1) in steps of 1/20, so progress bars redraw in steps. */
export function quantFrac(f: number): number {
  return Math.max(0, Math.ceil(Math.min(1, Math.max(0, f)) * 20 - 1e-9)) / 20;
}

/**
 * Level of detail for an on-screen zoom k: 2 = everything, 1 = names only
 * (captions, slot values and badges would be under ~6.5 px), 0 = plain
 * coloured shapes (even names would be under 6 px).
 */
export type Lod = 0 | 1 | 2;
export function lodFor(k: number): Lod {
  return k >= 0.62 ? 2 : k >= 0.5 ? 1 : 0;
}

export type LeakMark = '' | 'leaked' | 'deadlock';

export interface GoroutineView {
  id: number;
  key: string;
  label: string;
  box: LayoutBox;
  vstate: VisualState;
  caption: string;
  leak: LeakMark;
  /** Sleeping: fraction of the sleep still to go (0..1); -1 when not sleeping. */
  sleepLeft: number;
}

export interface ChanView {
  id: number;
  key: string;
  name: string;
  label: string;
  cap: number;
  closed: boolean;
  /** Buffer previews, oldest first. */
  values: string[];
  box: LayoutBox;
  /** Not made yet at the playhead: drawn as a ghost so the layout reads from the start. */
  ghost: boolean;
}

export interface SyncView {
  id: number;
  key: string;
  type: string;
  label: string;
  box: LayoutBox;
  holder: number;
  holderLabel: string;
  readers: number[];
  counter: number;
  done: boolean;
  /** Goroutines blocked on it, FIFO (by the event that parked them). */
  waiters: number[];
  /** The state colour of its waiters. */
  waitState: VisualState;
  /** Not used yet at the playhead. */
  ghost: boolean;
}

export interface TimerView {
  id: number;
  key: string;
  purpose: string;
  label: string;
  box: LayoutBox;
  active: boolean;
  caption: string;
  /** Fraction of the current period still to go (0..1). */
  left: number;
  /** Not started yet at the playhead. */
  ghost: boolean;
}

export type EdgeKind = 'block' | 'select' | 'hold' | 'fired';

export interface EdgeView {
  key: string;
  kind: EdgeKind;
  d: string;
  /** CSS colour, e.g. `var(--st-chan)`. */
  color: string;
  /** Marker name (a visual state, 'danger', 'running' or '' for none). */
  marker: string;
  /** The goroutine it belongs to (for hover emphasis). */
  g: number;
}

export interface Scene {
  goroutines: GoroutineView[];
  chans: ChanView[];
  syncs: SyncView[];
  timers: TimerView[];
  edges: EdgeView[];
}

/** Whether a goroutine is marked leaked/deadlocked at the end of the run. */
export function leakOf(g: GoroutineState, state: RunState): LeakMark {
  if (!state.exit || g.status === 'exited') return '';
  if (state.exit.reason === 'deadlock' && g.status === 'blocked') return 'deadlock';
  if (g.leaked || state.exit.leaked?.includes(g.id)) return 'leaked';
  return '';
}

function objLabel(model: GraphModel, state: RunState, id: number): string {
  const o = model.objects.get(id);
  if (o) return o.label;
  const c = state.channels.get(id);
  if (c) return c.name ?? `chan ${c.elem}`;
  const s = state.sync.get(id);
  if (s) return s.name ?? s.type;
  return `#${id}`;
}

/** The sleep timer a goroutine is waiting on, if any: its latest one started by now, if still active. */
function activeSleep(model: GraphModel, state: RunState, g: number): { start: number; when: number } | undefined {
  const list = model.sleepTimers.get(g);
  if (!list || list.length === 0) return undefined;
  // binary search: the last timer started before event state.seq
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].seq < state.seq) lo = mid + 1;
    else hi = mid;
  }
  if (lo === 0) return undefined;
  const st = list[lo - 1];
  const ts = state.timers.get(st.id);
  return ts && ts.active ? { start: st.start, when: ts.when } : undefined;
}

/** The caption under a goroutine's label: what it does or waits on. */
export function goroutineCaption(g: GoroutineState, model: GraphModel, state: RunState, now: number): { caption: string; sleepLeft: number } {
  switch (g.status) {
    case 'running':
      return { caption: 'running', sleepLeft: -1 };
    case 'runnable':
      return { caption: 'runnable', sleepLeft: -1 };
    case 'exited':
      return { caption: 'exited', sleepLeft: -1 };
    default:
      break;
  }
  // an unnamed sync object adds nothing to the verb ("Cond.Wait · sync.Cond")
  const on = (i = 0) => {
    if (g.blockedOn.length <= i) return '';
    const l = objLabel(model, state, g.blockedOn[i]);
    return l.startsWith('sync.') ? '' : l;
  };
  const verb = (v: string) => {
    const l = on();
    return { caption: l ? `${v} · ${l}` : v, sleepLeft: -1 };
  };
  switch (g.reason) {
    case 'chan send':
    case 'chan receive':
      return verb(g.reason);
    case 'chan send (nil chan)':
      return { caption: 'send on nil chan', sleepLeft: -1 };
    case 'chan receive (nil chan)':
      return { caption: 'receive on nil chan', sleepLeft: -1 };
    case 'select': {
      const names: string[] = [];
      const ids = g.select ? g.select.cases.map((c) => c.chan) : g.blockedOn;
      for (const id of ids) {
        if (id === 0) continue;
        const l = objLabel(model, state, id);
        if (!names.includes(l)) names.push(l);
      }
      return { caption: names.length ? `select · ${names.join(', ')}` : 'select', sleepLeft: -1 };
    }
    case 'select (no cases)':
      return { caption: 'select {} · forever', sleepLeft: -1 };
    case 'sleep':
    case 'wait for timer': {
      const st = activeSleep(model, state, g.id);
      if (!st) return { caption: 'sleep', sleepLeft: -1 };
      const left = Math.max(0, st.when - now);
      const total = st.when - st.start;
      return { caption: `sleep ${fmtDur(quantLeft(left, total))} left`, sleepLeft: total > 0 ? quantFrac(left / total) : 0 };
    }
    case 'sync.Mutex.Lock':
    case 'sync.RWMutex.Lock':
      return verb('Lock');
    case 'sync.RWMutex.RLock':
      return verb('RLock');
    case 'sync.WaitGroup.Wait':
      return verb('Wait');
    case 'sync.Cond.Wait':
      return verb('Cond.Wait');
    default:
      return verb(g.reason ?? 'blocked');
  }
}

const noValues: string[] = [];
const noIds: number[] = [];

function markerOf(vs: VisualState): string {
  return vs;
}

/** Everything but the token and the per-frame select highlight, for one folded state. */
export function computeScene(model: GraphModel, layout: GraphLayout, state: RunState, now: number): Scene {
  const goroutines: GoroutineView[] = [];
  const chans: ChanView[] = [];
  const syncs: SyncView[] = [];
  const timers: TimerView[] = [];
  const edges: EdgeView[] = [];

  // waiters per object, FIFO
  const waiters = new Map<number, GoroutineState[]>();
  for (const g of state.goroutines.values()) {
    if (g.status !== 'blocked') continue;
    for (const o of g.blockedOn) {
      let l = waiters.get(o);
      if (!l) waiters.set(o, (l = []));
      l.push(g);
    }
  }
  for (const l of waiters.values()) if (l.length > 1) l.sort((a, b) => (a.blockedAt ?? 0) - (b.blockedAt ?? 0) || a.id - b.id);

  for (const n of model.nodes) {
    const box = layout.nodes.get(n.key);
    if (!box) continue;
    switch (n.kind) {
      case 'goroutine': {
        const gs = state.goroutines.get(n.id);
        if (!gs) break;
        const vstate = visualStateOf(gs);
        const { caption, sleepLeft } = goroutineCaption(gs, model, state, now);
        const leak = leakOf(gs, state);
        goroutines.push({ id: n.id, key: n.key, label: n.label, box, vstate, caption, leak, sleepLeft });
        // what it waits on
        const color = leak === 'deadlock' ? 'var(--danger)' : stateColor(vstate);
        const marker = leak === 'deadlock' ? 'danger' : markerOf(vstate);
        if (gs.select) {
          gs.select.cases.forEach((c, i) => {
            const cb = c.chan ? layout.nodes.get(`c${c.chan}`) : undefined;
            if (!cb) return;
            const curve = c.dir === 'send' ? boxCurve(box, cb) : boxCurve(cb, box);
            edges.push({ key: `sel:${n.id}:${i}`, kind: 'select', d: curvePath(curve), color: leak === 'deadlock' ? color : stateColor('select'), marker: '', g: n.id });
          });
        } else if (gs.status === 'blocked') {
          for (const o of gs.blockedOn) {
            const ob = model.objects.get(o);
            const b = ob ? layout.nodes.get(ob.key) : undefined;
            if (!b) continue;
            // a receive waits for data coming out of the channel: the edge points at the goroutine
            const recv = gs.reason === 'chan receive';
            const curve = recv ? boxCurve(b, box) : boxCurve(box, b);
            edges.push({ key: `blk:${n.id}:${o}`, kind: 'block', d: curvePath(curve), color, marker, g: n.id });
          }
        }
        if (gs.chosen && gs.chosen.seq === state.seq - 1 && gs.chosen.chan) {
          const cb = layout.nodes.get(`c${gs.chosen.chan}`);
          if (cb) edges.push({ key: `fired:${n.id}`, kind: 'fired', d: curvePath(boxCurve(cb, box)), color: stateColor('running'), marker: 'running', g: n.id });
        }
        break;
      }
      case 'chan': {
        const cs = state.channels.get(n.id);
        if (!cs) chans.push({ id: n.id, key: n.key, name: n.name ?? '', label: n.label, cap: n.cap, closed: false, values: noValues, box, ghost: true });
        else chans.push({ id: n.id, key: n.key, name: n.name ?? '', label: n.label, cap: cs.cap, closed: cs.closed, values: cs.buffer, box, ghost: false });
        break;
      }
      case 'sync': {
        const ss = state.sync.get(n.id);
        if (!ss) {
          syncs.push({ id: n.id, key: n.key, type: n.type, label: n.label, box, holder: 0, holderLabel: '', readers: noIds, counter: 0, done: false, waiters: noIds, waitState: 'lock', ghost: true });
          break;
        }
        const ws = waiters.get(n.id) ?? [];
        const holder = ss.holder ?? 0;
        const hb = holder ? layout.nodes.get(`g${holder}`) : undefined;
        if (hb) edges.push({ key: `hold:${n.id}:${holder}`, kind: 'hold', d: curvePath(boxCurve(box, hb)), color: stateColor('running'), marker: '', g: holder });
        for (const r of ss.readers) {
          const rb = layout.nodes.get(`g${r}`);
          if (rb) edges.push({ key: `hold:${n.id}:${r}`, kind: 'hold', d: curvePath(boxCurve(box, rb)), color: stateColor('running'), marker: '', g: r });
        }
        syncs.push({
          id: n.id,
          key: n.key,
          type: ss.type || n.type,
          label: n.label,
          box,
          holder,
          holderLabel: holder ? (model.goroutines.get(holder)?.label ?? `#${holder}`) : '',
          readers: ss.readers.slice(),
          counter: ss.counter ?? 0,
          done: !!ss.done,
          waiters: ws.map((w) => w.id),
          waitState: ws.length ? visualStateOf(ws[0]) : 'lock',
          ghost: false,
        });
        break;
      }
      case 'timer': {
        const ts = state.timers.get(n.id);
        if (!ts) {
          timers.push({ id: n.id, key: n.key, purpose: n.purpose, label: n.label, box, active: false, caption: 'not started', left: 0, ghost: true });
          break;
        }
        const left = Math.max(0, ts.when - now);
        let caption: string;
        let frac = 0;
        if (ts.active) {
          const total = ts.period > 0 ? ts.period : Math.max(ts.when - n.start, left);
          frac = total > 0 ? quantFrac(left / total) : 0;
          const q = fmtDur(quantLeft(left, total));
          caption = ts.period > 0 ? `in ${q} · every ${fmtDur(ts.period)}` : `fires in ${q}`;
        } else caption = ts.period > 0 || now < ts.when ? 'stopped' : 'fired';
        timers.push({ id: n.id, key: n.key, purpose: n.purpose, label: n.label, box, active: ts.active, caption, left: frac, ghost: false });
        break;
      }
    }
  }
  return { goroutines, chans, syncs, timers, edges };
}

/** The key of the select edge that fires during event `ev` (it is highlighted), or ''. */
export function firedSelectKey(state: RunState, ev: TraceEvent | undefined): string {
  if (!ev) return '';
  if (ev.kind === 'select.chosen') {
    const g = state.goroutines.get(ev.g);
    return g?.select && ev.index >= 0 ? `sel:${ev.g}:${ev.index}` : '';
  }
  if (ev.kind !== 'chan.send' && ev.kind !== 'chan.recv') return '';
  for (const [gid, dir] of [
    [ev.g, ev.kind === 'chan.send' ? 'send' : 'recv'],
    [ev.peer ?? 0, ev.kind === 'chan.send' ? 'recv' : 'send'],
  ] as const) {
    if (!gid) continue;
    const g = state.goroutines.get(gid);
    if (!g?.select) continue;
    const i = g.select.cases.findIndex((c) => c.chan === ev.chan && c.dir === dir);
    if (i >= 0) return `sel:${gid}:${i}`;
  }
  return '';
}

export interface Token {
  x: number;
  y: number;
  /** The value preview. */
  value: string;
  chan: number;
  /** A receive of the zero value from a closed channel. */
  zero: boolean;
  /** 0..1, for fading in and out at the ends. */
  progress: number;
}

function easeInOut(t: number): number {
  return t < 0.5 ? 4 * t * t * t : 1 - Math.pow(-2 * t + 2, 3) / 2;
}

function chordLen(c: Curve): number {
  return Math.hypot(c.x3 - c.x0, c.y3 - c.y0) + 1;
}

/** The box a value comes from or goes to: a goroutine, or (runtime sends) the channel's timer. */
function partyBox(model: GraphModel, layout: GraphLayout, state: RunState, g: number, chan: number): LayoutBox | undefined {
  if (g !== 0) return state.goroutines.has(g) ? layout.nodes.get(`g${g}`) : undefined;
  const t = model.chanTimer.get(chan);
  return t !== undefined ? layout.nodes.get(`t${t}`) : undefined;
}

function pairedHandoff(a: TraceEvent | undefined, b: TraceEvent | undefined): boolean {
  return !!a && !!b && a.kind === 'chan.send' && b.kind === 'chan.recv' && a.chan === b.chan && a.peer === b.g && b.peer === a.g;
}

const tmp: Pt = { x: 0, y: 0 };

/**
 * The value token during event i (progress frac 0..1), or null when event i
 * moves no value. A send into the buffer flies from the sender to its slot, a
 * receive from the buffer from slot 0 to the receiver; a hand-off to a waiting
 * peer goes sender -> channel on the send event and channel -> receiver on the
 * receive event that follows it (sender -> channel -> receiver in one go when
 * the pair is not adjacent).
 */
export function tokenAt(model: GraphModel, layout: GraphLayout, state: RunState, events: readonly TraceEvent[], i: number, frac: number): Token | null {
  const ev = events[i];
  if (!ev || (ev.kind !== 'chan.send' && ev.kind !== 'chan.recv')) return null;
  const cb = layout.nodes.get(`c${ev.chan}`);
  const cs = state.channels.get(ev.chan);
  if (!cb || !cs) return null;
  const segs: Curve[] = [];
  const away = (side: number): Pt => ({ x: cb.x + side * (cb.w / 2 + 48), y: cb.y });
  const pipe = chanSlotPoint(cb, 0);
  const via = cb.slots ? { x: cb.x, y: pipe.y } : pipe;
  const from = (g: number, to: Pt): Curve => {
    const b = partyBox(model, layout, state, g, ev.chan);
    return b ? boxToPoint(b, to, 0) : straight(away(-1), to);
  };
  const to = (p: Pt, g: number): Curve => {
    const b = partyBox(model, layout, state, g, ev.chan);
    return b ? pointToBox(p, b, 0) : straight(p, away(1));
  };
  let zero = false;
  if (ev.kind === 'chan.send') {
    if (ev.peer === undefined) {
      const slot = cs.cap > 0 ? chanSlotPoint(cb, cs.buffer.length) : via;
      segs.push(from(ev.g, slot));
    } else if (pairedHandoff(ev, events[i + 1])) segs.push(from(ev.g, via));
    else segs.push(from(ev.g, via), to(via, ev.peer));
  } else {
    if (ev.peer === undefined) {
      zero = !ev.ok;
      const slot = cs.cap > 0 && ev.ok ? chanSlotPoint(cb, 0) : via;
      segs.push(to(slot, ev.g));
    } else if (pairedHandoff(events[i - 1], ev)) segs.push(to(via, ev.g));
    else segs.push(from(ev.peer, via), to(via, ev.g));
  }
  const p = easeInOut(Math.min(Math.max(frac, 0), 1));
  let total = 0;
  for (const s of segs) total += chordLen(s);
  let d = p * total;
  let seg = segs[segs.length - 1];
  let t = 1;
  for (const s of segs) {
    const l = chordLen(s);
    if (d <= l) {
      seg = s;
      t = d / l;
      break;
    }
    d -= l;
  }
  curveAt(seg, t, tmp);
  return { x: tmp.x, y: tmp.y, value: ev.value, chan: ev.chan, zero, progress: frac };
}

function straight(a: Pt, b: Pt): Curve {
  return { x0: a.x, y0: a.y, x1: a.x + (b.x - a.x) / 3, y1: a.y + (b.y - a.y) / 3, x2: a.x + ((b.x - a.x) * 2) / 3, y2: a.y + ((b.y - a.y) * 2) / 3, x3: b.x, y3: b.y };
}

const timeValue = /^\d{4}-\d\d-\d\d (\d\d:\d\d:\d\d(?:\.\d+)?) /;

/** A value preview short enough for a slot or token: a time.Time shows its clock time. */
export function shortValue(v: string): string {
  const m = timeValue.exec(v);
  return m ? m[1] : v;
}

/** Virtual time at the playhead: interpolated while the clock jumps (countdowns run smoothly). */
export function nowAt(state: RunState, ev: TraceEvent | undefined, frac: number): number {
  if (ev && ev.kind === 'clock.advance') return state.t + (ev.to - state.t) * Math.min(Math.max(frac, 0), 1);
  return state.t;
}

/** Whether event ev takes the oldest value out of channel chan's buffer. */
export function takesHead(ev: TraceEvent | undefined): number {
  return ev && ev.kind === 'chan.recv' && ev.peer === undefined && ev.ok ? ev.chan : 0;
}
