// Layered layout of the graph model (dagre, left to right), computed once per
// run so nodes keep their places while the run plays. Goroutines of one
// function form one layout node (a column, or a grid when the group is large),
// so a worker group stacks in a single rank and pipelines read left to right.
// Also the node geometry shared by the renderer and the token animation
// (sizes, buffer slot positions, edge curves). Deterministic: same model, same
// layout.
import { Graph, layout as dagreLayout } from '@dagrejs/dagre';
import type { ChanNode, GraphModel, GraphNode } from './graphModel.js';

/** A node's box; x, y is the centre. */
export interface LayoutBox {
  key: string;
  kind: GraphNode['kind'];
  x: number;
  y: number;
  w: number;
  h: number;
  /** The dagre rank of the node (of its group for goroutines). */
  rank: number;
  /** Goroutines: the group key. */
  group?: string;
  /** Channels: buffer slots drawn (min(cap, MAX_SLOTS)) and their width. */
  slots?: number;
  slotW?: number;
}

export interface GroupBox {
  key: string;
  label: string;
  count: number;
  x: number;
  y: number;
  w: number;
  h: number;
  /** Whether it is drawn as a framed group (2+ members). */
  framed: boolean;
}

export interface GraphLayout {
  nodes: Map<string, LayoutBox>;
  groups: GroupBox[];
  width: number;
  height: number;
}

// sizes (px in layout space)
export const G_H = 40;
export const G_MIN_W = 132;
export const CHAN_H = 60;
export const CHAN_H_UNBUF = 50;
export const SLOT_H = 22;
export const SLOT_GAP = 4;
export const MAX_SLOTS = 16;
export const SYNC_W = 184;
export const SYNC_H = 74;
export const TIMER_W = 176;
export const TIMER_H = 46;
const GROUP_PAD = 10;
const GROUP_HEAD = 20;
const GROUP_GAP_Y = 8;
const GROUP_GAP_X = 12;
/** Groups up to this size are one column; larger ones become a grid. */
const GROUP_COLUMN_MAX = 12;

/** Rough text width for the UI font (px). */
export function textWidth(s: string, size: number, mono = false): number {
  return s.length * size * (mono ? 0.61 : 0.58);
}

export function slotWidth(c: Pick<ChanNode, 'maxValueLen'>): number {
  const chars = Math.min(Math.max(c.maxValueLen, 1), 12);
  return Math.max(24, Math.round(chars * 6.4 + 12));
}

function chanSize(c: ChanNode): { w: number; h: number; slots: number; slotW: number } {
  const slots = Math.min(c.cap, MAX_SLOTS);
  const slotW = slotWidth(c);
  const head = textWidth(c.label, 12, true) + textWidth(c.cap > 0 ? `cap ${c.cap}` : 'unbuffered', 10) + 40;
  const perRow = slotsPerRow(slots, slotW);
  const rows = slots > 0 ? Math.ceil(slots / perRow) : 1;
  const body = slots > 0 ? perRow * slotW + (perRow - 1) * SLOT_GAP + 24 : 84;
  return { w: Math.round(Math.max(96, head, body)), h: slots > 0 ? CHAN_H + (rows - 1) * (SLOT_H + SLOT_GAP) : CHAN_H_UNBUF, slots, slotW };
}

/** Slots per row: a wide buffer wraps into rows of at most about 300px, so one channel does not stretch the whole graph. */
export function slotsPerRow(slots: number, slotW: number): number {
  return Math.max(1, Math.min(slots, Math.floor((300 + SLOT_GAP) / (slotW + SLOT_GAP))));
}

function goroutineWidth(label: string): number {
  return Math.round(Math.max(G_MIN_W, textWidth(label, 12) + 46));
}

/** Rows and columns of a group of n goroutines. */
export function groupGrid(n: number): { rows: number; cols: number } {
  if (n <= GROUP_COLUMN_MAX) return { rows: Math.max(n, 1), cols: 1 };
  const rows = Math.ceil(Math.sqrt(n * 2.5));
  return { rows, cols: Math.ceil(n / rows) };
}

