// Terminating statements (go/types return.go, spec "Terminating statements"):
// a function with results must end in one, else `missing return`.

import type * as ast from '../ast.js';
import type { Checker } from './checker.js';
import { unparen } from './exprstring.js';

export function isTerminating(check: Checker, s: ast.Stmt, label: string): boolean {
  switch (s.kind) {
    case 'LabeledStmt':
      return isTerminating(check, s.stmt, s.label.name);
    case 'ExprStmt': {
      const call = unparen(s.x);
      return call.kind === 'CallExpr' && check.isPanic !== undefined && check.isPanic.has(call);
    }
    case 'ReturnStmt':
      return true;
    case 'BranchStmt':
      return s.tok === 'goto' || s.tok === 'fallthrough';
    case 'BlockStmt':
      return isTerminatingList(check, s.list, '');
    case 'IfStmt':
      return s.else !== undefined && isTerminating(check, s.body, '') && isTerminating(check, s.else, '');
    case 'SwitchStmt':
    case 'TypeSwitchStmt':
      return isTerminatingSwitch(check, s.clauses, label);
    case 'SelectStmt':
      for (const cc of s.clauses) {
        if (!isTerminatingList(check, cc.body, '') || hasBreakList(cc.body, label, true)) return false;
      }
      return true;
    case 'ForStmt':
      return s.cond === undefined && !hasBreak(s.body, label, true);
    default:
      return false;
  }
}

function isTerminatingList(check: Checker, list: ast.Stmt[], label: string): boolean {
  for (let i = list.length - 1; i >= 0; i--) {
    if (list[i].kind !== 'EmptyStmt') return isTerminating(check, list[i], label);
  }
  return false;
}

function isTerminatingSwitch(check: Checker, body: ast.CaseClause[], label: string): boolean {
  let hasDefault = false;
  for (const cc of body) {
    if (cc.list === undefined) hasDefault = true;
    if (!isTerminatingList(check, cc.body, '') || hasBreakList(cc.body, label, true)) return false;
  }
  return hasDefault;
}

/** Whether s is or contains a break referring to label, or (implicit) to the closest breakable statement. */
function hasBreak(s: ast.Stmt, label: string, implicit: boolean): boolean {
  switch (s.kind) {
    case 'LabeledStmt':
      return hasBreak(s.stmt, label, implicit);
    case 'BranchStmt':
      if (s.tok === 'break') {
        if (s.label === undefined) return implicit;
        if (s.label.name === label) return true;
      }
      return false;
    case 'BlockStmt':
      return hasBreakList(s.list, label, implicit);
    case 'IfStmt':
      return hasBreak(s.body, label, implicit) || (s.else !== undefined && hasBreak(s.else, label, implicit));
    case 'SwitchStmt':
    case 'TypeSwitchStmt':
      if (label !== '') for (const cc of s.clauses) if (hasBreakList(cc.body, label, false)) return true;
      return false;
    case 'SelectStmt':
      if (label !== '') for (const cc of s.clauses) if (hasBreakList(cc.body, label, false)) return true;
      return false;
    case 'ForStmt':
    case 'RangeStmt':
      return label !== '' && hasBreak(s.body, label, false);
    default:
      return false;
  }
}

function hasBreakList(list: ast.Stmt[], label: string, implicit: boolean): boolean {
  for (const s of list) if (hasBreak(s, label, implicit)) return true;
  return false;
}
