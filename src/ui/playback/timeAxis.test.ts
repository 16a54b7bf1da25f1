import { describe, expect, it } from 'vitest';
import type { TraceEvent } from '../../trace/schema.js';
import { TimeAxis } from './timeAxis.js';

const ev = (seq: number, t: number): TraceEvent => ({ kind: 'go.run', seq, t, g: 1 });

describe('TimeAxis', () => {
  it('spreads same-instant events evenly when time never moves', () => {
    const a = new TimeAxis([ev(0, 0), ev(1, 0), ev(2, 0), ev(3, 0)]);
    expect(a.x(0)).toBe(0);
    expect(a.x(2)).toBe(0.5);
    expect(a.x(4)).toBe(1);
    expect(a.positionAt(0.5)).toBe(2);
    expect(a.positionAt(0.6)).toBe(2);
    expect(a.positionAt(0.7)).toBe(3);
  });

  it('shows a time jump as a gap and stays monotone', () => {
    const evs = [ev(0, 0), ev(1, 0), ev(2, 1000), ev(3, 1000)];
    const a = new TimeAxis(evs);
    const xs = [0, 1, 2, 3, 4].map((n) => a.x(n));
    for (let i = 1; i < xs.length; i++) expect(xs[i]).toBeGreaterThan(xs[i - 1]);
    // the jump between events 1 and 2 takes half the bar on top of its event share
    expect(xs[3] - xs[2]).toBeCloseTo(0.125 + 0.5);
    for (let n = 0; n <= 4; n++) expect(a.positionAt(a.x(n))).toBe(n);
    expect(Array.from(a.density(2))).toEqual([2, 2]);
  });

  it('handles an empty trace', () => {
    const a = new TimeAxis([]);
    expect(a.x(3)).toBe(0);
    expect(a.positionAt(0.5)).toBe(0);
  });
});
