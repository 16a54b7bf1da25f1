// The worker's host, driven with an in-memory message queue.
import { describe, expect, it } from 'vitest';
import { Session } from '../engine/session.js';
import type { TraceEvent } from '../trace/schema.js';
import { EngineHost } from './engineHost.js';
import type { FromWorker } from './protocol.js';

function harness(opts = {}) {
  const out: FromWorker[] = [];
  const queue: (() => void)[] = [];
  const host = new EngineHost((m) => out.push(m), (fn) => queue.push(fn), opts);
  const drain = (max = 1e6) => {
    for (let i = 0; i < max && queue.length > 0; i++) (queue.shift() as () => void)();
  };
  return { out, queue, host, drain };
}

const prog = `package main

import "fmt"

func main() {
	ch := make(chan int)
	go func() {
		for i := 0; i < 200; i++ {
			ch <- i
		}
		close(ch)
	}()
	sum := 0
	for v := range ch {
		sum += v
	}
	fmt.Println(sum)
}
`;

describe('engine host', () => {
  it('streams the same trace as a direct run, in several batches, then reports the end', () => {
    const h = harness({ sliceSteps: 500, maxBatch: 100 });
    h.host.handle({ type: 'run', id: 1, files: [{ name: 'prog.go', text: prog }], seed: 3, preempt: false });
    h.drain();
    const batches = h.out.filter((m) => m.type === 'events');
    expect(batches.length).toBeGreaterThan(3);
    const streamed = batches.flatMap((m) => (m.type === 'events' ? m.events : []));
    const direct: TraceEvent[] = [];
    Session.start([{ name: 'prog.go', text: prog }], { seed: 3, onEvent: (e) => direct.push(e) }).runToEnd();
    expect(streamed).toEqual(direct);
    const done = h.out[h.out.length - 1];
    expect(done).toMatchObject({ type: 'done', id: 1, end: { kind: 'exited', code: 0 }, events: direct.length });
    const prints = streamed.filter((e) => e.kind === 'print').map((e) => (e as { text: string }).text);
    expect(prints).toEqual(['19900\n']);
  });

  it('reports compile errors with positions', () => {
    const h = harness();
    h.host.handle({ type: 'run', id: 2, files: [{ name: 'prog.go', text: 'package main\n\nfunc main() {\n\tx := 1\n}\n' }], seed: 1, preempt: false });
    expect(h.out[0]).toEqual({
      type: 'compile-error',
      id: 2,
      lines: ['prog.go:4:2: declared and not used: x'],
      diagnostics: [{ file: 'prog.go', line: 4, column: 2, message: 'declared and not used: x' }],
    });
    expect(h.out[1]).toMatchObject({ type: 'done', end: { kind: 'compile-error' } });
  });

  it('stops a program that never ends, and a newer run replaces an older one', () => {
    const h = harness({ sliceSteps: 1000 });
    h.host.handle({ type: 'run', id: 3, files: [{ name: 'prog.go', text: 'package main\n\nfunc main() {\n\tfor {\n\t}\n}\n' }], seed: 1, preempt: false });
    h.drain(5);
    expect(h.queue.length).toBe(1); // still running
    h.host.handle({ type: 'stop', id: 3 });
    h.drain();
    const done = h.out.filter((m) => m.type === 'done');
    expect(done).toEqual([expect.objectContaining({ id: 3, end: { kind: 'stopped', reason: 'stopped by the user' } })]);

    h.host.handle({ type: 'run', id: 4, files: [{ name: 'prog.go', text: 'package main\n\nfunc main() {\n\tfor {\n\t}\n}\n' }], seed: 1, preempt: false });
    h.drain(3);
    h.host.handle({ type: 'run', id: 5, files: [{ name: 'prog.go', text: prog }], seed: 1, preempt: false });
    h.drain();
    const ends = h.out.filter((m) => m.type === 'done').map((m) => m.id);
    expect(ends).toEqual([3, 5]);
  });
});
