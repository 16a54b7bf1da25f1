// Canvas drawing for the timeline: lanes, state bars, arrows, markers, the
// playhead and the time axis. Everything is culled to the visible event range
// and lane range, and sub-pixel detail is merged per pixel column, so the cost
// of a frame depends on the canvas size, not on the trace length.
import { formatDuration } from '../../formatDuration.js';
import type { VisualState } from '../visualState.js';
import { lowerBound, lowerBoundBy, type TimelineArrow, type TimelineModel } from './timelineModel.js';

export const LANE_H = 24;
export const BAR_H = 14;
export const AXIS_H = 34;
export const PAD_L = 12;
export const PAD_R = 28;
/** Deepest zoom: one event step this many pixels wide. */
export const MAX_PX_PER_UNIT = 48;
/** Hover radius around an event, px. */
export const HIT_R = 6;

const STATES: VisualState[] = ['running', 'runnable', 'chan', 'select', 'lock', 'sleep', 'wg', 'cond', 'exited'];
/** Which state wins a pixel column where several share it (zoomed out). */
const PRIORITY: Record<VisualState, number> = { running: 6, chan: 5, select: 5, lock: 5, wg: 5, cond: 5, sleep: 4, runnable: 2, exited: 0 };

export interface Palette {
  states: Record<VisualState, string>;
  panel: string;
  panel2: string;
  border: string;
  text: string;
  text2: string;
  text3: string;
  accent: string;
  accentSoft: string;
  danger: string;
  edge: string;
  fontMono: string;
  fontUi: string;
}

/** The theme's colours as the canvas needs them (CSS variables resolved). */
export function readPalette(el: Element = document.documentElement): Palette {
  const cs = getComputedStyle(el);
  const v = (name: string, fallback: string) => cs.getPropertyValue(name).trim() || fallback;
  const states = {} as Record<VisualState, string>;
  for (const s of STATES) states[s] = v(`--st-${s}`, '#888');
  return {
    states,
    panel: v('--panel', '#fff'),
    panel2: v('--panel-2', '#f0f2f5'),
    border: v('--border', '#dde1e7'),
    text: v('--text', '#1d2330'),
    text2: v('--text-2', '#5b6475'),
    text3: v('--text-3', '#8a93a3'),
    accent: v('--accent', '#2f6fde'),
    accentSoft: v('--accent-soft', 'rgba(47,111,222,0.12)'),
    danger: v('--danger', '#c8372d'),
    edge: v('--edge', '#9aa3b2'),
    fontMono: v('--font-mono', 'monospace'),
    fontUi: v('--font-ui', 'sans-serif'),
  };
}

/** Where the trace sits on the canvas: the fit-to-width scale, then the d3-zoom transform (k, tx), and the vertical scroll. */
export interface Viewport {
  /** Canvas size in CSS px. */
  w: number;
  h: number;
  scrollTop: number;
  k: number;
  tx: number;
  /** px per x unit at k = 1. */
  fit: number;
}

export function fitScale(m: TimelineModel, w: number): number {
  return Math.max(1e-9, w - PAD_L - PAD_R) / Math.max(1, m.totalX);
}

/** Screen px of an x unit. */
export function pxOfUnit(vp: Viewport, u: number): number {
  return (PAD_L + u * vp.fit) * vp.k + vp.tx;
}

/** x unit at a screen px. */
export function unitAt(vp: Viewport, px: number): number {
  return ((px - vp.tx) / vp.k - PAD_L) / vp.fit;
}

export function pxOfSeq(m: TimelineModel, vp: Viewport, seq: number): number {
  return pxOfUnit(vp, m.x(seq));
}

/** The fractional seq at a screen px. */
export function seqAtPx(m: TimelineModel, vp: Viewport, px: number): number {
  return m.seqAt(unitAt(vp, px));
}

export function visibleSeqs(m: TimelineModel, vp: Viewport): [number, number] {
  const s0 = Math.max(0, Math.floor(seqAtPx(m, vp, -4)) - 1);
  const s1 = Math.min(m.count, Math.ceil(seqAtPx(m, vp, vp.w + 4)) + 1);
  return [s0, s1];
}

