// An estimate of the heap a run allocates: bytes of slice backing arrays made
// by make and by append's growth (what a runaway program grows), counted as
// the host holds them (at least 8 bytes an element), checked against the run's
// limit. One meter per process; the running session installs its own before
// each slice (runs are sequential within a process).
import { EngineLimit } from '../runtime/panics.js';

export interface AllocMeter {
  bytes: number;
  limit: number;
  /** The message the run stops with when `bytes` exceeds `limit`. */
  message: string;
}

export const allocMeter: AllocMeter = { bytes: 0, limit: Infinity, message: '' };

/** Counts an allocation of n elements of `size` bytes; stops the run past the limit. */
export function noteAlloc(n: number, size: number): void {
  const m = allocMeter;
  m.bytes += n * (size > 8 ? size : 8);
  if (m.bytes > m.limit) throw new EngineLimit(m.message);
}
