// Limits that stop a runaway program with a clear message; every one is
// configurable (CLI flags, playground settings).
export interface Limits {
  /** VM instructions over the whole run. */
  maxSteps: number;
  /** Goroutines alive at once. */
  maxGoroutines: number;
  /** Bytes written to stdout + stderr. */
  maxOutputBytes: number;
  /** Virtual time the clock may reach, in ns (a ticker loop that never ends stops here). */
  maxVirtualTime: number;
  /** Trace events recorded. */
  maxEvents: number;
  /** Estimated heap allocation in bytes (slice backing arrays from make and append). */
  maxHeapBytes: number;
}

export const defaultLimits: Limits = {
  maxSteps: 2_000_000_000,
  maxGoroutines: 1_000_000,
  maxOutputBytes: 16 << 20,
  maxVirtualTime: 24 * 3600e9,
  maxEvents: 5_000_000,
  maxHeapBytes: 1 << 30,
};

/** The message printed when a limit stops the program (after its partial output). */
export function limitMessage(which: keyof Limits, limits: Limits): string {
  switch (which) {
    case 'maxSteps':
      return `chanscope: program stopped after ${limits.maxSteps} steps (limit --max-steps)`;
    case 'maxGoroutines':
      return `chanscope: program stopped: more than ${limits.maxGoroutines} goroutines alive (limit --max-goroutines)`;
    case 'maxOutputBytes':
      return `chanscope: program stopped: output exceeded ${limits.maxOutputBytes} bytes (limit --max-output)`;
    case 'maxVirtualTime':
      return `chanscope: program stopped: virtual time exceeded ${formatSeconds(limits.maxVirtualTime)} (limit --max-time)`;
    case 'maxEvents':
      return `chanscope: program stopped: trace exceeded ${limits.maxEvents} events (limit --max-events)`;
    case 'maxHeapBytes':
      return `chanscope: program stopped: it allocated more than ${limits.maxHeapBytes} bytes (limit --max-heap)`;
  }
}

function formatSeconds(ns: number): string {
  return `${ns / 1e9}s`;
}
