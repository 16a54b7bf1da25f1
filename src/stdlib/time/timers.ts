// Timers and tickers of package time over the runtime's timer heap, mirroring
// Go 1.19's time/sleep.go and time/tick.go on runtime/time.go: NewTimer and
// NewTicker make a channel of capacity 1 and a runtime timer whose function
// (sendTime) does a non-blocking send of the current time, so a slow reader
// misses ticks; AfterFunc's timer function starts a goroutine running f
// (time.goFunc); Stop is deltimer, Reset is resettimer/modtimer, Sleep is
// runtime.timeSleep.
//
// A Timer/Ticker struct is [C, r] with r the runtimeTimer struct [id]; the
// runtime timer is found from r (a copy of the struct is an uninitialized
// timer, as nearly as chanscope can tell).
import { GoFunc } from '../../compile/funcValue.js';
import type { Continuation } from '../../runtime/blocking.js';
import { chansend, makechan, type Chan } from '../../runtime/chan.js';
import { newG, type G } from '../../runtime/goroutine.js';
import type { Runtime } from '../../runtime/runtime.js';
import { timeSleep } from '../../runtime/sleep.js';
import { NEVER, newTimer, type Timer } from '../../runtime/timers.js';
import type { TimerPurpose } from '../../trace/schema.js';
import type { Machine } from '../../vm/machine.js';
import type { NativeCtx } from '../../vm/native.js';
import { nilDeref } from '../../vm/runtimeErrors.js';
import type { Int64, Value } from '../../vm/value.js';
import { panicString } from '../goPanic.js';
import { timeString } from './format.js';
import { timeGlobals } from './location.js';
import { nowTime, timeAdd, zeroTime, type Time } from './timeValue.js';
import { panicError } from './timeErrors.js';

/** The runtime's own context for timer functions (trace goroutine 0): they run in the scheduler, not in a goroutine. */
const TIMER_CONTEXT: G = newG(0, null);

/** runtimeTimer struct -> its timer in the runtime's heap. */
const runtimeTimers = new WeakMap<Value[], Timer>();

/** time.when: the virtual time d from now (now for d <= 0), capped at the heap's maximum. */
function when(rt: Runtime, d: Int64): number {
  if (d <= 0) return rt.now;
  const t = rt.now + Number(d);
  return t > NEVER ? NEVER : t;
}

function timeChan(c: NativeCtx): Chan {
  const rt = c.rt;
  return makechan(rt, c.g, 1, zeroTime, (v) => timeString(timeGlobals(rt), v as Time), 'time.Time');
}

/** time.sendTime: a non-blocking send of the current time (the fire time: Now() minus how late the timer runs). */
function sendTime(rt: Runtime, ch: Chan, delay: number): void {
  let now = nowTime(rt.now, timeGlobals(rt).localVar.load() as Time[2]);
  if (delay > 0) now = timeAdd(now, -delay);
  chansend(rt, TIMER_CONTEXT, ch, now, false);
}

/** startTimer (runtime.addtimer), traced. */
function start(c: NativeCtx, f: (t: Timer, delay: number) => void, d: Int64, period: number, purpose: TimerPurpose): Value[] {
  const rt = c.rt;
  const t = newTimer(rt.newObjectId(), (tm, delay) => {
    rt.tracer.emit(0, { kind: 'timer.fire', timer: tm.id });
    f(tm, delay);
  });
  const r: Value[] = [t.id];
  runtimeTimers.set(r, t);
  const w = when(rt, d);
  rt.tracer.emit(c.g.id, { kind: 'timer.start', timer: t.id, when: w, period, purpose });
  rt.timers.add(t, w, period);
  return r;
}

/** The runtime timer of a *Timer or *Ticker (undefined for an uninitialized one); nil panics. */
function timerOf(tm: Value): Timer | undefined {
  if (tm === null) throw nilDeref();
  return runtimeTimers.get((tm as Value[])[1] as Value[]);
}

