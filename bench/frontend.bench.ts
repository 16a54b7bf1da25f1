// chanscope's side of the front-end benchmarks; prints one JSON line per
// benchmark. Run by bench/run.mjs beside the same work done by Go's go/parser
// and go/types (bench/go/*), so the ratio is measured on this machine, now.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { SourceFile } from '../src/lang/source.js';
import { parseFile } from '../src/lang/parser.js';
import { checkProgram } from '../src/lang/checkProgram.js';

function bestOf(runs: number, f: () => void): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    f();
    best = Math.min(best, performance.now() - t0);
  }
  return best / 1000;
}

function countLines(s: string): number {
  let n = 0;
  for (let i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) n++;
  return n;
}

const [mode, arg] = process.argv.slice(2);
if (mode === 'parse') {
  const names = readFileSync(arg, 'utf8').split('\n').filter(Boolean);
  const texts = names.map((n) => readFileSync(n, 'utf8'));
  let lines = 0;
  let bytes = 0;
  for (const t of texts) {
    lines += countLines(t);
    bytes += Buffer.byteLength(t);
  }
  let errors = 0;
  const seconds = bestOf(3, () => {
    errors = 0;
    for (let i = 0; i < texts.length; i++) {
      errors += parseFile(new SourceFile(names[i], texts[i])).diagnostics.length;
    }
  });
  console.log(JSON.stringify({ files: texts.length, lines, bytes, seconds, errors }));
} else if (mode === 'check') {
  const text = readFileSync(arg, 'utf8');
  const sources = [{ name: 'prog.go', text }];
  const first = checkProgram(sources); // also warms the standard packages' API
  const seconds = bestOf(7, () => checkProgram(sources));
  console.log(JSON.stringify({ lines: countLines(text), bytes: Buffer.byteLength(text), seconds, errors: first.lines.length }));
} else {
  console.error('usage: frontend.bench.ts parse FILELIST | check PROG.go');
  process.exit(2);
}
