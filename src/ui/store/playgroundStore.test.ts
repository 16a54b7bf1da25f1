// The store driven by the real engine in-process (EngineHost with a manual
// queue standing in for the Web Worker's event loop).
import { describe, expect, it } from 'vitest';
import { EngineHost } from '../../worker/engineHost.js';
import type { FromWorker, RunRequest } from '../../worker/protocol.js';
import type { EngineClient } from '../engine/engineClient.js';
import { BASE_RATE, createPlayground, eventWeight, involves } from './playgroundStore.js';

class QueueEngine implements EngineClient {
  queue: (() => void)[] = [];
  private host: EngineHost | undefined;
  run(req: Omit<RunRequest, 'type'>, onMessage: (m: FromWorker) => void): void {
    this.host = new EngineHost(onMessage, (fn) => this.queue.push(fn), { sliceSteps: 200 });
    this.host.handle({ type: 'run', ...req });
  }
  stop(): void {
    this.host = undefined;
    this.queue = [];
  }
  drain(max = 1e6): void {
    for (let i = 0; i < max && this.queue.length > 0; i++) (this.queue.shift() as () => void)();
  }
}

const pool = `package main

import (
	"fmt"
	"sync"
	"time"
)

func worker(id int, jobs <-chan int, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		time.Sleep(time.Millisecond)
		fmt.Println("worker", id, "job", j)
	}
}

func main() {
	jobs := make(chan int, 2)
	var wg sync.WaitGroup
	for w := 1; w <= 3; w++ {
		wg.Add(1)
		go worker(w, jobs, &wg)
	}
	for j := 1; j <= 4; j++ {
		jobs <- j
	}
	close(jobs)
	wg.Wait()
}
`;

const deadlock = `package main

func main() {
	ch := make(chan int)
	ch <- 1
}
`;

function setup(code: string) {
  const engine = new QueueEngine();
  const pg = createPlayground({ code }, { engine });
  return { engine, pg, s: () => pg.store.getState() };
}

describe('playground store', () => {
  it('runs a program and streams its trace into the buffer', () => {
    const { engine, pg, s } = setup(pool);
    s().runNow();
    expect(s().playing).toBe(true);
    // the first slice runs at once, so the stage has events before the worker's next turn
    expect(pg.trace().length).toBeGreaterThan(0);
    expect(s().run.eventCount).toBe(pg.trace().length);
    // ... and the playhead already shows main created
    expect(s().cursor).toBe(1);
    engine.drain();
    expect(s().run.status).toBe('done');
    expect(s().run.end).toEqual({ kind: 'exited', code: 0 });
    expect(s().run.eventCount).toBe(pg.trace().length);
    const sum = pg.trace().summary;
    expect(sum.goroutinesCreated).toBe(4);
    expect(sum.maxAlive).toBe(4);
    expect(sum.virtualTime).toBe(2_000_000);
    expect(sum.exit).toEqual({ code: 0, reason: 'main returned' });
    const end = pg.trace().stateAt(pg.trace().length);
    expect(end.output.map((o) => o.text).join('')).toContain('worker 3 job 1\n');
    expect(end.channels.get(1)?.cap).toBe(2);
  });

  it('reports compile errors with Go positions and does not play', () => {
    const { engine, s } = setup('package main\n\nfunc main() {\n\tx := 1\n}\n');
    s().runNow();
    engine.drain();
    expect(s().run.status).toBe('compile-error');
    expect(s().playing).toBe(false);
    expect(s().run.diagnostics).toEqual([{ file: 'prog.go', line: 4, column: 2, message: 'declared and not used: x' }]);
    expect(s().run.compileLines.join('\n')).toContain('prog.go:4:2: declared and not used: x');
  });

  it('shows the moment of a deadlock: playhead at the end, paused', () => {
    const { engine, pg, s } = setup(deadlock);
    s().runNow();
    engine.drain();
    expect(pg.trace().summary.exit?.reason).toBe('deadlock');
    expect(s().cursor).toBe(pg.trace().length);
    expect(s().playing).toBe(false);
    const st = pg.trace().stateAt(s().cursor);
    expect(st.goroutines.get(1)?.status).toBe('blocked');
    expect(st.output.map((o) => o.text).join('')).toContain('fatal error: all goroutines are asleep - deadlock!');
  });

  it('plays by event weight, stops at the end, loops when asked', () => {
    const { engine, pg, s } = setup(pool);
    s().runNow();
    engine.drain();
    const n = pg.trace().length;
    s().seek(0);
    s().setPlaying(true);
    // one second at 1x covers BASE_RATE weight units
    s().tick(1);
    let w = 0;
    let i = 0;
    while (w + eventWeight(pg.trace().events[i]) <= BASE_RATE) w += eventWeight(pg.trace().events[i++]);
    expect(Math.floor(s().cursor)).toBe(i);
    s().tick(1e6);
    expect(s().cursor).toBe(n);
    expect(s().playing).toBe(false);
    s().setLoop(true);
    s().setPlaying(true);
    s().tick(0.01);
    expect(s().cursor).toBe(0);
  });

  it('steps, clamps and jumps between the events of a selection', () => {
    const { engine, pg, s } = setup(pool);
    s().runNow();
    engine.drain();
    s().seek(-5);
    expect(s().cursor).toBe(0);
    s().stepBack();
    expect(s().cursor).toBe(0);
    s().stepForward();
    s().stepForward();
    expect(s().cursor).toBe(2);
    s().seek(1e9);
    expect(s().cursor).toBe(pg.trace().length);
    s().seek(0);
    s().select({ kind: 'chan', id: 1 });
    s().jumpSelected(1);
    const first = s().cursor;
    expect(pg.trace().events[first - 1].kind).toBe('chan.make');
    s().jumpSelected(1);
    expect(pg.trace().events[s().cursor - 1].kind).toBe('chan.send');
    s().jumpSelected(-1);
    expect(s().cursor).toBe(first);
    const evs = pg.trace().events;
    for (let k = 0; k < first - 1; k++) expect(involves(evs[k], { kind: 'chan', id: 1 })).toBe(false);
  });

  it('ignores messages of a replaced or stopped run', () => {
    const { engine, pg, s } = setup('package main\n\nfunc main() {\n\tgo func() {}()\n\tfor {\n\t}\n}\n');
    s().runNow();
    engine.drain(2);
    s().stop();
    expect(s().run.status).toBe('stopped');
    const count = pg.trace().length;
    engine.drain();
    expect(pg.trace().length).toBe(count);
    s().setCode(pool);
    s().runNow();
    expect(s().run.id).toBe(2);
    engine.drain();
    expect(s().run.status).toBe('done');
    // a fresh trace: it starts at event 0 and holds the new program's channel
    expect(pg.trace().events[0].seq).toBe(0);
    expect(pg.trace().events.some((e) => e.kind === 'chan.make' && e.name === 'jobs')).toBe(true);
    expect(pg.trace().events.every((e) => !(e.kind === 'go.create' && e.fn === 'main.main.func1'))).toBe(true);
  });

  it('new seeds differ and are deterministic', () => {
    const { s } = setup(pool);
    const a = s().seed;
    s().newSeed();
    const b = s().seed;
    expect(b).not.toBe(a);
    const other = setup(pool);
    other.s().newSeed();
    expect(other.s().seed).toBe(b);
  });
});
