// Helpers for the checker's own tests: check a one-file program and look up
// facts in its Info by source text.

import type * as ast from '../ast.js';
import { checkProgram } from '../checkProgram.js';
import type { Diagnostic } from '../diagnostics.js';
import { exprString } from './exprstring.js';
import type { Info, Package, TypeAndValue } from './package.js';
import { typeString } from './typestring.js';

export interface Checked {
  info: Info;
  pkg: Package;
  diagnostics: Diagnostic[];
  /** `line:col: message` for every diagnostic, in report order. */
  errors: string[];
}

export function check(src: string): Checked {
  const r = checkProgram([{ name: 'prog.go', text: src }]);
  const errors = r.diagnostics.map((d) => {
    const p = d.file.position(d.offset);
    return `${p.line}:${p.column}: ${d.message}`;
  });
  if (!r.info || !r.pkg) throw new Error(`not type-checked: ${errors.join('; ')}`);
  return { info: r.info, pkg: r.pkg, diagnostics: r.diagnostics, errors };
}

/** The recorded type and value of the (first, or nth) expression spelled `text`. */
export function typeOf(c: Checked, text: string, nth = 0): TypeAndValue {
  const found: [ast.Expr, TypeAndValue][] = [];
  for (const [e, tv] of c.info.types) if (exprString(e) === text) found.push([e, tv]);
  found.sort((a, b) => a[0].pos - b[0].pos);
  if (found.length <= nth) throw new Error(`no recorded expression ${text}`);
  return found[nth][1];
}

/** Type of expression `text` as gc prints it (package main unqualified). */
export function typeStr(c: Checked, text: string, nth = 0): string {
  return typeString(typeOf(c, text, nth).type, (p) => (p === c.pkg ? '' : p.name));
}