export function visibleLanes(m: TimelineModel, vp: Viewport): [number, number] {
  const first = Math.max(0, Math.floor(vp.scrollTop / LANE_H));
  const last = Math.min(m.lanes.length - 1, Math.floor((vp.scrollTop + vp.h) / LANE_H));
  return [first, last];
}

export function laneCenter(vp: Viewport, lane: number): number {
  return lane * LANE_H - vp.scrollTop + LANE_H / 2;
}

/** Sets the canvas's backing store for its CSS size and the device pixel ratio; returns its 2D context scaled to CSS px. */
export function prepareCanvas(canvas: HTMLCanvasElement, w: number, h: number): CanvasRenderingContext2D | null {
  const dpr = (typeof window !== 'undefined' && window.devicePixelRatio) || 1;
  const bw = Math.max(1, Math.round(w * dpr));
  const bh = Math.max(1, Math.round(h * dpr));
  if (canvas.width !== bw || canvas.height !== bh) {
    canvas.width = bw;
    canvas.height = bh;
    canvas.style.width = `${w}px`;
    canvas.style.height = `${h}px`;
  }
  const ctx = canvas.getContext('2d');
  if (!ctx) return null;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.clearRect(0, 0, w, h);
  return ctx;
}

export interface PlotState {
  cursor: number;
  hoveredLane: number;
  /** The event under the mouse, or -1. */
  hoverSeq: number;
  palette: Palette;
}

