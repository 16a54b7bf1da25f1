// Comparing a run with a golden output from real Go (testdata/run/**/X.go with
// X.out, X.err, X.exit). stdout and the exit status must match exactly; stderr
// must match up to the first goroutine dump header (`goroutine 1 [running]:`),
// with hexadecimal numbers (addresses, pcs) normalized: those differ per build.
// Pure: scripts/goldenFiles.ts reads the files.

export interface Golden {
  stdout: string;
  stderr: string;
  exit: number;
  byHand: boolean;
}

/** The part of stderr that must match: before the goroutine dump, hex normalized. */
export function comparableStderr(s: string): string {
  const lines = s.split('\n');
  const cut = lines.findIndex((l) => /^goroutine \d+ \[/.test(l));
  const kept = cut >= 0 ? lines.slice(0, cut) : lines;
  return kept.join('\n').replace(/0x[0-9a-f]+/g, '0x?').replace(/\n+$/, '');
}

export interface Mismatch {
  what: 'stdout' | 'stderr' | 'exit';
  want: string;
  got: string;
}

/** Outputs are byte strings (latin1), as the engine and the golden files hold them. */
export function compareRun(g: Golden, stdout: string, stderr: string, exit: number): Mismatch[] {
  const out: Mismatch[] = [];
  if (stdout !== g.stdout) out.push({ what: 'stdout', want: g.stdout, got: stdout });
  const we = comparableStderr(g.stderr);
  const ge = comparableStderr(stderr);
  if (we !== ge) out.push({ what: 'stderr', want: we, got: ge });
  if (exit !== g.exit) out.push({ what: 'exit', want: String(g.exit), got: String(exit) });
  return out;
}
