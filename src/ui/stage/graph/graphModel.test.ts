// The graph model read from real traces: which nodes and edges a run shows.
import { describe, expect, it } from 'vitest';
import { buildGraphModel, GraphModelBuilder, type ChanNode, type SyncNode, type TimerNode } from './graphModel.js';
import { onceContended, pipeline, selectOnce, timers, traceOf, workerPool } from '../stageFixtures.js';

const chanNamed = (m: ReturnType<typeof buildGraphModel>, name: string) => m.nodes.find((n): n is ChanNode => n.kind === 'chan' && n.name === name);
const syncs = (m: ReturnType<typeof buildGraphModel>) => m.nodes.filter((n): n is SyncNode => n.kind === 'sync');

describe('graph model', () => {
  it('shows a worker pool: main and three workers in one group, jobs and results, the WaitGroup', () => {
    const m = buildGraphModel(traceOf(workerPool));
    const gs = m.nodes.filter((n) => n.kind === 'goroutine');
    expect(gs).toHaveLength(4);
    expect(gs.map((g) => g.label)).toEqual(['main #1', 'worker #6', 'worker #7', 'worker #8']);
    expect(m.groups.find((g) => g.key === 'main.worker')).toEqual({ key: 'main.worker', label: 'worker', members: [6, 7, 8] });
    const jobs = chanNamed(m, 'jobs')!;
    const results = chanNamed(m, 'results')!;
    expect(jobs).toMatchObject({ label: 'jobs', cap: 2, elem: 'int' });
    expect(results).toMatchObject({ cap: 5 });
    expect(syncs(m).map((s) => [s.label, s.type])).toEqual([['wg', 'waitgroup']]);
    // sleeps are countdowns on the workers, not nodes
    expect(m.nodes.some((n) => n.kind === 'timer')).toBe(false);
    expect(m.sleepTimers.get(6)?.length).toBeGreaterThan(0);
    const edge = (from: string, to: string) => m.edges.find((e) => e.from === from && e.to === to)?.kind;
    expect(edge('g1', jobs.key)).toBe('send');
    for (const w of [6, 7, 8]) {
      expect(edge(jobs.key, `g${w}`)).toBe('recv');
      expect(edge(`g${w}`, results.key)).toBe('send');
      expect(edge(`g${w}`, 's3')).toBe('sync');
    }
    expect(edge(results.key, 'g1')).toBe('recv');
  });

  it("hides a sync.Once's internal mutex, shows named ones, links time.After's timer to its channel", () => {
    const m = buildGraphModel(traceOf(selectOnce));
    expect(syncs(m).map((s) => s.label)).toEqual(['mu', 'once']);
    const t = m.nodes.find((n): n is TimerNode => n.kind === 'timer')!;
    expect(t).toMatchObject({ purpose: 'timer', label: 'Timer' });
    const c = m.nodes.find((n): n is ChanNode => n.kind === 'chan' && n.id === t.chan)!;
    expect(c).toMatchObject({ label: 'timer.C', cap: 1, timer: t.id, elem: 'time.Time' });
    expect(m.chanTimer.get(c.id)).toBe(t.id);
    expect(m.edges.some((e) => e.from === t.key && e.to === c.key && e.kind === 'timer')).toBe(true);
    // the select's cases are edges even for the case that never fired
    expect(m.edges.some((e) => e.from === c.key && e.to === 'g1')).toBe(true);
  });

  it("shows a Once's internal mutex when a goroutine queues on it", () => {
    const m = buildGraphModel(traceOf(onceContended));
    const s = syncs(m);
    const inner = s.find((x) => x.onceOf !== undefined)!;
    expect(inner).toMatchObject({ type: 'mutex', label: 'once.m' });
    expect(s.map((x) => x.label)).toContain('once');
  });

  it('shows tickers, timers and AfterFunc, an unnamed Cond someone waits on, and the RWMutex', () => {
    const m = buildGraphModel(traceOf(timers));
    const ts = m.nodes.filter((n): n is TimerNode => n.kind === 'timer');
    expect(ts.map((t) => t.purpose)).toEqual(['ticker', 'timer', 'afterfunc']);
    expect(ts[0].period).toBe(10_000_000);
    expect(m.objects.get(ts[0].chan!)?.label).toBe('ticker.C');
    expect(m.objects.get(ts[1].chan!)?.label).toBe('timer.C');
    expect(ts[2].chan).toBeUndefined();
    // AfterFunc's function runs on a goroutine the timer starts
    const spawned = m.edges.find((e) => e.from === ts[2].key && e.kind === 'spawn');
    expect(spawned && m.goroutines.get(Number(spawned.to.slice(1)))?.parent).toBe(0);
    expect(syncs(m).map((s) => [s.label, s.type])).toEqual([
      ['rw', 'rwmutex'],
      ['mu', 'mutex'],
      ['sync.Cond', 'cond'],
    ]);
  });

  it('folds incrementally: any chunking gives the one-shot model, and a prefix gives a prefix', () => {
    const events = traceOf(pipeline);
    const whole = buildGraphModel(events);
    for (const chunk of [1, 3, 17, 100]) {
      const b = new GraphModelBuilder();
      for (let i = 0; i < events.length; i += chunk) {
        b.pushAll(events, i, Math.min(events.length, i + chunk));
        const part = b.model();
        expect(part.events).toBe(Math.min(events.length, i + chunk));
        // nodes only ever get added
        expect(whole.nodes.slice(0, part.nodes.length).map((n) => n.key)).toEqual(part.nodes.map((n) => n.key));
      }
      expect(b.model()).toEqual(whole);
    }
  });

  it('caches the model between pushes', () => {
    const events = traceOf(pipeline);
    const b = new GraphModelBuilder();
    b.pushAll(events);
    expect(b.model()).toBe(b.model());
  });
});