/** The lanes: zebra, time gaps, bars, spawns, arrows, markers, future veil, playhead. */
export function drawPlot(ctx: CanvasRenderingContext2D, m: TimelineModel, vp: Viewport, st: PlotState): void {
  const { palette: pal } = st;
  const { w, h } = vp;
  if (m.count === 0 || m.lanes.length === 0) return;
  const [s0, s1] = visibleSeqs(m, vp);
  const [first, last] = visibleLanes(m, vp);
  const px = (seq: number) => pxOfUnit(vp, m.x(seq));
  const unitPx = vp.fit * vp.k;

  // clock jumps: a faint band where virtual time passes, a guide where the new time starts
  drawTimeGaps(ctx, m, vp, s0, s1, pal, h, true);

  // lane backgrounds
  ctx.fillStyle = pal.panel2;
  ctx.globalAlpha = 0.55;
  for (let i = first; i <= last; i++) if (i % 2 === 1) ctx.fillRect(0, i * LANE_H - vp.scrollTop, w, LANE_H);
  ctx.globalAlpha = 1;
  if (st.hoveredLane >= first && st.hoveredLane <= last) {
    ctx.fillStyle = pal.accentSoft;
    ctx.fillRect(0, st.hoveredLane * LANE_H - vp.scrollTop, w, LANE_H);
  }

  // send→receive arrows run under the bars (their heads touch the bars' edges)
  const arrows = collectArrows(m, vp, s0, s1, st);
  drawArrows(ctx, m, vp, arrows, st, 'under');

  // state bars, batched per colour, merged per pixel column when zoomed out
  const rects = new Map<VisualState, number[]>();
  for (const s of STATES) rects.set(s, []);
  for (let li = first; li <= last; li++) {
    const lane = m.lanes[li];
    const segs = lane.segments;
    const y = li * LANE_H - vp.scrollTop + (LANE_H - BAR_H) / 2;
    let i = lowerBoundBy(segs, s0 + 1, (s) => s.to);
    let colPx = -Infinity;
    let colState: VisualState | null = null;
    // runs of one state merge into one rect (zoomed out, neighbouring columns often agree)
    let runState: VisualState | null = null;
    let runIdx = -1;
    const emit = (x: number, width: number, state: VisualState) => {
      const r = rects.get(state)!;
      if (runState === state && runIdx >= 0 && r[runIdx] + r[runIdx + 2] >= x - 0.01) {
        r[runIdx + 2] = Math.max(r[runIdx + 2], x + width - r[runIdx]);
        return;
      }
      runState = state;
      runIdx = r.length;
      r.push(x, y, width, BAR_H);
    };
    const flush = () => {
      if (colState !== null) emit(colPx, 1, colState);
      colState = null;
    };
    for (; i < segs.length; i++) {
      const seg = segs[i];
      if (seg.from > s1) break;
      const x0 = Math.max(-2, px(seg.from));
      const x1 = Math.min(w + 2, px(seg.to));
      if (x1 - x0 >= 1) {
        flush();
        emit(x0, x1 - x0, seg.state);
        colPx = Math.floor(x1);
      } else {
        const c = Math.floor(x0);
        if (c !== colPx) flush();
        colPx = c;
        if (colState === null || PRIORITY[seg.state] > PRIORITY[colState]) colState = seg.state;
      }
    }
    flush();
  }
  for (const s of STATES) {
    const r = rects.get(s)!;
    if (r.length === 0) continue;
    ctx.fillStyle = pal.states[s];
    ctx.beginPath();
    if (s === 'exited') {
      // gone: a thin line instead of a bar
      for (let i = 0; i < r.length; i += 4) ctx.rect(r[i], r[i + 1] + BAR_H / 2 - 1, r[i + 2], 2);
    } else for (let i = 0; i < r.length; i += 4) ctx.rect(r[i], r[i + 1], r[i + 2], r[i + 3]);
    ctx.fill();
  }

  // each event as a notch under the bar once there is room to tell them apart
  if (unitPx >= 7) {
    ctx.fillStyle = pal.text;
    ctx.globalAlpha = 0.35;
    ctx.beginPath();
    for (let li = first; li <= last; li++) {
      const evs = m.lanes[li].events;
      const y = li * LANE_H - vp.scrollTop + (LANE_H + BAR_H) / 2 + 1;
      for (let i = lowerBound(evs, s0); i < evs.length && evs[i] <= s1; i++) ctx.rect(Math.round(px(evs[i])), y, 1, 2);
    }
    ctx.fill();
    ctx.globalAlpha = 1;
  }

  drawSpawns(ctx, m, vp, s0, s1, first, last, pal);
  drawArrows(ctx, m, vp, arrows, st, 'over');
  drawLaneMarkers(ctx, m, vp, s0, s1, first, last, pal);

  // the future (events not yet applied at the playhead) is veiled
  const cx = px(Math.max(0, Math.min(st.cursor, m.count)));
  if (st.cursor < m.count && cx < w) {
    ctx.fillStyle = pal.panel;
    ctx.globalAlpha = 0.6;
    ctx.fillRect(Math.max(0, cx), 0, w - Math.max(0, cx), h);
    ctx.globalAlpha = 1;
  }

  drawEndMarkers(ctx, m, vp, s0, s1, pal, h);

  // the hovered event
  if (st.hoverSeq >= 0 && st.hoverSeq < m.count) {
    const ev = st.hoverSeq;
    for (let li = first; li <= last; li++) {
      const evs = m.lanes[li].events;
      const j = lowerBound(evs, ev);
      if (evs[j] !== ev) continue;
      ctx.beginPath();
      ctx.arc(px(ev), laneCenter(vp, li), 5, 0, Math.PI * 2);
      ctx.lineWidth = 2;
      ctx.strokeStyle = pal.accent;
      ctx.stroke();
    }
  }

  // the playhead
  if (cx >= -1 && cx <= w + 1) {
    ctx.fillStyle = pal.accent;
    ctx.fillRect(Math.round(cx) - 1, 0, 2, h);
  }
}

function drawTimeGaps(ctx: CanvasRenderingContext2D, m: TimelineModel, vp: Viewport, s0: number, s1: number, pal: Palette, h: number, guides: boolean): void {
  const tc = m.timeChanges;
  let lastGuide = -Infinity;
  const guideXs: number[] = [];
  ctx.fillStyle = pal.panel2;
  ctx.globalAlpha = 0.75;
  let i = Math.max(1, lowerBoundBy(tc, s0, (c) => c.seq));
  while (i < tc.length && tc[i].seq <= s1 + 1) {
    const seq = tc[i].seq;
    const xa = pxOfUnit(vp, m.x(seq - 1) + 1);
    const xb = pxOfUnit(vp, m.x(seq));
    if (xa > vp.w + 2) break;
    if (xb - xa >= 2) ctx.fillRect(Math.max(-1, xa), 0, Math.min(vp.w + 1, xb) - Math.max(-1, xa), h);
    if (xb - lastGuide >= 6) {
      guideXs.push(xb);
      lastGuide = xb;
    }
    // the next change at least 2 px further (the ones in between have no band wider than that)
    const j = lowerBoundBy(tc, m.seqAt(unitAt(vp, xb + 2)), (c) => c.seq);
    i = Math.max(i + 1, j);
  }
  ctx.globalAlpha = 1;
  if (!guides || guideXs.length === 0) return;
  ctx.fillStyle = pal.border;
  ctx.beginPath();
  for (const x of guideXs) ctx.rect(Math.round(x), 0, 1, h);
  ctx.fill();
}