/** Lays the model out; deterministic. */
export function layoutGraph(model: GraphModel): GraphLayout {
  const g = new Graph({ multigraph: false, compound: false });
  g.setGraph({ rankdir: 'LR', nodesep: 22, ranksep: 52, edgesep: 14, marginx: 24, marginy: 24 });
  g.setDefaultEdgeLabel(() => ({}));

  // one layout node per goroutine group
  const groupOf = new Map<string, string>(); // goroutine key -> layout node id
  const groupInfo = new Map<string, { key: string; label: string; members: string[]; w: number; rows: number; cols: number; framed: boolean }>();
  const nodeIdOf = (key: string): string => groupOf.get(key) ?? key;
  const labels = new Map(model.groups.map((gr) => [gr.key, gr.label]));
  const others: GraphNode[] = [];
  const sizes = new Map<string, { w: number; h: number; slots?: number; slotW?: number }>();
  for (const n of model.nodes) {
    if (n.kind !== 'goroutine') {
      others.push(n);
      continue;
    }
    const id = `grp:${n.group}`;
    groupOf.set(n.key, id);
    let gi = groupInfo.get(id);
    if (!gi) {
      gi = { key: n.group, label: labels.get(n.group) ?? n.group, members: [], w: G_MIN_W, rows: 1, cols: 1, framed: false };
      groupInfo.set(id, gi);
      // keep first-appearance order for dagre
      g.setNode(id, { width: 1, height: 1 });
    }
    gi.members.push(n.key);
    gi.w = Math.max(gi.w, goroutineWidth(n.label));
  }
  for (const [id, gi] of groupInfo) {
    const { rows, cols } = groupGrid(gi.members.length);
    gi.rows = rows;
    gi.cols = cols;
    gi.framed = gi.members.length >= 2;
    const pad = gi.framed ? GROUP_PAD : 0;
    const head = gi.framed ? GROUP_HEAD : 0;
    const w = cols * gi.w + (cols - 1) * GROUP_GAP_X + 2 * pad;
    const h = rows * G_H + (rows - 1) * GROUP_GAP_Y + 2 * pad + head;
    g.setNode(id, { width: w, height: h });
  }
  for (const n of others) {
    let s: { w: number; h: number; slots?: number; slotW?: number };
    if (n.kind === 'chan') s = chanSize(n);
    else if (n.kind === 'sync') s = { w: Math.round(Math.max(SYNC_W, textWidth(n.label, 12.5) * 1.1 + (n.name ? 100 : 30))), h: SYNC_H };
    else s = { w: TIMER_W, h: TIMER_H };
    sizes.set(n.key, s);
    g.setNode(n.key, { width: s.w, height: s.h });
  }

  // edges between layout nodes, merged
  const merged = new Map<string, { v: string; w: string; weight: number }>();
  for (const e of model.edges) {
    const v = nodeIdOf(e.from);
    const w = nodeIdOf(e.to);
    if (v === w) continue;
    const k = `${v}\u0000${w}`;
    const m = merged.get(k);
    if (m) m.weight = Math.min(m.weight + e.weight, 12);
    else merged.set(k, { v, w, weight: e.weight });
  }
  for (const m of merged.values()) {
    // a pair of opposite edges (send and receive both ways) keeps only the first for ranking
    if (g.hasEdge(m.w, m.v)) continue;
    g.setEdge(m.v, m.w, { weight: m.weight, minlen: 1 });
  }

  dagreLayout(g);

  const nodes = new Map<string, LayoutBox>();
  const groups: GroupBox[] = [];
  for (const [id, gi] of groupInfo) {
    const dn = g.node(id);
    const rank = typeof dn.rank === 'number' ? dn.rank : 0;
    const gx = dn.x ?? 0;
    const gy = dn.y ?? 0;
    const gw = dn.width;
    const gh = dn.height;
    groups.push({ key: gi.key, label: gi.label, count: gi.members.length, x: gx, y: gy, w: gw, h: gh, framed: gi.framed });
    const pad = gi.framed ? GROUP_PAD : 0;
    const head = gi.framed ? GROUP_HEAD : 0;
    const left = gx - gw / 2 + pad;
    const top = gy - gh / 2 + pad + head;
    gi.members.forEach((key, i) => {
      const col = Math.floor(i / gi.rows);
      const row = i % gi.rows;
      nodes.set(key, {
        key,
        kind: 'goroutine',
        x: round2(left + col * (gi.w + GROUP_GAP_X) + gi.w / 2),
        y: round2(top + row * (G_H + GROUP_GAP_Y) + G_H / 2),
        w: gi.w,
        h: G_H,
        rank,
        group: gi.key,
      });
    });
  }
  for (const n of others) {
    const dn = g.node(n.key);
    const s = sizes.get(n.key)!;
    const box: LayoutBox = { key: n.key, kind: n.kind, x: round2(dn.x ?? 0), y: round2(dn.y ?? 0), w: s.w, h: s.h, rank: typeof dn.rank === 'number' ? dn.rank : 0 };
    if (s.slots !== undefined) {
      box.slots = s.slots;
      box.slotW = s.slotW;
    }
    nodes.set(n.key, box);
  }
  const gl = g.graph();
  const width = Number.isFinite(gl.width) ? Math.ceil(gl.width ?? 0) : 0;
  const height = Number.isFinite(gl.height) ? Math.ceil(gl.height ?? 0) : 0;
  return { nodes, groups, width, height };
}

function round2(v: number): number {
  return Math.round(v * 100) / 100;
}

// ---- geometry shared by the renderer and the token animation ----

export interface Pt {
  x: number;
  y: number;
}

/** A cubic Bézier segment. */
export interface Curve {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  x3: number;
  y3: number;
}

/** Local y (relative to the box centre) of a channel's slot row / pipe. */
export function chanBodyY(box: Pick<LayoutBox, 'h' | 'slots'>): number {
  return box.slots ? box.h / 2 - 8 - SLOT_H / 2 : box.h / 2 - 17;
}

