// Same program + seed = the same trace, byte for byte; other seeds make other
// choices where Go leaves them open (select among ready cases, map order).
import { describe, expect, it } from 'vitest';
import type { TraceEvent } from '../trace/schema.js';
import { Session } from './session.js';

const racy = `package main

import (
	"fmt"
	"sync"
)

func main() {
	a := make(chan int, 64)
	b := make(chan int, 64)
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 16; i++ {
				select {
				case a <- i:
				case b <- i:
				}
			}
		}()
	}
	wg.Wait()
	close(a)
	close(b)
	na, nb := 0, 0
	for range a {
		na++
	}
	for range b {
		nb++
	}
	m := map[string]int{"x": 1, "y": 2, "z": 3, "w": 4}
	order := ""
	for k := range m {
		order += k
	}
	fmt.Println(na, nb, na+nb, order)
}
`;

function trace(seed: number): { events: string; out: string } {
  const events: TraceEvent[] = [];
  let out = '';
  const s = Session.start([{ name: 'prog.go', text: racy }], {
    seed,
    onEvent: (e) => events.push(e),
    onOutput: (_st, b) => (out += b),
  });
  const st = s.runToEnd();
  expect(st).toEqual({ kind: 'exited', code: 0 });
  return { events: events.map((e) => JSON.stringify(e)).join('\n'), out };
}

describe('determinism', () => {
  it('gives byte-identical traces for 200 runs with one seed', () => {
    const first = trace(7);
    expect(first.events.length).toBeGreaterThan(1000);
    for (let i = 0; i < 199; i++) expect(trace(7).events).toBe(first.events);
  });

  it('makes different select and map-order choices with different seeds', () => {
    const outs = new Set<string>();
    const traces = new Set<string>();
    for (let seed = 1; seed <= 8; seed++) {
      const t = trace(seed);
      outs.add(t.out);
      traces.add(t.events);
      expect(t.out).toMatch(/^\d+ \d+ 64 [wxyz]{4}\n$/);
    }
    expect(traces.size).toBe(8);
    expect(outs.size).toBeGreaterThan(1);
  });
});

const race = `package main

import (
	"fmt"
	"sync"
)

var counter int

func main() {
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 1000; i++ {
				counter++
			}
		}()
	}
	wg.Wait()
	fmt.Println(counter)
}
`;

function runRace(seed: number, preempt: boolean): string {
  let out = '';
  Session.start([{ name: 'prog.go', text: race }], { seed, preempt, onOutput: (_s, b) => (out += b) }).runToEnd();
  return out;
}

describe('preemptive mode', () => {
  it('keeps every update by default (GOMAXPROCS=1, no preemption inside counter++)', () => {
    expect(runRace(1, false)).toBe('4000\n');
  });

  it('makes a data race lose updates, reproducibly per seed', () => {
    const a = runRace(3, true);
    expect(Number(a)).toBeLessThan(4000);
    expect(Number(a)).toBeGreaterThan(0);
    expect(runRace(3, true)).toBe(a);
  });
});
