// Assignments and initializations (go/types assignments.go): assignability of
// a value to a typed or untyped target with gc's messages
// (`cannot use x (variable of type int) as string value in assignment`),
// n:n and n:1 assignments, `assignment mismatch`, return statements,
// and short variable declarations (`no new variables on left side of :=`).

import type * as ast from '../ast.js';
import type { Checker } from './checker.js';
import { declare } from './decl.js';
import { assignableTo, expr, implicitTypeAndValue, multiExprOne, newTarget, singleValue, updateExprType, use, useLHS } from './expr.js';
import { exprString, unparen } from './exprstring.js';
import { type Const, Var } from './objects.js';
import { Mode, Operand } from './operand.js';
import { defaultType, isConstType, isNonTypeParamInterface, isNumeric, isUntyped, isValid } from './predicates.js';
import { type Basic, type Type, invalidType, under } from './types.js';
import { BasicKind, Typ } from './types.js';
import { universeError } from './universe.js';

/**
 * go/types assignment: checks that x can be assigned to a variable of type T
 * (T undefined: the blank identifier), converting untyped values; on failure
 * reports and invalidates x.
 */
export function assignment(check: Checker, x: Operand, T: Type | undefined, context: string): void {
  singleValue(check, x);
  switch (x.mode) {
    case Mode.Invalid:
      return;
    case Mode.NilValue: case Mode.Constant: case Mode.Variable: case Mode.MapIndex: case Mode.Value:
    case Mode.CommaOk: case Mode.CommaErr:
      break;
    default:
      check.error(x, `cannot assign ${check.opString(x)} to ${T ? check.typeString(T) : '_'} in ${context}`);
      x.mode = Mode.Invalid;
      return;
  }
  if (isUntyped(x.type)) {
    let target = T;
    if (x.isNil()) {
      if (T === undefined) {
        check.error(x, `use of untyped nil in ${context}`);
        x.mode = Mode.Invalid;
        return;
      }
    } else if (T === undefined || isNonTypeParamInterface(T)) {
      target = defaultType(x.type);
    }
    const r = implicitTypeAndValue(check, x, target!);
    if (r.code !== 0) {
      let msg = `cannot use ${check.opString(x)} as ${check.typeString(target!)} value in ${context}`;
      if (r.code === 'truncated') msg += ' (truncated)';
      else if (r.code === 'overflow') msg += ' (overflows)';
      check.error(x, msg);
      x.mode = Mode.Invalid;
      return;
    }
    if (r.val !== undefined) {
      x.val = r.val;
      const info = check.untyped.get(x.expr!);
      if (info) info.val = r.val;
    }
    if (r.type !== x.type) {
      x.type = r.type!;
      updateExprType(check, x.expr!, r.type!, false);
    }
  }
  const sig = under(x.type);
  if (sig.tag === 'Signature' && sig.tparams && sig.tparams.length > 0) {
    check.error(x, `cannot use generic function ${exprString(x.expr!)} without instantiation in ${context}`);
    x.mode = Mode.Invalid;
    return;
  }
  if (T === undefined) return;
  const cause = { msg: '' };
  if (!assignableTo(check, x, T, cause)) {
    if (cause.msg !== '') {
      check.error(x, `cannot use ${check.opString(x)} as ${check.typeString(T)} value in ${context}: ${cause.msg}`);
    } else {
      check.error(x, `cannot use ${check.opString(x)} as ${check.typeString(T)} value in ${context}`);
    }
    x.mode = Mode.Invalid;
  }
}

export function initConst(check: Checker, lhs: Const, x: Operand): void {
  if (x.mode === Mode.Invalid || !isValid(x.type) || (lhs.type !== undefined && !isValid(lhs.type))) {
    if (lhs.type === undefined) lhs.type = invalidType;
    return;
  }
  if (x.mode !== Mode.Constant) {
    check.error(x, `${check.opString(x)} is not constant`);
    if (lhs.type === undefined) lhs.type = invalidType;
    return;
  }
  if (!isConstType(x.type)) {
    if (lhs.type === undefined) lhs.type = invalidType;
    return;
  }
  if (lhs.type === undefined) lhs.type = x.type;
  assignment(check, x, lhs.type, 'constant declaration');
  if ((x.mode as Mode) === Mode.Invalid) return;
  lhs.val = x.val!;
}

