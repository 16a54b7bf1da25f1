// Statements (go/types stmt.go): function bodies (`missing return`,
// `declared and not used: x`), expression statements, sends, assignments and
// short variable declarations, go/defer, returns, blocks, if, expression and
// type switches (duplicate cases, per-clause type switch variables), select,
// for loops (Go 1.22 per-iteration variables need no checking rules), and
// range over strings, arrays, pointers to arrays, slices, maps, channels,
// integers (Go 1.22) and functions (Go 1.23 range-over-func).
// Branch statements (labels, break/continue/goto/fallthrough) are checked by
// labels.ts, as gc's parser does (syntax.checkBranches).

import type * as ast from '../ast.js';
import { assignVar, assignVars, assignment, initVar, initVars, shortVarDecl } from './assignments.js';
import type { Checker, DeclInfo } from './checker.js';
import * as constant from './constvalue.js';
import type { ConstValue } from './constvalue.js';
import { closeScope, declStmt, declare } from './decl.js';
import { invalidOp } from './errors.js';
import {
  ExprKind, binary, comparison, convertUntyped, expr, rawExpr, typeAssertion, use, useLHS,
} from './expr.js';
import { exprString, unparen } from './exprstring.js';
import { isTerminating } from './return.js';
import { Var } from './objects.js';
import { Mode, Operand } from './operand.js';
import { allBoolean, allNumeric, comparable, hasNil, identical, isBoolean, isInteger, isString, isValid } from './predicates.js';
import { Scope } from './scope.js';
import type { SourceFile } from '../source.js';
import { varType } from './typexpr.js';
import { BasicKind, ChanDir, RuneType, type Signature, type Type, Typ, coreType, invalidType, under } from './types.js';
import { objectString as objectStringOf } from './typestring.js';

/** go/types funcBody: checks a function body in its own environment. */
export function funcBody(check: Checker, decl: DeclInfo | undefined, name: string, sig: Signature, body: ast.BlockStmt,
  iota: ConstValue | undefined, file: SourceFile): void {
  void name;
  if (sig.scope) {
    sig.scope.pos = body.pos;
    sig.scope.end = body.end;
  }
  const saved = check.saveEnv();
  check.decl = decl;
  check.scope = sig.scope!;
  check.file = file;
  check.iota = iota;
  check.errpos = -1;
  check.inTParamList = false;
  check.sig = sig;
  check.isPanic = undefined;
  check.hasLabel = false;
  check.hasCallOrRecv = false;
  try {
    stmtList(check, 0, body.list);
    if (sig.results.vars.length > 0 && !isTerminating(check, body, '')) {
      check.error(body.rbrace, 'missing return');
    }
    usage(check, sig.scope!);
  } finally {
    check.restoreEnv(saved);
  }
}

/** Reports unused local variables of scope and its non-function children, in source order. */
function usage(check: Checker, scope: Scope): void {
  const unused: Var[] = [];
  for (const elem of scope.elems.values()) {
    if (elem.kind === 'var' && !elem.used) unused.push(elem);
  }
  unused.sort((a, b) => a.pos - b.pos);
  for (const v of unused) check.softError(v, `declared and not used: ${v.name}`);
  for (const child of scope.children) if (!child.isFunc) usage(check, child);
}

// statement contexts
const FALLTHROUGH_OK = 4;
const FINAL_SWITCH_CASE = 8;
const IN_TYPE_SWITCH = 16;

function trimTrailingEmptyStmts(list: ast.Stmt[]): ast.Stmt[] {
  let i = list.length;
  while (i > 0 && list[i - 1].kind === 'EmptyStmt') i--;
  return i === list.length ? list : list.slice(0, i);
}

export function stmtList(check: Checker, ctxt: number, list: ast.Stmt[]): void {
  const ok = (ctxt & FALLTHROUGH_OK) !== 0;
  const inner0 = ctxt & ~FALLTHROUGH_OK;
  list = trimTrailingEmptyStmts(list);
  for (let i = 0; i < list.length; i++) {
    let inner = inner0;
    if (ok && i + 1 === list.length) inner |= FALLTHROUGH_OK;
    stmt(check, inner, list[i]);
  }
}

