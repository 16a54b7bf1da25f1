// Declarations (go/types decl.go): declaring objects in scopes, checking
// package-level objects on demand with cycle detection (object colours and the
// object path), constants (iota, inherited initializers), variables, type
// definitions and aliases, type parameter lists, method collection, function
// declarations, and declarations inside function bodies.

import type * as ast from '../ast.js';
import type { Checker } from './checker.js';
import * as constant from './constvalue.js';
import { initConst, initVar, initVars } from './assignments.js';
import { ErrorBuilder } from './errors.js';
import { expr, newTarget } from './expr.js';
import { BLACK, Const, GREY, type Func, type Obj, TypeName, Var, WHITE } from './objects.js';
import { Operand } from './operand.js';
import { isConstType, isGeneric, isValid } from './predicates.js';
import { arity } from './resolver.js';
import type { Scope } from './scope.js';
import { funcType } from './signature.js';
import { definedType, typ, varType } from './typexpr.js';
import { validType } from './validtype.js';
import { Named, Signature, Tuple, type Type, TypeParam, invalidType, under } from './types.js';
import { methodLess } from './typeset.js';
import { Scope as ScopeCtor } from './scope.js';
import { funcBody } from './stmt.js';

/** Declares obj in scope (unless it is `_`), reporting redeclarations, and records the definition. */
export function declare(check: Checker, scope: Scope, id: ast.Ident | undefined, obj: Obj, scopePos: number): void {
  if (obj.name !== '_') {
    const alt = scope.insert(obj);
    if (alt !== undefined) {
      const err = new ErrorBuilder(check);
      err.addf(obj, `${obj.name} redeclared in this block`);
      err.addAltDecl(alt);
      err.report();
      return;
    }
    obj.scopePos = scopePos;
  }
  if (id) check.recordDef(id, obj);
}

/** Creates a defined type for obj (go/types newNamed). */
export function newNamed(check: Checker, obj: TypeName, underlying: Type | undefined): Named {
  const n = new Named(obj, underlying);
  if (obj.type === undefined) obj.type = n;
  check.ctxt.register(n);
  return n;
}

/**
 * go/types objDecl: type-checks the declaration of a package-level object in its
 * own file environment. Grey objects are on the object path; meeting one again
 * is a cycle, which validCycle judges.
 */
export function objDecl(check: Checker, obj: Obj, def: TypeName | undefined): void {
  if (obj.color === WHITE && obj.type !== undefined) {
    obj.color = BLACK;
    return;
  }
  if (obj.color === BLACK) return;
  if (obj.color >= GREY) {
    switch (obj.kind) {
      case 'const':
      case 'var':
        if (!validCycle(check, obj) || obj.type === undefined) obj.type = invalidType;
        break;
      case 'type':
        if (!validCycle(check, obj)) obj.type = invalidType;
        break;
      case 'func':
        validCycle(check, obj);
        break;
    }
    return;
  }
  // white
  const d = check.objMap.get(obj);
  if (d === undefined) return; // not a package-level object (cannot happen for well-formed code)
  obj.color = GREY + check.push(obj);
  const saved = check.saveEnv();
  check.packageEnv(d.file, d.fileScope);
  try {
    switch (obj.kind) {
      case 'const':
        check.decl = d;
        constDecl(check, obj, d.vtyp, d.init, d.inherited);
        break;
      case 'var':
        check.decl = d;
        varDecl(check, obj, d.lhs, d.vtyp, d.init);
        break;
      case 'type':
        typeDecl(check, obj, d.tdecl!, def);
        collectMethods(check, obj);
        break;
      case 'func':
        funcDecl(check, obj, d);
        break;
    }
  } finally {
    check.restoreEnv(saved);
    check.pop().color = BLACK;
  }
}

/** go/types validCycle: reports and returns false for invalid declaration cycles. */
function validCycle(check: Checker, obj: Obj): boolean {
  const start = obj.color - GREY;
  const cycle = check.objPath.slice(start);
  let tparCycle = false;
  let nval = 0;
  let ndef = 0;
  for (const o of cycle) {
    if (o.kind === 'const' || o.kind === 'var') {
      nval++;
    } else if (o.kind === 'type') {
      if (check.inTParamList && o.type !== undefined && isGeneric(o.type)) {
        tparCycle = true;
        break;
      }
      const d = check.objMap.get(o);
      const alias = d ? d.tdecl!.assign >= 0 : o.isAlias();
      if (!alias) ndef++;
    }
  }
  if (!tparCycle) {
    if (nval === cycle.length) return true;
    if (nval === 0 && ndef > 0) return true;
  }
  cycleError(check, cycle);
  return false;
}

