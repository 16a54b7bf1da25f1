// Diagnostics as gc prints them: `prog.go:12:5: undefined: foo`, sorted by
// position, at most 10 and then `too many errors` (cmd/compile/internal/base).

import type { SourceFile } from './source.js';

export interface Diagnostic {
  file: SourceFile;
  /** UTF-16 offset in file.text. */
  offset: number;
  message: string;
  /** Soft errors (e.g. unused variables) are reported only when there is no hard one. */
  soft?: boolean;
}

export const MAX_REPORTED_ERRORS = 10;

export function formatDiagnostic(d: Diagnostic): string {
  const p = d.file.position(d.offset);
  return `${p.filename}:${p.line}:${p.column}: ${d.message}`;
}

/**
 * The diagnostics gc would keep, in report order (base.ErrorfAt): one syntax
 * error per line, and an equal message on the same line only once.
 */
export function gcReported(diags: readonly Diagnostic[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  let lastSyntax = '';
  let lastOther = '';
  let lastMsg = '';
  for (const d of diags) {
    const p = d.file.position(d.offset);
    const lineKey = `${p.filename}:${p.line}`;
    if (d.message.startsWith('syntax error')) {
      if (lineKey === lastSyntax) continue;
      lastSyntax = lineKey;
    } else {
      if (lineKey === lastOther && d.message === lastMsg) continue;
      lastOther = lineKey;
      lastMsg = d.message;
    }
    out.push(d);
  }
  return out;
}

/**
 * Mirrors cmd/compile/internal/base.ErrorfAt + FlushErrors: diagnostics arrive in
 * report order; only one syntax error per line, and an equal message on the same
 * line is dropped; after the 10th error gc stops, prints the collected ones sorted
 * by position, then `<pos of the 10th>: too many errors`.
 */
export function formatDiagnostics(diags: readonly Diagnostic[]): string[] {
  const kept: { d: Diagnostic; line: number; col: number; text: string }[] = [];
  let lastSyntax = '';
  let lastOther = '';
  let lastMsg = '';
  let tooMany: string | undefined;
  for (const d of diags) {
    const p = d.file.position(d.offset);
    const lineKey = `${p.filename}:${p.line}`;
    if (d.message.startsWith('syntax error')) {
      if (lineKey === lastSyntax) continue;
      lastSyntax = lineKey;
    } else {
      if (lineKey === lastOther && d.message === lastMsg) continue;
      lastOther = lineKey;
      lastMsg = d.message;
    }
    const text = `${p.filename}:${p.line}:${p.column}: ${d.message}`;
    kept.push({ d, line: p.line, col: p.column, text });
    if (kept.length >= MAX_REPORTED_ERRORS) {
      tooMany = `${p.filename}:${p.line}:${p.column}: too many errors`;
      break;
    }
  }
  kept.sort((a, b) =>
    a.d.file.name < b.d.file.name ? -1 : a.d.file.name > b.d.file.name ? 1 : a.line - b.line || a.col - b.col);
  const lines: string[] = [];
  for (const k of kept) if (lines[lines.length - 1] !== k.text) lines.push(k.text);
  if (tooMany) lines.push(tooMany);
  return lines;
}