function multipleDefaults(check: Checker, list: (ast.CaseClause | ast.CommClause)[]): void {
  let first: ast.CaseClause | ast.CommClause | undefined;
  for (const c of list) {
    const isDefault = c.kind === 'CaseClause' ? c.list === undefined : c.comm === undefined;
    if (!isDefault) continue;
    if (first) {
      const p = check.file.position(first.pos);
      check.error(c, `multiple defaults (first at ${p.filename}:${p.line}:${p.column})`);
    } else {
      first = c;
    }
  }
}

function openScope(check: Checker, node: ast.Node, end: number, comment: string): void {
  const s = new Scope(check.scope, node.pos, end, comment, check.file);
  check.recordScope(node, s);
  check.scope = s;
}

/** go/types suspendedCall: `go f()` / `defer f()` must call a function. */
function suspendedCall(check: Checker, keyword: string, call: ast.CallExpr): void {
  const x = new Operand();
  const kind = rawExpr(check, undefined, x, call, undefined, false);
  let msg: string;
  switch (kind) {
    case ExprKind.Conversion: msg = 'requires function call, not conversion'; break;
    case ExprKind.Expression: msg = 'discards result of'; break;
    default: return;
  }
  check.error(x, `${keyword} ${msg} ${check.opString(x)}`);
}

/** Key for duplicate constant case detection (go/types goVal): ints, floats and strings only. */
function goVal(val: ConstValue): string | undefined {
  switch (constant.kindOf(val)) {
    case constant.Kind.Int: case constant.Kind.Float: case constant.Kind.String:
      return constant.keyString(val);
  }
  return undefined;
}

function caseValues(check: Checker, x: Operand, values: ast.Expr[], seen: Map<string, { pos: number; type: Type }[]>): void {
  for (const e of values) {
    const v = new Operand();
    expr(check, undefined, v, e);
    if (x.mode === Mode.Invalid || v.mode === Mode.Invalid) continue;
    convertUntyped(check, v, x.type);
    if ((v.mode as Mode) === Mode.Invalid) continue;
    const res = v.clone();
    comparison(check, res, x, '==', true);
    if (res.mode === Mode.Invalid) continue;
    if (v.mode !== Mode.Constant) continue;
    const key = goVal(v.val!);
    if (key === undefined) continue;
    const list = seen.get(key) ?? [];
    let dup = false;
    for (const vt of list) {
      if (identical(v.type, vt.type)) {
        const err = check.newError();
        err.addf(v, `duplicate case ${check.opString(v)} in expression switch`);
        err.addAt(check.file, vt.pos, 'previous case');
        err.report();
        dup = true;
        break;
      }
    }
    if (dup) continue;
    list.push({ pos: v.pos(), type: v.type });
    seen.set(key, list);
  }
}

function isNilExpr(check: Checker, e: ast.Expr): boolean {
  const n = unparen(e);
  if (n.kind === 'Ident') {
    const obj = check.lookup(n.name);
    return !!obj && obj.kind === 'nil';
  }
  return false;
}

function caseTypes(check: Checker, x: Operand | undefined, types: ast.Expr[], seen: { type: Type | undefined; e: ast.Expr }[]): Type | undefined {
  let T: Type | undefined;
  outer: for (const e of types) {
    if (isNilExpr(check, e)) {
      T = undefined;
      const dummy = new Operand();
      expr(check, undefined, dummy, e);
    } else {
      T = varType(check, e);
      if (T === invalidType) continue;
    }
    for (const other of seen) {
      const t = other.type;
      if ((T === undefined && t === undefined) || (T !== undefined && t !== undefined && identical(T, t))) {
        const Ts = T === undefined ? 'nil' : check.typeString(T);
        const err = check.newError();
        err.addf(e, `duplicate case ${Ts} in type switch`);
        err.addf(other.e, 'previous case');
        err.report();
        continue outer;
      }
    }
    seen.push({ type: T, e });
    if (x && T !== undefined) typeAssertion(check, e, x, T, true);
  }
  return T;
}

export function stmt(check: Checker, ctxt: number, s: ast.Stmt): void {
  const top = check.delayedCount();
  try {
    stmt0(check, ctxt, s);
  } finally {
    check.processDelayed(top);
  }
}