function drawSpawns(ctx: CanvasRenderingContext2D, m: TimelineModel, vp: Viewport, s0: number, s1: number, first: number, last: number, pal: Palette): void {
  const mk = m.markers;
  // one connector per parent and pixel column (a loop of `go` statements fans out from one point)
  const groups = new Map<number, { x: number; parent: number; lo: number; hi: number; children: number[] }>();
  for (let i = lowerBoundBy(mk, s0, (k) => k.seq); i < mk.length && mk[i].seq <= s1; i++) {
    const k = mk[i];
    if (k.kind !== 'spawn' || k.lane < 0 || k.toLane === undefined) continue;
    const lo = Math.min(k.lane, k.toLane);
    const hi = Math.max(k.lane, k.toLane);
    if (hi < first || lo > last) continue;
    const x = Math.round(pxOfUnit(vp, m.x(k.seq))) + 0.5;
    const key = x * 65536 + k.lane;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { x, parent: k.lane, lo, hi, children: [] }));
    g.lo = Math.min(g.lo, lo);
    g.hi = Math.max(g.hi, hi);
    if (k.toLane >= first - 1 && k.toLane <= last + 1) g.children.push(k.toLane);
  }
  if (groups.size === 0) return;
  const clampY = (y: number) => Math.max(-4, Math.min(vp.h + 4, y));
  ctx.strokeStyle = pal.text3;
  ctx.fillStyle = pal.text3;
  ctx.lineWidth = 1;
  ctx.setLineDash([2, 2]);
  ctx.beginPath();
  for (const g of groups.values()) {
    // from the bottom edge of the topmost lane to the top edge of the lowest one
    const ya = laneCenter(vp, g.lo) + BAR_H / 2;
    const yb = laneCenter(vp, g.hi) - BAR_H / 2;
    ctx.moveTo(g.x, clampY(ya));
    ctx.lineTo(g.x, clampY(yb));
  }
  ctx.stroke();
  ctx.setLineDash([]);
  ctx.beginPath();
  for (const g of groups.values()) {
    const yp = laneCenter(vp, g.parent);
    if (yp > -4 && yp < vp.h + 4) {
      ctx.moveTo(g.x + 2.5, yp);
      ctx.arc(g.x, yp, 2.5, 0, Math.PI * 2);
    }
    for (const c of g.children) {
      const dir = c > g.parent ? 1 : -1;
      const y = laneCenter(vp, c) - (dir * BAR_H) / 2;
      ctx.moveTo(g.x, y);
      ctx.lineTo(g.x - 3, y - dir * 4);
      ctx.lineTo(g.x + 3, y - dir * 4);
      ctx.closePath();
    }
  }
  ctx.fill();
}

/** More arrows than this in view and only those of the hovered goroutine are drawn (the rest would be a grey wash). */
const ARROW_BUDGET = 700;

interface ArrowSet {
  /** The ordinary arrows in view (deduplicated per pixel); empty when there are too many to read. */
  plain: TimelineArrow[];
  /** The hovered goroutine's (or hovered event's) arrows. */
  mine: TimelineArrow[];
}

