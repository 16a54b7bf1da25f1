// Function types (go/types signature.go): receiver (incl. receiver type
// parameters of methods on generic types), type parameters, parameters and
// results declared in the function scope, variadic `...T`, receiver rules.

import type * as ast from '../ast.js';
import type { Checker } from './checker.js';
import { collectTypeParams, declare, objDecl } from './decl.js';
import { ErrorBuilder } from './errors.js';
import { exprString } from './exprstring.js';
import { BLACK, TypeName, Var } from './objects.js';
import { Mode } from './package.js';
import { unpackRecv } from './resolver.js';
import { Scope } from './scope.js';
import { substType } from './subst.js';
import { varType } from './typexpr.js';
import { BasicKind, Signature, Slice, Tuple, type Type, TypeParam, invalidType, under } from './types.js';

/** Builds the signature of a function type / declaration and its function scope. */
export function funcType(check: Checker, recvPar: ast.FieldList | undefined, tparams: ast.FieldList | undefined,
  ftyp: ast.FuncType, into: Signature | undefined): Signature {
  const sig = into ?? new Signature(new Tuple([]), new Tuple([]), false);
  const fscope = new Scope(check.scope, ftyp.pos, ftyp.end, 'function', check.file);
  fscope.isFunc = true;
  check.recordScope(ftyp, fscope);
  sig.scope = fscope;
  const savedScope = check.scope;
  check.scope = fscope;
  try {
    const recvField = recvPar && recvPar.list.length ? recvPar.list[0] : undefined;
    if (recvField) {
      const { rname, tparams: rparams } = unpackRecv(recvField.type);
      if (rparams && rparams.length > 0) {
        const tps: TypeParam[] = [];
        for (const rp of rparams) {
          let id: ast.Ident;
          if (rp.kind === 'Ident') id = rp;
          else {
            if (rp.kind !== 'BadExpr') check.error(rp, `receiver type parameter ${exprStr(rp)} must be an identifier`);
            id = { kind: 'Ident', pos: rp.pos, end: rp.end, name: '_' };
          }
          const tname = new TypeName(id.pos, check.file, check.pkg, id.name, undefined);
          const tpar = new TypeParam(tname, invalidType);
          tname.type = tpar;
          tname.color = BLACK;
          declare(check, check.scope, id, tname, fscope.pos);
          if (id.name === '_') check.recvTParamMap.set(id, tpar);
          tps.push(tpar);
        }
        for (let i = 0; i < tps.length; i++) tps[i].index = i;
        sig.rparams = tps;
        let recvTParams: TypeParam[] = [];
        if (rname) {
          const obj = check.lookup(rname.name);
          if (obj && obj.kind === 'type') {
            if (obj.type === undefined) objDecl(check, obj, undefined);
            const t = obj.type;
            if (t && t.tag === 'Named' && t.tparams) recvTParams = t.tparams;
          }
        }
        if (tps.length === recvTParams.length) {
          const smap = new Map<TypeParam, Type>();
          for (let i = 0; i < tps.length; i++) smap.set(recvTParams[i], tps[i]);
          for (let i = 0; i < tps.length; i++) {
            tps[i].bound = substType(check, recvTParams[i].bound, smap);
          }
        } else if (tps.length < recvTParams.length) {
          const got = tps.length === 1 ? '1 type parameter' : `${tps.length} type parameters`;
          check.error(recvField, `got ${got}, but receiver base type declares ${recvTParams.length}`);
        }
      }
    }
    if (tparams && tparams.list.length > 0) {
      sig.tparams = collectTypeParams(check, tparams.list);
    }
    const scope = new Scope(undefined, 0, 0, 'function body (temp. scope)');
    let recvList: Var[] = [];
    if (recvPar) recvList = collectParams(check, scope, recvPar.list, false).params;
    const p = collectParams(check, scope, ftyp.params.list, true);
    const r = ftyp.results ? collectParams(check, scope, ftyp.results.list, false) : { params: [], variadic: false };
    // squash the temporary scope into the function scope, reporting redeclarations
    for (const [, obj] of scope.elems) {
      obj.parent = undefined;
      const alt = fscope.insert(obj);
      if (alt !== undefined) {
        const err = new ErrorBuilder(check);
        err.addf(obj, `${obj.name} redeclared in this block`);
        err.addAltDecl(alt);
        err.report();
      } else {
        obj.parent = fscope;
      }
    }
    if (recvPar) {
      let recv: Var;
      if (recvList.length === 0) {
        recv = new Var(-1, undefined, undefined, '', invalidType);
        recv.isParam = true;
        recv.used = true;
      } else {
        if (recvList.length > 1) check.error(recvList[recvList.length - 1], 'method has multiple receivers');
        recv = recvList[0];
      }
      sig.recv = recv;
      const file = check.file;
      check.later(() => validRecv(check, recv, sig, file));
    }
    sig.params = new Tuple(p.params);
    sig.results = new Tuple(r.params);
    sig.variadic = p.variadic;
  } finally {
    check.scope = savedScope;
  }
  return sig;
}

