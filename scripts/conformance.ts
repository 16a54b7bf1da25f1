// Runs every golden program under testdata/run (or the paths given) on the
// engine and compares with real Go's output (src/engine/golden.ts rules).
// Prints one line per failure and a summary; `--verbose` shows the differences.
//   npm run conformance [-- [--verbose] [paths...]]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Session } from '../src/engine/session.js';
import { compareRun } from '../src/engine/golden.js';
import { readGolden } from './goldenFiles.js';

function goFiles(p: string, out: string[] = []): string[] {
  if (statSync(p).isFile()) {
    if (p.endsWith('.go')) out.push(p);
    return out;
  }
  for (const e of readdirSync(p).sort()) goFiles(join(p, e), out);
  return out;
}

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const roots = args.filter((a) => !a.startsWith('--'));
const files = (roots.length ? roots : ['testdata/run']).flatMap((r) => goFiles(r));
let pass = 0;
const failures: string[] = [];
for (const f of files) {
  const g = readGolden(f);
  let stdout = '';
  let stderr = '';
  let code = 0;
  let crash = '';
  try {
    const s = Session.start([{ name: 'prog.go', text: readFileSync(f, 'utf8') }], {
      limits: { maxSteps: 200_000_000 },
      onOutput: (stream, b) => {
        if (stream === 'stdout') stdout += b;
        else stderr += b;
      },
    });
    const st = s.runToEnd();
    if (st.kind === 'compile-error') {
      stderr += st.lines.join('\n') + '\n';
      code = 1;
    } else if (st.kind === 'exited') code = st.code;
    else if (st.kind === 'stopped') {
      stderr += st.reason + '\n';
      code = 3;
    }
  } catch (e) {
    crash = (e as Error).stack?.split('\n').slice(0, 3).join(' | ') ?? String(e);
  }
  const diffs = crash ? [{ what: 'crash', want: '', got: crash }] : compareRun(g, stdout, stderr, code);
  if (diffs.length === 0) {
    pass++;
    continue;
  }
  const first = diffs[0];
  const firstLine = (s: string) => s.split('\n').find((l, i) => l !== first.want.split('\n')[i]) ?? '';
  failures.push(`FAIL ${f}: ${first.what}${first.what === 'crash' ? ' ' + first.got : ''}${verbose && first.what !== 'crash' ? `\n  want: ${JSON.stringify(first.want.slice(0, 300))}\n  got:  ${JSON.stringify(first.got.slice(0, 300))}` : first.what !== 'crash' ? ` (got ${JSON.stringify(firstLine(first.got).slice(0, 120))})` : ''}`);
}
for (const l of failures) console.log(l);
console.log(`conformance: ${pass} of ${files.length} golden programs match real Go`);
