// The graph view's markup (server-rendered, no DOM needed): the test ids the
// browser tests rely on, slots with buffer values, leak marks, the token.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { FoldedTrace } from '../../../trace/fold.js';
import type { TraceEvent } from '../../../trace/schema.js';
import { GraphView, type GraphViewProps } from './GraphView.js';
import { big, deadlock, mutexQueue, traceOf, workerPool } from '../stageFixtures.js';

function render(events: TraceEvent[], cursor: number, extra: Partial<GraphViewProps> = {}): string {
  const folded = new FoldedTrace(events.slice(), 64);
  const props: GraphViewProps = {
    events,
    eventCount: events.length,
    state: folded.stateAt(Math.floor(cursor)),
    cursor,
    finished: true,
    hoveredG: null,
    onHoverG: () => {},
    selected: null,
    onSelect: () => {},
    ...extra,
  };
  return renderToStaticMarkup(createElement(GraphView, props));
}

const attrsOf = (html: string, kind: string) => [...html.matchAll(new RegExp(`<g [^>]*data-kind="${kind}"[^>]*>`, 'g'))].map((m) => m[0]);

describe('GraphView markup', () => {
  const pool = traceOf(workerPool);
  const jobsId = (pool.find((e) => e.kind === 'chan.make' && e.name === 'jobs') as { chan: number }).chan;

  it('renders goroutines, channels with their slots, and the WaitGroup', () => {
    // right after the second value went into jobs
    const sends = pool.filter((e) => e.kind === 'chan.send' && e.chan === jobsId);
    const html = render(pool, sends[1].seq + 1);
    expect(html).toContain('data-testid="graph"');
    const gs = attrsOf(html, 'goroutine');
    expect(gs).toHaveLength(4);
    expect(gs[0]).toMatch(/data-gid="1"/);
    expect(gs.every((g) => /data-state="(running|runnable|chan|select|lock|sleep|wg|cond|exited)"/.test(g) && /data-leaked="false"/.test(g))).toBe(true);
    expect(html).toContain('>worker #6</text>');
    const jobs = attrsOf(html, 'chan').find((c) => c.includes('data-name="jobs"'))!;
    expect(jobs).toMatch(/data-chan="\d+"/);
    expect(jobs).toMatch(/data-cap="2"/);
    expect(jobs).toMatch(/data-closed="false"/);
    // two slots, holding the buffer oldest first
    const start = html.indexOf(jobs);
    const next = html.indexOf('data-kind=', start + jobs.length);
    const chanHtml = html.slice(start, next < 0 ? undefined : next);
    const slotTexts = [...chanHtml.matchAll(/data-slot="(\d+)"><rect[^>]*><\/rect><text[^>]*>([^<]*)<\/text>|data-slot="(\d+)"><rect[^>]*\/><text[^>]*>([^<]*)<\/text>/g)].map((m) => [m[1] ?? m[3], m[2] ?? m[4]]);
    const buffer = new FoldedTrace(pool.slice()).stateAt(sends[1].seq + 1).channels.get(jobsId)!.buffer;
    expect(slotTexts).toEqual([
      ['0', buffer[0] ?? ''],
      ['1', buffer[1] ?? ''],
    ]);
    expect(attrsOf(html, 'sync')[0]).toMatch(/data-type="waitgroup"/);
  });

  it('draws the token during a send and not between events', () => {
    const send = pool.find((e) => e.kind === 'chan.send' && e.chan === jobsId)!;
    const html = render(pool, send.seq + 0.5);
    expect(html).toMatch(/<g class="csg-token" data-testid="token" data-chan="\d+" data-value="1"/);
    const quiet = pool.find((e) => e.kind === 'go.run')!;
    expect(render(pool, quiet.seq + 0.5)).not.toContain('data-testid="token"');
  });

  it('marks deadlocked goroutines at the end', () => {
    const events = traceOf(deadlock);
    const html = render(events, events.length);
    const main = attrsOf(html, 'goroutine').find((g) => g.includes('data-gid="1"'))!;
    expect(main).toMatch(/data-leaked="true"/);
    expect(main).toMatch(/data-state="chan"/);
    expect(html).toContain('>deadlock</text>');
  });

  it('shows the mutex queue', () => {
    const events = traceOf(mutexQueue);
    const i = events.findIndex((e) => e.kind === 'clock.advance');
    const html = render(events, i, { finished: false });
    const mu = attrsOf(html, 'sync').find((s) => s.includes('data-type="mutex"'))!;
    expect(mu).toMatch(/data-holder="1"/);
    expect(mu).toMatch(/data-waiters="\d+,\d+,\d+"/);
  });

  it('hides goroutines not created yet, and shows channels not made yet as ghosts with empty slots', () => {
    const firstWorker = pool.findIndex((e) => e.kind === 'go.create' && e.fn === 'main.worker');
    expect(attrsOf(render(pool, firstWorker), 'goroutine')).toHaveLength(1);
    expect(attrsOf(render(pool, firstWorker + 1), 'goroutine')).toHaveLength(2);
    const start = render(pool, 0);
    expect(attrsOf(start, 'goroutine')).toHaveLength(0);
    const jobs = attrsOf(start, 'chan').find((c) => c.includes('data-name="jobs"'))!;
    expect(jobs).toMatch(/data-ghost="true"/);
    expect(jobs).toMatch(/data-cap="2"/);
    const at = start.indexOf(jobs);
    const chunk = start.slice(at, start.indexOf('data-kind=', at + jobs.length));
    expect([...chunk.matchAll(/data-slot="(\d+)"/g)].map((m) => m[1])).toEqual(['0', '1']);
    const made = pool.findIndex((e) => e.kind === 'chan.make' && e.name === 'jobs');
    expect(attrsOf(render(pool, made + 1), 'chan').find((c) => c.includes('data-name="jobs"'))).not.toMatch(/data-ghost/);
  });

  it('renders 200 goroutines', () => {
    const events = traceOf(big);
    const html = render(events, Math.floor(events.length / 2) + 0.5);
    expect(attrsOf(html, 'goroutine').length).toBeGreaterThan(200);
    expect(attrsOf(html, 'chan')).toHaveLength(21);
  });
});