/** Index of the object declared first in the source (go/types firstInSrc). */
export function firstInSrc(path: Obj[]): number {
  let fst = 0;
  for (let i = 1; i < path.length; i++) {
    const a = path[i];
    const b = path[fst];
    const fa = a.file ? a.file.name : '';
    const fb = b.file ? b.file.name : '';
    if (fa < fb || (fa === fb && a.pos < b.pos)) fst = i;
  }
  return fst;
}

/** go/types cycleError: `invalid recursive type T` / `invalid cycle in declaration of x`. */
export function cycleError(check: Checker, cycle: Obj[]): void {
  const name = (o: Obj): string => {
    if (o.pkg && o.pkg !== check.pkg) {
      const q = check.qualify(o.pkg);
      if (q) return q + '.' + o.name;
    }
    return o.name;
  };
  let i = firstInSrc(cycle);
  let obj = cycle[i];
  let objName = name(obj);
  const isType = obj.kind === 'type';
  if (isType && (obj as TypeName).isAlias()) {
    check.brokenAliases.delete(obj as TypeName);
    obj.type = invalidType;
  }
  if (cycle.length === 1) {
    if (isType) check.error(obj, `invalid recursive type: ${objName} refers to itself`);
    else check.error(obj, `invalid cycle in declaration: ${objName} refers to itself`);
    return;
  }
  const err = new ErrorBuilder(check);
  if (isType) err.addf(obj, `invalid recursive type ${objName}`);
  else err.addf(obj, `invalid cycle in declaration of ${objName}`);
  for (let k = 0; k < cycle.length; k++) {
    err.addf(obj, `${objName} refers to`);
    i++;
    if (i >= cycle.length) i = 0;
    obj = cycle[i];
    objName = name(obj);
  }
  err.addf(obj, objName);
  err.report();
}

export function constDecl(check: Checker, obj: Const, typExpr: ast.Expr | undefined, init: ast.Expr | undefined, inherited: boolean): void {
  const savedIota = check.iota;
  const savedErrpos = check.errpos;
  check.iota = obj.val;
  check.errpos = -1;
  try {
    obj.val = constant.makeUnknown();
    if (typExpr) {
      const t = typ(check, typExpr);
      if (!isConstType(t)) {
        if (isValid(under(t))) check.error(typExpr, `invalid constant type ${check.typeString(t)}`);
        obj.type = invalidType;
        return;
      }
      obj.type = t;
    }
    const x = new Operand();
    if (init) {
      if (inherited) check.errpos = obj.pos;
      expr(check, undefined, x, init);
    }
    initConst(check, obj, x);
  } finally {
    check.iota = savedIota;
    check.errpos = savedErrpos;
  }
}

export function varDecl(check: Checker, obj: Var, lhs: Var[] | undefined, typExpr: ast.Expr | undefined, init: ast.Expr | undefined): void {
  if (typExpr) obj.type = varType(check, typExpr);
  if (init === undefined) {
    if (typExpr === undefined) obj.type = invalidType;
    return;
  }
  if (lhs === undefined || lhs.length === 1) {
    const x = new Operand();
    expr(check, newTarget(obj.type, obj.name), x, init);
    initVar(check, obj, x, 'variable declaration');
    return;
  }
  if (typExpr) for (const v of lhs) v.type = obj.type;
  initVars(check, lhs, [init], undefined);
}

export function typeDecl(check: Checker, obj: TypeName, tdecl: ast.TypeSpec, def: TypeName | undefined): void {
  let rhs: Type | undefined;
  check.later(() => {
    const t = obj.type;
    if (t && t.tag === 'Named') validType(check, t);
  });
  const aliasDecl = tdecl.assign >= 0;
  if (aliasDecl && tdecl.typeParams) {
    check.error(tdecl, 'generic type cannot be alias');
  }
  if (aliasDecl && !tdecl.typeParams) {
    obj.aliasDecl = true;
    check.brokenAliases.add(obj);
    obj.type = invalidType;
    rhs = typ(check, tdecl.type);
    check.brokenAliases.delete(obj);
    obj.type = rhs;
    return;
  }
  const named = newNamed(check, obj, undefined);
  setDefType(def, named);
  const savedScope = check.scope;
  try {
    if (tdecl.typeParams) {
      openScope(check, tdecl, 'type parameters');
      named.tparams = collectTypeParams(check, tdecl.typeParams.list, (tps) => { named.tparams = tps; });
    }
    rhs = definedType(check, tdecl.type, obj);
    named.fromRHS = rhs;
    if (named.underlyingT === undefined) named.underlyingT = invalidType;
    if (rhs.tag === 'TypeParam') {
      check.error(tdecl.type, 'cannot use a type parameter as RHS in type declaration');
      named.underlyingT = invalidType;
    }
  } finally {
    check.scope = savedScope;
  }
}

