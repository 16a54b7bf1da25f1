// Parses every .go file of the installed Go's standard library ($GOROOT/src)
// and requires no diagnostic, except for the files that exist to be invalid.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SourceFile } from './source.js';
import { parseFile } from './parser.js';

function goEnv(name: string): string | undefined {
  try {
    return execFileSync('go', ['env', name], { encoding: 'utf8' }).trim();
  } catch {
    return undefined;
  }
}

const goroot = goEnv('GOROOT');
const goVersion = goEnv('GOVERSION') ?? '';
const hasGo = goroot !== undefined && goroot !== '';

/**
 * The deliberately invalid files of Go 1.19's $GOROOT/src (all under
 * testdata): those that gc's own parser (cmd/compile/internal/syntax in
 * CheckBranches mode, as `go build` runs it) rejects. Computed once with that
 * parser and with `gofmt -e`; files only gofmt rejects (go/parser is stricter
 * than gc in a few places) are not listed: gc accepts them, and so must we.
 * For another Go version the list is recomputed below with gofmt.
 */
const INVALID_GO119: readonly string[] = [
  'cmd/compile/internal/syntax/testdata/fallthrough.go',  // gc only (labels, fallthrough or receivers), go/parser accepts it
  'cmd/compile/internal/syntax/testdata/issue20789.go',
  'cmd/compile/internal/syntax/testdata/issue23385.go',
  'cmd/compile/internal/syntax/testdata/issue23434.go',
  'cmd/compile/internal/syntax/testdata/issue31092.go',
  'cmd/compile/internal/syntax/testdata/issue43527.go',
  'cmd/compile/internal/syntax/testdata/issue43674.go',
  'cmd/compile/internal/syntax/testdata/issue46558.go',
  'cmd/compile/internal/syntax/testdata/issue47704.go',
  'cmd/compile/internal/syntax/testdata/issue48382.go',
  'cmd/compile/internal/syntax/testdata/issue49205.go',
  'cmd/compile/internal/syntax/testdata/issue49482.go',
  'cmd/compile/internal/syntax/testdata/issue52391.go',
  'cmd/compile/internal/syntax/testdata/sample.go',
  'cmd/compile/internal/syntax/testdata/smoketest.go',
  'cmd/compile/internal/syntax/testdata/tparams.go',
  'cmd/compile/internal/syntax/testdata/typeset.go',
  'cmd/compile/internal/types2/testdata/check/decls2/decls2a.go',  // gc only (labels, fallthrough or receivers), go/parser accepts it
  'cmd/compile/internal/types2/testdata/check/expr3.go',
  'cmd/compile/internal/types2/testdata/check/gotos.go',  // gc only (labels, fallthrough or receivers), go/parser accepts it
  'cmd/compile/internal/types2/testdata/check/issues0.go',
  'cmd/compile/internal/types2/testdata/check/labels.go',  // gc only (labels, fallthrough or receivers), go/parser accepts it
  'cmd/compile/internal/types2/testdata/check/stmt0.go',
  'cmd/compile/internal/types2/testdata/check/typeinst0.go',
  'cmd/compile/internal/types2/testdata/check/typeparams.go',
  'cmd/compile/internal/types2/testdata/check/vardecl.go',
  'cmd/compile/internal/types2/testdata/examples/functions.go',
  'cmd/compile/internal/types2/testdata/examples/types.go',
  'cmd/compile/internal/types2/testdata/fixedbugs/issue39634.go',
  'cmd/compile/internal/types2/testdata/fixedbugs/issue43190.go',
  'cmd/compile/internal/types2/testdata/fixedbugs/issue45635.go',
  'cmd/compile/internal/types2/testdata/fixedbugs/issue47996.go',
  'cmd/compile/internal/types2/testdata/fixedbugs/issue51533.go',  // gc only (labels, fallthrough or receivers), go/parser accepts it
  'cmd/compile/internal/types2/testdata/fixedbugs/issue51658.go',
  'go/doc/testdata/issue17788.go',  // gc only (labels, fallthrough or receivers), go/parser accepts it
  'go/parser/testdata/issue42951/not_a_file.go/invalid.go',
  'go/types/testdata/check/decls2/decls2a.go',  // gc only (labels, fallthrough or receivers), go/parser accepts it
  'go/types/testdata/check/expr3.go',
  'go/types/testdata/check/gotos.go',  // gc only (labels, fallthrough or receivers), go/parser accepts it
  'go/types/testdata/check/issues0.go',
  'go/types/testdata/check/labels.go',  // gc only (labels, fallthrough or receivers), go/parser accepts it
  'go/types/testdata/check/stmt0.go',
  'go/types/testdata/check/typeinst0.go',
  'go/types/testdata/check/typeparams.go',
  'go/types/testdata/check/vardecl.go',
  'go/types/testdata/examples/functions.go',
  'go/types/testdata/examples/types.go',
  'go/types/testdata/fixedbugs/issue39634.go',
  'go/types/testdata/fixedbugs/issue43190.go',
  'go/types/testdata/fixedbugs/issue45635.go',
  'go/types/testdata/fixedbugs/issue46403.go',
  'go/types/testdata/fixedbugs/issue48827.go',
  'go/types/testdata/fixedbugs/issue50427.go',
  'go/types/testdata/fixedbugs/issue51533.go',  // gc only (labels, fallthrough or receivers), go/parser accepts it
  'go/types/testdata/fixedbugs/issue51658.go',
];

