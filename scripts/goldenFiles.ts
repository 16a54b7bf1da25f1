// Reads a golden program's expected outputs (X.out, X.err, X.exit beside X.go)
// for the conformance script and the golden test (Node only; the engine stays fs-free).
import { existsSync, readFileSync } from 'node:fs';
import type { Golden } from '../src/engine/golden.js';

export function readGolden(goFile: string): Golden {
  const base = goFile.replace(/\.go$/, '');
  const read = (ext: string) => (existsSync(base + ext) ? readFileSync(base + ext, 'latin1') : '');
  const src = readFileSync(goFile, 'utf8');
  return {
    stdout: read('.out'),
    stderr: read('.err'),
    exit: existsSync(base + '.exit') ? Number(readFileSync(base + '.exit', 'utf8').trim()) : 0,
    byHand: /^\/\/ golden: by hand/m.test(src.split('\n', 3).join('\n')),
  };
}

