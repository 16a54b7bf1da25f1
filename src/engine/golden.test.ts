// Every golden program in testdata/run runs on the engine and must print what
// real Go printed (src/engine/golden.ts rules). Programs listed in
// testdata/run/known-failures.txt (each with the reason) must still fail, so
// the list only ever shrinks honestly.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareRun } from './golden.js';
import { readGolden } from '../../scripts/goldenFiles.js';
import { Session } from './session.js';

const root = join(__dirname, '../../testdata/run');

function goFiles(dir: string, out: string[] = []): string[] {
  for (const e of readdirSync(dir).sort()) {
    const p = join(dir, e);
    if (statSync(p).isDirectory()) goFiles(p, out);
    else if (e.endsWith('.go')) out.push(p);
  }
  return out;
}

const known = new Map<string, string>();
for (const line of readFileSync(join(root, 'known-failures.txt'), 'utf8').split('\n')) {
  const m = /^(\S+\.go)\s+(.+)$/.exec(line.trim());
  if (m && !line.startsWith('#')) known.set(m[1], m[2]);
}

function run(file: string): { stdout: string; stderr: string; code: number } {
  let stdout = '';
  let stderr = '';
  let code = 0;
  const s = Session.start([{ name: 'prog.go', text: readFileSync(file, 'utf8') }], {
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
  return { stdout, stderr, code };
}

describe('golden programs match real Go', () => {
  for (const file of goFiles(root)) {
    const rel = file.slice(root.length + 1);
    const reason = known.get(rel);
    it(reason ? `${rel} (known failure: ${reason})` : rel, () => {
      let diffs;
      try {
        const r = run(file);
        diffs = compareRun(readGolden(file), r.stdout, r.stderr, r.code);
      } catch (e) {
        diffs = [{ what: 'crash', want: '', got: String(e) }];
      }
      if (reason) {
        expect(diffs.length, `${rel} now passes: remove it from known-failures.txt`).toBeGreaterThan(0);
      } else {
        expect(diffs).toEqual([]);
      }
    });
  }
});
