// The graph view's model: which nodes the stage shows for a run and which
// edges tie them together, read from the whole trace (pure, no DOM). The
// layout (graphLayout.ts) is computed from this once per run; the view then
// colours and animates the nodes from the folded RunState at the playhead.
//
// Nodes: every goroutine (grouped by function, so workers stack together),
// every channel, the sync objects worth showing (named ones, ones some
// goroutine blocked on, unnamed ones shared by several goroutines, but never a
// sync.Once's internal mutex unless someone queued on it), and the timers made
// by NewTimer/NewTicker/After/AfterFunc. A time.Sleep timer is not a node: the
// view shows it as a countdown on the sleeping goroutine (`sleepTimers`).
//
// Edges (for layout and as faint context lines): goroutine -> channel when it
// sends or closes, channel -> goroutine when it receives, goroutine -> sync
// object when it uses it, timer -> its channel, AfterFunc timer -> the
// goroutine it starts.
//
// `GraphModelBuilder` folds events one at a time (O(1) amortised per event),
// so a streaming trace is cheap to keep up to date; `buildGraphModel` is the
// one-shot form.
import type { TraceEvent } from '../../../trace/schema.js';
import { goroutineLabel } from '../visualState.js';

export interface GoroutineNode {
  kind: 'goroutine';
  /** Layout key, `g<id>`. */
  key: string;
  id: number;
  fn: string;
  /** `worker #3` */
  label: string;
  /** Goroutines of one group run the same function and stack together. */
  group: string;
  parent: number;
  /** Event number of its go.create. */
  created: number;
}

export interface ChanNode {
  kind: 'chan';
  /** `c<id>` */
  key: string;
  id: number;
  name?: string;
  /** The variable name, `timer.C`/`ticker.C` for a timer's channel, else `chan <elem>`. */
  label: string;
  cap: number;
  elem: string;
  created: number;
  /** The timer that sends on it (time.After, NewTimer, NewTicker). */
  timer?: number;
  /** Longest value preview sent on it (characters), for sizing the buffer slots. */
  maxValueLen: number;
}

export interface SyncNode {
  kind: 'sync';
  /** `s<id>` */
  key: string;
  id: number;
  /** mutex | rwmutex | waitgroup | cond | once */
  type: string;
  name?: string;
  label: string;
  created: number;
  /** Set when this is a sync.Once's internal mutex (the Once's object id). */
  onceOf?: number;
}

export interface TimerNode {
  kind: 'timer';
  /** `t<id>` */
  key: string;
  id: number;
  purpose: 'timer' | 'ticker' | 'afterfunc';
  label: string;
  created: number;
  /** Virtual time of its timer.start. */
  start: number;
  period: number;
  /** The channel it sends on (not for AfterFunc). */
  chan?: number;
}

export type GraphNode = GoroutineNode | ChanNode | SyncNode | TimerNode;
export type GraphNodeKind = GraphNode['kind'];

export type GraphEdgeKind = 'send' | 'recv' | 'close' | 'sync' | 'timer' | 'spawn';

export interface GraphEdge {
  /** `<from>><to>` */
  key: string;
  from: string;
  to: string;
  kind: GraphEdgeKind;
  /** Layout weight (channel traffic binds tighter than sync use). */
  weight: number;
  /** How many events produced it. */
  count: number;
}

export interface GraphGroup {
  /** The function name. */
  key: string;
  /** `worker`, `func1` */
  label: string;
  /** Goroutine ids, in creation order. */
  members: number[];
}

export interface SleepTimer {
  id: number;
  g: number;
  /** Event number of its timer.start. */
  seq: number;
  /** Virtual time the sleep started and when it ends. */
  start: number;
  when: number;
}

export interface GraphModel {
  /** Visible nodes in order of first appearance in the trace. */
  nodes: GraphNode[];
  /** Edges between visible nodes, in order of first appearance. */
  edges: GraphEdge[];
  groups: GraphGroup[];
  goroutines: Map<number, GoroutineNode>;
  /** Channels, sync objects and timers shown, by object id. */
  objects: Map<number, ChanNode | SyncNode | TimerNode>;
  /** time.Sleep timers per goroutine, in start order. */
  sleepTimers: Map<number, SleepTimer[]>;
  /** Channel id -> timer id that feeds it. */
  chanTimer: Map<number, number>;
  /** Events folded. */
  events: number;
}

