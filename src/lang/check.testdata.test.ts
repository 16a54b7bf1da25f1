// Errorcheck tests over testdata/check, in the manner of Go's test/run.go
// "errorcheck" mode: every line carrying `// ERROR "re" ["re" ...]` must get a
// diagnostic matching each regexp, and no diagnostic may fall on any other line.
// testdata/check/ok/*.go and every testdata/run/**/*.go program must check clean.
// The expectations were verified against real Go (testdata/check/verify-with-go.sh).

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkProgram } from './checkProgram.js';
import type { Diagnostic } from './diagnostics.js';
import { SourceFile } from './source.js';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const checkDir = join(repoRoot, 'testdata', 'check');
const okDir = join(checkDir, 'ok');
const runDir = join(repoRoot, 'testdata', 'run');

interface WantedError {
  line: number;
  /** The regexp as written, after LINE substitution. */
  source: string;
  re: RegExp;
}

interface ReportedError {
  line: number;
  message: string;
}

// Mirrors test/run.go: errRx `// (?:GC_)?ERROR (.*)` and errQuotesRx `"([^"]*)"`;
// `LINE`, `LINE+n` and `LINE-n` inside a regexp become "file.go:N".
const errorCommentRx = /\/\/ (?:GC_)?ERROR (.*)$/;
const quotedRx = /"([^"]*)"/g;
const lineRx = /LINE(([+-])(\d+))?/g;

function wantedErrors(fileName: string, text: string): WantedError[] {
  const wanted: WantedError[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = errorCommentRx.exec(lines[i]);
    if (!m) continue;
    const line = i + 1;
    for (const q of m[1].matchAll(quotedRx)) {
      const source = q[1].replace(lineRx, (_all, delta: string | undefined, sign: string, n: string) => {
        const target = delta === undefined ? line : sign === '+' ? line + Number(n) : line - Number(n);
        return `${fileName}:${target}`;
      });
      wanted.push({ line, source, re: new RegExp(source) });
    }
  }
  return wanted;
}

function reportedErrors(fileName: string, diags: readonly Diagnostic[]): ReportedError[] {
  return diags.map((d) => {
    const p = d.file.position(d.offset);
    // A diagnostic in another file cannot be claimed by any ERROR line.
    const line = p.filename === fileName ? p.line : -1;
    return { line, message: d.message };
  });
}

/**
 * Mirrors test/run.go errorCheck: each wanted regexp takes the errors reported on
 * its line; those it matches are consumed (there must be at least one), the rest
 * stay available to other regexps on the line. Whatever is left at the end is an
 * unexpected error. Returns one problem per failure, naming file and line.
 */
function errorCheck(fileName: string, wanted: readonly WantedError[], reported: readonly ReportedError[]): string[] {
  const problems: string[] = [];
  let pool = [...reported];
  for (const w of wanted) {
    const onLine = pool.filter((r) => r.line === w.line);
    if (onLine.length === 0) {
      problems.push(`${fileName}:${w.line}: missing error matching /${w.source}/`);
      continue;
    }
    const unmatched = onLine.filter((r) => !w.re.test(r.message));
    if (unmatched.length === onLine.length) {
      const got = onLine.map((r) => JSON.stringify(r.message)).join(', ');
      problems.push(`${fileName}:${w.line}: no match for /${w.source}/ in: ${got}`);
      continue;
    }
    pool = pool.filter((r) => r.line !== w.line).concat(unmatched);
  }
  for (const r of pool.sort((a, b) => a.line - b.line)) {
    problems.push(`${fileName}:${r.line}: unexpected error: ${JSON.stringify(r.message)}`);
  }
  return problems;
}

function goFiles(dir: string, recursive: boolean): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir).sort();
  } catch {
    return []; // the folder does not exist (yet)
  }
  const files: string[] = [];
  for (const e of entries) {
    const path = join(dir, e);
    if (statSync(path).isDirectory()) {
      if (recursive) files.push(...goFiles(path, true));
    } else if (e.endsWith('.go')) {
      files.push(path);
    }
  }
  return files;
}

