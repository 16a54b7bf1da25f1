// The timeline model from real engine traces: lanes, contiguous state
// segments, every received value traced back to its one send, the warped x axis.
import { describe, expect, it } from 'vitest';
import type { TraceEvent } from '../../../trace/schema.js';
import { traceOf, workerPool } from '../stageFixtures.js';
import { describeEvent, describeSegment } from './describe.js';
import { buildTimeline, segmentAt, TimelineBuilder, type TimelineModel } from './timelineModel.js';

const pingPong = `package main

import (
	"fmt"
	"time"
)

func main() {
	ping := make(chan string)
	pong := make(chan string)
	go func() {
		for m := range ping {
			pong <- m + "!"
		}
		close(pong)
	}()
	for _, w := range []string{"a", "b", "c"} {
		ping <- w
		fmt.Println(<-pong)
	}
	close(ping)
	for range pong {
	}
	select {
	case <-time.After(250 * time.Millisecond):
		fmt.Println("timeout")
	}
}
`;

const deadlock = `package main

import "fmt"

func main() {
	ch := make(chan int)
	go func() { ch <- 1 }()
	fmt.Println(<-ch)
	ch <- 2
}
`;

/** Checks the invariants every model must hold (plain loops: the big trace has 100k events). */
function checkModel(m: TimelineModel, events: readonly TraceEvent[]): void {
  const bad: string[] = [];
  const check = (ok: boolean, what: () => string) => {
    if (!ok && bad.length < 10) bad.push(what());
  };
  expect(m.count).toBe(events.length);
  // one lane per go.create, in creation order
  const creates = events.filter((e) => e.kind === 'go.create');
  expect(m.lanes.map((l) => l.g)).toEqual(creates.map((e) => (e.kind === 'go.create' ? e.child : -1)));
  for (const lane of m.lanes) {
    const segs = lane.segments;
    const name = lane.label;
    check(segs.length > 0, () => `${name}: no segments`);
    check(segs[0].from === lane.created, () => `${name}: starts at ${segs[0].from}, created at ${lane.created}`);
    for (let i = 0; i < segs.length; i++) {
      check(segs[i].to > segs[i].from, () => `${name}: empty segment ${i}`);
      if (i > 0) {
        check(segs[i].from === segs[i - 1].to, () => `${name}: gap or overlap at segment ${i}`);
        check(!(segs[i].state === segs[i - 1].state && segs[i].reason === segs[i - 1].reason), () => `${name}: segment ${i} repeats its state`);
      }
    }
    check(segs[segs.length - 1].to === m.count, () => `${name}: ends at ${segs[segs.length - 1].to}`);
    if (lane.exited !== undefined) {
      const last = segs[segs.length - 1];
      check(last.state === 'exited' && last.from === lane.exited, () => `${name}: does not end exited`);
      check(segs.filter((s) => s.state === 'exited').length === 1, () => `${name}: exits twice`);
    }
    for (let i = 1; i < lane.events.length; i++) check(lane.events[i] > lane.events[i - 1], () => `${name}: events out of order`);
  }
  // at most one goroutine runs at any event
  for (let seq = 0; seq < m.count; seq += Math.max(1, Math.floor(m.count / 500))) {
    let running = 0;
    for (const lane of m.lanes) {
      const i = segmentAt(lane, seq);
      if (i >= 0 && lane.segments[i].state === 'running') running++;
    }
    check(running <= 1, () => `${running} running at ${seq}`);
  }
  // every received value comes from exactly one send of the same value on the same channel
  const recvs = events.filter((e) => e.kind === 'chan.recv' && e.ok);
  expect(m.arrows).toHaveLength(recvs.length);
  const seenSend = new Set<number>();
  const seenRecv = new Set<number>();
  for (const a of m.arrows) {
    const s = events[a.send];
    const r = events[a.recv];
    if (s.kind !== 'chan.send' || r.kind !== 'chan.recv') throw new Error(`arrow ${a.send}→${a.recv} is not send→recv`);
    const what = () => `arrow ${a.send}→${a.recv}`;
    check(s.chan === r.chan && s.value === r.value && a.value === r.value, what);
    check(a.toLane === m.laneOf(r.g) && a.fromLane === m.laneOf(s.g), what);
    check(!seenSend.has(a.send) && !seenRecv.has(a.recv), () => `${what()} shares an end`);
    seenSend.add(a.send);
    seenRecv.add(a.recv);
  }
  // the x mapping is strictly increasing and inverts
  let prev = -Infinity;
  for (let seq = 0; seq <= m.count; seq++) {
    const x = m.x(seq);
    check(x > prev, () => `x(${seq}) = ${x} <= x(${seq - 1}) = ${prev}`);
    prev = x;
    check(Math.abs(m.seqAt(x) - seq) < 1e-6, () => `seqAt(x(${seq})) = ${m.seqAt(x)}`);
  }
  expect(bad).toEqual([]);
  expect(m.totalX).toBe(m.x(m.count));
  expect(m.x(2.5)).toBeCloseTo((m.x(2) + m.x(3)) / 2, 9);
}