/**
 * Local x of buffer slot i. Slots fill from the right (the receiving end):
 * slot 0 holds the oldest value, the next one to be received.
 */
export function chanSlotX(box: Pick<LayoutBox, 'slots' | 'slotW'>, i: number): number {
  const n = box.slots ?? 0;
  const sw = box.slotW ?? 24;
  const perRow = slotsPerRow(n, sw);
  const total = perRow * sw + (perRow - 1) * SLOT_GAP;
  const k = Math.min(Math.max(i, 0), Math.max(n - 1, 0)) % perRow;
  return total / 2 - sw / 2 - k * (sw + SLOT_GAP);
}

/** Local y of slot i's row: row 0 (the oldest values) on top, the last row at chanBodyY. */
export function chanSlotY(box: Pick<LayoutBox, 'h' | 'slots' | 'slotW'>, i: number): number {
  const n = box.slots ?? 0;
  if (n === 0) return chanBodyY(box);
  const perRow = slotsPerRow(n, box.slotW ?? 24);
  const rows = Math.ceil(n / perRow);
  const row = Math.floor(Math.min(Math.max(i, 0), n - 1) / perRow);
  return chanBodyY(box) - (rows - 1 - row) * (SLOT_H + SLOT_GAP);
}

/** Absolute centre of slot i (or of the pipe for an unbuffered channel). */
export function chanSlotPoint(box: LayoutBox, i: number): Pt {
  return { x: box.x + (box.slots ? chanSlotX(box, i) : 0), y: box.y + chanSlotY(box, i) };
}

type Side = 'l' | 'r' | 't' | 'b';

function sideToward(a: LayoutBox, bx: number, by: number, bw: number): Side {
  const dx = bx - a.x;
  if (Math.abs(dx) > (a.w + bw) / 2 + 6) return dx > 0 ? 'r' : 'l';
  return by > a.y ? 'b' : 't';
}

const dirs: Record<Side, [number, number]> = { l: [-1, 0], r: [1, 0], t: [0, -1], b: [0, 1] };

function port(a: LayoutBox, s: Side): Pt {
  switch (s) {
    case 'l':
      return { x: a.x - a.w / 2, y: a.y };
    case 'r':
      return { x: a.x + a.w / 2, y: a.y };
    case 't':
      return { x: a.x, y: a.y - a.h / 2 };
    default:
      return { x: a.x, y: a.y + a.h / 2 };
  }
}

function opposite(s: Side): Side {
  return s === 'l' ? 'r' : s === 'r' ? 'l' : s === 't' ? 'b' : 't';
}

function curve(p: Pt, dp: [number, number], q: Pt, dq: [number, number]): Curve {
  const dist = Math.hypot(q.x - p.x, q.y - p.y);
  const k = Math.min(Math.max(dist * 0.42, 18), 140);
  return { x0: p.x, y0: p.y, x1: p.x + dp[0] * k, y1: p.y + dp[1] * k, x2: q.x + dq[0] * k, y2: q.y + dq[1] * k, x3: q.x, y3: q.y };
}

/** The curve from box a's border to box b's border, leaving and entering perpendicular to the sides facing each other. */
export function boxCurve(a: LayoutBox, b: LayoutBox): Curve {
  const sa = sideToward(a, b.x, b.y, b.w);
  const sb = opposite(sa);
  return curve(port(a, sa), dirs[sa], port(b, sb), dirs[sb]);
}

/** From box a's border to a point p (inside another node, e.g. a buffer slot). */
export function boxToPoint(a: LayoutBox, p: Pt, pw = 0): Curve {
  const sa = sideToward(a, p.x, p.y, pw);
  const d = dirs[sa];
  return curve(port(a, sa), d, p, [-d[0], -d[1]]);
}

/** From a point p to box b's border. */
export function pointToBox(p: Pt, b: LayoutBox, pw = 0): Curve {
  const sb = sideToward(b, p.x, p.y, pw);
  const d = dirs[sb];
  return curve(p, [-d[0], -d[1]], port(b, sb), d);
}

export function curvePath(c: Curve): string {
  return `M${r1(c.x0)},${r1(c.y0)}C${r1(c.x1)},${r1(c.y1)} ${r1(c.x2)},${r1(c.y2)} ${r1(c.x3)},${r1(c.y3)}`;
}

function r1(v: number): number {
  return Math.round(v * 10) / 10;
}

/** Point at parameter t (0..1) of a curve; writes into out. */
export function curveAt(c: Curve, t: number, out: Pt): Pt {
  const u = 1 - t;
  const a = u * u * u;
  const b = 3 * u * u * t;
  const d = 3 * u * t * t;
  const e = t * t * t;
  out.x = a * c.x0 + b * c.x1 + d * c.x2 + e * c.x3;
  out.y = a * c.y0 + b * c.y1 + d * c.y2 + e * c.y3;
  return out;
}