const syncTypeLabel: Record<string, string> = {
  mutex: 'sync.Mutex',
  rwmutex: 'sync.RWMutex',
  waitgroup: 'sync.WaitGroup',
  cond: 'sync.Cond',
  once: 'sync.Once',
};

const timerLabel: Record<TimerNode['purpose'], string> = { timer: 'Timer', ticker: 'Ticker', afterfunc: 'AfterFunc' };

/** The group label: the function name as goroutineLabel shows it, without the id. */
export function groupLabel(fn: string): string {
  const l = goroutineLabel(fn, 0);
  return l.slice(0, l.length - 3);
}

interface SyncInfo {
  node: SyncNode;
  blocked: boolean;
  users: Set<number>;
}

/** Incremental model builder: `push` events in order, read `model()` when needed. */
export class GraphModelBuilder {
  private readonly order: string[] = [];
  private readonly goroutines = new Map<number, GoroutineNode>();
  private readonly chans = new Map<number, ChanNode>();
  private readonly syncs = new Map<number, SyncInfo>();
  private readonly timers = new Map<number, TimerNode>();
  private readonly edges = new Map<string, GraphEdge>();
  private readonly groups = new Map<string, GraphGroup>();
  private readonly sleepTimers = new Map<number, SleepTimer[]>();
  private readonly sleepById = new Map<number, SleepTimer>();
  private readonly chanTimer = new Map<number, number>();
  /** The previous event of each goroutine (once-internal mutex detection). */
  private readonly lastOfG = new Map<number, TraceEvent>();
  private prev: TraceEvent | undefined;
  private count = 0;
  private cached: GraphModel | undefined;

  get length(): number {
    return this.count;
  }

  pushAll(events: readonly TraceEvent[], from = 0, to = events.length): void {
    for (let i = from; i < to; i++) this.push(events[i]);
  }

