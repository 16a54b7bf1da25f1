// The time bar's axis. In fake time most events share an instant (a worker
// pool without sleeps runs entirely at t=0), so a pure virtual-time axis would
// squeeze them into one pixel and a pure event axis would hide the sleeps.
// Each playhead position n (events applied) sits at a blend of both:
//   x(n) = (1-a)·n/N + a·t(n)/T,  a = 1/2 when time moves, else 0,
// which is monotone in n, so scrubbing inverts it by binary search.
import type { TraceEvent } from '../../trace/schema.js';

export class TimeAxis {
  private readonly xs: Float64Array;
  readonly total: number;
  readonly duration: number;

  constructor(events: readonly TraceEvent[], count = events.length) {
    this.total = count;
    this.duration = count > 0 ? events[count - 1].t : 0;
    const a = this.duration > 0 ? 0.5 : 0;
    this.xs = new Float64Array(count + 1);
    for (let n = 0; n <= count; n++) {
      const t = n > 0 ? events[n - 1].t : 0;
      this.xs[n] = count === 0 ? 0 : (1 - a) * (n / count) + (a > 0 ? a * (t / this.duration) : 0);
    }
  }

  /** Fraction 0..1 of the bar for playhead position n (fractional n interpolates). */
  x(n: number): number {
    if (this.total === 0) return 0;
    const c = Math.max(0, Math.min(n, this.total));
    const i = Math.floor(c);
    if (i >= this.total) return this.xs[this.total];
    return this.xs[i] + (this.xs[i + 1] - this.xs[i]) * (c - i);
  }

  /** The playhead position nearest to fraction x. */
  positionAt(x: number): number {
    let lo = 0;
    let hi = this.total;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.xs[mid] <= x) lo = mid;
      else hi = mid - 1;
    }
    if (lo < this.total && Math.abs(this.xs[lo + 1] - x) < Math.abs(this.xs[lo] - x)) return lo + 1;
    return lo;
  }

  /** Events per bucket across the bar, for the density strip. */
  density(buckets: number): Uint32Array {
    const out = new Uint32Array(Math.max(1, buckets));
    for (let n = 1; n <= this.total; n++) {
      const b = Math.min(out.length - 1, Math.floor(this.xs[n] * out.length));
      out[b]++;
    }
    return out;
  }
}