function stmt0(check: Checker, ctxt: number, s: ast.Stmt): void {
  const inner = ctxt & ~(FALLTHROUGH_OK | FINAL_SWITCH_CASE | IN_TYPE_SWITCH);
  switch (s.kind) {
    case 'EmptyStmt':
    case 'BadStmt':
      return;
    case 'DeclStmt':
      declStmt(check, s.decl);
      return;
    case 'LabeledStmt':
      check.hasLabel = true;
      stmt(check, ctxt, s.stmt);
      return;
    case 'ExprStmt': {
      const x = new Operand();
      const kind = rawExpr(check, undefined, x, s.x, undefined, false);
      let msg: string;
      switch (x.mode) {
        case Mode.Builtin: msg = 'must be called'; break;
        case Mode.TypExpr: msg = 'is not an expression'; break;
        default:
          if (kind === ExprKind.Statement) return;
          msg = 'is not used';
      }
      check.error(x, `${check.opString(x)} ${msg}`);
      return;
    }
    case 'SendStmt': {
      const ch = new Operand();
      const val = new Operand();
      expr(check, undefined, ch, s.chan);
      expr(check, undefined, val, s.value);
      if (ch.mode === Mode.Invalid || val.mode === Mode.Invalid) return;
      const u = coreType(ch.type);
      if (u === undefined) {
        check.error(s, `${invalidOp}cannot send to ${check.opString(ch)}: no core type`);
        return;
      }
      if (u.tag !== 'Chan') {
        check.error(s, `${invalidOp}cannot send to non-channel ${check.opString(ch)}`);
        return;
      }
      if (u.dir === ChanDir.RecvOnly) {
        check.error(s, `${invalidOp}cannot send to receive-only channel ${check.opString(ch)}`);
        return;
      }
      assignment(check, val, u.elem, 'send');
      return;
    }
    case 'IncDecStmt': {
      const x = new Operand();
      expr(check, undefined, x, s.x);
      if (x.mode === Mode.Invalid) return;
      if (!allNumeric(x.type)) {
        const op = s.tok === '++' ? '+' : '-';
        check.error(s.x, `${invalidOp}${exprString(s.x)}${op}${op} (non-numeric type ${check.typeString(x.type)})`);
        return;
      }
      assignVar(check, s.x, undefined, x, 'assignment');
      return;
    }
    case 'AssignStmt': {
      const lhs = s.lhs;
      const rhs = s.rhs;
      if (s.tok === '=') {
        assignVars(check, lhs, rhs);
        return;
      }
      if (s.tok === ':=') {
        shortVarDecl(check, s.tokPos, lhs, rhs);
        return;
      }
      if (lhs.length !== 1 || rhs.length !== 1) {
        check.error(s, `assignment operation ${s.tok} requires single-valued expressions`);
        return;
      }
      const x = new Operand();
      binary(check, x, undefined, lhs[0], rhs[0], s.tok.slice(0, -1));
      assignVar(check, lhs[0], undefined, x, 'assignment operation');
      return;
    }
    case 'GoStmt':
      suspendedCall(check, 'go', s.call);
      return;
    case 'DeferStmt':
      suspendedCall(check, 'defer', s.call);
      return;
    case 'ReturnStmt': {
      const res = check.sig!.results;
      const results = s.results;
      if (results.length === 0 && res.vars.length > 0 && res.vars[0].name !== '') {
        for (const obj of res.vars) {
          const alt = check.lookup(obj.name);
          if (alt !== undefined && alt !== obj) {
            const err = check.newError();
            err.addf(s, `result parameter ${obj.name} not in scope at return`);
            err.addf(alt, `inner declaration of ${objStr(check, alt)}`);
            err.report();
          }
        }
      } else if (results.length > 0 || res.vars.length > 0) {
        initVars(check, res.vars, results, s);
      }
      return;
    }
    case 'BranchStmt':
      if (s.label) check.hasLabel = true;
      return;
    case 'BlockStmt': {
      const saved = check.scope;
      openScope(check, s, s.end, 'block');
      stmtList(check, inner, s.list);
      check.scope = saved;
      return;
    }
    case 'IfStmt': {
      const saved = check.scope;
      openScope(check, s, s.end, 'if');
      if (s.init) stmt(check, 0, s.init);
      const x = new Operand();
      expr(check, undefined, x, s.cond);
      if (x.mode !== Mode.Invalid && !allBoolean(x.type)) {
        check.error(s.cond, 'non-boolean condition in if statement');
      }
      stmt(check, inner, s.body);
      if (s.else) stmt(check, inner, s.else);
      check.scope = saved;
      return;
    }
    case 'SwitchStmt': {
      const saved = check.scope;
      openScope(check, s, s.end, 'switch');
      if (s.init) stmt(check, 0, s.init);
      switchStmt(check, inner | 1, s);
      check.scope = saved;
      return;
    }
    case 'TypeSwitchStmt': {
      const saved = check.scope;
      openScope(check, s, s.end, 'switch');
      if (s.init) stmt(check, 0, s.init);
      typeSwitchStmt(check, inner | 1 | IN_TYPE_SWITCH, s);
      check.scope = saved;
      return;
    }
    case 'SelectStmt':
      selectStmt(check, inner | 1, s);
      return;
    case 'ForStmt': {
      const saved = check.scope;
      openScope(check, s, s.end, 'for');
      if (s.init) stmt(check, 0, s.init);
      if (s.cond) {
        const x = new Operand();
        expr(check, undefined, x, s.cond);
        if (x.mode !== Mode.Invalid && !allBoolean(x.type)) {
          check.error(s.cond, 'non-boolean condition in for statement');
        }
      }
      if (s.post) stmt(check, 0, s.post);
      if (s.post && s.post.kind === 'AssignStmt' && s.post.tok === ':=') useLHS(check, ...s.post.lhs);
      stmt(check, inner | 1 | 2, s.body);
      check.scope = saved;
      return;
    }
    case 'RangeStmt':
      rangeStmt(check, inner | 1 | 2, s);
      return;
    case 'CaseClause':
    case 'CommClause':
      check.error(s, 'invalid statement');
      return;
  }
}

