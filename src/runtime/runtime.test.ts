// Scheduler, channel, select and timer semantics, driven by scripted goroutines
// (a test Executor whose goroutines are lists of steps). Expected orders are
// those real Go 1.19 gives with GOMAXPROCS=1 (noted per test with the program
// that shows it under ../shared/tools/go-fake-run).
import { describe, expect, it } from 'vitest';
import { chanrecv, chansend, closechan, makechan, type Chan } from './chan.js';
import { GStatus, type G } from './goroutine.js';
import { Runtime } from './runtime.js';
import { selectDone, selectgo, type SelectCase } from './select.js';
import { newTimer } from './timers.js';
import { timeSleep } from './sleep.js';
import { mutexLock, mutexUnlock, wgAdd, wgWait } from './sync.js';
import { GoFatalError, GoRuntimePanic } from './panics.js';
import type { SelectWait } from './waitq.js';
import type { TraceEvent } from '../trace/schema.js';

/** A step runs on a goroutine; returning 'park' means the goroutine blocked in it. */
type Step = (g: G) => void | 'park' | 'exit';

interface Script {
  steps: Step[];
  pc: number;
}

function harness(seed = 1) {
  const events: TraceEvent[] = [];
  const rt = new Runtime({ seed, onEvent: (e) => events.push(e) });
  const out: string[] = [];
  rt.executor = {
    execute(g, budget) {
      const s = g.machine as Script;
      let n = 0;
      while (n < budget) {
        if (s.pc >= s.steps.length) {
          if (g.id === 1) rt.exit(0);
          else rt.goexit(g);
          return n + 1;
        }
        const r = s.steps[s.pc++](g);
        n++;
        if (r === 'exit') return n;
        if (r === 'park' || g.status !== GStatus.Running) return n;
      }
      return n;
    },
    positionOf: () => undefined,
  };
  const go = (name: string, steps: Step[], parent: G | null = null) =>
    rt.spawn({ steps, pc: 0 } satisfies Script, parent, name);
  const main = (steps: Step[]) => rt.startMain({ steps, pc: 0 } satisfies Script);
  const chan = (cap: number) => makechan(rt, null, cap, () => 0, (v) => String(v), 'int');
  const print = (s: string): Step => () => void out.push(s);
  const send = (c: Chan | null, v: unknown): Step => (g) => (chansend(rt, g, c, v, true) ? undefined : 'park');
  // a receive is two steps: the operation, and reading the result once resumed
  const recv = (c: Chan | null, into?: (v: unknown, ok: boolean) => void): Step[] => [
    (g) => (chanrecv(rt, g, c, true) === 'parked' ? 'park' : undefined),
    (g) => void into?.(g.recvValue, g.recvOk),
  ];
  return { rt, out, events, go, main, chan, print, send, recv };
}

describe('scheduler', () => {
  it('runs the last goroutine created first, then the others in order (runnext)', () => {
    // go-fake-run: go a(); go b(); go c(); then block -> prints c a b
    const h = harness();
    const done = h.chan(0);
    const worker = (name: string) => [h.print(name), h.send(done, 1)];
    h.main([
      (g) => void h.go('a', worker('a'), g),
      (g) => void h.go('b', worker('b'), g),
      (g) => void h.go('c', worker('c'), g),
      ...h.recv(done), ...h.recv(done), ...h.recv(done),
      h.print('main done'),
    ]);
    expect(h.rt.run(1e6)).toEqual({ kind: 'exited', code: 0 });
    expect(h.out).toEqual(['c', 'a', 'b', 'main done']);
  });

  it('reports a deadlock when nothing can run and no timer is pending', () => {
    const h = harness();
    const c = h.chan(0);
    h.main([...h.recv(c)]);
    expect(h.rt.run(1e6)).toEqual({ kind: 'deadlock' });
    const main = h.rt.goroutines.get(1)!;
    expect(main.waitReason).toBe('chan receive');
  });

  it('ends the program when main returns even if goroutines are blocked', () => {
    const h = harness();
    const c = h.chan(0);
    h.main([(g) => void h.go('leak', [...h.recv(c)], g), h.print('bye')]);
    expect(h.rt.run(1e6)).toEqual({ kind: 'exited', code: 0 });
    expect(h.out).toEqual(['bye']);
  });

  it('preempts a goroutine that runs too long and puts it behind the others', () => {
    const rt = new Runtime({ seed: 1, preemptSteps: 5 });
    const out: string[] = [];
    let spins = 0;
    const loops = new Map<number, number>();
    rt.executor = {
      execute(g, budget) {
        let n = 0;
        while (n < budget) {
          n++;
          if (g.id === 1) {
            if (spins++ === 0) rt.spawn(null, g, 'other');
            if (spins > 12) { rt.exit(0); return n; }
          } else {
            const k = (loops.get(g.id) ?? 0) + 1;
            loops.set(g.id, k);
            out.push(`other ran at main spin ${spins}`);
            rt.goexit(g);
            return n;
          }
        }
        return n;
      },
      positionOf: () => undefined,
    };
    rt.startMain(null);
    expect(rt.run(1e6)).toEqual({ kind: 'exited', code: 0 });
    // main spins 5 steps, is preempted to the global queue; the spawned goroutine runs
    expect(out).toEqual(['other ran at main spin 5']);
  });
});

