// Semaphores for the sync package, mirroring Go 1.19's runtime/sema.go
// (semacquire1/semrelease1): a counter at an "address" and a queue of waiting
// goroutines per address; waiters queue FIFO, or at the front (lifo) when they
// have waited before (sync.Mutex); a release readies the first waiter (it runs
// next) and, with handoff, gives it the count directly and yields to it.
import type { WaitReason } from '../trace/schema.js';
import type { Continuation } from './blocking.js';
import type { G } from './goroutine.js';
import type { Runtime } from './runtime.js';

/** A semaphore's address: a numeric slot of a Go object (struct fields are array slots). */
export type SemaCell = number[];

interface SemaWaiter {
  g: G;
  ticket: number;
}

export class SemaTable {
  private readonly queues = new Map<SemaCell, Map<number, SemaWaiter[]>>();

  private queueFor(cell: SemaCell, slot: number): SemaWaiter[] {
    let bySlot = this.queues.get(cell);
    if (!bySlot) {
      bySlot = new Map();
      this.queues.set(cell, bySlot);
    }
    let q = bySlot.get(slot);
    if (!q) {
      q = [];
      bySlot.set(slot, q);
    }
    return q;
  }

  private dequeue(cell: SemaCell, slot: number): SemaWaiter | undefined {
    const bySlot = this.queues.get(cell);
    const q = bySlot?.get(slot);
    if (!q || q.length === 0) return undefined;
    const w = q.shift();
    if (q.length === 0) {
      bySlot!.delete(slot);
      if (bySlot!.size === 0) this.queues.delete(cell);
    }
    return w;
  }

  /** Goroutine ids waiting on a semaphore, in queue order. */
  waiters(cell: SemaCell, slot: number): number[] {
    return (this.queues.get(cell)?.get(slot) ?? []).map((w) => w.g.id);
  }

  /** runtime.semacquire1 */
  acquire(rt: Runtime, g: G, cell: SemaCell, slot: number, lifo: boolean, reason: WaitReason, object: number): Continuation | null {
    if (cell[slot] > 0) {
      cell[slot]--;
      return null;
    }
    const w: SemaWaiter = { g, ticket: 0 };
    const wait = (): Continuation | null => {
      if (cell[slot] > 0) {
        cell[slot]--;
        return null;
      }
      const q = this.queueFor(cell, slot);
      if (lifo) q.unshift(w);
      else q.push(w);
      rt.park(g, reason, [object]);
      return () => {
        if (w.ticket !== 0) return null;
        if (cell[slot] > 0) {
          cell[slot]--;
          return null;
        }
        return wait();
      };
    };
    return wait();
  }

  /**
   * runtime.semrelease1. Returns true when, with handoff, the caller must yield
   * to the woken goroutine (goyield: the caller goes to the local run queue).
   */
  release(rt: Runtime, g: G | null, cell: SemaCell, slot: number, handoff: boolean): boolean {
    cell[slot]++;
    const w = this.dequeue(cell, slot);
    if (!w) return false;
    if (handoff && cell[slot] > 0) {
      cell[slot]--;
      w.ticket = 1;
    }
    rt.ready(w.g, g);
    return w.ticket === 1 && g !== null;
  }
}