/** Sets the underlying type of the type being defined (go/types setDefType). */
export function setDefType(def: TypeName | undefined, typ: Type): void {
  if (def === undefined) return;
  const t = def.type;
  if (t && t.tag === 'Named') t.underlyingT = typ;
}

export function openScope(check: Checker, node: ast.Node, comment: string): Scope {
  const s = new ScopeCtor(check.scope, node.pos, node.end, comment, check.file);
  check.recordScope(node, s);
  check.scope = s;
  return s;
}


export function closeScope(check: Checker): void {
  check.scope = check.scope.parent!;
}

/** go/types collectTypeParams: declares the parameters first (bounds may refer to them). */
export function collectTypeParams(check: Checker, list: ast.Field[], bind?: (tparams: TypeParam[]) => void): TypeParam[] {
  const tparams: TypeParam[] = [];
  const names: { f: ast.Field; id: ast.Ident }[] = [];
  for (const f of list) for (const id of f.names) names.push({ f, id });
  const scopePos = list.length ? list[0].pos : 0;
  for (const { id } of names) tparams.push(declareTypeParam(check, id, scopePos));
  for (let i = 0; i < tparams.length; i++) tparams[i].index = i;
  // bound before the constraints are checked: they may refer to the type (go.dev/issue/47887)
  if (bind) bind(tparams);
  const saved = check.inTParamList;
  check.inTParamList = true;
  try {
    let bound: Type = invalidType;
    let prevField: ast.Field | undefined;
    for (let i = 0; i < names.length; i++) {
      const f = names[i].f;
      if (f !== prevField) {
        bound = boundType(check, f.type);
        if (bound.tag === 'TypeParam') {
          check.error(f.type, 'cannot use a type parameter as constraint');
          bound = invalidType;
        }
        prevField = f;
      }
      tparams[i].bound = bound;
    }
  } finally {
    check.inTParamList = saved;
  }
  return tparams;
}

/** A constraint `~T` or `A|B` is wrapped in an implicit interface (go/types bound). */
export function boundType(check: Checker, x: ast.Expr): Type {
  if ((x.kind === 'UnaryExpr' && x.op === '~') || (x.kind === 'BinaryExpr' && x.op === '|')) {
    const lit: ast.InterfaceType = {
      kind: 'InterfaceType', pos: x.pos, end: x.end,
      methods: { kind: 'FieldList', pos: x.pos, end: x.end, opening: -1, closing: -1, list: [{ kind: 'Field', pos: x.pos, end: x.end, names: [], type: x, tag: undefined }] },
    };
    const t = typ(check, lit);
    if (t.tag === 'Interface') t.implicit = true;
    return t;
  }
  return typ(check, x);
}

function declareTypeParam(check: Checker, name: ast.Ident, scopePos: number): TypeParam {
  const tname = new TypeName(name.pos, check.file, check.pkg, name.name, undefined);
  const tpar = new TypeParam(tname, invalidType);
  tname.type = tpar;
  tname.color = BLACK;
  declare(check, check.scope, name, tname, scopePos);
  return tpar;
}

/** Attaches the methods collected for obj's base type, reporting duplicates (go/types collectMethods). */
function collectMethods(check: Checker, obj: TypeName): void {
  const methods = check.methods.get(obj);
  if (!methods) return;
  check.methods.delete(obj);
  const mset = new Map<string, Obj>();
  const base = obj.type && obj.type.tag === 'Named' ? obj.type : undefined;
  if (base) {
    check.later(() => checkFieldUniqueness(check, base));
    for (const m of base.methods) mset.set(m.objId(), m);
  }
  for (const m of methods) {
    const alt = mset.get(m.objId());
    if (alt) {
      const p = alt.file ? alt.file.position(alt.pos) : undefined;
      const e = new ErrorBuilder(check);
      if (p) e.addf(m, `method ${obj.name}.${m.name} already declared at ${p.filename}:${p.line}:${p.column}`);
      else e.addf(m, `method ${obj.name}.${m.name} already declared`);
      e.report();
      continue;
    }
    mset.set(m.objId(), m);
    if (base) base.methods.push(m);
  }
}

