import { AddressBook } from '../../vm/refs.js';
// Timers, tickers, AfterFunc and Sleep on the runtime's scheduler and virtual
// clock. Each test replays a Go program of testdata/fake/ with scripted
// goroutines (a test Executor whose goroutines are lists of steps, as in
// src/runtime/runtime.test.ts) that call the natives, and compares the lines
// it prints with that program's output under go-fake-run (the .out files).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { frameFor, GoFunc, nativeCallFrame } from '../../compile/funcValue.js';
import { chanlen, chanrecv, chansend, makechan, type Chan } from '../../runtime/chan.js';
import { GStatus, type G } from '../../runtime/goroutine.js';
import { Runtime } from '../../runtime/runtime.js';
import type { TraceEvent } from '../../trace/schema.js';
import { Frame, FuncCode, SWITCH } from '../../vm/func.js';
import { Machine } from '../../vm/machine.js';
import type { NativeCtx } from '../../vm/native.js';
import { Box, type Int64, type Value } from '../../vm/value.js';
import { timeNatives } from './index.js';
import { registerLocations } from './location.js';
import type { Loc } from './timeValue.js';
import { panicOf, testRTypeNamed } from './timeTestSupport.js';

type Step = (g: G) => void | 'park';

interface Script {
  steps: Step[];
  pc: number;
}

const SECOND = 1e9;
const MS = 1e6;

function expected(name: string): string[] {
  const text = readFileSync(new URL(`./testdata/fake/${name}.out`, import.meta.url), 'latin1');
  return text.split('\n').slice(0, -1);
}

/** A run with scripted goroutines; `m.go` (AfterFunc's goroutines) starts the script registered for the frame's code. */
function harness() {
  const events: TraceEvent[] = [];
  const rt = new Runtime({ seed: 1, onEvent: (e) => events.push(e) });
  const utcLoc: Loc = ['UTC', 0];
  registerLocations(rt, utcLoc, new Box(utcLoc), new Box(['Local', 0]));
  const out: string[] = [];
  const scripts = new Map<FuncCode, () => Step[]>();
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
        if (r === 'park' || g.status !== GStatus.Running) return n;
      }
      return n;
    },
    positionOf: () => undefined,
  };
  const fakeMachine = {
    go(parent: G, fr: Frame, createdBy: { fn: string; line: number }) {
      const make = scripts.get(fr.fn);
      if (!make) throw new Error(`no script for ${fr.fn.name}`);
      expect(createdBy.fn).toBe('time.goFunc');
      return rt.spawn({ steps: make(), pc: 0 } satisfies Script, parent, fr.fn.name);
    },
  } as unknown as Machine;
  const ctx = (g: G): NativeCtx => ({
    rt, m: fakeMachine, g, write: () => undefined, callMethod: () => [], addresses: new AddressBook(), frameOf: (fn, args) => frameFor(fn as GoFunc, args),
    callSync: () => {
      throw new Error('callSync');
    },
    rtypeNamed: testRTypeNamed,
  });
  const call = (g: G, name: string, ...args: Value[]): Value => {
    const impl = timeNatives.get(name)!;
    if (impl.kind !== 'pure') throw new Error(`${name} blocks`);
    return impl.fn(ctx(g), args);
  };
  const sleep = (d: number): Step => (g) => {
    const impl = timeNatives.get('time.Sleep')!;
    if (impl.kind !== 'blocking') throw new Error('Sleep must block');
    return impl.fn(ctx(g), [d]) === null ? undefined : 'park';
  };
  /** A receive: the operation, then reading the value once resumed. */
  const recv = (ch: () => Value, into: (v: Value) => void): Step[] => [
    (g) => (chanrecv(rt, g, ch() as Chan, true) === 'parked' ? 'park' : undefined),
    (g) => into(g.recvValue),
  ];
  const send = (ch: () => Value, v: (g: G) => Value): Step => (g) => (chansend(rt, g, ch() as Chan, v(g), true) ? undefined : 'park');
  const str = (g: G, t: Value) => call(g, 'time.Time.String', t) as string;
  const dur = (g: G, d: Value) => call(g, 'time.Duration.String', d) as string;
  const since = (g: G, t: Value) => dur(g, call(g, 'time.Since', t));
  const print = (f: (g: G) => string): Step => (g) => void out.push(f(g));
  /** A func value whose goroutine (started by AfterFunc) runs `steps`. */
  const funcValue = (name: string, steps: () => Step[]): GoFunc => {
    const code = new FuncCode(name, 0, 0, []);
    scripts.set(code, steps);
    return new GoFunc({ kind: 'code', code, envRegs: [] }, null, undefined, false);
  };
  const main = (steps: Step[]) => rt.startMain({ steps, pc: 0 } satisfies Script);
  return { rt, out, events, call, sleep, recv, send, str, dur, since, print, funcValue, main };
}