describe('channels', () => {
  it('buffers up to cap, then blocks the sender until a receive frees a slot', () => {
    const h = harness();
    const c = h.chan(2);
    const got: unknown[] = [];
    h.main([
      (g) => void h.go('producer', [h.send(c, 1), h.send(c, 2), h.print('sent 2'), h.send(c, 3), h.print('sent 3')], g),
      ...h.recv(c, (v) => got.push(v)), // main blocks: producer runs
      h.print('main got first'),
      ...h.recv(c, (v) => got.push(v)),
      ...h.recv(c, (v) => got.push(v)),
    ]);
    expect(h.rt.run(1e6)).toEqual({ kind: 'exited', code: 0 });
    expect(got).toEqual([1, 2, 3]);
    // go-fake-run /tmp/ord/buf.go: the first send hands 1 to the waiting main, 2 and 3 fit the buffer
    expect(h.out).toEqual(['sent 2', 'sent 3', 'main got first']);
  });

  it('receives zero values with ok=false from a closed, drained channel', () => {
    const h = harness();
    const c = h.chan(1);
    const got: string[] = [];
    h.main([
      h.send(c, 7),
      (g) => void closechan(h.rt, g, c),
      ...h.recv(c, (v, ok) => got.push(`${v} ${ok}`)),
      ...h.recv(c, (v, ok) => got.push(`${v} ${ok}`)),
    ]);
    h.rt.run(1e6);
    expect(got).toEqual(['7 true', '0 false']);
  });

  it('close wakes every waiting receiver, the first dequeued runs first (gList order)', () => {
    // go-fake-run: three receivers block in order r1 r2 r3; close(c) -> r1 r3 r2
    const h2 = harness();
    const c2 = h2.chan(0);
    const done2 = h2.chan(3);
    const rcv2 = (name: string) => [...h2.recv(c2), h2.print(name), h2.send(done2, 1)];
    h2.main([
      (g) => void h2.go('r1', rcv2('r1'), g),
      (g) => void h2.go('r2', rcv2('r2'), g),
      (g) => void h2.go('r3', rcv2('r3'), g),
      // yield to the global queue so all three run and block first
      (g) => { h2.rt.gosched(g); },
      (g) => void closechan(h2.rt, g, c2),
      ...h2.recv(done2), ...h2.recv(done2), ...h2.recv(done2),
    ]);
    expect(h2.rt.run(1e6)).toEqual({ kind: 'exited', code: 0 });
    // they blocked in the order r3, r1, r2 (runnext, then queue); close dequeues them in
    // that order and readies in reverse (gList): runnext r3, then the queue r2, r1.
    // go-fake-run (3 receivers, runtime.Gosched, close) prints r 3, r 2, r 1.
    expect(h2.out).toEqual(['r3', 'r2', 'r1']);
  });

  it('panics on send to a closed channel and on closing twice or nil', () => {
    const h = harness();
    const c = h.chan(1);
    h.main([]);
    const g = h.rt.goroutines.get(1)!;
    closechan(h.rt, g, c);
    expect(() => chansend(h.rt, g, c, 1, true)).toThrowError(expect.objectContaining({ message: 'send on closed channel' }));
    expect(() => closechan(h.rt, g, c)).toThrowError(expect.objectContaining({ message: 'close of closed channel' }));
    expect(() => closechan(h.rt, g, null)).toThrowError(expect.objectContaining({ message: 'close of nil channel' }));
  });
});

