// time.Sleep, mirroring Go 1.19's runtime.timeSleep + resetForSleep: each
// goroutine owns one timer, re-armed by every Sleep (modtimer on a removed
// timer re-adds it to the heap); when it fires the goroutine runs next.
import type { Continuation } from './blocking.js';
import type { G } from './goroutine.js';
import type { Runtime } from './runtime.js';
import { NEVER, newTimer, type Timer } from './timers.js';

export function timeSleep(rt: Runtime, g: G, ns: number): Continuation | null {
  if (ns <= 0) return null;
  let t = g.sleepTimer as Timer | undefined;
  if (!t) {
    const timer = newTimer(rt.newObjectId(), () => {
      rt.tracer.emit(0, { kind: 'timer.fire', timer: timer.id });
      rt.ready(g, null);
    });
    t = timer;
    g.sleepTimer = t;
  }
  let when = rt.now + ns;
  if (when > NEVER) when = NEVER;
  rt.park(g, 'sleep', []);
  rt.tracer.emit(g.id, { kind: 'timer.start', timer: t.id, when, period: 0, purpose: 'sleep' });
  rt.timers.mod(t, when, 0);
  return () => null;
}
