// The layered layout: left to right, worker groups stacked in one rank, no
// overlaps, the same every time.
import { describe, expect, it } from 'vitest';
import { buildGraphModel, type GraphModel } from './graphModel.js';
import { chanSlotPoint, layoutGraph, type GraphLayout, type LayoutBox } from './graphLayout.js';
import { big, deadlock, onceContended, pipeline, selectOnce, timers, traceOf, workerPool } from '../stageFixtures.js';

const chanKey = (m: GraphModel, name: string) => m.nodes.find((n) => n.kind === 'chan' && n.name === name)!.key;

function overlaps(a: LayoutBox, b: LayoutBox): boolean {
  return Math.abs(a.x - b.x) * 2 < a.w + b.w - 0.01 && Math.abs(a.y - b.y) * 2 < a.h + b.h - 0.01;
}

function expectNoOverlaps(l: GraphLayout) {
  const boxes = [...l.nodes.values()];
  for (let i = 0; i < boxes.length; i++) {
    const a = boxes[i];
    expect(a.x - a.w / 2).toBeGreaterThanOrEqual(0);
    expect(a.y - a.h / 2).toBeGreaterThanOrEqual(0);
    expect(a.x + a.w / 2).toBeLessThanOrEqual(l.width + 0.01);
    expect(a.y + a.h / 2).toBeLessThanOrEqual(l.height + 0.01);
    for (let j = i + 1; j < boxes.length; j++) if (overlaps(a, boxes[j])) throw new Error(`${a.key} overlaps ${boxes[j].key}`);
  }
}

describe('graph layout', () => {
  it('stacks the worker group in one rank between jobs and results', () => {
    const m = buildGraphModel(traceOf(workerPool));
    const l = layoutGraph(m);
    const ws = [6, 7, 8].map((id) => l.nodes.get(`g${id}`)!);
    expect(new Set(ws.map((w) => w.x)).size).toBe(1);
    expect(new Set(ws.map((w) => w.rank)).size).toBe(1);
    expect(ws.every((w) => w.group === 'main.worker')).toBe(true);
    expect(ws[0].y).toBeLessThan(ws[1].y);
    expect(ws[1].y).toBeLessThan(ws[2].y);
    const main = l.nodes.get('g1')!;
    const jobs = l.nodes.get(chanKey(m, 'jobs'))!;
    const results = l.nodes.get(chanKey(m, 'results'))!;
    expect(main.x).toBeLessThan(jobs.x);
    expect(jobs.x).toBeLessThan(ws[0].x);
    expect(ws[0].x).toBeLessThan(results.x);
    expect(jobs.slots).toBe(2);
    expect(results.slots).toBe(5);
    const g = l.groups.find((x) => x.key === 'main.worker')!;
    expect(g).toMatchObject({ count: 3, framed: true, label: 'worker' });
    for (const w of ws) {
      expect(Math.abs(w.x - g.x) * 2).toBeLessThanOrEqual(g.w - w.w);
      expect(Math.abs(w.y - g.y) * 2).toBeLessThanOrEqual(g.h - w.h);
    }
    expectNoOverlaps(l);
  });

  it('reads a pipeline left to right: gen -> out -> sq -> out -> main', () => {
    const m = buildGraphModel(traceOf(pipeline));
    const l = layoutGraph(m);
    const gOf = (fn: string) => [...m.goroutines.values()].find((g) => g.fn === fn)!.key;
    const chans = m.nodes.filter((n) => n.kind === 'chan').map((n) => n.key);
    expect(chans).toHaveLength(2);
    const xs = [gOf('main.gen.func1'), chans[0], gOf('main.sq.func1'), chans[1], 'g1'].map((k) => l.nodes.get(k)!.x);
    for (let i = 1; i < xs.length; i++) expect(xs[i]).toBeGreaterThan(xs[i - 1]);
    expectNoOverlaps(l);
  });

  it('lays out an empty model as an empty graph', () => {
    expect(layoutGraph(buildGraphModel([]))).toEqual({ nodes: new Map(), groups: [], width: 0, height: 0 });
  });

  it('is deterministic and never overlaps nodes', () => {
    for (const src of [workerPool, pipeline, selectOnce, onceContended, deadlock, timers]) {
      const events = traceOf(src);
      const a = layoutGraph(buildGraphModel(events));
      const b = layoutGraph(buildGraphModel(events));
      expect(a).toEqual(b);
      expectNoOverlaps(a);
    }
  });

  it('lays out 200 goroutines and 21 channels quickly, a large group as a grid', () => {
    const m = buildGraphModel(traceOf(big));
    expect(m.goroutines.size).toBe(222);
    const t0 = performance.now();
    const l = layoutGraph(m);
    const ms = performance.now() - t0;
    expect(ms).toBeLessThan(500);
    const stage = [...l.nodes.values()].filter((b) => b.group === 'main.stage');
    expect(stage).toHaveLength(200);
    const cols = new Set(stage.map((b) => b.x)).size;
    expect(cols).toBeGreaterThan(1);
    expect(cols).toBeLessThan(stage.length / 4);
    expectNoOverlaps(l);
  });

  it('puts buffer slots inside the channel, the oldest value at the receiving (right) end', () => {
    const m = buildGraphModel(traceOf(workerPool));
    const l = layoutGraph(m);
    const results = l.nodes.get(chanKey(m, 'results'))!;
    const pts = [0, 1, 2, 3, 4].map((i) => chanSlotPoint(results, i));
    for (const p of pts) {
      expect(Math.abs(p.x - results.x) * 2).toBeLessThan(results.w);
      expect(Math.abs(p.y - results.y) * 2).toBeLessThan(results.h);
    }
    for (let i = 1; i < pts.length; i++) expect(pts[i].x).toBeLessThan(pts[i - 1].x);
  });
});
