// The VM's call/return, defer, panic/recover protocol on hand-assembled
// functions (the compiler is tested separately on whole Go programs).
import { describe, expect, it } from 'vitest';
import { Runtime } from '../runtime/runtime.js';
import { GoRuntimePanic } from '../runtime/panics.js';
import { Frame, FuncCode, SWITCH, type Instr } from './func.js';
import { GoPanicSignal, Machine, type GState } from './machine.js';
import type { G } from '../runtime/goroutine.js';

function setup() {
  const rt = new Runtime({ seed: 1 });
  const out: string[] = [];
  const err: string[] = [];
  const m = new Machine(rt, {
    panicText: (v) => String(v),
    runtimeErrorValue: (e: GoRuntimePanic) => `runtime error: ${e.message}`,
    write: (s, b) => (s === 'stdout' ? out : err).push(b),
  });
  /** Builds a function from instruction makers that receive their own pc. */
  const fn = (name: string, nregs: number, nparams: number, results: number[], body: ((pc: number, f: FuncCode) => Instr)[]) => {
    const f = new FuncCode(name, nregs, nparams, results);
    body.forEach((mk, pc) => f.code.push(mk(pc, f)));
    f.retPc = f.code.length;
    f.code.push((fr) => m.returnContinue(cur(), fr));
    f.lines = f.code.map((_, i) => 10 + i);
    f.cols = f.code.map(() => 1);
    return f;
  };
  const cur = (): G => rt.current as G;
  const ret = (): ((pc: number, f: FuncCode) => Instr) => (_pc, f) => () => f.retPc;
  const call = (callee: () => FuncCode, args: number[], dsts: number[]) => (pc: number): Instr => (fr) => {
    const c = new Frame(callee(), null);
    args.forEach((a, i) => (c.r[i] = fr.r[a]));
    return Machine.call(cur(), fr, pc + 1, c, dsts);
  };
  const print = (f: (fr: Frame) => string) => (pc: number): Instr => (fr) => { out.push(f(fr)); return pc + 1; };
  const run = () => {
    const r = rt.run(1e7);
    if (r.kind === 'deadlock') m.deadlock();
    return rt.exitCode;
  };
  return { rt, m, out, err, fn, ret, call, print, run, cur };
}

