// Runtime timers on the single P, mirroring Go 1.19's runtime/time.go: a 4-ary
// min-heap ordered by `when` (siftupTimer/siftdownTimer, whose handling of equal
// `when`s decides which of several simultaneous timers fires first), with lazy
// deletion and lazy modification through timer statuses (deltimer, modtimer,
// cleantimers, adjusttimers, runtimer, clearDeletedTimers). Mirroring the exact
// algorithm is what makes wake-up order match real Go byte for byte.

export const enum TimerStatus {
  NoStatus = 0,
  Waiting = 1,
  Running = 2,
  Deleted = 3,
  Removed = 5,
  ModifiedEarlier = 7,
  ModifiedLater = 8,
}

export const NEVER = Number.MAX_SAFE_INTEGER; // runtime.maxWhen

export interface Timer {
  readonly id: number;
  when: number;
  period: number;
  nextwhen: number;
  status: TimerStatus;
  inHeap: boolean; // runtime.timer.pp != 0
  f: (t: Timer, delay: number) => void;
}

export function newTimer(id: number, f: (t: Timer, delay: number) => void): Timer {
  return { id, when: 0, period: 0, nextwhen: 0, status: TimerStatus.NoStatus, inHeap: false, f };
}

export class TimerHeap {
  readonly timers: Timer[] = [];
  /** runtime.p.timer0When: `when` of timers[0], or NEVER when empty. */
  timer0When = NEVER;
  /** runtime.p.timerModifiedEarliest: earliest nextwhen of a ModifiedEarlier timer, or NEVER. */
  modifiedEarliest = NEVER;
  private deleted = 0;

  get size(): number {
    return this.timers.length;
  }

  /** runtime.addtimer: a new (or fully stopped and removed) timer. */
  add(t: Timer, when: number, period: number): void {
    t.when = when;
    t.period = period;
    t.status = TimerStatus.Waiting;
    this.cleantimers();
    this.doadd(t);
  }

  /** runtime.deltimer: stop; true when the timer was pending. */
  del(t: Timer): boolean {
    switch (t.status) {
      case TimerStatus.Waiting:
      case TimerStatus.ModifiedLater:
      case TimerStatus.ModifiedEarlier:
        t.status = TimerStatus.Deleted;
        this.deleted++;
        return true;
      default:
        return false;
    }
  }

  /** runtime.modtimer: (re)arm; true when the timer was pending before. */
  mod(t: Timer, when: number, period: number): boolean {
    let pending: boolean;
    let wasRemoved = false;
    switch (t.status) {
      case TimerStatus.Waiting:
      case TimerStatus.ModifiedEarlier:
      case TimerStatus.ModifiedLater:
        pending = true;
        break;
      case TimerStatus.Deleted:
        this.deleted--;
        pending = false;
        break;
      default: // NoStatus, Removed: already run or stopped and gone from the heap
        wasRemoved = true;
        pending = false;
    }
    t.period = period;
    if (wasRemoved) {
      t.when = when;
      this.doadd(t);
      t.status = TimerStatus.Waiting;
    } else {
      t.nextwhen = when;
      if (when < t.when) {
        t.status = TimerStatus.ModifiedEarlier;
        if (when < this.modifiedEarliest) this.modifiedEarliest = when;
      } else {
        t.status = TimerStatus.ModifiedLater;
      }
    }
    return pending;
  }

  /** runtime.timeSleepUntil: when the clock should jump to if nothing can run. */
  sleepUntil(): number {
    return Math.min(this.timer0When, this.modifiedEarliest);
  }

  /**
   * runtime.checkTimers: run every timer due at `now`, in heap order. Each timer
   * function runs with the heap consistent, and may add or change timers.
   */
  check(now: number): boolean {
    let next = this.timer0When;
    if (this.modifiedEarliest < next) next = this.modifiedEarliest;
    if (next === NEVER) return false;
    if (now < next && this.deleted <= this.timers.length >> 2) return false;
    let ran = false;
    if (this.timers.length > 0) {
      this.adjust(now);
      while (this.timers.length > 0) {
        const tw = this.runtimer(now);
        if (tw !== 0) break;
        ran = true;
      }
    }
    if (this.deleted > this.timers.length >> 2) this.clearDeleted();
    return ran;
  }

  // ---------------------------------------------------------------- internals

  private doadd(t: Timer): void {
    t.inHeap = true;
    const i = this.timers.length;
    this.timers.push(t);
    this.siftup(i);
    if (this.timers[0] === t) this.timer0When = t.when;
  }

  /** runtime.dodeltimer0 */
  private deltop(): void {
    const ts = this.timers;
    ts[0].inHeap = false;
    const last = ts.length - 1;
    if (last > 0) ts[0] = ts[last];
    ts.pop();
    if (last > 0) this.siftdown(0);
    this.updateTimer0When();
    if (ts.length === 0) this.modifiedEarliest = NEVER;
  }

  /** runtime.dodeltimer: remove timers[i]; returns the index of the smallest changed entry. */
  private delat(i: number): number {
    const ts = this.timers;
    ts[i].inHeap = false;
    const last = ts.length - 1;
    if (i !== last) ts[i] = ts[last];
    ts.pop();
    let smallest = i;
    if (i !== last) {
      if (i > 0) smallest = this.siftup(i);
      this.siftdown(i);
    }
    if (i === 0) this.updateTimer0When();
    if (ts.length === 0) this.modifiedEarliest = NEVER;
    return smallest;
  }