const C = (t: Value): Value => (t as Value[])[0];

describe('NewTimer, Stop and Reset (testdata/fake/timers.go)', () => {
  it('fire in virtual time with the fire time on the channel, as in Go', () => {
    const h = harness();
    let start: Value, t1: Value, t2: Value, t3: Value, t4: Value, v: Value;
    const set = (x: Value) => void (v = x);
    h.main([
      (g) => {
        start = h.call(g, 'time.Now');
        t1 = h.call(g, 'time.NewTimer', 2 * SECOND);
        t2 = h.call(g, 'time.NewTimer', 1 * SECOND);
        t3 = h.call(g, 'time.NewTimer', 3 * SECOND);
        h.out.push(`stop t3: ${h.call(g, 'time.(*Timer).Stop', t3)} ${h.call(g, 'time.(*Timer).Stop', t3)}`);
      },
      ...h.recv(() => C(t2), set),
      h.print((g) => `t2 fired ${h.str(g, v)} ${h.since(g, start)}`),
      h.print((g) => `reset t1: ${h.call(g, 'time.(*Timer).Reset', t1, 500 * MS)}`),
      ...h.recv(() => C(t1), set),
      h.print((g) => `t1 fired ${h.str(g, v)} ${h.since(g, start)}`),
      h.print((g) => `reset t2: ${h.call(g, 'time.(*Timer).Reset', t2, SECOND)} stop t1: ${h.call(g, 'time.(*Timer).Stop', t1)}`),
      ...h.recv(() => C(t2), set),
      h.print((g) => `t2 fired ${h.str(g, v)} ${h.since(g, start)}`),
      h.print((g) => (chanrecv(h.rt, g, C(t3) as Chan, false) === 'empty' ? 't3 never fired' : 't3 fired')),
      (g) => void (t4 = h.call(g, 'time.NewTimer', SECOND)),
      h.sleep(2 * SECOND),
      h.print((g) => `reset t4 after it fired: ${h.call(g, 'time.(*Timer).Reset', t4, SECOND)} ${chanlen(C(t4) as Chan)}`),
      ...h.recv(() => C(t4), set),
      h.print((g) => `t4 stale value ${h.str(g, v)} ${h.since(g, start)}`),
      ...h.recv(() => C(t4), set),
      h.print((g) => `t4 second value ${h.str(g, v)} ${h.since(g, start)}`),
      h.print((g) => `reset t3 after stop: ${h.call(g, 'time.(*Timer).Reset', t3, 0)}`),
      ...h.recv(() => C(t3), set),
      h.print((g) => `t3 fired ${h.str(g, v)} ${h.since(g, start)}`),
      (g) => void (t1 = h.call(g, 'time.NewTimer', 250 * MS)), // <-time.After(250ms): After is NewTimer(d).C in Go
      ...h.recv(() => C(t1), set),
      h.print((g) => `after ${h.since(g, start)}`),
    ]);
    expect(h.rt.run(1e6)).toEqual({ kind: 'exited', code: 0 });
    expect(h.out).toEqual(expected('timers'));
  });

  it('traces start, stop, reset and fire with the timer purpose', () => {
    const h = harness();
    h.main([
      (g) => {
        const t = h.call(g, 'time.NewTimer', SECOND);
        h.call(g, 'time.(*Timer).Reset', t, 2 * SECOND);
        h.call(g, 'time.(*Timer).Stop', t);
        h.call(g, 'time.NewTicker', SECOND);
      },
      h.sleep(SECOND),
    ]);
    h.rt.run(1e6);
    const timerEvents = h.events.filter((e) => e.kind.startsWith('timer.')).map((e) => {
      const { seq, t, pos, ...rest } = e as TraceEvent & { pos?: unknown };
      void seq;
      void pos;
      return { t, ...rest };
    });
    expect(timerEvents).toEqual([
      { t: 0, g: 1, kind: 'timer.start', timer: 2, when: SECOND, period: 0, purpose: 'timer' },
      { t: 0, g: 1, kind: 'timer.reset', timer: 2, when: 2 * SECOND, pending: true },
      { t: 0, g: 1, kind: 'timer.stop', timer: 2, pending: true },
      { t: 0, g: 1, kind: 'timer.start', timer: 4, when: SECOND, period: SECOND, purpose: 'ticker' },
      { t: 0, g: 1, kind: 'timer.start', timer: 5, when: SECOND, period: 0, purpose: 'sleep' },
      { t: SECOND, g: 0, kind: 'timer.fire', timer: 4 },
      // the sleeping goroutine's own timer fires after the ticker's (heap order: added later)
      { t: SECOND, g: 0, kind: 'timer.fire', timer: 5 },
    ]);
    // the channels are made before their timers (make(chan Time, 1), then startTimer)
    expect(h.events.filter((e) => e.kind === 'chan.make').map((e) => (e as { chan: number; elem: string }).chan)).toEqual([1, 3]);
  });

  it('panics like Go on uninitialized timers and nil pointers', () => {
    const h = harness();
    const g = h.main([]);
    const zero: Value = [null, [0]];
    expect(panicOf(() => h.call(g, 'time.(*Timer).Stop', zero))).toBe('string: time: Stop called on uninitialized Timer');
    expect(panicOf(() => h.call(g, 'time.(*Timer).Reset', zero, 1))).toBe('string: time: Reset called on uninitialized Timer');
    expect(panicOf(() => h.call(g, 'time.(*Ticker).Stop', zero))).toBe(undefined);
    expect(panicOf(() => h.call(g, 'time.(*Ticker).Reset', zero, 1))).toBe('string: time: Reset called on uninitialized Ticker');
    expect(panicOf(() => h.call(g, 'time.(*Timer).Stop', null))).toBe('runtime error: invalid memory address or nil pointer dereference');
    // tick.go: NewTicker panics with errors.New(...), Ticker.Reset with a string
    expect(panicOf(() => h.call(g, 'time.NewTicker', -1))).toBe('error: non-positive interval for NewTicker');
    expect(panicOf(() => h.call(g, 'time.(*Ticker).Reset', zero, 0))).toBe('string: non-positive interval for Ticker.Reset');
  });
});

