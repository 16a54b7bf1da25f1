import { describe, expect, it } from 'vitest';
import { formatDuration } from './formatDuration.js';

// Expected strings are Go's time.Duration(ns).String().
describe('formatDuration', () => {
  it('formats like time.Duration.String', () => {
    expect(formatDuration(0)).toBe('0s');
    expect(formatDuration(999)).toBe('999ns');
    expect(formatDuration(1500)).toBe('1.5µs');
    expect(formatDuration(10_000_000)).toBe('10ms');
    expect(formatDuration(1_500_000_000)).toBe('1.5s');
    expect(formatDuration(123_000_000_000)).toBe('2m3s');
    expect(formatDuration(3_723_500_000_000)).toBe('1h2m3.5s');
    expect(formatDuration(3600e9)).toBe('1h0m0s');
    expect(formatDuration(-2_000_000)).toBe('-2ms');
  });
});