/** Initializes lhs with x; lhs gets x's (default) type if it has none. */
export function initVar(check: Checker, lhs: Var, x: Operand, context: string): void {
  if (x.mode === Mode.Invalid || !isValid(x.type) || (lhs.type !== undefined && !isValid(lhs.type))) {
    if (lhs.type === undefined) lhs.type = invalidType;
    x.mode = Mode.Invalid;
    return;
  }
  if (lhs.type === undefined) {
    let t = x.type;
    if (isUntyped(t)) {
      if (x.isNil()) {
        check.error(x, `use of untyped nil in ${context}`);
        lhs.type = invalidType;
        x.mode = Mode.Invalid;
        return;
      }
      t = defaultType(t);
    }
    lhs.type = t;
  }
  assignment(check, x, lhs.type, context);
}

/** The type of an assignment's lhs (undefined for `_`); a variable lhs is not a use. */
function lhsVar(check: Checker, lhs: ast.Expr): Type | undefined {
  const id = unparen(lhs);
  if (id.kind === 'Ident' && id.name === '_') {
    check.recordDef(id, undefined);
    return undefined;
  }
  let v: Var | undefined;
  let vUsed = false;
  if (id.kind === 'Ident') {
    const obj = check.lookup(id.name);
    if (obj && obj.kind === 'var' && obj.pkg === check.pkg) {
      v = obj;
      vUsed = v.used;
    }
  }
  const x = new Operand();
  expr(check, undefined, x, lhs);
  if (v) v.used = vUsed;
  if (x.mode === Mode.Invalid || !isValid(x.type)) return invalidType;
  switch (x.mode) {
    case Mode.Variable: case Mode.MapIndex:
      break;
    default: {
      const e = x.expr!;
      if (e.kind === 'SelectorExpr') {
        const op = new Operand();
        expr(check, undefined, op, e.x);
        if (op.mode === Mode.MapIndex) {
          check.error(x, `cannot assign to struct field ${exprString(e)} in map`);
          return invalidType;
        }
      }
      check.error(x, `cannot assign to ${exprString(e)} (neither addressable nor a map index expression)`);
      return invalidType;
    }
  }
  return x.type;
}

/** lhs = rhs (x undefined) or lhs = x (x already evaluated). */
export function assignVar(check: Checker, lhs: ast.Expr, rhs: ast.Expr | undefined, x: Operand | undefined, context: string): void {
  const T = lhsVar(check, lhs);
  if (T !== undefined && !isValid(T)) {
    if (x) x.mode = Mode.Invalid;
    else if (rhs) use(check, rhs);
    return;
  }
  if (!x) {
    x = new Operand();
    const target = T !== undefined && under(T).tag === 'Signature' ? newTarget(T, exprString(lhs)) : undefined;
    expr(check, target, x, rhs!);
  }
  if (T === undefined && context === 'assignment') context = 'assignment to _ identifier';
  assignment(check, x, T, context);
}

function typesSummary(check: Checker, list: (Type | undefined)[], variadic: boolean): string {
  const res: string[] = [];
  for (let i = 0; i < list.length; i++) {
    const t = list[i];
    let s = '';
    if (t === undefined || !isValid(t)) s = 'unknown type';
    else if (isUntyped(t)) {
      if (isNumeric(t)) s = 'number';
      else s = (t as Basic).name.replace('untyped ', '');
    } else if (variadic && i === list.length - 1 && t.tag === 'Slice') {
      s = '...' + check.typeString(t.elem);
    }
    if (s === '') s = check.typeString(t!);
    res.push(s);
  }
  return '(' + res.join(', ') + ')';
}
export { typesSummary };

function measure(x: number, unit: string): string {
  return `${x} ${unit}${x !== 1 ? 's' : ''}`;
}

export function assignError(check: Checker, rhs: ast.Expr[], l: number, r: number): void {
  const vars = measure(l, 'variable');
  const vals = measure(r, 'value');
  const rhs0 = rhs[0];
  if (rhs.length === 1) {
    const call = unparen(rhs0);
    if (call.kind === 'CallExpr') {
      check.error(rhs0, `assignment mismatch: ${vars} but ${exprString(call.fun)} returns ${vals}`);
      return;
    }
  }
  check.error(rhs0, `assignment mismatch: ${vars} but ${vals}`);
}