describe('NewTicker (testdata/fake/ticker.go)', () => {
  it('ticks every period; a slow reader gets one buffered tick and misses the rest', () => {
    const h = harness();
    let start: Value, tk: Value, v: Value;
    const set = (x: Value) => void (v = x);
    const tick = (): Step[] => [...h.recv(() => C(tk), set), h.print((g) => `tick ${h.str(g, v)} ${h.since(g, start)}`)];
    h.main([
      (g) => {
        start = h.call(g, 'time.Now');
        tk = h.call(g, 'time.NewTicker', 500 * MS);
      },
      ...[1, 2, 3].flatMap(() => [...tick(), h.sleep(1200 * MS)]),
      (g) => {
        h.call(g, 'time.(*Ticker).Reset', tk, 300 * MS);
        h.out.push(`reset at ${h.since(g, start)} ${chanlen(C(tk) as Chan)}`);
      },
      ...[1, 2, 3].flatMap(tick),
      (g) => void h.call(g, 'time.(*Ticker).Stop', tk),
      h.sleep(SECOND),
      h.print((g) => `stopped ${chanlen(C(tk) as Chan)} ${h.since(g, start)}`),
      // recover() of panic(errors.New(...)) and of panic("...") print the same text
      h.print((g) => `recovered: ${panicOf(() => h.call(g, 'time.NewTicker', 0))?.replace(/^[a-z ]+: /, '')}`),
      h.print((g) => `recovered: ${panicOf(() => h.call(g, 'time.(*Ticker).Reset', tk, 0))?.replace(/^[a-z ]+: /, '')}`),
    ]);
    expect(h.rt.run(1e6)).toEqual({ kind: 'exited', code: 0 });
    expect(h.out).toEqual(expected('ticker'));
  });
});