/** time.NewTimer */
export function newTimerNative(c: NativeCtx, d: Int64): Value[] {
  const ch = timeChan(c);
  const rt = c.rt;
  const r = start(c, (_t, delay) => sendTime(rt, ch, delay), d, 0, 'timer');
  return [ch, r];
}

/** time.AfterFunc: when the timer fires, `go f()` (time.goFunc). */
export function afterFuncNative(c: NativeCtx, d: Int64, f: Value): Value[] {
  const { rt, m } = c;
  const base = c;
  const r = start(c, () => goFunc(rt, m, f, base), d, 0, 'afterfunc');
  return [null, r];
}

/** time.goFunc: `go arg.(func())()` from the timer, as a goroutine created by time.goFunc. */
function goFunc(rt: Runtime, m: Machine, f: Value, base: NativeCtx): void {
  if (!(f instanceof GoFunc)) {
    // runtime.newproc1 on a nil func
    m.fatal(null, 'go of nil func value');
    return;
  }
  const fr = base.frameOf(f, []);
  m.go(TIMER_CONTEXT, fr, { fn: 'time.goFunc', line: 176 });
}

/** (*Timer).Stop: deltimer; true when the call stopped a pending timer. */
export function timerStop(c: NativeCtx, tm: Value): boolean {
  const t = timerOf(tm);
  if (t === undefined) panicString(c, 'time: Stop called on uninitialized Timer');
  const pending = c.rt.timers.del(t);
  c.rt.tracer.emit(c.g.id, { kind: 'timer.stop', timer: t.id, pending });
  return pending;
}

/** (*Timer).Reset: resettimer (modtimer keeping the period); true when the timer had been pending. */
export function timerReset(c: NativeCtx, tm: Value, d: Int64): boolean {
  const t = timerOf(tm);
  if (t === undefined) panicString(c, 'time: Reset called on uninitialized Timer');
  const w = when(c.rt, d);
  const pending = c.rt.timers.mod(t, w, t.period);
  c.rt.tracer.emit(c.g.id, { kind: 'timer.reset', timer: t.id, when: w, pending });
  return pending;
}

/** time.NewTicker: a period timer; d <= 0 panics with an error value. */
export function newTickerNative(c: NativeCtx, d: Int64): Value[] {
  if (d <= 0) panicError(c, 'non-positive interval for NewTicker');
  const ch = timeChan(c);
  const rt = c.rt;
  const r = start(c, (_t, delay) => sendTime(rt, ch, delay), d, periodOf(d), 'ticker');
  return [ch, r];
}

function periodOf(d: Int64): number {
  const p = Number(d);
  return p > NEVER ? NEVER : p;
}

/** (*Ticker).Stop: deltimer (a no-op on an uninitialized Ticker, as in Go). */
export function tickerStop(c: NativeCtx, tk: Value): void {
  const t = timerOf(tk);
  if (t === undefined) return;
  const pending = c.rt.timers.del(t);
  c.rt.tracer.emit(c.g.id, { kind: 'timer.stop', timer: t.id, pending });
}

/** (*Ticker).Reset: modtimer with the new period. */
export function tickerReset(c: NativeCtx, tk: Value, d: Int64): void {
  if (d <= 0) panicString(c, 'non-positive interval for Ticker.Reset');
  const t = timerOf(tk);
  if (t === undefined) panicString(c, 'time: Reset called on uninitialized Ticker');
  const w = when(c.rt, d);
  const pending = c.rt.timers.mod(t, w, periodOf(d));
  c.rt.tracer.emit(c.g.id, { kind: 'timer.reset', timer: t.id, when: w, pending });
}

/** time.Sleep: runtime.timeSleep (the goroutine's own timer). */
export function sleepNative(c: NativeCtx, d: Int64): Continuation | null {
  if (d <= 0) return null;
  return timeSleep(c.rt, c.g, Number(d));
}