describe('timeline model', () => {
  const wp = traceOf(workerPool);
  const m = buildTimeline(wp);

  it('has one lane per goroutine of the worker pool, in creation order, with labels', () => {
    checkModel(m, wp);
    expect(m.lanes.map((l) => l.label)).toEqual(['main #1', 'worker #6', 'worker #7', 'worker #8']);
    expect(m.laneOf(7)).toBe(2);
    expect(m.laneOf(99)).toBe(-1);
  });

  it('traces every result back to the worker that sent it, and every job to main', () => {
    const results = m.arrows.filter((a) => m.chanName(a.chan) === 'results');
    expect(results.map((a) => a.value).sort()).toEqual(['1', '16', '25', '4', '9']);
    expect(results.every((a) => a.toLane === 0 && a.fromLane > 0 && !a.direct)).toBe(true);
    const jobs = m.arrows.filter((a) => m.chanName(a.chan) === 'jobs');
    expect(jobs.map((a) => a.value)).toEqual(['1', '2', '3', '4', '5']);
    expect(jobs.every((a) => a.fromLane === 0 && a.toLane > 0)).toBe(true);
    // a receive from a full buffer comes before the blocked sender's send in the
    // trace; FIFO still pairs it with the value at the head of the buffer
    for (const a of jobs) expect(a.send).toBeLessThan(a.recv);
  });

  it('colours the lanes by state: blocked on a channel, on the WaitGroup, sleeping, then exited', () => {
    const main = m.lanes[0];
    const states = new Set(main.segments.map((s) => s.state));
    expect(states.has('chan')).toBe(true); // jobs <- j on a full buffer
    expect(states.has('wg')).toBe(true);
    expect(main.segments.find((s) => s.state === 'wg')!.reason).toBe('sync.WaitGroup.Wait');
    for (const w of m.lanes.slice(1)) {
      expect(w.segments.some((s) => s.state === 'sleep')).toBe(true);
      expect(w.segments.some((s) => s.state === 'running')).toBe(true);
      expect(w.segments[w.segments.length - 1].state).toBe('exited');
    }
    expect(m.exit).toMatchObject({ code: 0, reason: 'main returned' });
  });

  it('has markers for spawns, closes, timer fires and the exit', () => {
    const spawns = m.markers.filter((k) => k.kind === 'spawn');
    expect(spawns.map((s) => [s.lane, s.toLane])).toEqual([[-1, 0], [0, 1], [0, 2], [0, 3]]);
    expect(m.markers.filter((k) => k.kind === 'close').map((k) => m.chanName(k.object!))).toEqual(['jobs', 'results']);
    const fires = m.markers.filter((k) => k.kind === 'timer');
    expect(fires).toHaveLength(5);
    expect(fires.every((f) => f.lane > 0)).toBe(true); // on the sleeping worker's lane
    expect(m.markers[m.markers.length - 1]).toMatchObject({ kind: 'exit', lane: 0, text: 'main returned' });
    for (let i = 1; i < m.markers.length; i++) expect(m.markers[i].seq).toBeGreaterThanOrEqual(m.markers[i - 1].seq);
  });

  it('widens the axis where the clock jumps, in proportion to the time that passed', () => {
    expect(m.endTime).toBe(20_000_000);
    expect(m.timeChanges.map((c) => c.t)).toEqual([0, 10_000_000, 20_000_000]);
    const [, j1, j2] = m.timeChanges;
    const gap1 = m.x(j1.seq) - m.x(j1.seq - 1);
    const gap2 = m.x(j2.seq) - m.x(j2.seq - 1);
    // both jumps are 10ms: equal gaps, much wider than one event step
    expect(gap1).toBeCloseTo(gap2, 6);
    expect(gap1).toBeGreaterThan(10 * (m.x(2) - m.x(1)));
    expect(m.timeAt(j1.seq)).toBe(10_000_000);
    expect(m.timeAt(j1.seq - 1)).toBe(0);
  });

  it('pairs unbuffered hand-offs in both directions and timer-channel sends from the runtime', () => {
    const ev = traceOf(pingPong);
    const pm = buildTimeline(ev);
    checkModel(pm, ev);
    const ping = pm.arrows.filter((a) => pm.chanName(a.chan) === 'ping');
    const pong = pm.arrows.filter((a) => pm.chanName(a.chan) === 'pong');
    expect(ping.map((a) => a.value)).toEqual(['"a"', '"b"', '"c"']);
    expect(pong.map((a) => a.value)).toEqual(['"a!"', '"b!"', '"c!"']);
    expect([...ping, ...pong].every((a) => a.direct && a.recv === a.send + 1)).toBe(true);
    expect(ping.every((a) => a.fromLane === 0 && a.toLane === 1)).toBe(true);
    // time.After's channel is sent on by the runtime (lane -1)
    const timerSends = pm.arrows.filter((a) => a.fromLane === -1);
    expect(timerSends).toHaveLength(1);
    expect(timerSends[0].toLane).toBe(0);
    // everything before the timeout happens at t=0 and is still spread out by event order
    expect(pm.timeChanges.map((c) => c.t)).toEqual([0, 250_000_000]);
    const gap = pm.x(pm.timeChanges[1].seq) - pm.x(pm.timeChanges[1].seq - 1);
    expect(gap).toBeGreaterThan(pm.count / 4);
    expect(pm.lanes[0].segments.some((s) => s.state === 'select')).toBe(true);
  });

  it('leaves deadlocked goroutines blocked to the end and marks the fatal error', () => {
    const ev = traceOf(deadlock);
    const dm = buildTimeline(ev);
    checkModel(dm, ev);
    const main = dm.lanes[0];
    expect(main.segments[main.segments.length - 1]).toMatchObject({ state: 'chan', reason: 'chan send', to: dm.count });
    expect(dm.markers.find((k) => k.kind === 'fatal')).toMatchObject({ lane: -1, text: 'all goroutines are asleep - deadlock!' });
    expect(dm.exit).toMatchObject({ code: 2, reason: 'deadlock' });
    // no clock change at all: still strictly increasing, one unit per event
    expect(dm.timeChanges).toHaveLength(1);
    expect(dm.x(5) - dm.x(4)).toBe(1);
  });

  it('builds incrementally to the same model as in one go', () => {
    const inc = new TimelineBuilder();
    for (let n = 0; n <= wp.length; n += 7) inc.append(wp, n);
    inc.append(wp);
    expect(inc.lanes).toEqual(m.lanes);
    expect(inc.arrows).toEqual(m.arrows);
    expect(inc.markers).toEqual(m.markers);
    expect(inc.timeChanges).toEqual(m.timeChanges);
    for (let s = 0; s <= wp.length; s++) expect(inc.x(s)).toBe(m.x(s));
    // a prefix: open segments end at the prefix's end
    const half = buildTimeline(wp, 40);
    expect(half.count).toBe(40);
    for (const lane of half.lanes) expect(lane.segments[lane.segments.length - 1].to).toBe(40);
    expect(inc.continues(wp, wp.length)).toBe(true);
    expect(inc.continues(wp.slice(), wp.length)).toBe(true); // same event objects
    expect(inc.continues(traceOf(workerPool), wp.length)).toBe(false); // another run
    expect(inc.continues(wp, 10)).toBe(false); // shrank
  });

  it('finds the arrows that cross a range of events', () => {
    const all = new Set<number>();
    m.forEachArrow(0, m.count, (_, i) => {
      all.add(i);
    });
    expect(all.size).toBe(m.arrows.length);
    for (const [s0, s1] of [[0, 10], [20, 30], [45, 50], [60, 91]]) {
      const got: number[] = [];
      m.forEachArrow(s0, s1, (_, i) => {
        got.push(i);
      });
      const want = m.arrows.map((a, i) => (a.send <= s1 && a.recv >= s0 ? i : -1)).filter((i) => i >= 0);
      expect(got).toEqual(want);
    }
  });

  it('describes events and segments for the tooltip', () => {
    const send = wp.find((e) => e.kind === 'chan.send' && e.value === '3')!;
    const d = describeEvent(send, m);
    expect(d.title).toBe('send 3 on jobs');
    expect(d.rows).toContainEqual(['goroutine', 'main #1']);
    expect(d.rows).toContainEqual(['line', '26']);
    expect(d.rows).toContainEqual(['time', '0s']);
    const w = m.lanes[1];
    const sleep = w.segments.find((s) => s.state === 'sleep')!;
    const ds = describeSegment(sleep, w, m);
    expect(ds.title).toBe('sleeping / timer');
    expect(ds.rows).toContainEqual(['time', '0s → 10ms (10ms)']);
  });

  it('builds a 100k-event trace of 200 workers', () => {
    const src = `package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	jobs := make(chan int, 8)
	results := make(chan int)
	var wg sync.WaitGroup
	var mu sync.Mutex
	total := 0
	for w := 0; w < 200; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				if j%50 == 0 {
					time.Sleep(time.Millisecond)
				}
				mu.Lock()
				total += j
				mu.Unlock()
				results <- j
			}
		}()
	}
	go func() {
		for j := 0; j < 8500; j++ {
			jobs <- j
		}
		close(jobs)
	}()
	go func() { wg.Wait(); close(results) }()
	sum := 0
	for r := range results {
		sum += r
	}
	fmt.Println(sum, total)
}
`;
    const ev = traceOf(src);
    expect(ev.length).toBeGreaterThan(100_000);
    const big = buildTimeline(ev);
    expect(big.count).toBe(ev.length);
    expect(big.lanes).toHaveLength(203);
    expect(big.arrows).toHaveLength(2 * 8500);
    expect(big.lanes.slice(1).every((l) => l.segments[l.segments.length - 1].state === 'exited')).toBe(true);
    const segs = big.lanes.reduce((n, l) => n + l.segments.length, 0);
    expect(segs).toBeGreaterThan(10_000);
    expect(big.timeChanges.length).toBeGreaterThan(1);
    checkModel(big, ev);
    // building again from a growing array, in streaming-size batches
    const inc = new TimelineBuilder();
    for (let n = 0; n < ev.length; n += 4096) inc.append(ev, n);
    inc.append(ev);
    expect(inc.arrows.length).toBe(big.arrows.length);
    expect(inc.totalX).toBe(big.totalX);
  });
});