describe('select', () => {
  it('takes default when nothing is ready, a ready case otherwise', () => {
    const h = harness();
    const a = h.chan(1);
    const b = h.chan(1);
    h.main([]);
    const g = h.rt.goroutines.get(1)!;
    const cases: SelectCase[] = [{ dir: 'recv', chan: a }, { dir: 'recv', chan: b }];
    expect(selectgo(h.rt, g, cases, true)).toBe(-1);
    chansend(h.rt, g, b, 5, true);
    expect(selectgo(h.rt, g, cases, true)).toBe(1);
    expect(g.recvValue).toBe(5);
  });

  it('chooses among ready cases with the seeded PRNG: same seed, same choices; other seeds differ', () => {
    const choices = (seed: number) => {
      const h = harness(seed);
      const a = h.chan(100);
      const b = h.chan(100);
      h.main([]);
      const g = h.rt.goroutines.get(1)!;
      for (let i = 0; i < 40; i++) { chansend(h.rt, g, a, i, true); chansend(h.rt, g, b, i, true); }
      const picks: number[] = [];
      for (let i = 0; i < 40; i++) picks.push(selectgo(h.rt, g, [{ dir: 'recv', chan: a }, { dir: 'recv', chan: b }], false) as number);
      return picks.join('');
    };
    expect(choices(7)).toBe(choices(7));
    expect(choices(7)).not.toBe(choices(8));
    expect(choices(7)).toMatch(/0/);
    expect(choices(7)).toMatch(/1/);
  });

  it('parks on all cases; the first peer wins and the select leaves the other queues', () => {
    const h = harness();
    const a = h.chan(0);
    const b = h.chan(0);
    let wait: SelectWait | undefined;
    const cases: SelectCase[] = [{ dir: 'recv', chan: a }, { dir: 'recv', chan: b }];
    let fired = -2;
    h.main([
      (g) => void h.go('sender', [h.send(b, 42)], g),
      (g) => {
        const r = selectgo(h.rt, g, cases, false);
        if (r === 'parked') { wait = g.waiting as SelectWait; return 'park'; }
        fired = r;
      },
      (g) => { if (wait) fired = selectDone(h.rt, g, cases, wait); },
    ]);
    expect(h.rt.run(1e6)).toEqual({ kind: 'exited', code: 0 });
    // main reaches the select first (the sender is only in runnext), parks, sender hands over on b
    expect(fired).toBe(1);
    expect(h.rt.goroutines.get(1)).toBeDefined();
    expect(a.recvq.isEmpty()).toBe(true);
    expect(b.recvq.isEmpty()).toBe(true);
  });
});

describe('virtual time', () => {
  it('jumps the clock to the next timer when every goroutine is blocked', () => {
    const h = harness();
    const wake = (g: G) => (timeSleep(h.rt, g, 1e9) ? 'park' as const : undefined);
    const times: number[] = [];
    h.main([wake, () => void times.push(h.rt.now), wake, () => void times.push(h.rt.now)]);
    expect(h.rt.run(1e6)).toEqual({ kind: 'exited', code: 0 });
    expect(times).toEqual([1e9, 2e9]);
    expect(h.events.filter((e) => e.kind === 'clock.advance').map((e) => e.t)).toEqual([1e9, 2e9]);
  });

  it('fires timers due at the same time in heap order; the last readied runs first', () => {
    // go-fake-run: go s(1); go s(2); go s(3) each time.Sleep(1s) then print -> s 1, s 3, s 2
    const h = harness();
    const sleep = (g: G) => (timeSleep(h.rt, g, 1e9) ? 'park' as const : undefined);
    const done = h.chan(3);
    const s = (name: string) => [sleep, h.print(name), h.send(done, 1)];
    h.main([
      (g) => void h.go('s1', s('s1'), g),
      (g) => void h.go('s2', s('s2'), g),
      (g) => void h.go('s3', s('s3'), g),
      ...h.recv(done), ...h.recv(done), ...h.recv(done),
    ]);
    expect(h.rt.run(1e6)).toEqual({ kind: 'exited', code: 0 });
    expect(h.out).toEqual(['s1', 's3', 's2']);
  });
});

