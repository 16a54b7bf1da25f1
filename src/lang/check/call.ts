// Calls and selectors (go/types call.go): conversions vs calls, built-in
// dispatch, argument count and assignability (`too many arguments in call to f
// \n\thave (number, number)\n\twant (int)`), variadic calls, multi-value
// arguments `f(g())`, generic function instantiation and inference, qualified
// identifiers, field and method selectors, method values and expressions.

import type * as ast from '../ast.js';
import { assignment, typesSummary } from './assignments.js';
import { builtin, builtinKinds } from './builtins.js';
import type { Checker } from './checker.js';
import { conversion } from './conversions.js';
import { cycleError, objDecl } from './decl.js';
import { invalidOp } from './errors.js';
import {
  ExprKind, type Target, exprOrType, expr, genericExprAllowed, isInterfacePtr, singleValue, use,
} from './expr.js';
import { exprString, unparen } from './exprstring.js';
import { infer, renameTParams } from './infer.js';
import { instance, verify } from './instantiate.js';
import { indexExpr } from './index.js';
import { lookupError, lookupFieldOrMethod } from './lookup.js';
import { type TypeName, Var } from './objects.js';
import { Mode, Operand } from './operand.js';
import { SelectionKind } from './package.js';
import { isParameterized } from './infer.js';
import { isValid } from './predicates.js';
import { substType } from './subst.js';
import { typeList } from './typexpr.js';
import { Signature, Slice, Tuple, type Type, type TypeParam, coreType, invalidType, under } from './types.js';
import { computeInterfaceTypeSet as computeTS } from './typeset.js';

/**
 * Explicit or inferred instantiation of a generic function value that is not
 * called (`f := Map[int, string]`, or an assignment to a typed target).
 */
export function funcInst(check: Checker, T: Target | undefined, pos: number, x: Operand, inst: ast.IndexExpr | undefined, doInfer: boolean): { targs: Type[] | undefined; xlist: ast.Expr[] | undefined } {
  if (inst) x.expr = inst;
  let targs: (Type | undefined)[] | undefined;
  let xlist: ast.Expr[] | undefined;
  if (inst) {
    xlist = inst.indices;
    const tl = typeList(check, xlist);
    if (tl === undefined) {
      x.mode = Mode.Invalid;
      return { targs: undefined, xlist: undefined };
    }
    targs = tl;
  }
  const sig = x.type as Signature;
  const got = targs ? targs.length : 0;
  const want = sig.tparams ? sig.tparams.length : 0;
  if (got > want) {
    check.error(xlist![got - 1], `got ${got} type arguments but ${exprString(inst ? inst.x : x.expr!)} has ${want} type parameters`);
    x.mode = Mode.Invalid;
    return { targs: undefined, xlist: undefined };
  }
  if (got < want) {
    if (!doInfer) return { targs: targs as Type[] | undefined, xlist };
    let args: Operand[] = [];
    let params: Var[] = [];
    let reverse = false;
    if (T && sig.tparams) {
      const gsig = new Signature(sig.params, sig.results, sig.variadic);
      params = [new Var(x.pos(), check.file, check.pkg, '', gsig)];
      const a = new Operand();
      a.mode = Mode.Value;
      a.expr = { kind: 'Ident', pos: x.pos(), end: x.pos(), name: T.desc };
      a.type = T.sig;
      args = [a];
      reverse = true;
    }
    const r = renameTParams(check, sig.tparams!, new Tuple(params));
    const err = check.newError();
    const inferred = infer(check, pos, r.tparams, targs ?? [], r.type as Tuple, args, reverse, err);
    if (inferred === undefined) {
      if (!err.empty()) err.report();
      x.mode = Mode.Invalid;
      return { targs: undefined, xlist: undefined };
    }
    targs = inferred;
  }
  const res = instantiateSignature(check, x.pos(), x.expr!, sig, targs as Type[], xlist);
  x.type = res;
  x.mode = Mode.Value;
  return { targs: undefined, xlist: undefined };
}

/** Instantiates a generic signature; constraint satisfaction is verified later. */
export function instantiateSignature(check: Checker, pos: number, e: ast.Expr, typ: Signature, targs: Type[], xlist: ast.Expr[] | undefined): Signature {
  const inst = instance(check, typ, targs) as Signature;
  check.recordInstance(e, targs, inst);
  const file = check.file;
  check.later(() => {
    const saved = check.file;
    check.file = file;
    const tparams = typ.tparams!;
    const r = verify(check, tparams, targs);
    if (r) {
      const p = xlist && r.index < xlist.length ? xlist[r.index].pos : pos;
      check.softError(p, r.cause);
    }
    check.file = saved;
  });
  return inst;
}