function objStr(check: Checker, obj: import('./objects.js').Obj): string {
  return objectStringOf(obj, check.qualifier);
}

function switchStmt(check: Checker, inner: number, s: ast.SwitchStmt): void {
  const x = new Operand();
  if (s.tag) {
    expr(check, undefined, x, s.tag);
    assignment(check, x, undefined, 'switch expression');
    if (x.mode !== Mode.Invalid && !comparable(x.type) && !hasNil(x.type)) {
      check.error(x, `cannot switch on ${check.opString(x)} (${check.typeString(x.type)} is not comparable)`);
      x.mode = Mode.Invalid;
    }
  } else {
    x.mode = Mode.Constant;
    x.type = Typ[BasicKind.Bool];
    x.val = constant.makeBool(true);
    const pos = s.clauses.length > 0 ? s.clauses[0].pos : s.rbrace;
    x.expr = { kind: 'Ident', pos, end: pos, name: 'true' };
  }
  multipleDefaults(check, s.clauses);
  const seen = new Map<string, { pos: number; type: Type }[]>();
  for (let i = 0; i < s.clauses.length; i++) {
    const clause = s.clauses[i];
    let ci = inner;
    let end = s.rbrace;
    if (i + 1 < s.clauses.length) {
      end = s.clauses[i + 1].pos;
      ci |= FALLTHROUGH_OK;
    } else {
      ci |= FINAL_SWITCH_CASE;
    }
    caseValues(check, x, clause.list ?? [], seen);
    const saved = check.scope;
    openScope(check, clause, end, 'case');
    stmtList(check, ci, clause.body);
    check.scope = saved;
  }
}