/** The arrows in view, split into ordinary and highlighted ones, within the drawing budget. */
function collectArrows(m: TimelineModel, vp: Viewport, s0: number, s1: number, st: PlotState): ArrowSet {
  const top = -LANE_H;
  const bottom = vp.h + LANE_H;
  const hl = st.hoveredLane;
  const hovering = hl >= 0 || st.hoverSeq >= 0;
  const related = (a: TimelineArrow) => a.fromLane === hl || a.toLane === hl || a.send === st.hoverSeq || a.recv === st.hoverSeq;
  const plain: TimelineArrow[] = [];
  const mine: TimelineArrow[] = [];
  const seen = new Set<number>();
  m.forEachArrow(s0, s1, (a) => {
    if (a.fromLane < 0 || a.toLane < 0) return; // timer channel sends: the timer marker shows them
    const r = hovering && related(a);
    if (!r && plain.length > ARROW_BUDGET) {
      // too many to draw them all: only the hovered goroutine's are still wanted
      return hovering ? undefined : false;
    }
    const y0 = laneCenter(vp, a.fromLane);
    const y1 = laneCenter(vp, a.toLane);
    if (Math.max(y0, y1) < top || Math.min(y0, y1) > bottom) return;
    // arrows that look the same at this zoom are drawn once
    const key = ((Math.round(pxOfUnit(vp, m.x(a.send))) * 4096 + Math.round(pxOfUnit(vp, m.x(a.recv)) / 2)) * 1024 + (a.fromLane % 1024)) * 1024 + (a.toLane % 1024);
    if (seen.has(key)) return;
    seen.add(key);
    if (r) {
      if (mine.length < ARROW_BUDGET) mine.push(a);
    } else plain.push(a);
  });
  return { plain: plain.length > ARROW_BUDGET ? [] : plain, mine };
}

/** Highlighted arrows beyond this many go under the bars too (over them they would hide the lanes). */
const MAX_ARROWS_OVER = 80;

/** Ordinary arrows run under the bars (their heads touch the bars' edges); a few highlighted ones go over them. */
function drawArrows(ctx: CanvasRenderingContext2D, m: TimelineModel, vp: Viewport, set: ArrowSet, st: PlotState, layer: 'under' | 'over'): void {
  const pal = st.palette;
  const stroke = (list: TimelineArrow[], color: string, alpha: number, width: number) => {
    if (list.length === 0) return;
    ctx.strokeStyle = color;
    ctx.fillStyle = color;
    ctx.globalAlpha = alpha;
    ctx.lineWidth = width;
    ctx.beginPath();
    const headPts: number[] = [];
    for (const a of list) arrowPath(ctx, m, vp, a, headPts);
    ctx.stroke();
    ctx.beginPath();
    for (let i = 0; i < headPts.length; i += 4) arrowHead(ctx, headPts[i], headPts[i + 1], headPts[i + 2], headPts[i + 3]);
    ctx.fill();
    ctx.globalAlpha = 1;
  };
  const hovering = st.hoveredLane >= 0 || st.hoverSeq >= 0;
  const over = set.mine.length <= MAX_ARROWS_OVER;
  if (layer === 'under') {
    stroke(set.plain, pal.edge, hovering ? 0.45 : 0.9, 1);
    if (!over) stroke(set.mine, pal.accent, 0.9, 1.25);
  } else if (over) stroke(set.mine, pal.accent, 1, 1.5);
}

/** Adds one send→receive curve to the current path; pushes its head's tip and direction. */
function arrowPath(ctx: CanvasRenderingContext2D, m: TimelineModel, vp: Viewport, a: TimelineArrow, head: number[]): void {
  const xs = pxOfUnit(vp, m.x(a.send));
  const xr = pxOfUnit(vp, m.x(a.recv));
  const yc0 = laneCenter(vp, a.fromLane);
  const yc1 = laneCenter(vp, a.toLane);
  if (a.fromLane === a.toLane) {
    // to itself (through a buffer): a hop over the bar
    const y = yc0 - BAR_H / 2;
    const lift = Math.min(LANE_H / 2 - 1, 4 + (xr - xs) / 8);
    ctx.moveTo(xs, y);
    ctx.bezierCurveTo(xs, y - lift, xr, y - lift, xr, y);
    head.push(xr, y, 0, 1);
    return;
  }
  const dir = yc1 > yc0 ? 1 : -1;
  const y0 = yc0 + (dir * BAR_H) / 2;
  const y1 = yc1 - (dir * BAR_H) / 2;
  const dx = xr - xs;
  if (Math.abs(dx) < 1.5) {
    ctx.moveTo(xs, Math.max(-4, Math.min(vp.h + 4, y0)));
    ctx.lineTo(xr, y1);
    head.push(xr, y1, 0, dir);
    return;
  }
  // long (buffered) hand-offs: an S-curve that leaves and arrives vertically
  const bend = Math.min(Math.abs(y1 - y0) * 0.6, 40);
  ctx.moveTo(xs, y0);
  ctx.bezierCurveTo(xs, y0 + dir * bend, xr, y1 - dir * bend, xr, y1);
  head.push(xr, y1, 0, dir);
}