export function callExpr(check: Checker, x: Operand, call: ast.CallExpr): ExprKind {
  let inst: ast.IndexExpr | undefined;
  if (call.fun.kind === 'IndexExpr') {
    const iexpr = call.fun;
    if (indexExpr(check, x, iexpr)) inst = iexpr;
    x.expr = iexpr;
    check.record(x);
  } else {
    exprOrType(check, x, call.fun, true);
  }
  switch (x.mode) {
    case Mode.Invalid:
      use(check, ...call.args);
      x.expr = call;
      return ExprKind.Statement;
    case Mode.TypExpr: {
      nonGenericType(check, x);
      if ((x.mode as Mode) === Mode.Invalid) return ExprKind.Conversion;
      const T = x.type;
      x.mode = Mode.Invalid;
      const n = call.args.length;
      if (n === 0) {
        check.error(call, `missing argument in conversion to ${check.typeString(T)}`);
      } else if (n === 1) {
        expr(check, undefined, x, call.args[0]);
        if (x.mode !== Mode.Invalid) {
          const u = under(T);
          if (u.tag === 'Interface' && T.tag !== 'TypeParam' && !ifaceIsMethodSet(u)) {
            check.error(call, `cannot use interface ${check.typeString(T)} in conversion (contains specific type constraints or is comparable)`);
          } else if (call.ellipsis >= 0) {
            check.error(call.args[0], `invalid use of ... in conversion to ${check.typeString(T)}`);
          } else {
            conversion(check, x, T);
          }
        }
      } else {
        use(check, ...call.args);
        check.error(call.args[n - 1], `too many arguments in conversion to ${check.typeString(T)}`);
      }
      x.expr = call;
      return ExprKind.Conversion;
    }
    case Mode.Builtin: {
      const id = x.id;
      if (!builtin(check, x, call, id)) x.mode = Mode.Invalid;
      x.expr = call;
      if ((x.mode as Mode) !== Mode.Invalid && (x.mode as Mode) !== Mode.Constant) check.hasCallOrRecv = true;
      return builtinKinds(id);
    }
  }
  const core = coreType(x.type);
  if (core === undefined || core.tag !== 'Signature') {
    check.error(x, `${invalidOp}cannot call non-function ${check.opString(x)}`);
    x.mode = Mode.Invalid;
    x.expr = call;
    return ExprKind.Statement;
  }
  let sig: Signature = core;
  const wasGeneric = !!(sig.tparams && sig.tparams.length > 0);
  let xlist: ast.Expr[] | undefined;
  let targs: Type[] | undefined;
  if (inst) {
    xlist = inst.indices;
    targs = typeList(check, xlist);
    if (targs === undefined) {
      use(check, ...call.args);
      x.mode = Mode.Invalid;
      x.expr = call;
      return ExprKind.Statement;
    }
    const got = targs.length;
    const want = sig.tparams ? sig.tparams.length : 0;
    if (got > want) {
      check.error(xlist[want], `got ${got} type arguments but ${exprString(inst.x)} has ${want} type parameters`);
      use(check, ...call.args);
      x.mode = Mode.Invalid;
      x.expr = call;
      return ExprKind.Statement;
    }
    if (got === want && want > 0) {
      sig = instantiateSignature(check, inst.pos, inst, sig, targs, xlist);
      targs = undefined;
      xlist = undefined;
    }
  }
  const { args, atargs } = genericExprList(check, call.args);
  sig = argumentsCheck(check, call, sig, targs, xlist, args, atargs);
  if (wasGeneric && !(sig.tparams && sig.tparams.length > 0)) {
    check.recordTypeAndValue(call.fun, Mode.Value, sig, undefined);
  }
  switch (sig.results.vars.length) {
    case 0:
      x.mode = Mode.NoValue;
      break;
    case 1:
      x.mode = Mode.Value;
      x.type = sig.results.vars[0].type!;
      break;
    default:
      x.mode = Mode.Value;
      x.type = sig.results;
  }
  x.expr = call;
  check.hasCallOrRecv = true;
  if (x.mode === Mode.Value && sig.tparams && sig.tparams.length > 0 && isParameterized(sig.tparams, x.type)) {
    x.mode = Mode.Invalid;
  }
  return ExprKind.Statement;
}

function ifaceIsMethodSet(u: import('./types.js').Interface): boolean {
  return computeTS(u).isMethodSet();
}

