// The fold gives the same state at any event whether it starts from a keyframe
// or replays the whole trace, and the state matches what the program did.
import { describe, expect, it } from 'vitest';
import { Session } from '../engine/session.js';
import type { TraceEvent } from './schema.js';
import { applyEvent, emptyState, FoldedTrace } from './fold.js';

const pool = `package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	jobs := make(chan int, 2)
	results := make(chan int, 5)
	var wg sync.WaitGroup
	var mu sync.Mutex
	total := 0
	for w := 1; w <= 3; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				time.Sleep(time.Duration(j) * time.Millisecond)
				mu.Lock()
				total += j
				mu.Unlock()
				results <- j * 2
			}
		}()
	}
	for j := 1; j <= 5; j++ {
		jobs <- j
	}
	close(jobs)
	wg.Wait()
	close(results)
	for r := range results {
		fmt.Println(r)
	}
	fmt.Println("total", total)
}
`;

function traceOf(src: string): TraceEvent[] {
  const events: TraceEvent[] = [];
  const s = Session.start([{ name: 'prog.go', text: src }], { onEvent: (e) => events.push(e) });
  expect(s.runToEnd()).toEqual({ kind: 'exited', code: 0 });
  return events;
}

describe('trace fold', () => {
  const events = traceOf(pool);

  it('gives the same state from keyframes as from a full replay, at every event', () => {
    const folded = new FoldedTrace(events.slice(), 17);
    const replay = emptyState();
    for (let n = 0; n <= events.length; n++) {
      expect(folded.stateAt(n)).toEqual(replay);
      if (n < events.length) applyEvent(replay, events[n]);
    }
  });

  it('ends with the run as the program left it', () => {
    const end = new FoldedTrace(events.slice()).stateAt(events.length);
    expect(end.exit).toEqual({ code: 0, reason: 'main returned', leaked: [] });
    const jobs = [...end.channels.values()].find((c) => c.name === 'jobs')!;
    expect(jobs).toMatchObject({ cap: 2, closed: true, buffer: [] });
    expect(end.output.map((o) => o.text).join('')).toBe('2\n4\n6\n8\n10\ntotal 15\n');
    expect([...end.goroutines.values()].filter((g) => g.fn === 'main.main.func1').map((g) => g.status)).toEqual(['exited', 'exited', 'exited']);
    const wg = [...end.sync.values()].find((o) => o.name === 'wg')!;
    expect(wg.counter).toBe(0);
  });

  it('shows values waiting in a channel buffer mid-run', () => {
    const folded = new FoldedTrace(events.slice());
    // after the first two sends into jobs (cap 2), before any receive, the buffer holds 1 and 2
    const jobsId = events.find((e) => e.kind === 'chan.make' && e.name === 'jobs')!;
    const sends = events.filter((e) => e.kind === 'chan.send' && e.chan === (jobsId as { chan: number }).chan);
    const second = sends[1];
    const st = folded.stateAt(second.seq + 1);
    expect(st.channels.get((jobsId as { chan: number }).chan)!.buffer.length).toBeGreaterThan(0);
    expect(st.channels.get((jobsId as { chan: number }).chan)!.buffer.every((v) => /^\d+$/.test(v))).toBe(true);
  });

  it('never shows more values in a buffer than its capacity', () => {
    const folded = new FoldedTrace(events.slice(), 64);
    for (let n = 0; n <= events.length; n++) {
      for (const c of folded.stateAt(n).channels.values()) expect(c.buffer.length).toBeLessThanOrEqual(c.cap);
    }
  });

  it('tracks selects, Once, the order of waiters and what leaked', () => {
    const src = `package main

import (
	"sync"
	"time"
)

func main() {
	a := make(chan int)
	var mu sync.Mutex
	var once sync.Once
	mu.Lock()
	for i := 0; i < 3; i++ {
		go func() { mu.Lock(); mu.Unlock() }()
	}
	go func() { <-a }()
	time.Sleep(time.Millisecond)
	once.Do(func() {})
	select {
	case a <- 1:
	case <-time.After(time.Second):
	}
	mu.Unlock()
	go func() { <-make(chan int) }()
	time.Sleep(time.Millisecond)
}
`;
    const evs = traceOf(src);
    const folded = new FoldedTrace(evs.slice(), 16);
    // when the clock first moves, the three lockers wait on mu, ordered as they blocked
    const tick = evs.find((e) => e.kind === 'clock.advance')!;
    const st = folded.stateAt(tick.seq);
    const mu = [...st.sync.values()].find((o) => o.name === 'mu')!;
    expect(mu.holder).toBe(1);
    const waiters = [...st.goroutines.values()].filter((g) => g.blockedOn.includes(mu.id)).sort((x, y) => x.blockedAt! - y.blockedAt!);
    expect(waiters.map((g) => g.reason)).toEqual(['sync.Mutex.Lock', 'sync.Mutex.Lock', 'sync.Mutex.Lock']);
    const blockOrder = evs.filter((e) => e.seq < tick.seq && e.kind === 'go.block' && e.objects.includes(mu.id)).map((e) => e.g);
    expect(waiters.map((g) => g.id)).toEqual(blockOrder);
    // the select fires its send case at once (a receiver waits) and records it
    const chosen = evs.find((e) => e.kind === 'select.chosen')!;
    const begin = evs.find((e) => e.kind === 'select.begin')!;
    expect(folded.stateAt(begin.seq + 1).goroutines.get(1)!.select!.cases.map((c) => c.dir)).toEqual(['send', 'recv']);
    const after = folded.stateAt(chosen.seq + 1).goroutines.get(1)!;
    expect(after.select).toBeUndefined();
    expect(after.chosen).toMatchObject({ index: 0, seq: chosen.seq });
    const end = folded.stateAt(evs.length);
    expect([...end.sync.values()].find((o) => o.name === 'once')!.done).toBe(true);
    const leaked = [...end.goroutines.values()].filter((g) => g.leaked);
    expect(leaked.map((g) => g.status)).toEqual(['blocked']);
    expect(end.exit!.leaked).toEqual(leaked.map((g) => g.id));
  });
});
