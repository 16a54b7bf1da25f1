// chanscope's side of the engine benchmarks (bench/programs/*.go): run time
// (compile excluded, as native Go's build is) and the peak live heap growth
// (measured after a full GC at slice boundaries, in a separate run so the GCs
// do not count in the time); prints one JSON line. Run by bench/run.mjs.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { Session } from '../src/engine/session.js';

const file = process.argv[2];
const text = readFileSync(file, 'utf8');
const gc = (globalThis as { gc?: () => void }).gc;

function once(): { seconds: number; out: string; steps: number } {
  let out = '';
  const s = Session.start([{ name: 'prog.go', text }], { onOutput: (_st, b) => (out += b) });
  const t0 = performance.now();
  s.runToEnd(1_000_000);
  return { seconds: (performance.now() - t0) / 1000, out, steps: s.rt.steps };
}

/** Peak live heap above the baseline, sampled after full GCs every 100k instructions. */
function liveHeapMB(): number {
  if (!gc) return NaN;
  gc();
  const base = process.memoryUsage().heapUsed;
  const s = Session.start([{ name: 'prog.go', text }], {});
  let peak = 0;
  while (s.step(100_000).kind === 'running') {
    gc();
    peak = Math.max(peak, process.memoryUsage().heapUsed - base);
  }
  return peak / 2 ** 20;
}

let best = once();
for (let i = 0; i < 2; i++) {
  const r = once();
  if (r.seconds < best.seconds) best = r;
}
console.log(JSON.stringify({ seconds: best.seconds, heapMB: liveHeapMB(), steps: best.steps, out: best.out.trim() }));
