// time.Duration.String for the UI's virtual-time stamps ("0s", "1.5ms",
// "2m3.5s"), as Go's time/time.go formats it, from nanoseconds.
export function formatDuration(ns: number): string {
  if (ns === 0) return '0s';
  const neg = ns < 0;
  let u = Math.abs(Math.round(ns));
  let out: string;
  if (u < 1e3) out = `${u}ns`;
  else if (u < 1e6) out = `${trimFrac(u / 1e3)}µs`;
  else if (u < 1e9) out = `${trimFrac(u / 1e6)}ms`;
  else {
    const h = Math.floor(u / 3600e9);
    u -= h * 3600e9;
    const m = Math.floor(u / 60e9);
    u -= m * 60e9;
    const s = trimFrac(u / 1e9);
    out = h > 0 ? `${h}h${m}m${s}s` : m > 0 ? `${m}m${s}s` : `${s}s`;
  }
  return neg ? `-${out}` : out;
}

/** Up to 9 fraction digits, trailing zeros dropped (Go prints exact fractions). */
function trimFrac(x: number): string {
  return x.toFixed(9).replace(/\.?0+$/, '');
}
