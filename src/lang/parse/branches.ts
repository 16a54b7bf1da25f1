// Checks labels and branch statements in one function body, as gc does while
// parsing (cmd/compile/internal/syntax/branches.go, CheckBranches mode):
// misplaced break/continue/fallthrough, bad labeled break/continue, unused,
// duplicate and missing labels, and gotos jumping into blocks or over
// variable declarations. gc runs it only on bodies without syntax errors.

import type * as ast from '../ast.js';
import type { SourceFile } from '../source.js';
import { exprListString } from './exprString.js';

type Report = (offset: number, message: string) => void;

interface Block {
  parent: Block | undefined; // immediately enclosing block, or undefined
  start: number; // start of block
  lstmt: ast.LabeledStmt | undefined; // labeled statement associated with this block
}

interface Label {
  parent: Block; // block containing this label declaration
  lstmt: ast.LabeledStmt; // statement declaring the label
  used: boolean;
}

type BreakTarget = ast.ForStmt | ast.RangeStmt | ast.SwitchStmt | ast.TypeSwitchStmt | ast.SelectStmt;

interface Targets {
  breaks: BreakTarget | undefined;
  continues: ast.ForStmt | ast.RangeStmt | undefined;
  caseIndex: number; // case index of immediately enclosing switch statement, or < 0
}

const INVALID = {} as ast.LabeledStmt; // signals a label that is not an enclosing target

export function checkBranches(body: ast.BlockStmt, file: SourceFile, report: Report): void {
  const ls = new LabelScope(file, report);
  const fwdGotos = ls.blockBranches(undefined, { breaks: undefined, continues: undefined, caseIndex: -1 }, undefined, body.pos, body.list);

  // If there are any forward gotos left, no matching label was found for
  // them: either those labels were never defined, or they are inside blocks
  // and not reachable from the gotos.
  for (const fwd of fwdGotos) {
    const label = fwd.label as ast.Ident;
    const l = ls.labels.get(label.name);
    if (l) {
      l.used = true; // avoid "defined and not used" error
      report(label.pos, `goto ${label.name} jumps into block starting at ${ls.posString(l.parent.start)}`);
    } else {
      report(label.pos, `label ${label.name} not defined`);
    }
  }

  // spec: "It is illegal to define a label that is never used."
  for (const l of ls.labels.values()) {
    if (!l.used) report(l.lstmt.label.pos, `label ${l.lstmt.label.name} defined and not used`);
  }
}

class LabelScope {
  readonly labels = new Map<string, Label>();

  constructor(private readonly file: SourceFile, private readonly report: Report) {}

  posString(offset: number): string {
    const p = this.file.position(offset);
    return `${p.filename}:${p.line}:${p.column}`;
  }

  /** Declares the label of s in block b; on a duplicate, reports and returns the first. */
  private declare(b: Block, s: ast.LabeledStmt): Label {
    const name = s.label.name;
    const alt = this.labels.get(name);
    if (alt) {
      this.report(s.label.pos, `label ${name} already defined at ${this.posString(alt.lstmt.label.pos)}`);
      return alt;
    }
    const l: Label = { parent: b, lstmt: s, used: false };
    this.labels.set(name, l);
    return l;
  }

  /** The labeled statement for a goto to name from block b, if declared in b or an enclosing block. */
  private gotoTarget(b: Block | undefined, name: string): ast.LabeledStmt | undefined {
    const l = this.labels.get(name);
    if (!l) return undefined;
    l.used = true; // even if it's not a valid target
    for (; b; b = b.parent) if (l.parent === b) return l.lstmt;
    return undefined;
  }

  /** The innermost enclosing labeled statement named name; INVALID if it is not enclosing. */
  private enclosingTarget(b: Block | undefined, name: string): ast.LabeledStmt | undefined {
    const l = this.labels.get(name);
    if (!l) return undefined;
    l.used = true; // even if it's not a valid target
    for (; b; b = b.parent) if (l.lstmt === b.lstmt) return l.lstmt;
    return INVALID;
  }