function typeSwitchStmt(check: Checker, inner: number, s: ast.TypeSwitchStmt): void {
  let lhs: ast.Ident | undefined;
  let guard: ast.TypeAssertExpr | undefined;
  if (s.assign.kind === 'AssignStmt') {
    const l = s.assign.lhs[0];
    if (l && l.kind === 'Ident') lhs = l;
    const r = s.assign.rhs[0];
    if (r && r.kind === 'TypeAssertExpr') guard = r;
  } else if (s.assign.x.kind === 'TypeAssertExpr') {
    guard = s.assign.x;
  }
  if (!guard) {
    check.error(s, 'invalid syntax tree: incorrect form of type switch guard');
    return;
  }
  if (lhs) {
    if (lhs.name === '_') {
      check.softError(lhs, 'no new variable on left side of :=');
      lhs = undefined;
    } else {
      check.recordDef(lhs, undefined);
    }
  }
  let sx: Operand | undefined;
  {
    const x = new Operand();
    expr(check, undefined, x, guard.x);
    if (x.mode !== Mode.Invalid) {
      if (x.type.tag === 'TypeParam') {
        check.error(x, `cannot use type switch on type parameter value ${check.opString(x)}`);
      } else if (under(x.type).tag === 'Interface') {
        sx = x;
      } else {
        check.error(x, `${check.opString(x)} is not an interface`);
      }
    }
  }
  multipleDefaults(check, s.clauses);
  const lhsVars: Var[] = [];
  const seen: { type: Type | undefined; e: ast.Expr }[] = [];
  for (let i = 0; i < s.clauses.length; i++) {
    const clause = s.clauses[i];
    const end = i + 1 < s.clauses.length ? s.clauses[i + 1].pos : s.rbrace;
    const cases = clause.list ?? [];
    let T = caseTypes(check, sx, cases, seen);
    const saved = check.scope;
    openScope(check, clause, end, 'case');
    if (lhs) {
      if (cases.length !== 1 || T === undefined) T = sx ? sx.type : invalidType;
      const obj = new Var(lhs.pos, check.file, check.pkg, lhs.name, T);
      const scopePos = cases.length > 0 ? cases[cases.length - 1].end : clause.pos;
      declare(check, check.scope, undefined, obj, scopePos);
      check.recordImplicit(clause, obj);
      lhsVars.push(obj);
    }
    stmtList(check, inner, clause.body);
    check.scope = saved;
  }
  if (lhs) {
    let used = false;
    for (const v of lhsVars) {
      if (v.used) used = true;
      v.used = true;
    }
    if (!used) check.softError(lhs, `declared and not used: ${lhs.name}`);
  }
}

function selectStmt(check: Checker, inner: number, s: ast.SelectStmt): void {
  multipleDefaults(check, s.clauses);
  for (let i = 0; i < s.clauses.length; i++) {
    const clause = s.clauses[i];
    let valid = false;
    let rhs: ast.Expr | undefined;
    const comm = clause.comm;
    if (comm === undefined || comm.kind === 'SendStmt') valid = true;
    else if (comm.kind === 'AssignStmt') {
      if (comm.rhs.length === 1) rhs = comm.rhs[0];
    } else if (comm.kind === 'ExprStmt') {
      rhs = comm.x;
    }
    if (rhs) {
      const r = unparen(rhs);
      if (r.kind === 'UnaryExpr' && r.op === '<-') valid = true;
    }
    if (!valid) {
      check.error(comm!, 'select case must be send or receive (possibly with assignment)');
      continue;
    }
    const end = i + 1 < s.clauses.length ? s.clauses[i + 1].pos : s.rbrace;
    const saved = check.scope;
    openScope(check, clause, end, 'case');
    if (comm) stmt(check, inner, comm);
    stmtList(check, inner, clause.body);
    check.scope = saved;
  }
}

/** go/types rangeKeyVal: the iteration variable types for ranging over typ. */
function rangeKeyVal(typ: Type): { key: Type | undefined; val: Type | undefined; cause: string; isFunc: boolean; ok: boolean } {
  const bad = (cause: string) => ({ key: invalidType, val: invalidType, cause, isFunc: false, ok: false });
  const orig = typ;
  let u = coreType(typ);
  if (u === undefined) return bad('no core type');
  if (u.tag === 'Pointer') {
    const a = under(u.base);
    if (a.tag === 'Array') u = a;
  }
  switch (u.tag) {
    case 'Basic':
      if (isString(u)) return { key: Typ[BasicKind.Int], val: RuneType, cause: '', isFunc: false, ok: true };
      if (isInteger(u)) return { key: orig, val: undefined, cause: '', isFunc: false, ok: true };
      break;
    case 'Array':
      return { key: Typ[BasicKind.Int], val: u.elem, cause: '', isFunc: false, ok: true };
    case 'Slice':
      return { key: Typ[BasicKind.Int], val: u.elem, cause: '', isFunc: false, ok: true };
    case 'Map':
      return { key: u.key, val: u.elem, cause: '', isFunc: false, ok: true };
    case 'Chan':
      if (u.dir === ChanDir.SendOnly) return bad('receive from send-only channel');
      return { key: u.elem, val: undefined, cause: '', isFunc: false, ok: true };
    case 'Signature': {
      const toSig = (t: Type): Signature | undefined => {
        const c = coreType(t);
        return c && c.tag === 'Signature' ? c : undefined;
      };
      if (u.params.vars.length !== 1) return bad('func must be func(yield func(...) bool): wrong argument count');
      const cb = toSig(u.params.vars[0].type!);
      if (!cb) return bad('func must be func(yield func(...) bool): argument is not func');
      if (u.results.vars.length !== 0) return bad('func must be func(yield func(...) bool): unexpected results');
      if (cb.params.vars.length > 2) return bad('func must be func(yield func(...) bool): yield func has too many parameters');
      if (cb.results.vars.length !== 1 || !isBoolean(cb.results.vars[0].type!)) {
        return bad('func must be func(yield func(...) bool): yield func does not return bool');
      }
      const key = cb.params.vars.length >= 1 ? cb.params.vars[0].type : undefined;
      const val = cb.params.vars.length >= 2 ? cb.params.vars[1].type : undefined;
      return { key, val, cause: '', isFunc: true, ok: true };
    }
  }
  return { key: undefined, val: undefined, cause: '', isFunc: false, ok: false };
}