function nonGenericType(check: Checker, x: Operand): void {
  const t = x.type;
  if (t.tag === 'Named' && t.orig === t && t.tparams && t.tparams.length > 0) {
    check.error(x.expr!, `cannot use generic type ${exprString(x.expr!)} without instantiation`);
    x.mode = Mode.Invalid;
    x.type = invalidType;
  }
}

/**
 * go/types genericExprList: evaluates call arguments; a single multi-value call
 * expands into several operands; generic function arguments keep their
 * signature (with partial type arguments in atargs) for inference.
 */
function genericExprList(check: Checker, elist: ast.Expr[]): { args: Operand[]; atargs: (Type[] | undefined)[] } {
  const atargs: (Type[] | undefined)[] = [];
  if (elist.length === 1) {
    const e = elist[0];
    const x = new Operand();
    let targs: Type[] | undefined;
    const ix = unparen(e);
    if (ix.kind === 'IndexExpr' && indexExpr(check, x, ix)) {
      const r = funcInst(check, undefined, ix.pos, x, ix, false);
      targs = r.targs;
      if (targs !== undefined) {
        x.mode = Mode.Value;
        x.expr = ix;
        check.record(x);
      }
    } else {
      rawExprAllowGeneric(check, x, e);
    }
    if (x.mode === Mode.NoValue || x.mode === Mode.Builtin || x.mode === Mode.TypExpr) excludeValue(check, x);
    if (x.mode !== Mode.Invalid && x.type.tag === 'Tuple') {
      const list: Operand[] = [];
      for (const v of x.type.vars) {
        const y = new Operand();
        y.mode = Mode.Value;
        y.expr = e;
        y.type = v.type!;
        list.push(y);
      }
      return { args: list, atargs };
    }
    if (x.mode === Mode.CommaOk || x.mode === Mode.CommaErr || x.mode === Mode.MapIndex) {
      if (x.mode !== Mode.MapIndex) x.mode = Mode.Value;
    }
    atargs.push(targs);
    return { args: [x], atargs };
  }
  const args: Operand[] = [];
  for (const e of elist) {
    const x = new Operand();
    let targs: Type[] | undefined;
    const ix = unparen(e);
    if (ix.kind === 'IndexExpr' && indexExpr(check, x, ix)) {
      const r = funcInst(check, undefined, ix.pos, x, ix, false);
      targs = r.targs;
      if (targs !== undefined) {
        x.mode = Mode.Value;
        x.expr = ix;
        check.record(x);
      }
    } else {
      rawExprAllowGeneric(check, x, e);
    }
    if (x.mode === Mode.NoValue || x.mode === Mode.Builtin || x.mode === Mode.TypExpr) excludeValue(check, x);
    singleValue(check, x);
    args.push(x);
    atargs.push(targs);
  }
  return { args, atargs };
}

function rawExprAllowGeneric(check: Checker, x: Operand, e: ast.Expr): void {
  genericExprAllowed(check, x, e);
}

function excludeValue(check: Checker, x: Operand): void {
  let msg: string;
  switch (x.mode) {
    case Mode.NoValue: msg = 'used as value'; break;
    case Mode.Builtin: msg = 'must be called'; break;
    default: msg = 'is not an expression';
  }
  check.error(x, `${check.opString(x)} ${msg}`);
  x.mode = Mode.Invalid;
}

