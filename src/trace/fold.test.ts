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
});