describe('AfterFunc (testdata/fake/afterfunc.go)', () => {
  it('runs f in a new goroutine when the timer fires; Stop and Reset as in Go', () => {
    const h = harness();
    let start: Value, s: Value, r: Value;
    let done: Value;
    const reply = (name: string) => h.funcValue(`main.main.func${name}`, () => [h.send(() => done, (g) => `${name} ${h.since(g, start)}`)]);
    h.main([
      (g) => {
        start = h.call(g, 'time.Now');
        done = makechan(h.rt, g, 0, () => '', (x) => String(x), 'string');
        h.call(g, 'time.AfterFunc', SECOND, reply('a'));
        h.call(g, 'time.AfterFunc', SECOND, reply('b'));
        s = h.call(g, 'time.AfterFunc', 500 * MS, reply('never'));
        h.out.push(`stop: ${h.call(g, 'time.(*Timer).Stop', s)} ${C(s) === null}`);
      },
      ...h.recv(() => done, (x) => void h.out.push(x as string)),
      ...h.recv(() => done, (x) => void h.out.push(x as string)),
      (g) => {
        r = h.call(g, 'time.AfterFunc', 3600 * SECOND, reply('r'));
        h.out.push(`reset: ${h.call(g, 'time.(*Timer).Reset', r, 2 * SECOND)}`);
      },
      ...h.recv(() => done, (x) => void h.out.push(x as string)),
      h.print((g) => `reset again: ${h.call(g, 'time.(*Timer).Reset', r, SECOND)} ${h.call(g, 'time.(*Timer).Stop', r)}`),
      h.sleep(3 * SECOND),
      h.print((g) => `end ${h.since(g, start)}`),
    ]);
    expect(h.rt.run(1e6)).toEqual({ kind: 'exited', code: 0 });
    expect(h.out).toEqual(expected('afterfunc'));
    // the goroutines were created by the runtime (trace goroutine 0), named after f
    const creates = h.events.filter((e) => e.kind === 'go.create' && e.child !== 1);
    expect(creates.map((e) => [e.g, (e as { fn: string }).fn])).toEqual([[0, 'main.main.funca'], [0, 'main.main.funcb'], [0, 'main.main.funcr']]);
  });
});

describe('with the VM (Machine)', () => {
  // go-fake-run: time.AfterFunc(time.Second, func() { print goroutine id (runtime.Stack) and time.Since(start) })
  // prints "func1 in goroutine 6 at 1.0s"; time.AfterFunc(2*time.Second, wg.Done) releases wg.Wait at 2.0s;
  // then time.Sleep(time.Second) ends at 3.0s
  it('Sleep parks and resumes the goroutine; AfterFunc of a native func value runs it in a new goroutine', () => {
    const rt = new Runtime({ seed: 1 });
    const out: string[] = [];
    const m = new Machine(rt, {
      panicText: (v) => String(v),
      runtimeErrorValue: (e) => e.message,
      write: (_s, b) => void out.push(b),
    });
    const ctx = (g: G): NativeCtx => ({
      rt, m, g, write: (_s, b) => void out.push(b), callSync: () => [], rtypeNamed: () => undefined, callMethod: () => [], addresses: new AddressBook(),
      frameOf: (fn, args) => {
        const f = fn as GoFunc;
        const c = f.callee;
        return c.kind === 'code' ? frameFor(f, args) : nativeCallFrame(c.name, c.impl, f.hasRecv ? [f.recv, ...args] : args, m, () => ctx(rt.current as G));
      },
    });
    const cur = () => rt.current as G;
    const fn = (name: string, body: ((pc: number) => (fr: Frame) => number)[]) => {
      const f = new FuncCode(name, 2, 0, []);
      body.forEach((mk, pc) => f.code.push(mk(pc)));
      f.retPc = f.code.length;
      f.code.push((fr) => m.returnContinue(cur(), fr));
      f.lines = f.code.map((_, i) => 10 + i);
      f.cols = f.code.map(() => 1);
      return f;
    };
    const now = () => (rt.now / SECOND).toFixed(1);
    // a native standing in for e.g. wg.Done: prints when called
    const nativeCallee = new GoFunc({
      kind: 'native', name: 'main.note', nresults: 0,
      impl: { kind: 'pure', fn: (c) => void out.push(`native in goroutine ${c.g.id} at ${now()}s`) },
    }, null, undefined, false);
    const hello = fn('main.main.func1', [(pc) => () => { out.push(`func1 in goroutine ${cur().id} at ${now()}s`); return pc + 1; }]);
    const goHello = new GoFunc({ kind: 'code', code: hello, envRegs: [] }, null, undefined, false);
    const callNative = (name: string, args: () => Value[]) => (pc: number) => (fr: Frame) => {
      const impl = timeNatives.get(name)!;
      if (impl.kind === 'pure') {
        impl.fn(ctx(cur()), args());
        return pc + 1;
      }
      const k = impl.fn(ctx(cur()), args());
      if (k === null) return pc + 1;
      fr.k = k;
      fr.pc = pc + 1;
      return SWITCH;
    };
    const main = fn('main.main', [
      callNative('time.AfterFunc', () => [SECOND as Int64, goHello]),
      callNative('time.AfterFunc', () => [2 * SECOND as Int64, nativeCallee]),
      callNative('time.Sleep', () => [3 * SECOND as Int64]),
      (pc) => () => { out.push(`main done at ${now()}s`); return pc + 1; },
    ]);
    m.startMain(main);
    expect(rt.run(1e6)).toEqual({ kind: 'exited', code: 0 });
    expect(out).toEqual(['func1 in goroutine 6 at 1.0s', 'native in goroutine 7 at 2.0s', 'main done at 3.0s']);
  });
});
