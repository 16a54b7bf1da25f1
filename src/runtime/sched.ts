// The single P's run queues, mirroring Go 1.19's runtime/proc.go with
// GOMAXPROCS=1: `runnext` (a goroutine just created or just woken runs next,
// inheriting the time slice), a 256-entry local ring (runqput/runqget; when it
// is full, half of it moves to the global queue, runqputslow), the global queue
// (runtime.Gosched and preemption put goroutines there; it is polled every 61st
// schedule, and when the local queue is empty, globrunqget). Following these
// rules exactly is what makes interleavings match real Go's.
import { GStatus, type G } from './goroutine.js';

const LOCAL_RUNQ = 256;

export class RunQueues {
  runnext: G | null = null;
  private readonly ring: (G | null)[] = new Array<G | null>(LOCAL_RUNQ).fill(null);
  private head = 0; // counters, as runtime.p.runqhead/runqtail
  private tail = 0;
  private global: G[] = [];
  private globalHead = 0;
  /**
   * runtime.p.schedtick: incremented when a goroutine starts a fresh time slice.
   * Real Go has scheduled runtime goroutines before main.main runs; 5 is the value
   * measured with go-fake-run (Go 1.19, GOMAXPROCS=1) by finding the iteration at
   * which a Gosched'ing main first overtakes a fresh goroutine (the %61 check).
   */
  schedtick = 5;

  get globalSize(): number {
    return this.global.length - this.globalHead;
  }

  get localSize(): number {
    return this.tail - this.head;
  }

  isEmpty(): boolean {
    return this.runnext === null && this.tail === this.head && this.globalSize === 0;
  }

  /** runtime.runqput */
  put(g: G, next: boolean): void {
    g.status = GStatus.Runnable;
    if (next) {
      const old = this.runnext;
      this.runnext = g;
      if (old === null) return;
      g = old;
    }
    if (this.tail - this.head < LOCAL_RUNQ) {
      this.ring[this.tail % LOCAL_RUNQ] = g;
      this.tail++;
      return;
    }
    this.putSlow(g);
  }

  /** runtime.runqputslow: move half the local queue plus g to the global queue. */
  private putSlow(g: G): void {
    const n = (this.tail - this.head) >> 1;
    for (let i = 0; i < n; i++) {
      const idx = (this.head + i) % LOCAL_RUNQ;
      this.global.push(this.ring[idx] as G);
      this.ring[idx] = null;
    }
    this.head += n;
    this.global.push(g);
  }

  /** runtime.globrunqput */
  putGlobal(g: G): void {
    g.status = GStatus.Runnable;
    this.global.push(g);
  }

  /** runtime.runqget: runnext first (inherits the time slice), then the ring. */
  getLocal(): { g: G; inheritTime: boolean } | null {
    const next = this.runnext;
    if (next !== null) {
      this.runnext = null;
      return { g: next, inheritTime: true };
    }
    if (this.tail === this.head) return null;
    const idx = this.head % LOCAL_RUNQ;
    const g = this.ring[idx] as G;
    this.ring[idx] = null;
    this.head++;
    return { g, inheritTime: false };
  }

  /** runtime.globrunqget with GOMAXPROCS=1: take a batch, run the first, queue the rest locally. */
  getGlobal(max: number): G | null {
    const size = this.globalSize;
    if (size === 0) return null;
    let n = size + 1; // sched.runqsize/gomaxprocs + 1
    if (n > size) n = size;
    if (max > 0 && n > max) n = max;
    if (n > LOCAL_RUNQ / 2) n = LOCAL_RUNQ / 2;
    const g = this.popGlobal();
    for (n--; n > 0; n--) this.put(this.popGlobal(), false);
    return g;
  }

  private popGlobal(): G {
    const g = this.global[this.globalHead++];
    if (this.globalHead > 1024 && this.globalHead * 2 > this.global.length) {
      this.global = this.global.slice(this.globalHead);
      this.globalHead = 0;
    }
    return g;
  }

  /**
   * The run-queue part of runtime.findRunnable: the global queue every 61st
   * tick (fairness), then the local queue, then the global queue.
   */
  next(): { g: G; inheritTime: boolean } | null {
    if (this.schedtick % 61 === 0 && this.globalSize > 0) {
      const g = this.getGlobal(1);
      if (g) return { g, inheritTime: false };
    }
    const local = this.getLocal();
    if (local) return local;
    const g = this.getGlobal(0);
    return g ? { g, inheritTime: false } : null;
  }

  /** Every queued goroutine, in no particular order (for dumps and limits). */
  *all(): Iterable<G> {
    if (this.runnext) yield this.runnext;
    for (let i = this.head; i < this.tail; i++) yield this.ring[i % LOCAL_RUNQ] as G;
    for (let i = this.globalHead; i < this.global.length; i++) yield this.global[i];
  }
}