function checkSingleFile(path: string): { name: string; text: string; diagnostics: Diagnostic[] } {
  const name = basename(path);
  const text = readFileSync(path, 'utf8');
  const { diagnostics } = checkProgram([{ name, text }]);
  return { name, text, diagnostics };
}

function describeAll(name: string, diags: readonly Diagnostic[]): string {
  if (diags.length === 0) return `${name}: no diagnostics reported`;
  const lines = diags.map((d) => {
    const p = d.file.position(d.offset);
    return `  ${p.filename}:${p.line}:${p.column}: ${d.message.replace(/\n/g, '\n    ')}`;
  });
  return `${name}: all diagnostics reported:\n${lines.join('\n')}`;
}

describe('errorcheck matcher (the driver itself)', () => {
  const text = [
    'package main',
    'func main() {',
    '\tx := 1 // ERROR "declared and not used: x"',
    '\ty() // ERROR "undefined: y" "second"',
    '\tgoto L // ERROR "jumps over declaration of z at LINE\\+1|at LINE+1"',
    '}',
  ].join('\n');
  const file = new SourceFile('m.go', text);
  const at = (line: number, message: string): Diagnostic => ({ file, offset: file.lineStarts[line - 1] + 1, message });
  const wanted = wantedErrors('m.go', text);

  it('reads every quoted regexp and substitutes LINE+n', () => {
    expect(wanted.map((w) => [w.line, w.source])).toEqual([
      [3, 'declared and not used: x'],
      [4, 'undefined: y'],
      [4, 'second'],
      [5, 'jumps over declaration of z at m.go:5\\+1|at m.go:6'],
    ]);
  });

  it('accepts exactly the wanted errors', () => {
    const diags = [
      at(3, 'declared and not used: x'),
      at(4, 'undefined: y'),
      at(4, 'a second error'),
      at(5, 'goto L jumps over declaration of z at m.go:6:2'),
    ];
    expect(errorCheck('m.go', wanted, reportedErrors('m.go', diags))).toEqual([]);
  });

  it('reports missing, mismatched and unexpected errors by file and line', () => {
    const diags = [
      at(3, 'x declared but not used'),
      at(4, 'undefined: y'),
      at(5, 'goto L jumps over declaration of z at m.go:6:2'),
      at(6, 'missing return'),
    ];
    expect(errorCheck('m.go', wanted, reportedErrors('m.go', diags))).toEqual([
      'm.go:3: no match for /declared and not used: x/ in: "x declared but not used"',
      'm.go:4: missing error matching /second/',
      'm.go:3: unexpected error: "x declared but not used"',
      'm.go:6: unexpected error: "missing return"',
    ]);
  });
});

describe('testdata/check: diagnostics match the // ERROR comments', () => {
  const files = goFiles(checkDir, false);

  it('has the errorcheck files', () => {
    expect(files.length).toBeGreaterThanOrEqual(30);
  });

  for (const path of files) {
    it(basename(path), () => {
      const { name, text, diagnostics } = checkSingleFile(path);
      const wanted = wantedErrors(name, text);
      expect(wanted.length, `${name} has no // ERROR comment`).toBeGreaterThan(0);
      const problems = errorCheck(name, wanted, reportedErrors(name, diagnostics));
      const report = problems.length === 0 ? '' : `${problems.join('\n')}\n${describeAll(name, diagnostics)}`;
      expect(report).toBe('');
    });
  }
});

describe('valid programs check without diagnostics', () => {
  const files = [...goFiles(okDir, false), ...goFiles(runDir, true)];

  it('has the valid programs of testdata/check/ok', () => {
    expect(goFiles(okDir, false).length).toBeGreaterThanOrEqual(15);
  });

  for (const path of files) {
    it(relative(repoRoot, path), () => {
      const { name, diagnostics } = checkSingleFile(path);
      expect(diagnostics.length === 0 ? '' : describeAll(name, diagnostics)).toBe('');
    });
  }
});