function arrowHead(ctx: CanvasRenderingContext2D, x: number, y: number, dx: number, dy: number): void {
  const len = Math.hypot(dx, dy) || 1;
  const ux = dx / len;
  const uy = dy / len;
  const s = 5;
  ctx.moveTo(x, y);
  ctx.lineTo(x - ux * s - uy * s * 0.55, y - uy * s + ux * s * 0.55);
  ctx.lineTo(x - ux * s + uy * s * 0.55, y - uy * s - ux * s * 0.55);
  ctx.closePath();
}

function drawLaneMarkers(ctx: CanvasRenderingContext2D, m: TimelineModel, vp: Viewport, s0: number, s1: number, first: number, last: number, pal: Palette): void {
  const mk = m.markers;
  const seen = new Set<number>();
  for (let i = lowerBoundBy(mk, s0, (k) => k.seq); i < mk.length && mk[i].seq <= s1; i++) {
    const k = mk[i];
    if (k.lane < first || k.lane > last || k.lane < 0) continue;
    if (k.kind !== 'close' && k.kind !== 'timer' && k.kind !== 'panic') continue;
    const x = pxOfUnit(vp, m.x(k.seq));
    const key = Math.round(x / 3) * 4096 + k.lane;
    if (seen.has(key)) continue;
    seen.add(key);
    const y = laneCenter(vp, k.lane);
    if (k.kind === 'timer') drawClock(ctx, x, y, pal);
    else if (k.kind === 'close') drawClose(ctx, x, y, pal);
    else drawPanic(ctx, x, y, pal);
  }
}

function drawClock(ctx: CanvasRenderingContext2D, x: number, y: number, pal: Palette): void {
  ctx.beginPath();
  ctx.arc(x, y, 5, 0, Math.PI * 2);
  ctx.fillStyle = pal.panel;
  ctx.fill();
  ctx.lineWidth = 1.5;
  ctx.strokeStyle = pal.states.sleep;
  ctx.stroke();
  ctx.beginPath();
  ctx.moveTo(x, y - 3);
  ctx.lineTo(x, y);
  ctx.lineTo(x + 2.5, y);
  ctx.lineWidth = 1.2;
  ctx.stroke();
}

function drawClose(ctx: CanvasRenderingContext2D, x: number, y: number, pal: Palette): void {
  ctx.beginPath();
  ctx.arc(x, y, 5, 0, Math.PI * 2);
  ctx.fillStyle = pal.panel;
  ctx.fill();
  ctx.lineWidth = 1.5;
  ctx.strokeStyle = pal.text2;
  ctx.stroke();
  ctx.beginPath();
  ctx.moveTo(x - 2.2, y - 2.2);
  ctx.lineTo(x + 2.2, y + 2.2);
  ctx.moveTo(x + 2.2, y - 2.2);
  ctx.lineTo(x - 2.2, y + 2.2);
  ctx.lineWidth = 1.3;
  ctx.stroke();
}

function drawPanic(ctx: CanvasRenderingContext2D, x: number, y: number, pal: Palette): void {
  ctx.beginPath();
  ctx.moveTo(x, y - 7);
  ctx.lineTo(x + 6.5, y + 5);
  ctx.lineTo(x - 6.5, y + 5);
  ctx.closePath();
  ctx.fillStyle = pal.danger;
  ctx.fill();
  ctx.fillStyle = pal.panel;
  ctx.fillRect(x - 0.75, y - 3, 1.5, 4);
  ctx.fillRect(x - 0.75, y + 2, 1.5, 1.5);
}

