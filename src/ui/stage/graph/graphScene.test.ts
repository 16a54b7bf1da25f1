// What the graph view draws at a playhead: states, captions, lock queues,
// leak marks, the select highlight and the value token's path.
import { describe, expect, it } from 'vitest';
import { FoldedTrace } from '../../../trace/fold.js';
import type { TraceEvent } from '../../../trace/schema.js';
import { buildGraphModel } from './graphModel.js';
import { chanSlotPoint, layoutGraph } from './graphLayout.js';
import { computeScene, firedSelectKey, fmtDur, lodFor, nowAt, quantFrac, quantLeft, tokenAt } from './graphScene.js';
import { big, deadlock, mutexQueue, selectOnce, traceOf, workerPool } from '../stageFixtures.js';

function setup(src: string) {
  const events = traceOf(src);
  const model = buildGraphModel(events);
  const layout = layoutGraph(model);
  const folded = new FoldedTrace(events.slice(), 64);
  return { events, model, layout, folded };
}

const dist = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.hypot(a.x - b.x, a.y - b.y);

describe('graph scene', () => {
  it('formats virtual durations', () => {
    expect(fmtDur(8_000_000)).toBe('8ms');
    expect(fmtDur(1_500_000_000)).toBe('1.5s');
    expect(fmtDur(250_000)).toBe('250µs');
    expect(fmtDur(0)).toBe('0s');
    expect(fmtDur(995_000_000)).toBe('995ms');
    expect(fmtDur(999_600_000)).toBe('1s');
    expect(fmtDur(12_345)).toBe('12.3µs');
  });

  it('quantises countdowns so captions and bars change in coarse steps', () => {
    // a 3ms wait counts down in 0.2ms steps, rounded up
    expect(quantLeft(3_000_000, 3_000_000)).toBe(3_000_000);
    expect(fmtDur(quantLeft(2_950_000, 3_000_000))).toBe('3ms');
    expect(fmtDur(quantLeft(2_370_000, 3_000_000))).toBe('2.4ms');
    expect(fmtDur(quantLeft(1, 3_000_000))).toBe('200µs');
    expect(quantLeft(0, 3_000_000)).toBe(0);
    // a 1s wait in 0.1s steps
    expect(fmtDur(quantLeft(512_000_000, 1_000_000_000))).toBe('600ms');
    expect(quantFrac(1)).toBe(1);
    expect(quantFrac(0.5)).toBe(0.5);
    expect(quantFrac(0.51)).toBe(0.55);
    expect(quantFrac(0)).toBe(0);
  });

  it('picks a level of detail from the on-screen zoom', () => {
    expect(lodFor(1)).toBe(2);
    expect(lodFor(0.62)).toBe(2);
    expect(lodFor(0.55)).toBe(1);
    expect(lodFor(0.3)).toBe(0);
  });

  it("shows the channel buffer's values and the token flying into the next free slot", () => {
    const { events, model, layout, folded } = setup(workerPool);
    const jobs = [...model.objects.values()].find((o) => o.kind === 'chan' && o.name === 'jobs')!;
    const sends = events.filter((e): e is Extract<TraceEvent, { kind: 'chan.send' }> => e.kind === 'chan.send' && e.chan === jobs.id && e.peer === undefined);
    const second = sends[1];
    const before = folded.stateAt(second.seq);
    const buffered = before.channels.get(jobs.id)!.buffer.length;
    const sender = layout.nodes.get(`g${second.g}`)!;
    const cbox = layout.nodes.get(jobs.key)!;
    const t0 = tokenAt(model, layout, before, events, second.seq, 0)!;
    const t1 = tokenAt(model, layout, before, events, second.seq, 1)!;
    expect(t0).toMatchObject({ value: second.value, chan: jobs.id, zero: false });
    // starts on the sender's border, ends in the slot
    expect(Math.abs(t0.x - sender.x) <= sender.w / 2 + 0.5 && Math.abs(t0.y - sender.y) <= sender.h / 2 + 0.5).toBe(true);
    expect(dist(t1, chanSlotPoint(cbox, buffered))).toBeLessThan(0.5);
    const mid = tokenAt(model, layout, before, events, second.seq, 0.5)!;
    expect(mid.x).toBeGreaterThan(Math.min(t0.x, t1.x) - 1);
    expect(mid.x).toBeLessThan(Math.max(t0.x, t1.x) + 1);
    const after = computeScene(model, layout, folded.stateAt(second.seq + 1), 0);
    const cv = after.chans.find((c) => c.id === jobs.id)!;
    expect(cv.values).toEqual(folded.stateAt(second.seq + 1).channels.get(jobs.id)!.buffer);
    expect(cv.values.length).toBe(buffered + 1);
    // no token on events that move no value
    const other = events.findIndex((e) => e.kind === 'go.run');
    expect(tokenAt(model, layout, folded.stateAt(other), events, other, 0.5)).toBeNull();
  });

  it('hands a value over to a waiting receiver: sender -> channel, then channel -> receiver', () => {
    const { events, model, layout, folded } = setup(deadlock);
    const i = events.findIndex((e) => e.kind === 'chan.send' && e.peer !== undefined);
    const send = events[i] as Extract<TraceEvent, { kind: 'chan.send' }>;
    expect(events[i + 1]).toMatchObject({ kind: 'chan.recv', peer: send.g, g: send.peer });
    const s0 = folded.stateAt(i);
    const s1 = folded.stateAt(i + 1);
    const cbox = layout.nodes.get(`c${send.chan}`)!;
    const pipe = chanSlotPoint(cbox, 0);
    const endOfSend = tokenAt(model, layout, s0, events, i, 1)!;
    const startOfRecv = tokenAt(model, layout, s1, events, i + 1, 0)!;
    expect(dist(endOfSend, pipe)).toBeLessThan(0.5);
    expect(dist(startOfRecv, pipe)).toBeLessThan(0.5);
    const recvBox = layout.nodes.get(`g${send.peer}`)!;
    const endOfRecv = tokenAt(model, layout, s1, events, i + 1, 1)!;
    expect(Math.abs(endOfRecv.x - recvBox.x) <= recvBox.w / 2 + 0.5 && Math.abs(endOfRecv.y - recvBox.y) <= recvBox.h / 2 + 0.5).toBe(true);
  });

  it('marks goroutines blocked at a deadlock and draws their wait edges in red', () => {
    const { events, model, layout, folded } = setup(deadlock);
    const end = folded.stateAt(events.length);
    const sc = computeScene(model, layout, end, end.t);
    const main = sc.goroutines.find((g) => g.id === 1)!;
    expect(main).toMatchObject({ vstate: 'chan', leak: 'deadlock', caption: 'chan send · ch' });
    const child = sc.goroutines.find((g) => g.id !== 1)!;
    expect(child).toMatchObject({ vstate: 'exited', leak: '' });
    const e = sc.edges.find((x) => x.g === 1 && x.kind === 'block')!;
    expect(e).toMatchObject({ color: 'var(--danger)', marker: 'danger' });
  });

  it('shows a Mutex holder and its waiters in FIFO order', () => {
    const { events, model, layout, folded } = setup(mutexQueue);
    // when the clock moves: main sleeps holding mu, the three contenders queue on it
    const i = events.findIndex((e) => e.kind === 'clock.advance');
    const st = folded.stateAt(i);
    const sc = computeScene(model, layout, st, st.t);
    const mu = sc.syncs.find((s) => s.label === 'mu')!;
    expect(mu.holder).toBe(1);
    expect(mu.holderLabel).toBe('main #1');
    const blocks = events.filter((e) => e.kind === 'go.block' && e.reason === 'sync.Mutex.Lock').map((e) => e.g);
    expect(blocks).toHaveLength(3);
    expect(mu.waiters).toEqual(blocks);
    expect(sc.goroutines.filter((g) => g.vstate === 'lock').map((g) => g.caption)).toEqual(['Lock · mu', 'Lock · mu', 'Lock · mu']);
    expect(sc.edges.filter((e) => e.kind === 'block').length).toBe(3);
    expect(sc.edges.some((e) => e.kind === 'hold' && e.g === 1)).toBe(true);
    // main's sleep shows a countdown
    const main = sc.goroutines.find((g) => g.id === 1)!;
    expect(main.caption).toBe('sleep 1ms left');
    expect(main.sleepLeft).toBe(1);
    const adv = events.findIndex((e) => e.kind === 'clock.advance');
    const sa = folded.stateAt(adv);
    const half = computeScene(model, layout, sa, nowAt(sa, events[adv], 0.5)).goroutines.find((g) => g.id === 1)!;
    expect(half.caption).toBe('sleep 500µs left');
    expect(half.sleepLeft).toBeCloseTo(0.5);
  });

  it('draws a dashed edge per select case and highlights the one that fires', () => {
    const { events, model, layout, folded } = setup(selectOnce);
    const blocked = events.findIndex((e) => e.kind === 'go.block' && e.reason === 'select');
    const st = folded.stateAt(blocked + 1);
    const sc = computeScene(model, layout, st, st.t);
    const sel = sc.edges.filter((e) => e.kind === 'select' && e.g === 1);
    expect(sel.map((e) => e.key)).toEqual(['sel:1:0', 'sel:1:1']);
    expect(sc.goroutines.find((g) => g.id === 1)!.caption).toBe('select · a, timer.C');
    const chosen = events.findIndex((e) => e.kind === 'select.chosen');
    expect(firedSelectKey(folded.stateAt(chosen), events[chosen])).toBe('sel:1:0');
    // the receive that fires it highlights it already
    const recv = events.findIndex((e) => e.kind === 'chan.recv' && e.g === 1);
    expect(firedSelectKey(folded.stateAt(recv), events[recv])).toBe('sel:1:0');
    // right after select.chosen a fading 'fired' edge remains
    const after = computeScene(model, layout, folded.stateAt(chosen + 1), 0);
    expect(after.edges.some((e) => e.kind === 'fired' && e.g === 1)).toBe(true);
    // the timer counts down
    const timer = sc.timers[0];
    expect(timer).toMatchObject({ purpose: 'timer', active: true, caption: 'fires in 1s' });
  });

  it('computes a 200-goroutine scene in a few milliseconds', () => {
    const { events, model, layout, folded } = setup(big);
    const states = [0.25, 0.5, 0.75].map((f) => folded.stateAt(Math.floor(events.length * f)));
    computeScene(model, layout, states[0], states[0].t);
    const t0 = performance.now();
    let n = 0;
    for (let r = 0; r < 20; r++) for (const s of states) n += computeScene(model, layout, s, s.t).goroutines.length;
    const per = (performance.now() - t0) / 60;
    expect(n).toBeGreaterThan(60 * 100);
    expect(per).toBeLessThan(8);
  });
});