  push(ev: TraceEvent): void {
    this.count++;
    this.cached = undefined;
    const prev = this.prev;
    const g = ev.g;
    switch (ev.kind) {
      case 'go.create': {
        const fn = ev.fn;
        const node: GoroutineNode = {
          kind: 'goroutine',
          key: `g${ev.child}`,
          id: ev.child,
          fn,
          label: goroutineLabel(fn, ev.child),
          group: fn,
          parent: g,
          created: ev.seq,
        };
        this.goroutines.set(ev.child, node);
        this.order.push(node.key);
        let grp = this.groups.get(fn);
        if (!grp) {
          grp = { key: fn, label: groupLabel(fn), members: [] };
          this.groups.set(fn, grp);
        }
        grp.members.push(ev.child);
        // an AfterFunc timer starts its function on a new goroutine
        if (g === 0 && prev && prev.kind === 'timer.fire' && this.timers.has(prev.timer)) this.edge(`t${prev.timer}`, node.key, 'spawn', 2);
        break;
      }
      case 'chan.make': {
        const node: ChanNode = {
          kind: 'chan',
          key: `c${ev.chan}`,
          id: ev.chan,
          name: ev.name,
          label: ev.name ?? `chan ${ev.elem}`,
          cap: ev.cap,
          elem: ev.elem,
          created: ev.seq,
          maxValueLen: 1,
        };
        this.chans.set(ev.chan, node);
        this.order.push(node.key);
        break;
      }
      case 'chan.send': {
        const c = this.chans.get(ev.chan);
        if (c && ev.value.length > c.maxValueLen) c.maxValueLen = ev.value.length;
        if (g !== 0) this.edge(`g${g}`, `c${ev.chan}`, 'send', 2);
        else if (prev && prev.kind === 'timer.fire' && !this.chanTimer.has(ev.chan) && this.timers.has(prev.timer)) this.linkTimer(prev.timer, ev.chan);
        break;
      }
      case 'chan.recv':
        if (g !== 0) this.edge(`c${ev.chan}`, `g${g}`, 'recv', 2);
        break;
      case 'chan.close':
        if (g !== 0) this.edge(`g${g}`, `c${ev.chan}`, 'close', 1);
        break;
      case 'select.begin':
        for (const c of ev.cases) {
          if (c.chan === 0) continue;
          if (c.dir === 'send') this.edge(`g${g}`, `c${c.chan}`, 'send', 2);
          else this.edge(`c${c.chan}`, `g${g}`, 'recv', 2);
        }
        break;
      case 'go.block':
        for (const o of ev.objects) {
          if (this.chans.has(o)) {
            if (ev.reason === 'chan send') this.edge(`g${g}`, `c${o}`, 'send', 2);
            else if (ev.reason === 'chan receive') this.edge(`c${o}`, `g${g}`, 'recv', 2);
          } else {
            const s = this.syncs.get(o) ?? (ev.reason.startsWith('sync.') || ev.reason === 'semacquire' ? this.sync(o, syncTypeOfReason(ev.reason), ev.seq) : undefined);
            if (s) {
              s.blocked = true;
              this.use(s, g);
            }
          }
        }
        break;
      case 'sync.make': {
        if (ev.type === 'timer' || ev.type === 'ticker' || ev.type === 'atomic' || ev.type === 'chan') break;
        const s = this.syncs.get(ev.object);
        if (s) {
          s.node.type = ev.type;
          if (ev.name) {
            s.node.name = ev.name;
            s.node.label = ev.name;
          } else if (s.node.onceOf === undefined) s.node.label = syncTypeLabel[ev.type] ?? ev.type;
        } else this.sync(ev.object, ev.type, ev.seq, ev.name);
        if (ev.type === 'once') this.detectOnceMutex(ev.object, g);
        break;
      }
      case 'mutex.lock':
      case 'mutex.unlock':
        this.use(this.syncs.get(ev.object) ?? this.sync(ev.object, ev.read ? 'rwmutex' : 'mutex', ev.seq), g);
        break;
      case 'wg.add':
      case 'wg.wait':
        this.use(this.syncs.get(ev.object) ?? this.sync(ev.object, 'waitgroup', ev.seq), g);
        break;
      case 'cond.signal':
        this.use(this.syncs.get(ev.object) ?? this.sync(ev.object, 'cond', ev.seq), g);
        break;
      case 'once.do':
        this.use(this.syncs.get(ev.object) ?? this.sync(ev.object, 'once', ev.seq), g);
        this.detectOnceMutex(ev.object, g);
        break;
      case 'timer.start': {
        if (ev.purpose === 'sleep') {
          const st: SleepTimer = { id: ev.timer, g, seq: ev.seq, start: ev.t, when: ev.when };
          let list = this.sleepTimers.get(g);
          if (!list) {
            list = [];
            this.sleepTimers.set(g, list);
          }
          list.push(st);
          this.sleepById.set(ev.timer, st);
          break;
        }
        if (this.timers.has(ev.timer)) break;
        const node: TimerNode = {
          kind: 'timer',
          key: `t${ev.timer}`,
          id: ev.timer,
          purpose: ev.purpose,
          label: timerLabel[ev.purpose],
          created: ev.seq,
          start: ev.t,
          period: ev.period,
        };
        this.timers.set(ev.timer, node);
        // time.After / NewTimer / NewTicker make the channel just before the timer
        const p = this.lastOfG.get(g);
        if (ev.purpose !== 'afterfunc' && p && p.kind === 'chan.make' && p.seq === ev.seq - 1 && p.elem === 'time.Time') this.linkTimer(ev.timer, p.chan);
        // keep the timer next to its channel in the node order
        this.order.push(node.key);
        break;
      }
      case 'timer.reset': {
        const st = this.sleepById.get(ev.timer);
        if (st) {
          st.start = ev.t;
          st.when = ev.when;
        }
        break;
      }
      default:
        break;
    }
    this.lastOfG.set(g, ev);
    this.prev = ev;
  }

  private linkTimer(timer: number, chan: number): void {
    const t = this.timers.get(timer);
    const c = this.chans.get(chan);
    if (!t || !c || c.timer !== undefined) return;
    t.chan = chan;
    c.timer = timer;
    if (!c.name) c.label = t.purpose === 'ticker' ? 'ticker.C' : 'timer.C';
    this.chanTimer.set(chan, timer);
    this.edge(t.key, c.key, 'timer', 2);
  }