function rangeStmt(check: Checker, inner: number, s: ast.RangeStmt): void {
  const sKey = s.key;
  const sValue = s.value;
  const isDef = s.tok === ':=';
  const x = new Operand();
  expr(check, undefined, x, s.x);
  let key: Type | undefined;
  let val: Type | undefined;
  if (x.mode !== Mode.Invalid) {
    const r = rangeKeyVal(x.type);
    if (!r.ok && r.cause !== '') {
      check.softError(x, `cannot range over ${check.opString(x)}: ${r.cause}`);
    } else if (!r.ok) {
      check.softError(x, `cannot range over ${check.opString(x)}`);
    } else if (sValue !== undefined && r.val === undefined) {
      check.softError(sValue, `range over ${check.opString(x)} permits only one iteration variable`);
    } else if (r.isFunc && ((r.key === undefined && sKey !== undefined) || (r.val === undefined && sValue !== undefined))) {
      check.softError(sKey ?? s, `range over ${check.opString(x)} permits only ${r.key === undefined ? 'no' : 'one'} iteration variable${r.key === undefined ? 's' : ''}`);
    }
    key = r.key;
    val = r.val;
  }
  const saved = check.scope;
  openScope(check, s, s.end, 'range');
  const lhs = [sKey, sValue];
  const rhs = [key, val];
  const rangeOverInt = isInteger(x.type);
  if (isDef) {
    const vars: Var[] = [];
    for (let i = 0; i < 2; i++) {
      const l = lhs[i];
      if (l === undefined) continue;
      let obj: Var;
      if (l.kind === 'Ident') {
        obj = new Var(l.pos, check.file, check.pkg, l.name, undefined);
        check.recordDef(l, obj);
        if (l.name !== '_') vars.push(obj);
      } else {
        check.error(l, `invalid syntax tree: cannot declare ${exprString(l)}`);
        obj = new Var(l.pos, check.file, check.pkg, '_', undefined);
      }
      const typ = rhs[i];
      if (typ === undefined || typ === invalidType) {
        obj.type = invalidType;
        obj.used = true;
        continue;
      }
      if (rangeOverInt) {
        initVar(check, obj, x, 'range clause');
      } else {
        const y = new Operand();
        y.mode = Mode.Value;
        y.expr = l;
        y.type = typ;
        initVar(check, obj, y, 'assignment');
      }
    }
    if (vars.length > 0) {
      const scopePos = s.body.pos;
      for (const obj of vars) declare(check, check.scope, undefined, obj, scopePos);
    } else {
      check.error(s, 'no new variables on left side of :=');
    }
  } else if (sKey !== undefined) {
    for (let i = 0; i < 2; i++) {
      const l = lhs[i];
      if (l === undefined) continue;
      const typ = rhs[i];
      if (typ === undefined || typ === invalidType) continue;
      if (rangeOverInt) {
        assignVar(check, l, undefined, x, 'range clause');
        if (x.mode !== Mode.Invalid && !isInteger(x.type)) {
          check.softError(l, `cannot use iteration variable of type ${check.typeString(x.type)}`);
        }
      } else {
        const y = new Operand();
        y.mode = Mode.Value;
        y.expr = l;
        y.type = typ;
        assignVar(check, l, undefined, y, 'assignment');
      }
    }
  } else if (rangeOverInt) {
    assignment(check, x, undefined, 'range clause');
  }
  stmt(check, inner, s.body);
  check.scope = saved;
  void closeScope;
  void use;
  void isValid;
}
