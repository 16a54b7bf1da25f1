// The stage's graph view: goroutines, channels, sync objects and timers as
// nodes laid out once per run (graphLayout.ts), coloured and animated from the
// folded state at the playhead (graphScene.ts). Pan/zoom with d3-zoom; every
// node is a memoised component keyed by the few values it shows, so a frame
// re-renders only what changed (the token moves every frame, nodes change only
// at event boundaries).
//
// Speed (60 fps with 200 goroutines in software raster): four stacked SVG
// layers, each composited on its own and sized in pixels (background, group
// frames and structure edges / wait edges / nodes / the token), share one
// zoom transform, so a frame re-rasters only the layer that changed; the level
// of detail follows the on-screen zoom in three steps (lodFor): zoomed out,
// text too small to read is not drawn at all and cards carry the state colour.
//
// Test ids: <svg data-testid="graph"> (the nodes layer, which takes the
// pointer) holds goroutines <g data-kind="goroutine" data-gid data-state
// (visual state) data-leaked="true|false">; channels <g data-kind="chan"
// data-chan data-name data-cap data-closed> with one <g data-slot="i"><rect/>
// <text>value</text></g> per capacity slot (slot 0 = oldest; at most
// MAX_SLOTS drawn; the <text> only when zoomed in enough to read it); sync objects <g data-kind="sync"
// data-type data-sync data-name data-holder data-waiters (FIFO, comma
// separated) data-readers data-counter data-done>; timers <g data-kind="timer"
// data-timer data-purpose data-active>. In the layers beside it: edges
// <path data-edge="block|select|hold|fired" data-fired>; the value token
// <g data-testid="token" data-chan data-value>.
import { memo, useCallback, useEffect, useId, useMemo, useRef, useState, type CSSProperties, type MouseEvent as RMouseEvent, type PointerEvent as RPointerEvent, type ReactElement } from 'react';
import { select, zoom, zoomIdentity, type ZoomBehavior } from 'd3';
import 'd3-transition';
import type { RunState } from '../../../trace/fold.js';
import type { TraceEvent } from '../../../trace/schema.js';
import { stateColor, visualStates, type VisualState } from '../visualState.js';
import { GraphModelBuilder, type GraphModel } from './graphModel.js';
import { boxCurve, chanSlotX, chanSlotY, curvePath, layoutGraph, SLOT_H, textWidth, type GraphLayout, type GroupBox, type LayoutBox } from './graphLayout.js';
import {
  computeScene,
  firedSelectKey,
  lodFor,
  nowAt,
  shortValue,
  takesHead,
  tokenAt,
  type ChanView,
  type EdgeView,
  type GoroutineView,
  type Lod,
  type SyncView,
  type TimerView,
  type Token,
} from './graphScene.js';
import './graph.css';

export type GraphSelection = { kind: 'goroutine' | 'chan' | 'sync'; id: number };

export interface GraphViewProps {
  /** The whole trace so far (grows while streaming; same array instance). */
  events: readonly TraceEvent[];
  eventCount: number;
  /** State after Math.floor(cursor) events. */
  state: RunState;
  /** Float playhead: events[Math.floor(cursor)] is animating, progress = cursor % 1. */
  cursor: number;
  /** The run ended (exit event present or stopped). */
  finished: boolean;
  hoveredG: number | null;
  onHoverG(g: number | null): void;
  selected: GraphSelection | null;
  onSelect(sel: GraphSelection | null): void;
}

type CSSVars = CSSProperties & Record<`--${string}`, string>;

const MARKERS: string[] = [...visualStates.map((v) => v.state), 'danger', 'edge'];

function markerColor(m: string): string {
  if (m === 'danger') return 'var(--danger)';
  if (m === 'edge') return 'var(--edge)';
  return stateColor(m as VisualState);
}

/** Cuts text to at most n characters, with an ellipsis. */
function clip(s: string, n: number): string {
  if (n <= 1) return s.length ? '…' : '';
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}

function sameArray<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Shallow equality of props whose values are primitives, boxes (by identity) or arrays (by elements). */
function propsEqual(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  for (const k in a) {
    const x = a[k];
    const y = b[k];
    if (x === y) continue;
    if (Array.isArray(x) && Array.isArray(y) && sameArray(x, y)) continue;
    if (x && y && typeof x === 'object' && typeof y === 'object' && !Array.isArray(x)) {
      if (!propsEqual(x as Record<string, unknown>, y as Record<string, unknown>)) return false;
      continue;
    }
    return false;
  }
  return true;
}