/** go/types arguments: counts, inference, and assignability of call arguments. */
function argumentsCheck(check: Checker, call: ast.CallExpr, sig: Signature, targs: Type[] | undefined, xlist: ast.Expr[] | undefined,
  args: Operand[], atargs: (Type[] | undefined)[]): Signature {
  let rsig = sig;
  // an invalid argument was reported already; don't add count errors
  for (const a of args) if (a.mode === Mode.Invalid) return rsig;
  const nargs = args.length;
  let npars = sig.params.vars.length;
  const ddd = call.ellipsis >= 0;
  let sigParams = sig.params;
  let adjusted = false;
  if (sig.variadic) {
    if (ddd) {
      if (call.args.length === 1 && nargs > 1) {
        check.error(call, `cannot use ... with ${nargs}-valued ${exprString(call.args[0])}`);
        return rsig;
      }
    } else if (nargs >= npars - 1) {
      const vars = sig.params.vars.slice(0, npars - 1);
      const last = sig.params.vars[npars - 1];
      const t = (last.type as Slice).elem;
      while (vars.length < nargs) {
        const v = new Var(last.pos, last.file, last.pkg, last.name, t);
        v.isParam = true;
        v.used = true;
        vars.push(v);
      }
      sigParams = new Tuple(vars);
      adjusted = true;
      npars = nargs;
    } else {
      npars--;
    }
  } else if (ddd) {
    check.error(call, `cannot use ... in call to non-variadic ${exprString(call.fun)}`);
    return rsig;
  }
  if (nargs !== npars) {
    let at: ast.Node | Operand = call;
    let qualifier = 'not enough';
    if (nargs > npars) {
      at = args[npars];
      qualifier = 'too many';
    } else if (nargs > 0) {
      at = args[nargs - 1];
    }
    const params = sig.params.vars;
    const have = typesSummary(check, args.map((a) => a.type), false);
    const want = typesSummary(check, params.map((p) => p.type), sig.variadic);
    check.error(at, `${qualifier} arguments in call to ${exprString(call.fun)}\n\thave ${have}\n\twant ${want}`);
    return rsig;
  }
  let tparams: TypeParam[] = [];
  let allTargs: (Type | undefined)[] = targs ? [...targs] : [];
  const n = sig.tparams ? sig.tparams.length : 0;
  if (n > 0) {
    // Rename the callee's type parameters so that recursive calls
    // (walk(n.left, f) inside walk) infer the caller's own parameters.
    const r = renameTParams(check, sig.tparams!, sigParams);
    tparams = r.tparams;
    sigParams = r.type as Tuple;
    while (allTargs.length < n) allTargs.push(undefined);
  }
  const genericArgs: number[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg.mode === Mode.Invalid) continue;
    const asig = arg.type;
    if (asig.tag === 'Signature' && asig.tparams && asig.tparams.length > 0) {
      const r = renameTParams(check, asig.tparams, asig);
      const nsig = r.type as Signature;
      nsig.tparams = r.tparams;
      arg.type = nsig;
      tparams = tparams.concat(r.tparams);
      const at = atargs[i];
      if (at) allTargs = allTargs.concat(at);
      while (allTargs.length < tparams.length) allTargs.push(undefined);
      genericArgs.push(i);
    }
  }
  if (tparams.length > 0) {
    const err = check.newError();
    const inferred = infer(check, call.lparen, tparams, allTargs, sigParams, args, false, err);
    if (inferred === undefined) {
      if (!err.empty()) {
        err.prefixFirst(`in call to ${exprString(call.fun)}, `);
        err.report();
      }
      return rsig;
    }
    if (n > 0) {
      rsig = instantiateSignature(check, call.lparen, call.fun, sig, inferred.slice(0, n), xlist);
      if (adjusted) {
        const smap = new Map<TypeParam, Type>();
        for (let i = 0; i < n; i++) smap.set(tparams[i], inferred[i]);
        sigParams = substType(check, sigParams, smap) as Tuple;
      } else {
        sigParams = rsig.params;
      }
    }
    let j = n;
    for (const i of genericArgs) {
      const arg = args[i];
      const asig = arg.type as Signature;
      const k = j + asig.tparams!.length;
      arg.type = instantiateSignature(check, call.lparen, arg.expr!, asig, inferred.slice(j, k), undefined);
      check.record(arg);
      j = k;
    }
  }
  if (args.length > 0) {
    const context = `argument to ${exprString(call.fun)}`;
    for (let i = 0; i < args.length; i++) assignment(check, args[i], sigParams.vars[i].type!, context);
  }
  return rsig;
}


// ---------------------------------------------------------------- selectors

/**
 * go/types selector: qualified identifiers `pkg.Name`, fields, methods,
 * method values and method expressions.
 */