  /**
   * Processes a block's statements and returns its unresolved (forward)
   * gotos. ctxt says what break and continue may target; lstmt is the
   * labeled statement associated with this block, if any.
   */
  blockBranches(
    parent: Block | undefined, ctxt: Targets, lstmt: ast.LabeledStmt | undefined, start: number, body: readonly ast.Stmt[],
  ): ast.BranchStmt[] {
    const b: Block = { parent, start, lstmt };
    // the last variable declaration seen: its position and names (for the message)
    let varPos = -1;
    let varNames: readonly ast.Expr[] = [];
    let varFirstOnly = false;
    let fwdGotos: ast.BranchStmt[] = [];
    // Forward gotos seen before the variable declaration: they may jump over
    // it (they may still jump out of the block and be ok; we don't know yet).
    let badGotos: ast.BranchStmt[] = [];

    let n = body.length;
    while (n > 0 && body[n - 1].kind === 'EmptyStmt') n--; // trimTrailingEmptyStmts
    for (let stmtIndex = 0; stmtIndex < n; stmtIndex++) {
      let stmt = body[stmtIndex];
      lstmt = undefined;
      let inner: Targets | undefined;
      for (;;) {
        switch (stmt.kind) {
          case 'DeclStmt': {
            const d = stmt.decl;
            if (d.tok === 'var' && d.specs.length > 0) {
              const v = d.specs[0] as ast.ValueSpec;
              varPos = v.names[0].pos;
              varNames = v.names;
              varFirstOnly = true;
              badGotos = fwdGotos.slice();
            }
            break;
          }
          case 'LabeledStmt': {
            const s = stmt;
            const name = s.label.name;
            if (name !== '_') {
              const l = this.declare(b, s);
              // resolve matching forward gotos
              const keep: ast.BranchStmt[] = [];
              for (const fwd of fwdGotos) {
                if ((fwd.label as ast.Ident).name === name) {
                  l.used = true;
                  if (varPos >= 0 && badGotos.includes(fwd)) {
                    const v = varFirstOnly ? (varNames[0] as ast.Ident).name : exprListString(varNames);
                    this.report((fwd.label as ast.Ident).pos, `goto ${name} jumps over declaration of ${v} at ${this.posString(varPos)}`);
                  }
                } else {
                  keep.push(fwd); // no match - keep forward goto
                }
              }
              fwdGotos = keep;
              lstmt = s;
            }
            // process labeled statement
            stmt = s.stmt;
            continue;
          }
          case 'BranchStmt':
            this.branch(stmt, b, ctxt, stmtIndex, n, fwdGotos);
            break;
          case 'AssignStmt':
            if (stmt.tok === ':=') {
              varPos = stmt.tokPos;
              varNames = stmt.lhs;
              varFirstOnly = false;
              badGotos = fwdGotos.slice();
            }
            break;
          case 'BlockStmt':
            inner = { breaks: ctxt.breaks, continues: ctxt.continues, caseIndex: -1 };
            this.innerBlock(fwdGotos, b, inner, lstmt, stmt.pos, stmt.list);
            break;
          case 'IfStmt':
            inner = { breaks: ctxt.breaks, continues: ctxt.continues, caseIndex: -1 };
            this.innerBlock(fwdGotos, b, inner, lstmt, stmt.body.pos, stmt.body.list);
            if (stmt.else) this.innerBlock(fwdGotos, b, inner, lstmt, stmt.else.pos, [stmt.else]);
            break;
          case 'ForStmt':
          case 'RangeStmt':
            inner = { breaks: stmt, continues: stmt, caseIndex: -1 };
            this.innerBlock(fwdGotos, b, inner, lstmt, stmt.body.pos, stmt.body.list);
            break;
          case 'SwitchStmt':
          case 'TypeSwitchStmt': {
            const clauses = stmt.clauses;
            for (let i = 0; i < clauses.length; i++) {
              inner = { breaks: stmt, continues: ctxt.continues, caseIndex: i };
              this.innerBlock(fwdGotos, b, inner, lstmt, clauses[i].pos, clauses[i].body);
            }
            break;
          }
          case 'SelectStmt':
            inner = { breaks: stmt, continues: ctxt.continues, caseIndex: -1 };
            for (const cc of stmt.clauses) this.innerBlock(fwdGotos, b, inner, lstmt, cc.pos, cc.body);
            break;
        }
        break;
      }
    }
    return fwdGotos;
  }

  /** Unresolved forward gotos from an inner block become forward gotos for the current block. */
  private innerBlock(
    fwdGotos: ast.BranchStmt[], b: Block, ctxt: Targets, lstmt: ast.LabeledStmt | undefined, start: number, list: readonly ast.Stmt[],
  ): void {
    for (const g of this.blockBranches(b, ctxt, lstmt, start, list)) fwdGotos.push(g);
  }

  private branch(
    s: ast.BranchStmt, b: Block, ctxt: Targets, stmtIndex: number, nstmts: number, fwdGotos: ast.BranchStmt[],
  ): void {
    const label = s.label;
    if (!label) {
      // unlabeled branch statement
      switch (s.tok) {
        case 'break':
          if (!ctxt.breaks) this.report(s.pos, 'break is not in a loop, switch, or select');
          break;
        case 'continue':
          if (!ctxt.continues) this.report(s.pos, 'continue is not in a loop');
          break;
        case 'fallthrough': {
          let msg = 'fallthrough statement out of place';
          const t = ctxt.breaks;
          if (t && (t.kind === 'SwitchStmt' || t.kind === 'TypeSwitchStmt')) {
            if (t.kind === 'TypeSwitchStmt') {
              msg = 'cannot fallthrough in type switch';
            } else if (ctxt.caseIndex < 0 || stmtIndex + 1 < nstmts) {
              // fallthrough nested in a block or not the last statement
            } else if (ctxt.caseIndex + 1 === t.clauses.length) {
              msg = 'cannot fallthrough final case in switch';
            } else {
              return; // fallthrough ok
            }
          }
          this.report(s.pos, msg);
          break;
        }
      }
      return;
    }

    // labeled branch statement
    const name = label.name;
    switch (s.tok) {
      case 'break': {
        // spec: "If there is a label, it must be that of an enclosing "for",
        // "switch", or "select" statement, and that is the one whose execution terminates."
        const t = this.enclosingTarget(b, name);
        if (t) {
          const k = t === INVALID ? '' : t.stmt.kind;
          if (k !== 'SwitchStmt' && k !== 'TypeSwitchStmt' && k !== 'SelectStmt' && k !== 'ForStmt' && k !== 'RangeStmt') {
            this.report(label.pos, `invalid break label ${name}`);
          }
        } else {
          this.report(label.pos, `break label not defined: ${name}`);
        }
        break;
      }
      case 'continue': {
        // spec: "If there is a label, it must be that of an enclosing "for"
        // statement, and that is the one whose execution advances."
        const t = this.enclosingTarget(b, name);
        if (t) {
          const k = t === INVALID ? '' : t.stmt.kind;
          if (k !== 'ForStmt' && k !== 'RangeStmt') this.report(label.pos, `invalid continue label ${name}`);
        } else {
          this.report(label.pos, `continue label not defined: ${name}`);
        }
        break;
      }
      case 'goto':
        // the label may be declared later - add goto to forward gotos
        if (!this.gotoTarget(b, name)) fwdGotos.push(s);
        break;
    }
  }
}