/** Fatal errors and the program's exit: a line across every lane, labelled below the lanes. */
function drawEndMarkers(ctx: CanvasRenderingContext2D, m: TimelineModel, vp: Viewport, s0: number, s1: number, pal: Palette, h: number): void {
  const mk = m.markers;
  let labelRight = -Infinity;
  for (let i = lowerBoundBy(mk, s0, (k) => k.seq); i < mk.length && mk[i].seq <= s1; i++) {
    const k = mk[i];
    if (k.kind !== 'fatal' && k.kind !== 'exit') continue;
    const x = Math.round(pxOfUnit(vp, m.x(k.seq)));
    const bad = k.kind === 'fatal' || (m.exit !== undefined && m.exit.code !== 0);
    ctx.fillStyle = bad ? pal.danger : pal.text3;
    if (k.kind === 'exit') {
      for (let y = 0; y < h; y += 6) ctx.fillRect(x, y, 1.5, 3);
    } else ctx.fillRect(x - 1, 0, 2, h);
    // a fatal error's label says it all; the exit right after it needs none
    const prev = i > 0 ? mk[i - 1] : undefined;
    if (k.kind === 'exit' && prev && prev.kind === 'fatal' && k.seq - prev.seq <= 3) continue;
    const text = k.kind === 'fatal' ? `fatal error: ${k.text ?? ''}` : `exit ${m.exit?.code ?? 0}${k.text && k.text !== 'main returned' ? ` · ${k.text}` : ''}`;
    ctx.font = `600 11px ${pal.fontUi}`;
    const tw = ctx.measureText(text).width;
    // labels sit to the left of their line (the exit is the last thing on the timeline)
    let lx = x - 6 - tw;
    if (lx < 4) lx = x + 6;
    // at the bottom of the lanes, clear of the bars when they do not fill the view
    const lanesBottom = m.lanes.length * LANE_H - vp.scrollTop;
    const base = lanesBottom + 28 < h ? lanesBottom + 14 : h - 12;
    const ly = labelRight > lx - 4 ? base + (base > h - 30 ? -18 : 18) : base;
    ctx.globalAlpha = 0.92;
    ctx.fillStyle = pal.panel;
    ctx.fillRect(lx - 4, ly - 9, tw + 8, 16);
    ctx.globalAlpha = 1;
    ctx.fillStyle = bad ? pal.danger : pal.text2;
    ctx.textBaseline = 'middle';
    ctx.fillText(text, lx, ly - 1);
    labelRight = lx + tw;
  }
}

