// Front end for a whole program, as `go build` sees it: parse every file
// (gc stops after syntax errors), then type-check package main against the
// standard packages chanscope provides, and format the diagnostics as gc
// prints them.

import type * as ast from './ast.js';
import { checkPackage } from './check/checker.js';
import type { Info, Package } from './check/package.js';
import { stdImporter } from './check/stdImporter.js';
import { type Diagnostic, formatDiagnostics, gcReported } from './diagnostics.js';
import { parseFile } from './parser.js';
import { SourceFile } from './source.js';

export interface CheckedProgram {
  diagnostics: Diagnostic[];
  /** gc-style output lines (`prog.go:12:5: undefined: foo`, at most 10 plus `too many errors`). */
  lines: string[];
  pkg?: Package;
  info?: Info;
  files?: { source: SourceFile; file: ast.File }[];
}

/**
 * gc's base.ErrorfAt keeps only one of several equal non-syntax errors on a
 * line when they are reported one after another (`func f() (T, T)` gives one
 * `undefined: T`).
 */
function dropRepeats(diags: Diagnostic[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  let lastLine = -1;
  let lastFile: SourceFile | undefined;
  let lastMsg = '';
  for (const d of diags) {
    if (!d.message.startsWith('syntax error')) {
      const line = d.file.lineIndex(d.offset);
      if (d.file === lastFile && line === lastLine && d.message === lastMsg) continue;
      lastFile = d.file;
      lastLine = line;
      lastMsg = d.message;
    }
    out.push(d);
  }
  return out;
}

export function checkProgram(sources: { name: string; text: string }[]): CheckedProgram {
  const files: { source: SourceFile; file: ast.File }[] = [];
  const parseDiags: Diagnostic[] = [];
  const deferred: Diagnostic[] = [];
  const badLiterals = new Set<ast.BasicLit>();
  let checkable = true;
  for (const s of sources) {
    const source = new SourceFile(s.name, s.text);
    const r = parseFile(source);
    files.push({ source, file: r.file });
    parseDiags.push(...r.diagnostics);
    deferred.push(...r.deferredDiagnostics);
    for (const b of r.badLiterals) badLiterals.add(b);
    if (!r.checkable) checkable = false;
  }
  if (!checkable) {
    const kept = gcReported(parseDiags);
    return { diagnostics: kept, lines: formatDiagnostics(kept), files };
  }
  let r: ReturnType<typeof checkPackage>;
  try {
    r = checkPackage('main', files, { importer: stdImporter, badLiterals });
  } catch (e) {
    // A checker bug must not crash the playground: report it like a diagnostic.
    const f = files[0];
    const diagnostics = [...parseDiags, ...deferred,
      { file: f.source, offset: 0, message: `internal error: type checker: ${e instanceof Error ? e.message : String(e)}` }];
    return { diagnostics, lines: formatDiagnostics(diagnostics), files };
  }
  let checkDiags = r.diagnostics;
  if (parseDiags.length > 0 || deferred.length > 0) {
    // gc reports missing bodies only for otherwise error-free packages
    checkDiags = checkDiags.filter((d) => d.message !== 'missing function body');
  }
  // types2 reports a third range variable only when the range clause is otherwise
  // fine (rangeStmt's switch); the parser cannot know, so drop it here.
  const rangeLines = new Set(checkDiags.filter((d) => /^(cannot range over|range over)/.test(d.message)).map((d) => d.file.lineIndex(d.offset)));
  const kept = deferred.filter((d) => d.message !== 'range clause permits at most two iteration variables' || !rangeLines.has(d.file.lineIndex(d.offset)));
  const diagnostics = dropRepeats([...parseDiags, ...kept, ...checkDiags]);
  if (diagnostics.length === 0 && r.pkg.name === 'main' && files.length > 0 && r.pkg.scope.lookup('main') === undefined) {
    // gc leaves this to the linker: `function main is undeclared in the main package`
    const f = files[0];
    diagnostics.push({ file: f.source, offset: f.file.name.pos, message: 'function main is undeclared in the main package' });
  }
  return { diagnostics, lines: formatDiagnostics(diagnostics), pkg: r.pkg, info: r.info, files };
}