// ---------- nodes ----------

interface GNodeProps {
  v: GoroutineView;
  hovered: boolean;
  selected: boolean;
  lod: Lod;
}

/** The hover/selection ring, drawn only when it shows (an invisible ring still costs paint). */
function Ring({ on, x, y, w, h, rx }: { on: boolean; x: number; y: number; w: number; h: number; rx: number }) {
  return on ? <rect className="csg-ring" x={x - 4} y={y - 4} width={w + 8} height={h + 8} rx={rx} /> : null;
}

const GoroutineNode = memo(function GoroutineNode({ v, hovered, selected, lod }: GNodeProps) {
  const { box } = v;
  const w = box.w;
  const h = box.h;
  const left = -w / 2;
  const exited = v.vstate === 'exited';
  const style: CSSVars = { '--c': stateColor(v.vstate) };
  const cls = `csg-node csg-g${exited ? ' is-exited' : ''}${v.leak ? ' is-leaked' : ''}${hovered ? ' is-hovered' : ''}${selected ? ' is-selected' : ''}${v.vstate === 'running' ? ' is-running' : ''}`;
  const maxCaption = Math.floor((w - 30) / 5.6);
  return (
    <g
      className={cls}
      transform={`translate(${box.x},${box.y})`}
      style={style}
      data-kind="goroutine"
      data-gid={v.id}
      data-state={v.vstate}
      data-leaked={v.leak ? 'true' : 'false'}
    >
      <Ring on={hovered || selected} x={left} y={-h / 2} w={w} h={h} rx={12} />
      <rect className="csg-card" x={left} y={-h / 2} width={w} height={h} rx={9} />
      <circle className="csg-dot" cx={left + 13} cy={lod > 1 ? -5 : 0} r={4} />
      {lod > 0 && (
        <text className="csg-label" x={left + 24} y={lod > 1 ? -1 : 4}>
          {v.label}
        </text>
      )}
      {lod > 1 && (
        <text className="csg-caption" x={left + 24} y={13}>
          {clip(v.caption, maxCaption)}
        </text>
      )}
      {v.sleepLeft >= 0 && (
        <g className="csg-sleepbar">
          <line className="csg-sleepbar-track" x1={left + 10} x2={-left - 10} y1={h / 2 - 4} y2={h / 2 - 4} />
          <line className="csg-sleepbar-fill" x1={left + 10} x2={left + 10 + (w - 20) * v.sleepLeft} y1={h / 2 - 4} y2={h / 2 - 4} />
        </g>
      )}
      {v.leak && (
        <g className="csg-badge" transform={`translate(${-left - 8},${-h / 2})`}>
          <rect x={-(v.leak.length * 5.6 + 12)} y={-8} width={v.leak.length * 5.6 + 12} height={16} rx={8} />
          {lod > 1 && (
            <text x={-(v.leak.length * 5.6 + 12) / 2} y={0.5}>
              {v.leak}
            </text>
          )}
        </g>
      )}
      <title>{`${v.label} — ${v.caption}${v.leak ? ` (${v.leak})` : ''}`}</title>
    </g>
  );
}, (a, b) => a.hovered === b.hovered && a.selected === b.selected && a.lod === b.lod && (a.v === b.v || propsEqual(a.v as unknown as Record<string, unknown>, b.v as unknown as Record<string, unknown>)));

interface CNodeProps {
  v: ChanView;
  leaving: boolean;
  selected: boolean;
  lod: Lod;
}