/** The axis: time labels where the clock changes, event numbers below, the playhead's handle. */
export function drawAxis(ctx: CanvasRenderingContext2D, m: TimelineModel, vp: Viewport, cursor: number, pal: Palette): void {
  const w = vp.w;
  const H = AXIS_H;
  ctx.fillStyle = pal.panel;
  ctx.fillRect(0, 0, w, H);
  if (m.count > 0) {
    const [s0, s1] = visibleSeqs(m, vp);
    drawTimeGaps(ctx, m, vp, s0, s1, pal, H, false);
    const px = (seq: number) => pxOfUnit(vp, m.x(seq));

    // time labels at clock changes, greedy left to right, skipping ahead past overlaps
    ctx.font = `600 11px ${pal.fontMono}`;
    ctx.textBaseline = 'alphabetic';
    const tc = m.timeChanges;
    let i = lowerBoundBy(tc, s0, (c) => c.seq);
    let nextFree = -Infinity;
    // the time in force at the left edge, when its own label is off-screen
    if (i > 0 || (tc.length > 0 && px(tc[0].seq) < 0)) {
      const cur = tc[Math.max(0, i - 1)];
      const label = formatDuration(cur.t);
      const firstX = i < tc.length ? px(tc[i].seq) : Infinity;
      const tw = ctx.measureText(label).width;
      if (firstX > tw + 18) {
        ctx.fillStyle = pal.text2;
        ctx.fillText(label, 6, 14);
        nextFree = 6 + tw + 10;
      }
    }
    ctx.fillStyle = pal.text;
    const ticks: number[] = [];
    const major: number[] = [];
    while (i < tc.length && tc[i].seq <= s1) {
      const x = px(tc[i].seq);
      const label = formatDuration(tc[i].t);
      const tw = ctx.measureText(label).width;
      if (x > w) break;
      if (x >= nextFree - 3) {
        ctx.fillText(label, x + 4, 14);
        nextFree = x + 4 + tw + 12;
        major.push(x);
      } else if (ticks.length === 0 || x - ticks[ticks.length - 1] >= 4) ticks.push(x);
      // the next change at least 4 px further: a frame costs at most one step per 4 px
      const j = lowerBoundBy(tc, m.seqAt(unitAt(vp, x + 4)), (c) => c.seq);
      i = Math.max(i + 1, j);
    }
    ctx.fillStyle = pal.text2;
    ctx.beginPath();
    for (const x of major) ctx.rect(Math.round(x), 0, 1, 18);
    for (const x of ticks) ctx.rect(Math.round(x), 10, 1, 8);
    ctx.fill();

    // event numbers: round steps, about every 90 px
    const visible = Math.max(1, s1 - s0);
    const raw = (visible / Math.max(1, w)) * 90;
    const p = Math.pow(10, Math.floor(Math.log10(Math.max(1, raw))));
    const step = Math.max(1, [1, 2, 5, 10].map((f) => f * p).find((v) => v >= raw) ?? 10 * p);
    ctx.font = `10px ${pal.fontMono}`;
    ctx.fillStyle = pal.text3;
    let free = -Infinity;
    ctx.beginPath();
    for (let n = Math.ceil(s0 / step) * step; n <= s1; n += step) {
      const x = px(n);
      if (x < -20 || x > w + 20) continue;
      const label = `#${n}`;
      const tw = ctx.measureText(label).width;
      if (x + 3 < free) continue;
      ctx.fillText(label, x + 3, H - 6);
      ctx.rect(Math.round(x), H - 8, 1, 8);
      free = x + 3 + tw + 14;
    }
    ctx.fill();

    // the playhead's handle
    const cx = px(Math.max(0, Math.min(cursor, m.count)));
    if (cx >= -6 && cx <= w + 6) {
      ctx.fillStyle = pal.accent;
      ctx.beginPath();
      ctx.moveTo(cx - 5, H - 7);
      ctx.lineTo(cx + 5, H - 7);
      ctx.lineTo(cx, H);
      ctx.closePath();
      ctx.fill();
      ctx.fillRect(Math.round(cx) - 1, H - 8, 2, 8);
    }
  }
  ctx.fillStyle = pal.border;
  ctx.fillRect(0, H - 1, w, 1);
}

/** What is under the mouse on the plot. */
export interface Hit {
  lane: number;
  /** The event under the mouse, or -1 (then `segment` tells the state there). */
  seq: number;
  segment: number;
  /** The fractional event position under the mouse. */
  at: number;
}

export function hitTest(m: TimelineModel, vp: Viewport, x: number, y: number): Hit | null {
  if (m.count === 0) return null;
  const at = seqAtPx(m, vp, x);
  const lane = Math.floor((y + vp.scrollTop) / LANE_H);
  const px = (seq: number) => pxOfUnit(vp, m.x(seq));
  // the program's end (fatal error, exit) across every lane
  if (m.exit && Math.abs(px(m.exit.seq) - x) <= 3) {
    const fatal = m.markers.find((k) => k.kind === 'fatal' && Math.abs(px(k.seq) - x) <= 3);
    return { lane: lane >= 0 && lane < m.lanes.length ? lane : -1, seq: fatal ? fatal.seq : m.exit.seq, segment: -1, at };
  }
  if (lane < 0 || lane >= m.lanes.length) return null;
  const l = m.lanes[lane];
  const evs = l.events;
  const i = lowerBound(evs, at);
  let best = -1;
  let bestD = HIT_R + 1;
  for (let j = i - 1; j >= 0; j--) {
    const d = x - px(evs[j]);
    if (d > HIT_R) break;
    if (d < bestD) {
      bestD = d;
      best = evs[j];
    }
  }
  for (let j = i; j < evs.length; j++) {
    const d = px(evs[j]) - x;
    if (d > HIT_R) break;
    if (d < bestD) {
      bestD = d;
      best = evs[j];
    }
  }
  if (best >= 0) return { lane, seq: best, segment: -1, at };
  const segs = l.segments;
  const si = lowerBoundBy(segs, Math.floor(at) + 1, (s) => s.to);
  const segment = si < segs.length && segs[si].from <= at ? si : -1;
  return { lane, seq: -1, segment, at };
}