function returnError(check: Checker, at: ast.Node | Operand, lhs: Var[], rhs: Operand[]): void {
  const l = lhs.length;
  const r = rhs.length;
  let qualifier = 'not enough';
  if (r > l) {
    at = rhs[l];
    qualifier = 'too many';
  } else if (r > 0) {
    at = rhs[r - 1];
  }
  const err = check.newError();
  err.addf(at, `${qualifier} return values`);
  err.addAt(check.file, -1, `have ${typesSummary(check, rhs.map((x) => x.type), false)}`);
  err.addAt(check.file, -1, `want ${typesSummary(check, lhs.map((v) => v.type), false)}`);
  err.report();
}

/** Evaluates a list of expressions (each single-valued). */
export function exprList(check: Checker, elist: ast.Expr[]): Operand[] {
  return elist.map((e) => {
    const x = new Operand();
    expr(check, undefined, x, e);
    return x;
  });
}

/**
 * go/types multiExpr: evaluates e, which may be a multi-value call or (if
 * allowCommaOk) a comma-ok expression, into a list of operands.
 */
export function multiExpr(check: Checker, e: ast.Expr, allowCommaOk: boolean): { list: Operand[]; commaOk: boolean } {
  const x = new Operand();
  multiExprOne(check, x, e);
  const t = x.type;
  if (x.mode !== Mode.Invalid && t.tag === 'Tuple') {
    const list: Operand[] = [];
    for (const v of t.vars) {
      const y = new Operand();
      y.mode = Mode.Value;
      y.expr = e;
      y.type = v.type!;
      list.push(y);
    }
    return { list, commaOk: false };
  }
  if (allowCommaOk && (x.mode === Mode.MapIndex || x.mode === Mode.CommaOk || x.mode === Mode.CommaErr)) {
    const x2 = new Operand();
    x2.mode = Mode.Value;
    x2.expr = e;
    x2.type = typBool();
    if (x.mode === Mode.CommaErr) x2.type = universeErrorType();
    if (x.mode === Mode.CommaOk || x.mode === Mode.CommaErr) x.mode = Mode.Value;
    return { list: [x, x2], commaOk: true };
  }
  if (x.mode === Mode.CommaOk || x.mode === Mode.CommaErr) x.mode = Mode.Value;
  return { list: [x], commaOk: false };
}

function typBool(): Type {
  return Typ[BasicKind.UntypedBool];
}
function universeErrorType(): Type {
  return universeError;
}

/** go/types initVars: variable declarations and (with returnStmt) return statements. */
export function initVars(check: Checker, lhs: Var[], origRhs: ast.Expr[], returnStmt: ast.ReturnStmt | undefined): void {
  const context = returnStmt ? 'return statement' : 'assignment';
  const l = lhs.length;
  let r = origRhs.length;
  const isCall = r === 1 && unparen(origRhs[0]).kind === 'CallExpr';
  if (l === r && !isCall) {
    for (let i = 0; i < l; i++) {
      const v = lhs[i];
      let desc = v.name;
      if (returnStmt && desc === '') desc = 'result variable';
      const x = new Operand();
      expr(check, newTarget(v.type, desc), x, origRhs[i]);
      initVar(check, v, x, context);
    }
    return;
  }
  if (r !== 1) {
    if (use(check, ...origRhs)) {
      if (returnStmt) {
        const rhs = exprListQuiet(check, origRhs);
        returnError(check, returnStmt, lhs, rhs);
      } else {
        assignError(check, origRhs, l, r);
      }
    }
    for (const v of lhs) if (v.type === undefined) v.type = invalidType;
    return;
  }
  const { list: rhs, commaOk } = multiExpr(check, origRhs[0], l === 2 && !returnStmt);
  r = rhs.length;
  if (l === r) {
    for (let i = 0; i < l; i++) initVar(check, lhs[i], rhs[i], context);
    if (commaOk && rhs[0].mode !== Mode.Invalid && rhs[1].mode !== Mode.Invalid) {
      check.recordCommaOkTypes(origRhs[0], [rhs[0], rhs[1]]);
    }
    return;
  }
  if (rhs[0].mode !== Mode.Invalid) {
    if (returnStmt) returnError(check, returnStmt, lhs, rhs);
    else assignError(check, origRhs, l, r);
  }
  for (const v of lhs) if (v.type === undefined) v.type = invalidType;
}