describe('timers heap', () => {
  it('stops and resets timers lazily and still fires the rest in order', () => {
    const h = harness();
    const fired: number[] = [];
    const mk = (id: number) => newTimer(id, () => void fired.push(id));
    const ts = [1, 2, 3, 4, 5].map(mk);
    ts.forEach((t, i) => h.rt.timers.add(t, (i + 1) * 100, 0));
    expect(h.rt.timers.del(ts[1])).toBe(true); // stop 2
    expect(h.rt.timers.del(ts[1])).toBe(false); // already stopped
    expect(h.rt.timers.mod(ts[4], 50, 0)).toBe(true); // 5 moves earlier
    expect(h.rt.timers.mod(ts[0], 350, 0)).toBe(true); // 1 moves later
    expect(h.rt.timers.sleepUntil()).toBe(50);
    for (const now of [50, 100, 200, 300, 350, 400, 500]) h.rt.timers.check(now);
    expect(fired).toEqual([5, 3, 1, 4]);
    expect(h.rt.timers.size).toBe(0);
  });

  it('re-arms a periodic timer (ticker) from its scheduled time, skipping missed ticks', () => {
    const h = harness();
    const at: number[] = [];
    const t = newTimer(1, () => void at.push(h.rt.now));
    h.rt.timers.add(t, 10, 10);
    for (const now of [10, 20, 55, 60]) { h.rt.now = now; h.rt.timers.check(now); }
    expect(at).toEqual([10, 20, 55, 60]);
    expect(t.when).toBe(70);
  });
});

describe('sync', () => {
  it('wakes WaitGroup waiters in queue order, the last woken runs first', () => {
    const h = harness();
    const wg = [0, 0, 0];
    const waiter = (name: string) => [(g: G) => (wgWait(h.rt, g, wg) ? 'park' as const : undefined), h.print(name)];
    h.main([
      (g) => void wgAdd(h.rt, g, wg, 1),
      (g) => void h.go('w1', waiter('w1'), g),
      (g) => void h.go('w2', waiter('w2'), g),
      (g) => { h.rt.gosched(g); }, // w2, w1 run and block in Wait
      (g) => void wgAdd(h.rt, g, wg, -1),
      (g) => { h.rt.gosched(g); },
      h.print('main'),
    ]);
    expect(h.rt.run(1e6)).toEqual({ kind: 'exited', code: 0 });
    // go-fake-run (two Wait()ers, Gosched, Done, Gosched) prints w1 w2 main:
    // waiters queued w2, w1; released in that order: runnext w1, queue w2
    expect(h.out).toEqual(['w1', 'w2', 'main']);
  });

  it('lets a running goroutine re-take a Mutex before the woken waiter runs (normal mode)', () => {
    // go-fake-run: same steps with fmt.Println give exactly this log
    const h = harness();
    const mu = [0, 0];
    const log: string[] = [];
    const lock = (who: string) => (g: G) => {
      const k = mutexLock(h.rt, g, mu);
      if (k) { (g.machine as { k?: unknown }).k = k; return 'park' as const; }
      log.push(`${who} locked`);
    };
    const resume = (who: string) => (g: G) => {
      const m = g.machine as { k?: () => unknown };
      if (m.k) { const k = m.k(); m.k = undefined; if (k) throw new Error('parked again'); log.push(`${who} locked`); }
    };
    const unlock = (who: string) => (g: G) => { mutexUnlock(h.rt, g, mu); log.push(`${who} unlocked`); };
    h.main([
      lock('main'),
      (g) => void h.go('w', [lock('w'), resume('w'), unlock('w')], g),
      (g) => { h.rt.gosched(g); }, // w blocks on the mutex
      unlock('main'), // w is woken into runnext, but main keeps running
      lock('main'), resume('main'),
      unlock('main'),
      (g) => { h.rt.gosched(g); },
    ]);
    expect(h.rt.run(1e6)).toEqual({ kind: 'exited', code: 0 });
    expect(log).toEqual(['main locked', 'main unlocked', 'main locked', 'main unlocked', 'w locked', 'w unlocked']);
  });

  it('raises Go\'s fatal error and panic texts for misuse', () => {
    const h = harness();
    h.main([]);
    const g = h.rt.goroutines.get(1)!;
    expect(() => mutexUnlock(h.rt, g, [0, 0])).toThrow(GoFatalError);
    try { mutexUnlock(h.rt, g, [0, 0]); } catch (e) { expect((e as GoFatalError).message).toBe('sync: unlock of unlocked mutex'); }
    try { wgAdd(h.rt, g, [0, 0, 0], -1); expect.unreachable(); } catch (e) {
      expect(e).toBeInstanceOf(GoRuntimePanic);
      expect((e as GoRuntimePanic).message).toBe('sync: negative WaitGroup counter');
    }
  });
});