export function selector(check: Checker, x: Operand, e: ast.SelectorExpr, def: TypeName | undefined, wantType: boolean): void {
  const sel = e.sel.name;
  if (e.x.kind === 'Ident') {
    const obj = check.lookup(e.x.name);
    if (obj && obj.kind === 'pkgname') {
      check.recordUse(e.x, obj);
      obj.used = true;
      const pkg = obj.imported;
      const exp = pkg.scope.lookup(sel);
      if (exp === undefined) {
        if (!pkg.fake) check.error(e.sel, `undefined: ${exprString(e)}`);
        x.mode = Mode.Invalid;
        x.expr = e;
        return;
      }
      if (!exp.exported()) {
        check.error(e.sel, `name ${sel} not exported by package ${pkg.name}`);
      }
      check.recordUse(e.sel, exp);
      switch (exp.kind) {
        case 'const':
          x.mode = Mode.Constant;
          x.type = exp.type!;
          x.val = exp.val;
          break;
        case 'type':
          x.mode = Mode.TypExpr;
          x.type = exp.type!;
          break;
        case 'var':
          x.mode = Mode.Variable;
          x.type = exp.type!;
          break;
        case 'func':
          x.mode = Mode.Value;
          x.type = exp.type!;
          break;
        case 'builtin':
          x.mode = Mode.Builtin;
          x.id = exp.id;
          break;
        default:
          x.mode = Mode.Invalid;
      }
      x.expr = e;
      return;
    }
  }
  exprOrType(check, x, e.x, false);
  switch (x.mode) {
    case Mode.TypExpr:
      if (def && def.type === x.type) {
        cycleError(check, [def]);
        x.mode = Mode.Invalid;
        x.expr = e;
        return;
      }
      break;
    case Mode.Builtin:
      check.error(e.sel.pos, `invalid use of ${check.opString(x)} in selector expression`);
      x.mode = Mode.Invalid;
      x.expr = e;
      return;
    case Mode.Invalid:
      x.expr = e;
      return;
  }
  if (wantType) {
    check.error(e.sel, `${exprString(e)} is not a type`);
    x.mode = Mode.Invalid;
    x.expr = e;
    return;
  }
  const r = lookupFieldOrMethod(x.type, x.mode === Mode.Variable, check.pkg, sel, false);
  if (r.obj === undefined) {
    if (!isValid(under(x.type))) {
      x.mode = Mode.Invalid;
      x.expr = e;
      return;
    }
    if (r.index !== undefined) {
      check.error(e.sel, `ambiguous selector ${exprString(x.expr!)}.${sel}`);
    } else if (r.indirect) {
      if (x.mode === Mode.TypExpr) {
        check.error(e.sel, `invalid method expression ${exprString(x.expr!)}.${sel} (needs pointer receiver (*${check.typeString(x.type)}).${sel})`);
      } else {
        check.error(e.sel, `cannot call pointer method ${sel} on ${check.typeString(x.type)}`);
      }
    } else {
      let why: string;
      if (isInterfacePtr(x.type)) {
        why = interfacePtrError(check, x.type);
      } else {
        const alt = lookupFieldOrMethod(x.type, x.mode === Mode.Variable, check.pkg, sel, true).obj;
        why = lookupError(check, x.type, sel, alt, false);
      }
      check.error(e.sel, `${exprString(x.expr!)}.${sel} undefined (${why})`);
    }
    x.mode = Mode.Invalid;
    x.expr = e;
    return;
  }
  const obj = r.obj;
  if (obj.kind === 'func') objDecl(check, obj, undefined);
  if (x.mode === Mode.TypExpr) {
    if (obj.kind !== 'func') {
      check.error(e.sel, `${exprString(x.expr!)}.${sel} undefined (type ${check.typeString(x.type)} has no method ${sel})`);
      x.mode = Mode.Invalid;
      x.expr = e;
      return;
    }
    const m = obj;
    const sig = m.type as Signature;
    if (!sig.recv) {
      check.error(e, 'illegal cycle in method declaration');
      x.mode = Mode.Invalid;
      x.expr = e;
      return;
    }
    let params = sig.params.vars;
    let name = '';
    if (params.length > 0 && params[0].name !== '') {
      name = sig.recv.name;
      if (name === '') name = '_';
    }
    const rv = new Var(sig.recv.pos, sig.recv.file, sig.recv.pkg, name, x.type);
    rv.isParam = true;
    params = [rv, ...params];
    const msig = new Signature(new Tuple(params), sig.results, sig.variadic);
    msig.tparams = sig.tparams;
    check.recordSelection(e, SelectionKind.MethodExpr, x.type, m, r.index!, r.indirect, msig);
    x.mode = Mode.Value;
    x.type = msig;
    check.addDeclDep(m);
  } else if (obj.kind === 'var') {
    check.recordSelection(e, SelectionKind.FieldVal, x.type, obj, r.index!, r.indirect, obj.type!);
    x.mode = x.mode === Mode.Variable || r.indirect ? Mode.Variable : Mode.Value;
    x.type = obj.type!;
  } else {
    const sig = obj.type as Signature;
    const msig = new Signature(sig.params, sig.results, sig.variadic);
    msig.tparams = sig.tparams;
    msig.rparams = sig.rparams;
    msig.scope = sig.scope;
    check.recordSelection(e, SelectionKind.MethodVal, x.type, obj, r.index!, r.indirect, msig);
    x.mode = Mode.Value;
    x.type = msig;
    check.addDeclDep(obj);
  }
  x.expr = e;
}

export function interfacePtrError(check: Checker, T: Type): string {
  const p = under(T) as import('./types.js').Pointer;
  if (p.base.tag === 'TypeParam') return `type ${check.typeString(T)} is pointer to type parameter, not type parameter`;
  return `type ${check.typeString(T)} is pointer to interface, not interface`;
}