describe('VM calls and defers', () => {
  it('calls and returns multiple results into the caller registers', () => {
    const h = setup();
    // func divmod(a, b int) (int, int) { return a / b, a % b }
    const divmod = h.fn('main.divmod', 4, 2, [2, 3], [
      (pc) => (fr) => { fr.r[2] = Math.trunc((fr.r[0] as number) / (fr.r[1] as number)); fr.r[3] = (fr.r[0] as number) % (fr.r[1] as number); return pc + 1; },
      h.ret(),
    ]);
    const main = h.fn('main.main', 4, 0, [], [
      (pc) => (fr) => { fr.r[0] = 17; fr.r[1] = 5; return pc + 1; },
      h.call(() => divmod, [0, 1], [2, 3]),
      h.print((fr) => `${fr.r[2]} ${fr.r[3]}`),
      h.ret(),
    ]);
    h.m.startMain(main);
    expect(h.run()).toBe(0);
    expect(h.out).toEqual(['3 2']);
  });

  it('runs deferred calls LIFO when the function returns', () => {
    const h = setup();
    const say = (s: string) => h.fn('main.say', 0, 0, [], [h.print(() => s), h.ret()]);
    const deferSay = (s: string) => (pc: number): Instr => (fr) => {
      Machine.defer(fr, { call: (caller) => { const c = new Frame(say(s), caller); return c; } });
      return pc + 1;
    };
    const main = h.fn('main.main', 0, 0, [], [deferSay('first'), deferSay('second'), h.print(() => 'body'), h.ret()]);
    h.m.startMain(main);
    expect(h.run()).toBe(0);
    expect(h.out).toEqual(['body', 'second', 'first']);
  });

  it('recovers in a deferred call; the function returns normally with the result the defer set', () => {
    const h = setup();
    // func f() (r int) { defer func() { if e := recover(); e != nil { r = -1 } }(); panic("boom") }
    let fFrame: Frame | null = null;
    const rec = h.fn('main.f.func1', 1, 0, [], [
      (pc) => (fr) => { fr.r[0] = Machine.recover(h.cur(), fr); return pc + 1; },
      (pc) => (fr) => { if (fr.r[0] !== null) (fFrame as Frame).r[0] = -1; h.out.push(`recovered ${fr.r[0]}`); return pc + 1; },
      h.ret(),
    ]);
    const f = h.fn('main.f', 1, 0, [0], [
      (pc) => (fr) => { fFrame = fr; fr.r[0] = 5; Machine.defer(fr, { call: (caller) => new Frame(rec, caller) }); return pc + 1; },
      () => () => { throw new GoPanicSignal('boom'); },
      h.ret(),
    ]);
    const main = h.fn('main.main', 1, 0, [], [h.call(() => f, [], [0]), h.print((fr) => `f() = ${fr.r[0]}`), h.ret()]);
    h.m.startMain(main);
    expect(h.run()).toBe(0);
    expect(h.out).toEqual(['recovered boom', 'f() = -1']);
  });

  it('prints an unrecovered panic chain like Go and exits 2', () => {
    const h = setup();
    // defer func() { r := recover(); panic(fmt.Sprint("again: ", r)) }(); panic("first")
    const d = h.fn('main.main.func1', 1, 0, [], [
      (pc) => (fr) => { fr.r[0] = Machine.recover(h.cur(), fr); return pc + 1; },
      () => (fr) => { throw new GoPanicSignal(`again: ${fr.r[0]}`); },
    ]);
    const main = h.fn('main.main', 0, 0, [], [
      (pc) => (fr) => { Machine.defer(fr, { call: (caller) => new Frame(d, caller) }); return pc + 1; },
      () => () => { throw new GoPanicSignal('first'); },
    ]);
    h.m.startMain(main);
    expect(h.run()).toBe(2);
    const text = h.err.join('');
    expect(text.split('\n').slice(0, 4)).toEqual(['panic: first [recovered]', '\tpanic: again: first', '', 'goroutine 1 [running]:']);
    expect(text).toContain('main.main()\n\tprog.go:11 +0x0\n'); // the panic instruction is main's 2nd (line 11)
  });

  it('turns runtime errors into panics whose value recover returns', () => {
    const h = setup();
    const main = h.fn('main.main', 1, 0, [], [
      () => () => { throw new GoRuntimePanic('integer divide by zero', true); },
    ]);
    h.m.startMain(main);
    expect(h.run()).toBe(2);
    expect(h.err.join('').split('\n')[0]).toBe('panic: runtime error: integer divide by zero');
  });

  it('recurses 200000 frames deep without growing the JS stack', () => {
    const h = setup();
    // func depth(n int) int { if n == 0 { return 0 }; return depth(n-1) + 1 }
    const depth: FuncCode = h.fn('main.depth', 3, 1, [1], [
      (pc, f) => (fr) => { if (fr.r[0] === 0) { fr.r[1] = 0; return f.retPc; } fr.r[2] = (fr.r[0] as number) - 1; return pc + 1; },
      h.call(() => depth, [2], [1]),
      (pc) => (fr) => { fr.r[1] = (fr.r[1] as number) + 1; return pc + 1; },
      h.ret(),
    ]);
    const main = h.fn('main.main', 2, 0, [], [
      (pc) => (fr) => { fr.r[0] = 200000; return pc + 1; },
      h.call(() => depth, [0], [1]),
      h.print((fr) => String(fr.r[1])),
      h.ret(),
    ]);
    h.m.startMain(main);
    expect(h.run()).toBe(0);
    expect(h.out).toEqual(['200000']);
  });

  it('reports a deadlock with every goroutine and its wait reason', () => {
    const h = setup();
    const main = h.fn('main.main', 0, 0, [], [
      (pc) => (fr) => { fr.pc = pc + 1; h.rt.park(h.cur(), 'chan receive', []); return SWITCH; },
      h.ret(),
    ]);
    h.m.startMain(main);
    expect(h.run()).toBe(2);
    expect(h.err.join('')).toBe('fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [chan receive]:\nmain.main()\n\tprog.go:10 +0x0\n');
    void (null as unknown as GState);
  });
});