const ChanNode = memo(function ChanNode({ v, leaving, selected, lod }: CNodeProps) {
  const { box } = v;
  const w = box.w;
  const h = box.h;
  const left = -w / 2;
  const slots = box.slots ?? 0;
  const sw = box.slotW ?? 24;
  const maxChars = Math.max(1, Math.floor((sw - 6) / 6.2));
  const capText = v.cap > 0 ? `cap ${v.cap}` : 'unbuffered';
  const slotEls: ReactElement[] = [];
  for (let i = 0; i < slots; i++) {
    const val = i < v.values.length ? v.values[i] : '';
    const more = i === slots - 1 && v.values.length > slots ? v.values.length - slots + 1 : 0;
    const x = chanSlotX(box, i);
    const by = chanSlotY(box, i);
    slotEls.push(
      <g key={i} className={`csg-slot${val ? ' is-full' : ''}${leaving && i === 0 ? ' is-leaving' : ''}`} data-slot={i}>
        <rect x={x - sw / 2} y={by - SLOT_H / 2} width={sw} height={SLOT_H} rx={5} />
        {lod > 1 && (
          <text x={x} y={by + 0.5}>
            {more ? `+${more}` : clip(shortValue(val), maxChars)}
          </text>
        )}
        {val && <title>{val}</title>}
      </g>,
    );
  }
  return (
    <g
      className={`csg-node csg-chan${v.closed ? ' is-closed' : ''}${v.ghost ? ' is-ghost' : ''}${selected ? ' is-selected' : ''}`}
      transform={`translate(${box.x},${box.y})`}
      data-kind="chan"
      data-chan={v.id}
      data-name={v.name}
      data-cap={v.cap}
      data-closed={v.closed ? 'true' : 'false'}
      data-ghost={v.ghost ? 'true' : undefined}
    >
      <Ring on={selected} x={left} y={-h / 2} w={w} h={h} rx={14} />
      <rect className="csg-card" x={left} y={-h / 2} width={w} height={h} rx={11} />
      {lod > 0 && (
        <text className="csg-chan-name" x={left + 12} y={-h / 2 + 18}>
          {v.label}
        </text>
      )}
      {lod > 1 && (
        <text className="csg-chan-cap" x={-left - 12} y={-h / 2 + 18}>
          {capText}
        </text>
      )}
      {slots > 0 ? (
        slotEls
      ) : (
        <g className="csg-pipe">
          <rect x={left + 14} y={chanSlotY(box, 0) - 3} width={w - 28} height={6} rx={3} />
        </g>
      )}
      {v.closed && (
        <g className="csg-closed-badge" transform={`translate(${-left - 8},${-h / 2})`}>
          <rect x={-46} y={-8} width={46} height={16} rx={8} />
          {lod > 1 && (
            <text x={-23} y={0.5}>
              closed
            </text>
          )}
        </g>
      )}
      <title>{`${v.label}: ${v.cap > 0 ? `${v.values.length}/${v.cap} buffered` : 'unbuffered'}${v.closed ? ', closed' : ''}`}</title>
    </g>
  );
}, (a, b) => a.leaving === b.leaving && a.selected === b.selected && a.lod === b.lod && (a.v === b.v || propsEqual(a.v as unknown as Record<string, unknown>, b.v as unknown as Record<string, unknown>)));

interface SNodeProps {
  v: SyncView;
  labels: Map<number, string>;
  selected: boolean;
  lod: Lod;
}

const typeTitle: Record<string, string> = { mutex: 'Mutex', rwmutex: 'RWMutex', waitgroup: 'WaitGroup', cond: 'Cond', once: 'Once' };

function Chips({ ids, state, x, y, maxW, lod }: { ids: number[]; state: VisualState; x: number; y: number; maxW: number; lod: Lod }) {
  const out: ReactElement[] = [];
  let cx = x;
  const style: CSSVars = { '--c': stateColor(state) };
  for (let i = 0; i < ids.length; i++) {
    const t = `#${ids[i]}`;
    const cw = t.length * 6 + 10;
    const rest = ids.length - i;
    if (cx + cw + (rest > 1 ? 24 : 0) > x + maxW) {
      const more = `+${rest}`;
      out.push(
        <g key="more" className="csg-chip is-more" style={style}>
          {lod > 1 && (
            <text x={cx + 2} y={y + 0.5}>
              {more}
            </text>
          )}
        </g>,
      );
      break;
    }
    out.push(
      <g key={ids[i]} className="csg-chip" style={style} data-chip={ids[i]}>
        <rect x={cx} y={y - 8} width={cw} height={16} rx={8} />
        {lod > 1 && (
          <text x={cx + cw / 2} y={y + 0.5} textAnchor="middle">
            {t}
          </text>
        )}
      </g>,
    );
    cx += cw + 4;
  }
  return <>{out}</>;
}

