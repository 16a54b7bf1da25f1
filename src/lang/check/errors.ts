// Error reporting (go/types errors.go) with gc's Go 1.22 wording conventions:
// an error may have continuation lines (`\n\tprog.go:3:6: other declaration of x`);
// errors whose message mentions "invalid operand" or "invalid type" (not at the
// start) are follow-on errors and dropped once an error was reported; soft errors
// (unused variables/imports, no new variables) are marked as such.

import type * as ast from '../ast.js';
import type { SourceFile } from '../source.js';
import type { Checker } from './checker.js';
import type { Obj } from './objects.js';
import type { Operand } from './operand.js';

/**
 * Where an error is reported: an offset in the checker's current file, a syntax
 * node (its start), an operand (its expression's start), or an object (its
 * declaring identifier, in its own file).
 */
export type At = number | ast.Node | Operand | Obj;

interface Desc {
  file: SourceFile;
  pos: number;
  msg: string;
}

/**
 * The position gc's syntax tree gives a node (syntax.Node.Pos): the operator of
 * a binary expression, the '(' of a call, the '[' of an index or slice, the '.'
 * of a selector, the ':' of a key-value pair, the operator of an assignment.
 */
export function syntaxPos(n: ast.Node): number {
  switch (n.kind) {
    case 'BinaryExpr': return n.opPos;
    case 'CallExpr': return n.lparen;
    case 'IndexExpr': return n.lbrack;
    case 'SliceExpr': return n.lbrack;
    case 'SelectorExpr': return n.sel.pos - 1;
    case 'TypeAssertExpr': return n.lparen - 1;
    case 'KeyValueExpr': return n.colon;
    case 'CompositeLit': return n.lbrace;
    case 'AssignStmt': return n.tokPos;
    case 'IncDecStmt': return n.tokPos;
    case 'SendStmt': return n.arrow;
    case 'ExprStmt': return syntaxPos(n.x);
    // syntax.FuncType's position is its parameter list (after `func`)
    case 'FuncType': return n.typeParams && n.typeParams.opening >= 0 ? n.typeParams.opening : n.params.opening >= 0 ? n.params.opening : n.pos;
    default: return n.pos;
  }
}

/**
 * gc's error position for a node (syntax.StartPos): the leftmost position along
 * the left spine, except that slice expressions and key-value pairs (and
 * expression statements) report their syntax.Pos.
 */
export function startPos(n: ast.Node): number {
  let m: ast.Node = n;
  for (;;) {
    switch (m.kind) {
      case 'CompositeLit':
        if (m.type) {
          m = m.type;
          continue;
        }
        return m.lbrace;
      case 'SelectorExpr': m = m.x; continue;
      case 'IndexExpr': m = m.x; continue;
      case 'TypeAssertExpr': m = m.x; continue;
      case 'BinaryExpr': m = m.x; continue;
      case 'CallExpr': m = m.fun; continue;
      case 'SendStmt': m = m.chan; continue;
      case 'AssignStmt': m = m.lhs[0]; continue;
      case 'IncDecStmt': m = m.x; continue;
      default: return syntaxPos(m);
    }
  }
}

function isOperand(x: object): x is Operand {
  return 'mode' in x && 'val' in x;
}

function isObj(x: object): x is Obj {
  return 'scopePos' in x;
}

export class ErrorBuilder {
  private readonly desc: Desc[] = [];
  soft = false;
  constructor(private readonly check: Checker) {}

  /** Adds a part located at `at`. */
  addf(at: At, msg: string): this {
    const check = this.check;
    if (typeof at === 'number') {
      this.desc.push({ file: check.file, pos: at, msg });
    } else if (isOperand(at)) {
      this.desc.push({ file: check.file, pos: at.expr ? startPos(at.expr) : -1, msg });
    } else if (isObj(at)) {
      this.desc.push({ file: at.file ?? check.file, pos: at.file ? at.pos : -1, msg });
    } else {
      this.desc.push({ file: check.file, pos: startPos(at as ast.Node), msg });
    }
    return this;
  }

  addAt(file: SourceFile, pos: number, msg: string): this {
    this.desc.push({ file, pos, msg });
    return this;
  }

  /** `other declaration of x` at obj, if obj has a position (go/types addAltDecl). */
  addAltDecl(obj: Obj): this {
    if (obj.file && obj.pos >= 0) this.addAt(obj.file, obj.pos, `other declaration of ${obj.name}`);
    return this;
  }

  /** Prepends text to the first part's message (`in call to f, cannot infer T`). */
  prefixFirst(prefix: string): this {
    if (this.desc.length) this.desc[0].msg = prefix + this.desc[0].msg;
    return this;
  }

  empty(): boolean {
    return this.desc.length === 0;
  }

  message(): string {
    let s = '';
    for (let i = 0; i < this.desc.length; i++) {
      const d = this.desc[i];
      if (i > 0) {
        s += '\n\t';
        if (d.pos >= 0) {
          const p = d.file.position(d.pos);
          s += `${p.filename}:${p.line}:${p.column}: `;
        }
      }
      s += d.msg;
    }
    return s;
  }

  report(): void {
    if (this.desc.length === 0) return;
    const check = this.check;
    const first = this.desc[0].msg;
    if (check.firstErr && (first.indexOf('invalid operand') > 0 || first.indexOf('invalid type') > 0)) return;
    const d = this.desc[0];
    check.handleError(d.file, d.pos < 0 ? 0 : d.pos, this.message(), this.soft);
    this.desc.length = 0;
  }
}

export const invalidOp = 'invalid operation: ';
export const invalidArg = 'invalid argument: ';
