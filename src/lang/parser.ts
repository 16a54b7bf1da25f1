// The Go parser: source file to go/ast-shaped syntax tree plus gc's syntax
// diagnostics. The grammar and error recovery follow
// cmd/compile/internal/syntax/parser.go (what `go build` runs), so messages,
// positions and which errors are reported match gc (Go 1.22 wording); the
// pieces live in parse/ (one file per concern, layered by inheritance).
// parseFile never throws: on any input it returns a File and diagnostics.

import type * as ast from './ast.js';
import type { Diagnostic } from './diagnostics.js';
import { SourceFile } from './source.js';
import { FileParser } from './parse/parseDecls.js';
import { NestingTooDeep, NoProgress } from './parse/parserBase.js';

export interface ParseResult {
  file: ast.File;
  source: SourceFile;
  /**
   * What gc reports while parsing, in report order: scanner errors, syntax
   * errors, and (for bodies without syntax errors) label and branch errors.
   */
  diagnostics: Diagnostic[];
  /**
   * Errors gc reports from its type checker for constructs the AST cannot
   * represent (e.g. `go f` without a call, more than two range variables).
   * Report them together with the checker's errors, only when the file is
   * type-checked.
   */
  deferredDiagnostics: Diagnostic[];
  /**
   * Whether gc would go on to type-check: no "syntax error" was reported and
   * the package clause was intact (gc exits right after a bad package clause,
   * even for a lexical error there). Scanner and branch errors alone do not
   * stop gc from type-checking.
   */
  checkable: boolean;
  /** Literals with lexical errors (already reported); the checker treats them as invalid silently. */
  badLiterals: ReadonlySet<ast.BasicLit>;
}

export function parseFile(source: SourceFile): ParseResult {
  const p = new FileParser(source);
  let file: ast.File;
  let failed = false;
  try {
    p.next();
    file = p.parseFile();
  } catch (e) {
    // Only pathological nesting gets here (gc has no limit, go/parser stops
    // at the same kind of depth); anything else would be a parser bug, which
    // we still report as a diagnostic rather than throwing at the user.
    const deep = e instanceof NestingTooDeep || e instanceof RangeError;
    const message = deep ? 'syntax error: exceeded max nesting depth'
      : e instanceof NoProgress ? 'internal error: parser made no progress' : `internal error: parser: ${String(e)}`;
    p.diagnostics.push({ file: source, offset: Math.min(p.pos, source.text.length), message });
    file = {
      kind: 'File', pos: 0, end: source.text.length, filename: source.name, package: -1,
      name: { kind: 'Ident', pos: 0, end: 0, name: '_' }, decls: [], imports: [],
    };
    failed = true;
  }
  const diagnostics = p.diagnostics;
  const checkable = !failed && !p.packageClauseFailed && !diagnostics.some((d) => d.message.startsWith('syntax error'));
  return {
    file,
    source,
    diagnostics,
    deferredDiagnostics: p.deferred.map((d) => ({ file: source, offset: d.offset, message: d.message })),
    checkable,
    badLiterals: p.badLiterals,
  };
}

/** Parses `text` as a Go source file named `name` (default prog.go). */
export function parseText(text: string, name = 'prog.go'): ParseResult {
  return parseFile(new SourceFile(name, text));
}

/**
 * Parses a single expression (for tests and tools): the text is parsed as the
 * initializer of `var _ = ...` in a one-line file, so offsets are shifted by
 * the prefix length, which is returned as `offset`.
 */
export function parseExprText(text: string): { expr: ast.Expr | undefined; offset: number; result: ParseResult } {
  const prefix = 'package p; var _ = ';
  const result = parseText(prefix + text);
  const d = result.file.decls[0];
  let expr: ast.Expr | undefined;
  if (d && d.kind === 'GenDecl' && d.specs.length === 1) {
    const s = d.specs[0];
    if (s.kind === 'ValueSpec' && s.values.length === 1) expr = s.values[0];
  }
  return { expr, offset: prefix.length, result };
}