const SyncNode = memo(function SyncNode({ v, labels, selected, lod }: SNodeProps) {
  const { box } = v;
  const w = box.w;
  const h = box.h;
  const left = -w / 2;
  const top = -h / 2;
  let status: string;
  let statusCls = '';
  let rowLabel = v.waiters.length ? 'queue' : '';
  let lead: number[] = [];
  switch (v.ghost ? '' : v.type) {
    case '':
      status = 'not used yet';
      break;
    case 'waitgroup':
      status = 'counter';
      if (v.waiters.length) rowLabel = 'waiting';
      break;
    case 'once':
      status = v.done ? 'done ✓' : 'not run yet';
      statusCls = v.done ? ' is-done' : '';
      break;
    case 'cond':
      status = v.waiters.length ? `${v.waiters.length} waiting` : 'no waiters';
      if (v.waiters.length) rowLabel = 'waiting';
      break;
    case 'rwmutex':
      if (v.holder) {
        status = `writer ${v.holderLabel}`;
        statusCls = ' is-held';
      } else if (v.readers.length) {
        status = `${v.readers.length} reader${v.readers.length > 1 ? 's' : ''}`;
        statusCls = ' is-held';
        lead = v.readers;
        rowLabel = 'readers';
      } else status = 'unlocked';
      break;
    default:
      status = v.holder ? `held by ${v.holderLabel}` : 'unlocked';
      statusCls = v.holder ? ' is-held' : '';
      break;
  }
  const rowY = top + 57;
  const rowX = left + 12 + (rowLabel ? textWidth(rowLabel, 10) + 8 : 0);
  const leadW = lead.reduce((a, id) => a + `#${id}`.length * 6 + 14, 0);
  return (
    <g
      className={`csg-node csg-sync${v.ghost ? ' is-ghost' : ''}${selected ? ' is-selected' : ''}`}
      transform={`translate(${box.x},${box.y})`}
      data-kind="sync"
      data-type={v.type}
      data-sync={v.id}
      data-name={v.label}
      data-holder={v.holder || ''}
      data-waiters={v.waiters.join(',')}
      data-readers={v.type === 'rwmutex' ? v.readers.join(',') : undefined}
      data-counter={v.type === 'waitgroup' ? v.counter : undefined}
      data-done={v.type === 'once' ? String(v.done) : undefined}
      data-ghost={v.ghost ? 'true' : undefined}
    >
      <Ring on={selected} x={left} y={top} w={w} h={h} rx={14} />
      <rect className="csg-card" x={left} y={top} width={w} height={h} rx={11} />
      {lod > 0 && (
        <text className="csg-sync-name" x={left + 12} y={top + 19}>
          {v.label}
        </text>
      )}
      {lod > 1 && !v.label.startsWith('sync.') && (
        <text className="csg-sync-type" x={-left - 12} y={top + 19} textAnchor="end">
          {typeTitle[v.type] ?? v.type}
        </text>
      )}
      {lod > 1 && (
        <text className={`csg-sync-status${statusCls}`} x={left + 12} y={top + 38}>
          {status}
        </text>
      )}
      {lod > 0 && v.type === 'waitgroup' && !v.ghost && (
        <text className={`csg-sync-counter${v.counter === 0 ? ' is-zero' : ''}`} x={-left - 12} y={top + 42} textAnchor="end">
          {v.counter}
        </text>
      )}
      {lod > 1 && rowLabel && (
        <text className="csg-sync-rowlabel" x={left + 12} y={rowY + 3.5}>
          {rowLabel}
        </text>
      )}
      {lead.length > 0 && <Chips ids={lead} state="running" x={rowX} y={rowY} maxW={w - 12 - (rowX - left)} lod={lod} />}
      {v.waiters.length > 0 && <Chips ids={v.waiters} state={v.waitState} x={rowX + leadW} y={rowY} maxW={w - 12 - (rowX + leadW - left)} lod={lod} />}
      <title>
        {`${typeTitle[v.type] ?? v.type} ${v.label}${v.holder ? `, held by ${labels.get(v.holder) ?? `#${v.holder}`}` : ''}${
          v.waiters.length ? `, waiting: ${v.waiters.map((g) => labels.get(g) ?? `#${g}`).join(', ')}` : ''
        }`}
      </title>
    </g>
  );
}, (a, b) => a.selected === b.selected && a.labels === b.labels && a.lod === b.lod && (a.v === b.v || propsEqual(a.v as unknown as Record<string, unknown>, b.v as unknown as Record<string, unknown>)));

