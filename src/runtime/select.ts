// select, mirroring Go 1.19's runtime.selectgo: cases on nil channels are
// dropped; the rest are polled in a random order (from the run's seeded PRNG);
// the first ready case wins; with none ready, a select with default takes it,
// otherwise the goroutine enqueues on every channel and parks until the first
// peer picks one case (sudog.select.done), then leaves the other queues.
import type { SelectCaseInfo } from '../trace/schema.js';
import { chanrecv, chansend, type Chan } from './chan.js';
import type { G } from './goroutine.js';
import { GoRuntimePanic } from './panics.js';
import type { Runtime } from './runtime.js';
import { newSudog, type SelectWait } from './waitq.js';

export interface SelectCase {
  dir: 'send' | 'recv';
  chan: Chan | null;
  /** Value to send (send cases). */
  value?: unknown;
}

/**
 * Returns the chosen case index (result of a receive in g.recvValue/recvOk),
 * -1 for default, or 'parked' (the outcome lands in g.selectIndex and, for a
 * receive, g.recvValue/recvOk; call selectDone when g resumes).
 */
export function selectgo(rt: Runtime, g: G, cases: SelectCase[], hasDefault: boolean): number | 'parked' {
  const info: SelectCaseInfo[] = cases.map((c) => ({ dir: c.dir, chan: c.chan ? c.chan.id : 0 }));
  rt.tracer.emit(g.id, { kind: 'select.begin', cases: info, hasDefault });

  // poll order: a random permutation of the cases with channels
  const order: number[] = [];
  for (let i = 0; i < cases.length; i++) {
    if (cases[i].chan === null) continue;
    const j = rt.prng.below(order.length + 1);
    order.push(order[j]);
    order[j] = i;
  }

  // pass 1: look for something already waiting
  for (const i of order) {
    const cs = cases[i];
    const c = cs.chan as Chan;
    if (cs.dir === 'recv') {
      if (!c.sendq.isEmpty() || c.qcount > 0 || c.closed) {
        if (chanrecv(rt, g, c, false) === 'done') return chosen(rt, g, i);
      }
    } else {
      if (c.closed) throw new GoRuntimePanic('send on closed channel', false);
      if (chansend(rt, g, c, cs.value, false)) return chosen(rt, g, i);
    }
  }

  if (hasDefault) return chosen(rt, g, -1);

  if (order.length === 0) {
    rt.park(g, cases.length === 0 ? 'select (no cases)' : 'select', []);
    return 'parked';
  }

  // pass 2: enqueue on every channel, park
  const wait: SelectWait = { done: false, sudogs: [] };
  const objects: number[] = [];
  for (let i = 0; i < cases.length; i++) {
    const cs = cases[i];
    const c = cs.chan;
    if (c === null) continue;
    const s = newSudog(g, cs.dir === 'send' ? cs.value : undefined, c.id, wait, i);
    wait.sudogs.push(s);
    if (cs.dir === 'send') c.sendq.enqueue(s);
    else c.recvq.enqueue(s);
    if (!objects.includes(c.id)) objects.push(c.id);
  }
  g.selectIndex = -1;
  g.wakePanic = undefined;
  g.waiting = wait;
  rt.park(g, 'select', objects);
  return 'parked';
}

function chosen(rt: Runtime, g: G, index: number): number {
  g.selectIndex = index;
  rt.tracer.emit(g.id, { kind: 'select.chosen', index });
  return index;
}

/**
 * Pass 3, when the goroutine resumes: leave every other channel's queue and
 * report the case that fired. A send case woken by close panics.
 */
export function selectDone(rt: Runtime, g: G, cases: SelectCase[], wait: SelectWait): number {
  for (const s of wait.sudogs) {
    const c = cases[s.caseIndex].chan as Chan;
    if (s.queued) (cases[s.caseIndex].dir === 'send' ? c.sendq : c.recvq).remove(s);
  }
  const index = g.selectIndex;
  rt.tracer.emit(g.id, { kind: 'select.chosen', index });
  if (g.wakePanic !== undefined) {
    const msg = g.wakePanic;
    g.wakePanic = undefined;
    throw new GoRuntimePanic(msg, false);
  }
  return index;
}