/** Re-evaluating already-checked expressions for an error summary: reuse the recorded types. */
function exprListQuiet(check: Checker, elist: ast.Expr[]): Operand[] {
  return elist.map((e) => {
    const x = new Operand();
    x.expr = e;
    const tv = check.info.types.get(e);
    const u = check.untyped.get(e);
    if (u) {
      x.mode = u.mode;
      x.type = u.type;
    } else if (tv) {
      x.mode = tv.mode;
      x.type = tv.type;
    } else {
      x.mode = Mode.Invalid;
    }
    return x;
  });
}

/** go/types assignVars: `lhs... = rhs...`. */
export function assignVars(check: Checker, lhs: ast.Expr[], origRhs: ast.Expr[]): void {
  const l = lhs.length;
  let r = origRhs.length;
  const isCall = r === 1 && unparen(origRhs[0]).kind === 'CallExpr';
  if (l === r && !isCall) {
    for (let i = 0; i < l; i++) assignVar(check, lhs[i], origRhs[i], undefined, 'assignment');
    return;
  }
  if (r !== 1) {
    const okLHS = useLHS(check, ...lhs);
    const okRHS = use(check, ...origRhs);
    if (okLHS && okRHS) assignError(check, origRhs, l, r);
    return;
  }
  const { list: rhs, commaOk } = multiExpr(check, origRhs[0], l === 2);
  r = rhs.length;
  if (l === r) {
    for (let i = 0; i < l; i++) assignVar(check, lhs[i], undefined, rhs[i], 'assignment');
    if (commaOk && rhs[0].mode !== Mode.Invalid && rhs[1].mode !== Mode.Invalid) {
      check.recordCommaOkTypes(origRhs[0], [rhs[0], rhs[1]]);
    }
    return;
  }
  if (rhs[0].mode !== Mode.Invalid) assignError(check, origRhs, l, r);
  useLHS(check, ...lhs);
}

/** go/types shortVarDecl: `a, b := ...` declares at least one new variable. */
export function shortVarDecl(check: Checker, pos: number, lhs: ast.Expr[], rhs: ast.Expr[]): void {
  const top = check.delayedCount();
  const scope = check.scope;
  const seen = new Set<string>();
  const lhsVars: (Var | undefined)[] = new Array(lhs.length).fill(undefined);
  const newVars: Var[] = [];
  let hasErr = false;
  for (let i = 0; i < lhs.length; i++) {
    const e = lhs[i];
    if (e.kind !== 'Ident') {
      useLHS(check, e);
      check.error(e, `non-name ${exprString(e)} on left side of :=`);
      hasErr = true;
      continue;
    }
    const name = e.name;
    if (name !== '_') {
      if (seen.has(name)) {
        check.error(e, `${name} repeated on left side of :=`);
        hasErr = true;
        continue;
      }
      seen.add(name);
    }
    const alt = scope.lookup(name);
    if (alt !== undefined) {
      check.recordUse(e, alt);
      if (alt.kind === 'var') lhsVars[i] = alt;
      else {
        check.error(e, `cannot assign to ${exprString(e)}`);
        hasErr = true;
      }
      continue;
    }
    const obj = new Var(e.pos, check.file, check.pkg, name, undefined);
    lhsVars[i] = obj;
    if (name !== '_') newVars.push(obj);
    check.recordDef(e, obj);
  }
  const vars = lhsVars.map((v, i) => v ?? new Var(lhs[i].pos, check.file, check.pkg, '_', undefined));
  initVars(check, vars, rhs, undefined);
  check.processDelayed(top);
  if (newVars.length === 0 && !hasErr) {
    check.softError(pos, 'no new variables on left side of :=');
    return;
  }
  const scopePos = rhs[rhs.length - 1].end;
  for (const obj of newVars) declare(check, scope, undefined, obj, scopePos);
}

export { returnError, lhsVar };