const TimerNode = memo(function TimerNode({ v, lod }: { v: TimerView; lod: Lod }) {
  const { box } = v;
  const w = box.w;
  const h = box.h;
  const left = -w / 2;
  const r = 11;
  const circ = 2 * Math.PI * r;
  const cx = left + 22;
  return (
    <g
      className={`csg-node csg-timer${v.active ? ' is-active' : ''}${v.ghost ? ' is-ghost' : ''}`}
      transform={`translate(${box.x},${box.y})`}
      data-kind="timer"
      data-timer={v.id}
      data-purpose={v.purpose}
      data-active={v.active ? 'true' : 'false'}
      data-ghost={v.ghost ? 'true' : undefined}
    >
      <rect className="csg-card" x={left} y={-h / 2} width={w} height={h} rx={h / 2} />
      <circle className="csg-clock-track" cx={cx} cy={0} r={r} />
      {v.active && (
        <circle
          className="csg-clock-fill"
          cx={cx}
          cy={0}
          r={r}
          strokeDasharray={`${(v.left * circ).toFixed(2)} ${circ.toFixed(2)}`}
          transform={`rotate(-90 ${cx} 0)`}
        />
      )}
      <line className="csg-clock-hand" x1={cx} y1={0} x2={cx} y2={-6} />
      <line className="csg-clock-hand" x1={cx} y1={0} x2={cx + 4} y2={0} />
      {lod > 0 && (
        <text className="csg-timer-label" x={left + 40} y={lod > 1 ? -2 : 4}>
          {v.label}
        </text>
      )}
      {lod > 1 && (
        <text className="csg-caption" x={left + 40} y={12}>
          {clip(v.caption, Math.floor((w - 48) / 5.6))}
        </text>
      )}
    </g>
  );
}, (a, b) => a.lod === b.lod && (a.v === b.v || propsEqual(a.v as unknown as Record<string, unknown>, b.v as unknown as Record<string, unknown>)));

const EdgePath = memo(function EdgePath({ e, fired, hot, uid }: { e: EdgeView; fired: boolean; hot: boolean; uid: string }) {
  const cls = `csg-edge is-${e.kind}${fired ? ' is-fired' : ''}${hot ? ' is-hot' : ''}`;
  const marker = fired ? 'running' : e.marker;
  const style: CSSVars = { '--c': fired ? stateColor('running') : e.color };
  return (
    <path
      className={cls}
      d={e.d}
      style={style}
      markerEnd={marker ? `url(#${uid}-arr-${marker})` : undefined}
      data-edge={e.kind}
      data-key={e.key}
      data-fired={fired ? 'true' : undefined}
    />
  );
}, (a, b) => a.fired === b.fired && a.hot === b.hot && a.uid === b.uid && a.e.d === b.e.d && a.e.color === b.e.color && a.e.kind === b.e.kind && a.e.marker === b.e.marker);

const GroupFrame = memo(function GroupFrame({ gb }: { gb: GroupBox }) {
  const left = gb.x - gb.w / 2;
  const top = gb.y - gb.h / 2;
  return (
    <g className="csg-group" data-group={gb.key}>
      <rect x={left} y={top} width={gb.w} height={gb.h} rx={13} />
      <text x={left + 12} y={top + 18}>
        <tspan className="csg-group-name">{gb.label}</tspan>
        <tspan className="csg-group-count" dx={5}>
          ×{gb.count}
        </tspan>
      </text>
    </g>
  );
});

function TokenView({ t, lod }: { t: Token; lod: Lod }) {
  const text = clip(shortValue(t.value), 14);
  const w = Math.max(18, text.length * 6.4 + 12);
  const fade = t.progress < 0.08 ? t.progress / 0.08 : t.progress > 0.94 ? (1 - t.progress) / 0.06 : 1;
  return (
    <g
      className={`csg-token${t.zero ? ' is-zero' : ''}`}
      data-testid="token"
      data-chan={t.chan}
      data-value={t.value}
      transform={`translate(${t.x.toFixed(1)},${t.y.toFixed(1)})`}
      opacity={Math.max(0, Math.min(1, fade)).toFixed(3)}
    >
      <rect className="csg-token-shadow" x={-w / 2} y={-8} width={w} height={18} rx={9} />
      <rect className="csg-token-pill" x={-w / 2} y={-9} width={w} height={18} rx={9} />
      {lod > 1 && (
        <text x={0} y={0.5}>
          {text}
        </text>
      )}
    </g>
  );
}

// ---------- the view ----------