function checkFieldUniqueness(check: Checker, base: Named): void {
  const u = under(base);
  if (u.tag !== 'Struct') return;
  const mset = new Map<string, Func>();
  for (const m of base.methods) mset.set(m.objId(), m);
  for (const fld of u.fields) {
    if (fld.name === '_') continue;
    const alt = mset.get(fld.objId());
    if (alt) {
      const e = new ErrorBuilder(check);
      e.addf(alt, `field and method with the same name ${fld.name}`);
      e.addAltDecl(fld);
      e.report();
    }
  }
}

function funcDecl(check: Checker, obj: Func, d: import('./checker.js').DeclInfo): void {
  const fdecl = d.fdecl!;
  // The (still empty) signature guards against cycles, as in go/types.
  const sig = new Signature(new Tuple([]), new Tuple([]), false);
  obj.type = sig;
  const saved = obj.color;
  obj.color = BLACK;
  funcType(check, fdecl.recv, fdecl.type.typeParams, fdecl.type, sig);
  obj.color = saved;
  if (sig.scope) {
    sig.scope.pos = fdecl.pos;
    sig.scope.end = fdecl.end;
  }
  if (fdecl.type.typeParams && fdecl.type.typeParams.list.length > 0 && fdecl.body === undefined) {
    check.softError(fdecl, 'generic function is missing function body');
  }
  if (fdecl.body) {
    const body = fdecl.body;
    const file = check.file;
    check.later(() => {
      funcBody(check, d, obj.name, sig, body, undefined, file);
    });
  }
}


/** Sorts methods into go/types' canonical order (used by interface type sets). */
export function sortMethods(list: Func[]): void {
  list.sort(methodLess);
}

/** Declarations inside function bodies (go/types declStmt). */
export function declStmt(check: Checker, d: ast.GenDecl): void {
  const pkg = check.pkg;
  switch (d.tok) {
    case 'const': {
      let lastType: ast.Expr | undefined;
      let lastValues: ast.Expr[] | undefined;
      for (const s of d.specs) {
        if (s.kind !== 'ValueSpec') continue;
        const top = check.delayedCount();
        let inherited = true;
        if (s.type !== undefined || s.values.length > 0) {
          lastType = s.type;
          lastValues = s.values;
          inherited = false;
        } else if (lastValues === undefined) {
          lastType = undefined;
          lastValues = [];
          inherited = false;
        }
        const values = lastValues!;
        const lhs: Const[] = [];
        for (let i = 0; i < s.names.length; i++) {
          const name = s.names[i];
          const obj = new Const(name.pos, check.file, pkg, name.name, undefined, constant.makeInt64(s.iota));
          lhs.push(obj);
          constDecl(check, obj, lastType, i < values.length ? values[i] : undefined, inherited);
        }
        arity(check, s.pos, s.names, values, true, inherited);
        check.processDelayed(top);
        for (let i = 0; i < s.names.length; i++) declare(check, check.scope, s.names[i], lhs[i], s.end);
      }
      break;
    }
    case 'var':
      for (const s of d.specs) {
        if (s.kind !== 'ValueSpec') continue;
        const top = check.delayedCount();
        const lhs0 = s.names.map((n) => new Var(n.pos, check.file, pkg, n.name, undefined));
        const values = s.values;
        for (let i = 0; i < lhs0.length; i++) {
          let lhs: Var[] | undefined;
          let init: ast.Expr | undefined;
          if (values.length === s.names.length) init = values[i];
          else if (values.length === 1) {
            lhs = lhs0;
            init = values[0];
          } else if (i < values.length) init = values[i];
          varDecl(check, lhs0[i], lhs, s.type, init);
          if (values.length === 1) break;
        }
        if (s.type === undefined || values.length > 0) arity(check, s.pos, s.names, values, false, false);
        check.processDelayed(top);
        for (let i = 0; i < s.names.length; i++) declare(check, check.scope, s.names[i], lhs0[i], s.end);
      }
      break;
    case 'type':
      for (const s of d.specs) {
        if (s.kind !== 'TypeSpec') continue;
        const obj = new TypeName(s.name.pos, check.file, pkg, s.name.name, undefined);
        declare(check, check.scope, s.name, obj, s.name.pos);
        obj.color = GREY + check.push(obj);
        typeDecl(check, obj, s, undefined);
        check.pop().color = BLACK;
      }
      break;
    case 'import':
      break;
  }
}

