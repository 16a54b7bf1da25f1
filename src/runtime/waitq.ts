// runtime.sudog and runtime.waitq: a goroutine waiting on a channel (alone or
// as one case of a select), in a FIFO that also allows removal from the middle
// (a select that fired leaves the other channels' queues).
import type { G } from './goroutine.js';

export interface SelectWait {
  /** runtime.g.selectDone: set by the first channel operation that picks one of its cases. */
  done: boolean;
  sudogs: Sudog[];
}

export interface Sudog {
  g: G;
  /** Value being sent, or the received value once delivered. */
  elem: unknown;
  /** runtime.sudog.success: true if woken by a real communication, false by close. */
  success: boolean;
  /** The select this sudog belongs to, if any, and the case's index. */
  select: SelectWait | undefined;
  caseIndex: number;
  chanId: number;
  prev: Sudog | null;
  next: Sudog | null;
  queued: boolean;
}

export function newSudog(g: G, elem: unknown, chanId: number, select?: SelectWait, caseIndex = 0): Sudog {
  return { g, elem, success: false, select, caseIndex, chanId, prev: null, next: null, queued: false };
}

export class WaitQueue {
  first: Sudog | null = null;
  last: Sudog | null = null;

  enqueue(s: Sudog): void {
    s.next = null;
    s.prev = this.last;
    if (this.last) this.last.next = s;
    else this.first = s;
    this.last = s;
    s.queued = true;
  }

  /** runtime.waitq.dequeue: skips sudogs whose select has already fired. */
  dequeue(): Sudog | null {
    for (;;) {
      const s = this.first;
      if (s === null) return null;
      this.remove(s);
      if (s.select) {
        if (s.select.done) continue;
        s.select.done = true;
      }
      return s;
    }
  }

  remove(s: Sudog): void {
    if (!s.queued) return;
    if (s.prev) s.prev.next = s.next;
    else this.first = s.next;
    if (s.next) s.next.prev = s.prev;
    else this.last = s.prev;
    s.prev = s.next = null;
    s.queued = false;
  }

  isEmpty(): boolean {
    return this.first === null;
  }

  /** Goroutine ids waiting, in queue order (for the trace and the UI). */
  ids(): number[] {
    const out: number[] = [];
    for (let s = this.first; s; s = s.next) if (!s.select || !s.select.done) out.push(s.g.id);
    return out;
  }
}