export function GraphView(props: GraphViewProps) {
  const { events, eventCount, state, cursor, finished, hoveredG, onHoverG, selected, onSelect } = props;
  const uid = `csg${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;

  const userMoved = useRef(false);

  // the model, folded incrementally as the trace grows
  const modelRef = useRef<{ events: readonly TraceEvent[]; b: GraphModelBuilder } | null>(null);
  const model: GraphModel = useMemo(() => {
    let r = modelRef.current;
    const n = Math.min(eventCount, events.length);
    if (!r || r.events !== events || r.b.length > n) {
      r = { events, b: new GraphModelBuilder() };
      modelRef.current = r;
      // a new run: fit its layout even if the user moved the last one
      userMoved.current = false;
    }
    if (r.b.length < n) r.b.pushAll(events, r.b.length, n);
    return r.b.model();
  }, [events, eventCount]);

  // the layout: once per run; again only when nodes appear while streaming, and once when the run finishes
  const layoutRef = useRef<{ events: readonly TraceEvent[]; nodes: number; finished: boolean; layout: GraphLayout } | null>(null);
  let lr = layoutRef.current;
  if (!lr || lr.events !== events || lr.nodes !== model.nodes.length || (finished && !lr.finished)) {
    lr = { events, nodes: model.nodes.length, finished, layout: layoutGraph(model) };
    layoutRef.current = lr;
  }
  const layout = lr.layout;

  // playhead
  const idx = Math.floor(cursor);
  const frac = cursor - idx;
  const cur = idx < eventCount ? events[idx] : undefined;
  const now = nowAt(state, cur, frac);

  const scene = useMemo(() => computeScene(model, layout, state, now), [model, layout, state, now]);
  const firedKey = firedSelectKey(state, cur);
  const leavingChan = takesHead(cur);
  const token = cur ? tokenAt(model, layout, state, events, idx, frac) : null;

  // group frames show once one of their goroutines exists
  const liveGroups = useMemo(() => {
    const s = new Set<string>();
    for (const g of scene.goroutines) if (g.box.group) s.add(g.box.group);
    return s;
  }, [scene]);

  const labels = useMemo(() => {
    const m = new Map<number, string>();
    for (const g of model.goroutines.values()) m.set(g.id, g.label);
    return m;
  }, [model]);

  // faint structure edges between nodes that exist by now
  let timersOn = 0;
  for (const t of scene.timers) if (!t.ghost) timersOn++;
  const visKey = `${state.goroutines.size}/${state.channels.size}/${state.sync.size}/${timersOn}`;
  const staticEdges = useMemo(() => {
    const exists = (key: string): boolean => {
      const id = Number(key.slice(1));
      switch (key[0]) {
        case 'g':
          return state.goroutines.has(id);
        case 'c':
          return state.channels.has(id);
        case 's':
          return state.sync.has(id);
        default:
          return state.timers.has(id);
      }
    };
    const out: ReactElement[] = [];
    for (const e of model.edges) {
      const a = layout.nodes.get(e.from);
      const b = layout.nodes.get(e.to);
      if (!a || !b || !exists(e.from) || !exists(e.to)) continue;
      out.push(<StaticEdge key={e.key} a={a} b={b} kind={e.kind} uid={uid} />);
    }
    return out;
    // visKey stands for the set of nodes that exist (creation is monotonic in the trace)
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [model, layout, visKey, uid]);

  // ----- size, pan and zoom -----
  const rootRef = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  // one viewport <g> per layer (background and structure, edges, nodes, token), moved together
  const backRef = useRef<SVGGElement>(null);
  const edgesRef = useRef<SVGGElement>(null);
  const viewRef = useRef<SVGGElement>(null);
  const tokenRef = useRef<SVGGElement>(null);
  const transformRef = useRef<string | undefined>(undefined);
  const zoomRef = useRef<ZoomBehavior<SVGSVGElement, unknown> | null>(null);
  const fittedLayout = useRef<GraphLayout | null>(null);
  const [size, setSize] = useState({ w: 0, h: 0 });
  // level of detail from the on-screen zoom: re-rendered only when the level changes
  const [lod, setLod] = useState<Lod>(2);

  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    const z = zoom<SVGSVGElement, unknown>()
      .scaleExtent([0.05, 4])
      .on('zoom', (e) => {
        const t = e.transform.toString();
        transformRef.current = t;
        for (const r of [backRef, edgesRef, viewRef, tokenRef]) r.current?.setAttribute('transform', t);
        setLod(lodFor(e.transform.k));
        if (e.sourceEvent) userMoved.current = true;
      });
    const sel = select(svg);
    sel.call(z).on('dblclick.zoom', null);
    zoomRef.current = z;
    return () => {
      sel.on('.zoom', null);
      zoomRef.current = null;
    };
  }, []);

  useEffect(() => {
    const el = rootRef.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver((entries) => {
      const r = entries[0].contentRect;
      setSize((s) => (Math.abs(s.w - r.width) < 0.5 && Math.abs(s.h - r.height) < 0.5 ? s : { w: r.width, h: r.height }));
    });
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  const fit = useCallback(
    (animate: boolean) => {
      const svg = svgRef.current;
      const z = zoomRef.current;
      if (!svg || !z || size.w <= 0 || size.h <= 0 || layout.width <= 0) return;
      const m = 24;
      const k = Math.min(Math.max(Math.min((size.w - 2 * m) / layout.width, (size.h - 2 * m) / layout.height), 0.05), 1.25);
      const t = zoomIdentity.translate((size.w - layout.width * k) / 2, (size.h - layout.height * k) / 2).scale(k);
      userMoved.current = false;
      if (animate) select(svg).transition().duration(380).call(z.transform, t);
      else select(svg).call(z.transform, t);
    },
    [layout, size.w, size.h],
  );

  // fit when a new layout arrives (unless it is the same size and the user has moved the view), or on resize until the user pans/zooms
  useEffect(() => {
    if (size.w <= 0) return;
    const prev = fittedLayout.current;
    if (prev !== layout) {
      fittedLayout.current = layout;
      if (!prev) fit(false);
      else if (!userMoved.current || prev.width !== layout.width || prev.height !== layout.height) fit(true);
    } else if (!userMoved.current) fit(false);
  }, [layout, size.w, size.h, fit]);

  const zoomBy = (f: number) => {
    const svg = svgRef.current;
    const z = zoomRef.current;
    if (svg && z) select(svg).transition().duration(200).call(z.scaleBy, f);
  };

  // ----- pointer: one delegated handler for all nodes -----
  const hoverRef = useRef<number | null>(hoveredG);
  hoverRef.current = hoveredG;
  const onHoverRef = useRef(onHoverG);
  onHoverRef.current = onHoverG;
  const onSelectRef = useRef(onSelect);
  onSelectRef.current = onSelect;

  const onPointerOver = useCallback((e: RPointerEvent<SVGSVGElement>) => {
    const el = (e.target as Element).closest?.('[data-kind="goroutine"]');
    const g = el ? Number(el.getAttribute('data-gid')) : null;
    if (g !== hoverRef.current) {
      hoverRef.current = g;
      onHoverRef.current(g);
    }
  }, []);
  const onPointerLeave = useCallback(() => {
    if (hoverRef.current !== null) {
      hoverRef.current = null;
      onHoverRef.current(null);
    }
  }, []);
  const onClick = useCallback((e: RMouseEvent<SVGSVGElement>) => {
    const el = (e.target as Element).closest?.('[data-kind]');
    const kind = el?.getAttribute('data-kind');
    if (el && kind === 'goroutine') onSelectRef.current({ kind, id: Number(el.getAttribute('data-gid')) });
    else if (el && kind === 'chan') onSelectRef.current({ kind, id: Number(el.getAttribute('data-chan')) });
    else if (el && kind === 'sync') onSelectRef.current({ kind, id: Number(el.getAttribute('data-sync')) });
    else onSelectRef.current(null);
  }, []);
  const onDoubleClick = useCallback(
    (e: RMouseEvent<SVGSVGElement>) => {
      if (!(e.target as Element).closest?.('[data-kind]')) fit(true);
    },
    [fit],
  );

  const selG = selected?.kind === 'goroutine' ? selected.id : -1;
  const selC = selected?.kind === 'chan' ? selected.id : -1;
  const selS = selected?.kind === 'sync' ? selected.id : -1;
  const hot = hoveredG ?? (selG >= 0 ? selG : -1);

  const empty = model.nodes.length === 0;
  const bg = 4000;
  // layers sized in pixels once measured: a percentage-sized <svg> is laid out again (and its
  // text re-laid out and repainted) whenever anything around the stage changes, i.e. every frame
  const layerSize: CSSProperties | undefined = size.w > 0 && size.h > 0 ? { width: `${size.w}px`, height: `${size.h}px` } : undefined;
  // many structure edges: draw the sync ones solid and fainter (dashing hundreds of long curves is slow to raster)
  const dense = staticEdges.length > 60 || lod === 0;

  const vt = transformRef.current;
  // appear animations only while few goroutines are on screen (each animating node is an offscreen layer)
  const animate = scene.goroutines.length <= 40;

  return (
    <div className="csg-root" ref={rootRef}>
      <div className={`csg-stack csg-lod-${lod}${animate ? ' is-animated' : ''}`}>
        {/* layers, each composited on its own so a frame re-rasters only what changed in it:
            background, group frames and structure edges (change only on zoom or when nodes appear) */}
        <svg className={`csg-layer csg-layer-back${dense ? ' is-dense' : ''}`} style={layerSize} aria-hidden="true">
          <defs>
            <pattern id={`${uid}-dots`} width={22} height={22} patternUnits="userSpaceOnUse">
              <circle className="csg-dots" cx={1} cy={1} r={1} />
            </pattern>
          </defs>
          <g ref={backRef} transform={vt}>
            <rect className="csg-canvas" x={-bg} y={-bg} width={layout.width + 2 * bg} height={layout.height + 2 * bg} fill={`url(#${uid}-dots)`} />
            <g className="csg-groups">
              {layout.groups.map((gb) => (gb.framed && liveGroups.has(gb.key) ? <GroupFrame key={gb.key} gb={gb} /> : null))}
            </g>
            <g className="csg-edges-static">{staticEdges}</g>
          </g>
        </svg>
        {/* who waits on what (changes at events) */}
        <svg className="csg-layer csg-layer-edges" style={layerSize} aria-hidden="true">
          <defs>
            {MARKERS.map((m) => (
              <marker
                key={m}
                id={`${uid}-arr-${m}`}
                viewBox="0 0 10 10"
                refX={9}
                refY={5}
                markerWidth={7}
                markerHeight={7}
                markerUnits="userSpaceOnUse"
                orient="auto"
              >
                <path d="M0,1 L9,5 L0,9 z" style={{ fill: markerColor(m) }} />
              </marker>
            ))}
          </defs>
          <g ref={edgesRef} className="csg-edges" transform={vt}>
            {scene.edges.map((e) => (
              <EdgePath key={e.key} e={e} fired={e.key === firedKey} hot={e.g === hot} uid={uid} />
            ))}
          </g>
        </svg>
        {/* the nodes; this layer takes the pointer (pan, zoom, hover, click) */}
        <svg
          data-testid="graph"
          className="csg-layer csg-svg"
          style={layerSize}
          ref={svgRef}
          onPointerOver={onPointerOver}
          onPointerLeave={onPointerLeave}
          onClick={onClick}
          onDoubleClick={onDoubleClick}
          role="group"
          aria-label="Goroutines, channels and sync objects of the run"
        >
          <g ref={viewRef} className="csg-viewport" transform={vt}>
            <g className="csg-nodes">
              {scene.timers.map((v) => (
                <TimerNode key={v.key} v={v} lod={lod} />
              ))}
              {scene.chans.map((v) => (
                <ChanNode key={v.key} v={v} leaving={leavingChan === v.id} selected={selC === v.id} lod={lod} />
              ))}
              {scene.syncs.map((v) => (
                <SyncNode key={v.key} v={v} labels={labels} selected={selS === v.id} lod={lod} />
              ))}
              {scene.goroutines.map((v) => (
                <GoroutineNode key={v.key} v={v} hovered={hoveredG === v.id} selected={selG === v.id} lod={lod} />
              ))}
            </g>
          </g>
          {empty && (
            <text className="csg-empty" x="50%" y="50%" textAnchor="middle">
              Run a program to see its goroutines and channels
            </text>
          )}
        </svg>
        {/* the travelling value: moves every frame, so it has a layer of its own */}
        <svg className="csg-layer csg-layer-token" style={layerSize} aria-hidden="true">
          <g ref={tokenRef} transform={vt}>
            {token && <TokenView t={token} lod={lod} />}
          </g>
        </svg>
        {!empty && (
          <div className="csg-controls" aria-label="Zoom">
            <button type="button" title="Zoom in" onClick={() => zoomBy(1.25)}>
              +
            </button>
            <button type="button" title="Zoom out" onClick={() => zoomBy(0.8)}>
              −
            </button>
            <button type="button" title="Fit to view (double-click the background)" onClick={() => fit(true)}>
              ⤢
            </button>
          </div>
        )}
      </div>
    </div>
  );
}

const StaticEdge = memo(function StaticEdge({ a, b, kind, uid }: { a: LayoutBox; b: LayoutBox; kind: string; uid: string }) {
  const d = curvePath(boxCurve(a, b));
  return <path className={`csg-edge-static is-${kind}`} d={d} markerEnd={kind === 'sync' ? undefined : `url(#${uid}-arr-edge)`} />;
});

export default GraphView;