const BRANCH_ERROR = /^(label .* (defined and not used|already defined at|not defined)|goto .* jumps|(break|continue) (is not in a loop|label not defined)|invalid (break|continue) label|.*fallthrough|method has (no|multiple) receivers?)/;

function goFiles(dir: string, acc: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const st = statSync(p);
    if (st.isDirectory()) goFiles(p, acc);
    else if (name.endsWith('.go')) acc.push(p);
  }
  return acc;
}

/** For a Go version other than 1.19: the testdata files that `gofmt -e` rejects. */
function gofmtRejects(src: string, files: string[]): Set<string> {
  const testdata = files.filter((f) => f.includes('/testdata/'));
  let out = '';
  try {
    execFileSync('gofmt', ['-e', '-l', ...testdata], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 26 });
  } catch (e) {
    out = String((e as { stderr?: string }).stderr ?? '');
  }
  const bad = new Set<string>();
  for (const line of out.split('\n')) {
    const m = /^(.*?\.go):\d+:\d+: /.exec(line);
    if (m) bad.add(relative(src, m[1]));
  }
  return bad;
}

describe.runIf(hasGo)('parser: the Go standard library', () => {
  it('parses every file of $GOROOT/src without a diagnostic, and rejects the invalid ones', () => {
    const src = join(goroot as string, 'src');
    const files = goFiles(src);
    const pinned = goVersion.startsWith('go1.19');
    const invalid = pinned ? new Set(INVALID_GO119) : gofmtRejects(src, files);

    let lines = 0;
    let bytes = 0;
    const failures: string[] = [];
    const rejected: string[] = [];
    const start = process.hrtime.bigint();
    for (const path of files) {
      const text = readFileSync(path, 'utf8');
      const rel = relative(src, path);
      const r = parseFile(new SourceFile(rel, text));
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines++;
      bytes += text.length;
      if (invalid.has(rel)) {
        if (r.diagnostics.length > 0) rejected.push(rel);
        continue;
      }
      let diags = r.diagnostics;
      // Another Go version's testdata may hold label or receiver errors that
      // gofmt does not check but gc does.
      if (!pinned && rel.includes('/testdata/')) diags = diags.filter((d) => !BRANCH_ERROR.test(d.message));
      if (diags.length > 0) {
        const p = r.source.position(diags[0].offset);
        failures.push(`${rel}:${p.line}:${p.column}: ${diags[0].message}`);
      }
    }
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    console.log(`parsed ${files.length} files, ${lines} lines, ${(bytes / 1e6).toFixed(1)} MB of ${goVersion} in ${seconds.toFixed(2)} s ` +
      `(${Math.round(lines / seconds)} lines/s incl. reading); ${invalid.size} invalid files excluded, ${rejected.length} of them rejected`);

    expect(files.length).toBeGreaterThan(1000);
    expect(failures.slice(0, 20)).toEqual([]);
    if (pinned) {
      // gc rejects every listed file; so must we
      expect(rejected.sort()).toEqual([...INVALID_GO119].sort());
    }
  });
});
