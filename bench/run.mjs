#!/usr/bin/env node
// `npm run bench`: runs each benchmark with chanscope and with native Go on this
// machine in the same run, and reports the ratio against the target.
// Needs Go (apt-get install -y golang-go). Runs under `node --import tsx`.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync, readdirSync, statSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateProgram, unitsForLines } from './genProgram.ts';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, 'out');
mkdirSync(out, { recursive: true });

function sh(cmd, args, opts = {}) {
  return execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 26, ...opts });
}
function goBuild(dir, name) {
  const bin = join(out, name);
  sh('go', ['build', '-o', bin, '.'], { cwd: join(here, 'go', dir), env: { ...process.env, GO111MODULE: 'off' } });
  return bin;
}
function tsx(args) {
  return JSON.parse(sh(process.execPath, ['--import', 'tsx', join(here, 'frontend.bench.ts'), ...args]).trim().split('\n').pop());
}
function goFiles(dir, acc = []) {
  for (const e of readdirSync(dir)) {
    const p = join(dir, e);
    const st = statSync(p);
    if (st.isDirectory()) goFiles(p, acc);
    else if (e.endsWith('.go')) acc.push(p);
  }
  return acc;
}

const results = [];
function report(name, unit, ours, go, target, higherIsBetter) {
  const ratio = ours / go;
  const met = higherIsBetter ? ratio >= target : ratio <= target;
  results.push({ name, ours, go, ratio, target, met });
  const fmt = (x) => (x >= 100 ? Math.round(x).toLocaleString('en-US') : x.toFixed(2));
  console.log(`${name.padEnd(34)} chanscope ${fmt(ours).padStart(12)} ${unit}   go ${fmt(go).padStart(12)} ${unit}   ratio ${ratio.toFixed(3)} (target ${higherIsBetter ? '>=' : '<='} ${target})  ${met ? 'MET' : 'NOT MET'}`);
}

const goroot = sh('go', ['env', 'GOROOT']).trim();

// 1. Parse throughput on the Go standard library (lines/second).
{
  const list = join(out, 'stdlib-files.txt');
  writeFileSync(list, goFiles(join(goroot, 'src')).join('\n') + '\n');
  const go = JSON.parse(sh(goBuild('parsebench', 'parsebench'), [list]));
  const ours = tsx(['parse', list]);
  console.log(`parse: ${ours.files} files, ${ours.lines} lines, ${(ours.bytes / 1e6).toFixed(1)} MB (chanscope ${ours.seconds.toFixed(2)} s, go ${go.seconds.toFixed(2)} s)`);
  report('parse Go stdlib', 'lines/s', ours.lines / ours.seconds, go.lines / go.seconds, 1 / 3, true);
}

// 2. Parse + type-check a generated 20k-line single-package program.
{
  const text = generateProgram(unitsForLines(20000));
  const prog = join(out, 'prog20k.go');
  writeFileSync(prog, text);
  const go = JSON.parse(sh(goBuild('checkbench', 'checkbench'), [prog]));
  const ours = tsx(['check', prog]);
  if (ours.errors) console.log(`check: WARNING chanscope reported ${ours.errors} diagnostics on the generated program`);
  console.log(`check: ${ours.lines} lines (chanscope ${ours.seconds.toFixed(3)} s, go ${go.seconds.toFixed(3)} s)`);
  report('parse+check 20k-line program', 'lines/s', ours.lines / ours.seconds, go.lines / go.seconds, 1 / 3, true);
}

// 3. Engine programs against native Go with GOMAXPROCS=1 (bench/programs).
{
  const targets = {
    'pingpong.go': ['channel ping-pong (1M messages)', 3],
    'sieve.go': ['prime sieve daisy chain (2000 primes)', undefined],
    'workerpool.go': ['worker pool (100k jobs)', undefined],
    'parked.go': ['100k parked goroutines', undefined],
    'mandelbrot.go': ['mandelbrot 200x200x500 (CPU-bound)', 20],
  };
  for (const [file, [name, target]] of Object.entries(targets)) {
    const src = join(here, 'programs', file);
    const bin = join(out, file.replace(/\.go$/, ''));
    sh('go', ['build', '-o', bin, src], { env: { ...process.env, GO111MODULE: 'off' } });
    let goBest = Infinity;
    for (let i = 0; i < 3; i++) {
      const t0 = process.hrtime.bigint();
      sh(bin, [], { env: { ...process.env, GOMAXPROCS: '1' }, stdio: ['ignore', 'ignore', 'ignore'] });
      goBest = Math.min(goBest, Number(process.hrtime.bigint() - t0) / 1e9);
    }
    const ours = JSON.parse(sh(process.execPath, ['--expose-gc', '--import', 'tsx', join(here, 'engine.bench.ts'), src]).trim().split('\n').pop());
    const ratio = ours.seconds / goBest;
    const met = target === undefined ? undefined : ratio <= target;
    results.push({ name, ours: ours.seconds, go: goBest, ratio, target, met, heapMB: ours.heapMB });
    console.log(`${name.padEnd(40)} chanscope ${ours.seconds.toFixed(3)} s   go ${goBest.toFixed(3)} s   ratio ${ratio.toFixed(1)}x${target ? ` (target <= ${target}x) ${met ? 'MET' : 'NOT MET'}` : ''}   peak heap +${ours.heapMB.toFixed(1)} MB${file === 'parked.go' ? ` (target < 64 MB) ${ours.heapMB < 64 ? 'MET' : 'NOT MET'}` : ''}`);
  }
}

writeFileSync(join(out, 'results.json'), JSON.stringify(results, null, 2));
console.log(`${results.filter((r) => r.met === true).length} of ${results.filter((r) => r.met !== undefined).length} ratio targets met`);