  private updateTimer0When(): void {
    this.timer0When = this.timers.length === 0 ? NEVER : this.timers[0].when;
  }

  /** runtime.cleantimers: drop deleted and re-place modified timers at the top. */
  private cleantimers(): void {
    const ts = this.timers;
    while (ts.length > 0) {
      const t = ts[0];
      if (t.status === TimerStatus.Deleted) {
        this.deltop();
        t.status = TimerStatus.Removed;
        this.deleted--;
      } else if (t.status === TimerStatus.ModifiedEarlier || t.status === TimerStatus.ModifiedLater) {
        t.when = t.nextwhen;
        this.deltop();
        this.doadd(t);
        t.status = TimerStatus.Waiting;
      } else {
        return;
      }
    }
  }

  /** runtime.adjusttimers: apply pending modifications when one may be due. */
  private adjust(now: number): void {
    if (this.modifiedEarliest === NEVER || this.modifiedEarliest > now) return;
    this.modifiedEarliest = NEVER;
    const moved: Timer[] = [];
    const ts = this.timers;
    for (let i = 0; i < ts.length; i++) {
      const t = ts[i];
      if (t.status === TimerStatus.Deleted) {
        const changed = this.delat(i);
        t.status = TimerStatus.Removed;
        this.deleted--;
        i = changed - 1;
      } else if (t.status === TimerStatus.ModifiedEarlier || t.status === TimerStatus.ModifiedLater) {
        t.when = t.nextwhen;
        const changed = this.delat(i);
        moved.push(t);
        i = changed - 1;
      }
    }
    for (const t of moved) {
      this.doadd(t);
      t.status = TimerStatus.Waiting;
    }
  }

  /** runtime.runtimer: 0 if a timer ran, else the next `when` (-1 when none). */
  private runtimer(now: number): number {
    const ts = this.timers;
    for (;;) {
      const t = ts[0];
      switch (t.status) {
        case TimerStatus.Waiting:
          if (t.when > now) return t.when;
          t.status = TimerStatus.Running;
          this.runOne(t, now);
          return 0;
        case TimerStatus.Deleted:
          this.deltop();
          t.status = TimerStatus.Removed;
          this.deleted--;
          if (ts.length === 0) return -1;
          break;
        case TimerStatus.ModifiedEarlier:
        case TimerStatus.ModifiedLater:
          t.when = t.nextwhen;
          this.deltop();
          this.doadd(t);
          t.status = TimerStatus.Waiting;
          break;
        default:
          throw new Error(`chanscope: timer heap corrupted (status ${t.status})`);
      }
    }
  }

  /** runtime.runOneTimer */
  private runOne(t: Timer, now: number): void {
    const delay = now - t.when;
    if (t.period > 0) {
      const delta = t.when - now;
      t.when += t.period * (1 + Math.trunc(-delta / t.period));
      if (t.when > NEVER) t.when = NEVER;
      this.siftdown(0);
      t.status = TimerStatus.Waiting;
      this.updateTimer0When();
    } else {
      this.deltop();
      t.status = TimerStatus.NoStatus;
    }
    t.f(t, delay);
  }

  /** runtime.clearDeletedTimers */
  private clearDeleted(): void {
    this.modifiedEarliest = NEVER;
    const ts = this.timers;
    let to = 0;
    let changedHeap = false;
    const n = ts.length;
    for (let i = 0; i < n; i++) {
      const t = ts[i];
      switch (t.status) {
        case TimerStatus.Waiting:
          if (changedHeap) {
            ts[to] = t;
            this.siftupIn(ts, to);
          }
          to++;
          break;
        case TimerStatus.ModifiedEarlier:
        case TimerStatus.ModifiedLater:
          t.when = t.nextwhen;
          ts[to] = t;
          this.siftupIn(ts, to);
          to++;
          changedHeap = true;
          t.status = TimerStatus.Waiting;
          break;
        case TimerStatus.Deleted:
          t.inHeap = false;
          t.status = TimerStatus.Removed;
          this.deleted--;
          changedHeap = true;
          break;
        default:
          to++;
      }
    }
    ts.length = to;
    this.updateTimer0When();
  }

  private siftup(i: number): number {
    return this.siftupIn(this.timers, i);
  }

  /** runtime.siftupTimer (4-ary heap) */
  private siftupIn(ts: Timer[], i: number): number {
    const tmp = ts[i];
    const when = tmp.when;
    while (i > 0) {
      const p = (i - 1) >> 2;
      if (when >= ts[p].when) break;
      ts[i] = ts[p];
      i = p;
    }
    ts[i] = tmp;
    return i;
  }

  /** runtime.siftdownTimer (4-ary heap) */
  private siftdown(i: number): void {
    const ts = this.timers;
    const n = ts.length;
    const tmp = ts[i];
    const when = tmp.when;
    for (;;) {
      let c = i * 4 + 1;
      let c3 = c + 2;
      if (c >= n) break;
      let w = ts[c].when;
      if (c + 1 < n && ts[c + 1].when < w) {
        w = ts[c + 1].when;
        c++;
      }
      if (c3 < n) {
        let w3 = ts[c3].when;
        if (c3 + 1 < n && ts[c3 + 1].when < w3) {
          w3 = ts[c3 + 1].when;
          c3++;
        }
        if (w3 < w) {
          w = w3;
          c = c3;
        }
      }
      if (w >= when) break;
      ts[i] = ts[c];
      i = c;
    }
    ts[i] = tmp;
  }
}