  /** A Once's internal mutex: locked by this goroutine right before its once.do / sync.make(once). */
  private detectOnceMutex(once: number, g: number): void {
    const p = this.lastOfG.get(g);
    if (!p || p.kind !== 'mutex.lock' || p.read) return;
    const m = this.syncs.get(p.object);
    if (!m || m.node.name || m.node.onceOf !== undefined || m.node.type !== 'mutex') return;
    m.node.onceOf = once;
    const o = this.syncs.get(once);
    m.node.label = `${o?.node.name ?? 'once'}.m`;
  }

  private sync(id: number, type: string, seq: number, name?: string): SyncInfo {
    const node: SyncNode = { kind: 'sync', key: `s${id}`, id, type, name, label: name ?? syncTypeLabel[type] ?? type, created: seq };
    const s: SyncInfo = { node, blocked: false, users: new Set() };
    this.syncs.set(id, s);
    this.order.push(node.key);
    return s;
  }

  private use(s: SyncInfo, g: number): void {
    if (g === 0) return;
    s.users.add(g);
    this.edge(`g${g}`, s.node.key, 'sync', 1);
  }

  private edge(from: string, to: string, kind: GraphEdgeKind, weight: number): void {
    const key = `${from}>${to}`;
    const e = this.edges.get(key);
    if (e) {
      e.count++;
      if (weight > e.weight) {
        e.weight = weight;
        e.kind = kind;
      }
    } else this.edges.set(key, { key, from, to, kind, weight, count: 1 });
  }

  private syncVisible(s: SyncInfo): boolean {
    if (s.node.name || s.blocked) return true;
    return s.node.onceOf === undefined && s.users.size >= 2;
  }

  /** The model for the events pushed so far (cached until the next push). */
  model(): GraphModel {
    if (this.cached) return this.cached;
    const nodes: GraphNode[] = [];
    const objects = new Map<number, ChanNode | SyncNode | TimerNode>();
    const visible = new Set<string>();
    for (const key of this.order) {
      const id = Number(key.slice(1));
      let n: GraphNode | undefined;
      switch (key[0]) {
        case 'g':
          n = this.goroutines.get(id);
          break;
        case 'c':
          n = this.chans.get(id);
          break;
        case 't':
          n = this.timers.get(id);
          break;
        case 's': {
          const s = this.syncs.get(id);
          if (s && this.syncVisible(s)) n = s.node;
          break;
        }
      }
      if (!n) continue;
      nodes.push({ ...n } as GraphNode);
      visible.add(key);
    }
    for (const n of nodes) if (n.kind !== 'goroutine') objects.set(n.id, n);
    const goroutines = new Map<number, GoroutineNode>();
    for (const n of nodes) if (n.kind === 'goroutine') goroutines.set(n.id, n);
    const edges: GraphEdge[] = [];
    for (const e of this.edges.values()) if (visible.has(e.from) && visible.has(e.to)) edges.push({ ...e });
    const groups: GraphGroup[] = [];
    for (const grp of this.groups.values()) groups.push({ key: grp.key, label: grp.label, members: grp.members.slice() });
    const sleepTimers = new Map<number, SleepTimer[]>();
    for (const [g, list] of this.sleepTimers) sleepTimers.set(g, list);
    this.cached = { nodes, edges, groups, goroutines, objects, sleepTimers, chanTimer: new Map(this.chanTimer), events: this.count };
    return this.cached;
  }
}

function syncTypeOfReason(reason: string): string {
  switch (reason) {
    case 'sync.RWMutex.RLock':
    case 'sync.RWMutex.Lock':
      return 'rwmutex';
    case 'sync.WaitGroup.Wait':
      return 'waitgroup';
    case 'sync.Cond.Wait':
      return 'cond';
    default:
      return 'mutex';
  }
}

/** The graph model of a whole (or partial) trace. */
export function buildGraphModel(events: readonly TraceEvent[]): GraphModel {
  const b = new GraphModelBuilder();
  b.pushAll(events);
  return b.model();
}