function exprStr(e: ast.Expr): string {
  return exprString(e);
}

/** Spec "Method declarations": the receiver base type must be a local defined non-pointer, non-interface type. */
function validRecv(check: Checker, recv: Var, sig: Signature, file: typeof check.file): void {
  const saved = check.file;
  check.file = file;
  try {
    let rtyp = recv.type!;
    if (rtyp.tag === 'Pointer') rtyp = rtyp.base;
    if (rtyp === invalidType) return;
    switch (rtyp.tag) {
      case 'Named': {
        if (rtyp.targs && !sig.rparams) {
          check.error(recv, `cannot define new methods on instantiated type ${check.typeString(rtyp)}`);
          break;
        }
        if (rtyp.obj.pkg !== check.pkg) {
          check.error(recv, `cannot define new methods on non-local type ${check.typeString(rtyp)}`);
          break;
        }
        let cause = '';
        const u = under(rtyp);
        if (u.tag === 'Basic' && u.kind === BasicKind.UnsafePointer) cause = 'unsafe.Pointer';
        else if (u.tag === 'Pointer' || u.tag === 'Interface') cause = 'pointer or interface type';
        if (cause !== '') check.error(recv, `invalid receiver type ${check.typeString(rtyp)} (${cause})`);
        break;
      }
      case 'Basic':
        check.error(recv, `cannot define new methods on non-local type ${check.typeString(rtyp)}`);
        break;
      default:
        check.error(recv, `invalid receiver type ${check.typeString(recv.type!)}`);
    }
  } finally {
    check.file = saved;
  }
}

/** Declares parameters in scope; a final `...T` makes the signature variadic (type []T). */
export function collectParams(check: Checker, scope: Scope, list: ast.Field[], variadicOk: boolean): { params: Var[]; variadic: boolean } {
  const params: Var[] = [];
  let variadic = false;
  let prev: ast.Expr | undefined;
  let t: Type = invalidType;
  for (let i = 0; i < list.length; i++) {
    const field = list[i];
    let ftype = field.type;
    if (ftype !== prev) {
      prev = ftype;
      if (ftype.kind === 'Ellipsis') {
        const dots = ftype;
        ftype = dots.elt ?? dots;
        if (variadicOk && i === list.length - 1 && field.names.length <= 1) {
          variadic = true;
        } else {
          check.softError(dots, 'can only use ... with final parameter in list');
        }
        t = dots.elt ? varType(check, dots.elt) : invalidType;
      } else {
        t = varType(check, ftype);
      }
    }
    if (field.names.length > 0) {
      for (const name of field.names) {
        const par = new Var(name.pos, check.file, check.pkg, name.name, t);
        par.isParam = true;
        par.used = true;
        declare(check, scope, name, par, scope.pos);
        params.push(par);
      }
    } else {
      const par = new Var(field.pos, check.file, check.pkg, '', t);
      par.isParam = true;
      par.used = true;
      check.recordImplicit(field, par);
      params.push(par);
    }
  }
  if (variadic) {
    const last = params[params.length - 1];
    last.type = new Slice(last.type!);
    check.recordTypeAndValue(list[list.length - 1].type, Mode.TypExpr, last.type, undefined);
  }
  return { params, variadic };
}
