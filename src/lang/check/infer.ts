// Type argument inference (go/types infer.go, unify.go, Go 1.21+ algorithm):
// unify parameter types with typed argument types (inexactly: a defined type
// matches a type literal with its underlying structure), then use core types
// of constraints, then default types of untyped constant arguments, then
// simplify by substitution; report `cannot infer T` for what remains.

import type * as ast from '../ast.js';
import type { Checker } from './checker.js';
import type { ErrorBuilder } from './errors.js';
import { missingMethod } from './lookup.js';
import { TypeName } from './objects.js';
import type { Operand } from './operand.js';
import { defaultType, identical, identicalOrigin, isTyped, maxType } from './predicates.js';
import { makeSubstMap, substType } from './subst.js';
import { computeInterfaceTypeSet } from './typeset.js';
import {
  ChanDir, type Interface, type Named, type Signature, type Term, type Tuple, type Type, TypeParam, coreType, under,
} from './types.js';
import { exprString } from './exprstring.js';

const EXACT = 1;
const ASSIGN = 2;

/** The unifier: type parameters map to shared handles holding their inferred type. */
class Unifier {
  private readonly handles = new Map<TypeParam, { t: Type | undefined }>();
  private depth = 0;
  constructor(tparams: readonly TypeParam[], targs: readonly (Type | undefined)[]) {
    for (let i = 0; i < tparams.length; i++) this.handles.set(tparams[i], { t: targs[i] });
  }
  asBound(x: Type): TypeParam | undefined {
    if (x.tag === 'TypeParam' && this.handles.has(x)) return x;
    return undefined;
  }
  at(x: TypeParam): Type | undefined {
    return this.handles.get(x)!.t;
  }
  set(x: TypeParam, t: Type): void {
    this.handles.get(x)!.t = t;
  }
  /** Makes x and y share a handle; false if both already have (possibly different) types. */
  join(x: TypeParam, y: TypeParam): boolean {
    const hx = this.handles.get(x)!;
    const hy = this.handles.get(y)!;
    if (hx === hy) return true;
    if (hx.t !== undefined && hy.t !== undefined) return false;
    const h = hx.t !== undefined ? hx : hy;
    for (const [k, v] of this.handles) if (v === hx || v === hy) this.handles.set(k, h);
    return true;
  }
  unknowns(): number {
    let n = 0;
    for (const h of new Set(this.handles.values())) if (h.t === undefined) n++;
    return n;
  }
  inferred(tparams: readonly TypeParam[]): (Type | undefined)[] {
    return tparams.map((t) => this.at(t));
  }

  unify(x: Type, y: Type, mode: number): boolean {
    return this.nify(x, y, mode);
  }

  private nify(x: Type, y: Type, mode: number): boolean {
    if (x === y) return true;
    if (this.depth > 50) return false;
    this.depth++;
    try {
      return this.nify0(x, y, mode);
    } finally {
      this.depth--;
    }
  }

  private nify0(x: Type, y: Type, mode: number): boolean {
    if (x.tag === 'Named' || this.asBound(y) !== undefined) [x, y] = [y, x];
    // Inexact unification: a type literal matches a defined type's underlying type.
    if ((mode & EXACT) === 0 && isTypeLit(x) && y.tag === 'Named') {
      y = under(y);
      mode |= EXACT;
    }
    const px = this.asBound(x);
    const py = this.asBound(y);
    if (px && py) {
      if (this.join(px, py)) return true;
      return this.nify(this.at(px)!, this.at(py)!, mode);
    }
    if (px) {
      const xt = this.at(px);
      if (xt !== undefined) {
        if (this.nify(xt, y, mode)) {
          const xi = under(xt).tag === 'Interface' && xt.tag !== 'TypeParam';
          const yi = under(y).tag === 'Interface' && y.tag !== 'TypeParam';
          const xn = xt.tag === 'Named';
          const yn = y.tag === 'Named';
          if (xi && yi) {
            if (xn && yn) return identical(xt, y);
            const xm = computeInterfaceTypeSet(under(xt) as Interface).methods.length;
            const ym = computeInterfaceTypeSet(under(y) as Interface).methods.length;
            if (xm !== ym) return false;
          } else if (xi || yi) {
            return false;
          }
          if ((mode & EXACT) === 0) {
            if (!xn && yn) this.set(px, y);
            else if (!xn && !yn) {
              const yc = under(y);
              if (yc.tag === 'Chan' && yc.dir !== ChanDir.SendRecv) this.set(px, y);
            }
          }
          return true;
        }
        return false;
      }
      this.set(px, y);
      return true;
    }
    // Type parameters from outside the inferred list unify through their core types.
    if ((mode & EXACT) === 0) {
      if (x.tag === 'TypeParam' && !hasNameT(y)) {
        const cx = coreType(x);
        if (cx !== undefined) return this.nify(cx, y, mode);
      } else if (y.tag === 'TypeParam' && !hasNameT(x)) {
        const cy = coreType(y);
        if (cy !== undefined) return this.nify(x, cy, mode);
      }
    }
    const emode = mode | EXACT;
    switch (x.tag) {
      case 'Basic':
        return y.tag === 'Basic' && x.kind === y.kind;
      case 'Array':
        return y.tag === 'Array' && (x.len < 0 || y.len < 0 || x.len === y.len) && this.nify(x.elem, y.elem, emode);
      case 'Slice':
        return y.tag === 'Slice' && this.nify(x.elem, y.elem, emode);
      case 'Struct': {
        if (y.tag !== 'Struct' || x.fields.length !== y.fields.length) return false;
        for (let i = 0; i < x.fields.length; i++) {
          const f = x.fields[i];
          const g = y.fields[i];
          if (f.embedded !== g.embedded || x.fieldTag(i) !== y.fieldTag(i) || !f.sameId(g.pkg, g.name) || !this.nify(f.type!, g.type!, emode)) return false;
        }
        return true;
      }
      case 'Pointer':
        return y.tag === 'Pointer' && this.nify(x.base, y.base, emode);
      case 'Tuple': {
        if (y.tag !== 'Tuple' || x.vars.length !== y.vars.length) return false;
        for (let i = 0; i < x.vars.length; i++) if (!this.nify(x.vars[i].type!, y.vars[i].type!, mode)) return false;
        return true;
      }
      case 'Signature': {
        if (y.tag !== 'Signature') return false;
        const xn = x.tparams ? x.tparams.length : 0;
        const yn = y.tparams ? y.tparams.length : 0;
        return xn === yn && x.variadic === y.variadic && this.nify(x.params, y.params, emode) && this.nify(x.results, y.results, emode);
      }
      case 'Interface': {
        if (y.tag !== 'Interface') return false;
        const xs = computeInterfaceTypeSet(x);
        const ys = computeInterfaceTypeSet(y);
        if (xs.comparable !== ys.comparable || xs.methods.length !== ys.methods.length) return false;
        if (xs.hasTerms() || ys.hasTerms()) return identical(x, y);
        for (let i = 0; i < xs.methods.length; i++) {
          const f = xs.methods[i];
          const g = ys.methods[i];
          if (f.objId() !== g.objId() || !this.nify(f.type!, g.type!, emode)) return false;
        }
        return true;
      }
      case 'Map':
        return y.tag === 'Map' && this.nify(x.key, y.key, emode) && this.nify(x.elem, y.elem, emode);
      case 'Chan':
        return y.tag === 'Chan' && ((mode & EXACT) === 0 || x.dir === y.dir) && this.nify(x.elem, y.elem, emode);
      case 'Named': {
        if (y.tag !== 'Named') return false;
        const xa = x.targs ?? [];
        const ya = y.targs ?? [];
        if (xa.length !== ya.length) return false;
        for (let i = 0; i < xa.length; i++) if (!this.nify(xa[i], ya[i], emode)) return false;
        return identicalOrigin(x as Named, y as Named);
      }
      case 'TypeParam':
        return false;
      case 'Union':
        return identical(x, y);
    }
  }
}

function hasNameT(t: Type): boolean {
  return t.tag === 'Basic' || t.tag === 'Named' || t.tag === 'TypeParam';
}

/** Type literals, incl. basic types (go/types isTypeLit). */
function isTypeLit(t: Type): boolean {
  if (t.tag === 'Named' || t.tag === 'TypeParam') return false;
  if (t.tag === 'Interface') return !t.implicit;
  return true;
}

/** The core term of a type parameter's constraint (go/types coreTerm). */
function coreTerm(tpar: TypeParam): { term: Term | undefined; single: boolean } {
  let n = 0;
  let single: Term | undefined;
  let tilde = false;
  computeInterfaceTypeSet(tpar.iface()).is((t) => {
    if (t === undefined) return false;
    n++;
    single = t;
    if (t.tilde) tilde = true;
    return true;
  });
  if (n === 1) return { term: single, single: true };
  const ct = coreType(tpar);
  if (ct !== undefined) return { term: { tilde, type: ct }, single: false };
  return { term: undefined, single: false };
}

/** Whether t mentions any of tparams (go/types isParameterized). */
export function isParameterized(tparams: readonly TypeParam[], t: Type): boolean {
  const seen = new Set<Type>();
  const walk = (t: Type): boolean => {
    if (seen.has(t)) return false;
    seen.add(t);
    switch (t.tag) {
      case 'Basic': return false;
      case 'Array': case 'Slice': case 'Chan': return walk(t.elem);
      case 'Pointer': return walk(t.base);
      case 'Map': return walk(t.key) || walk(t.elem);
      case 'Struct': return t.fields.some((f) => walk(f.type!));
      case 'Tuple': return t.vars.some((v) => walk(v.type!));
      case 'Signature': return walk(t.params) || walk(t.results);
      case 'Interface': return t.methods.some((m) => walk(m.type!)) || t.embeddeds.some(walk);
      case 'Union': return t.terms.some((term) => walk(term.type!));
      case 'Named': return (t.targs ?? []).some(walk);
      case 'TypeParam': return tparams.includes(t);
    }
  };
  return walk(t);
}

function typeParamsString(check: Checker, list: readonly TypeParam[]): string {
  const names = list.map((t) => check.typeString(t));
  switch (names.length) {
    case 0: return '';
    case 1: return names[0];
    case 2: return names[0] + ' and ' + names[1];
    default: return names.slice(0, -1).join(', ') + ', and ' + names[names.length - 1];
  }
}

/**
 * go/types infer: the type arguments for tparams given the partial list
 * targs and the (parameter, argument) pairs, or undefined (err gets the reason).
 */
export function infer(check: Checker, pos: number, tparams: readonly TypeParam[], targs0: readonly (Type | undefined)[],
  params: Tuple, args: readonly Operand[], reverse: boolean, err: ErrorBuilder): Type[] | undefined {
  const n = tparams.length;
  if (targs0.length === n && targs0.every((t) => t !== undefined)) return targs0 as Type[];
  for (const a of args) if (a.mode === 0) return undefined;
  const targs: (Type | undefined)[] = [...targs0];
  while (targs.length < n) targs.push(undefined);
  if (params.vars.length > 0) {
    const smap = makeSubstMap(tparams, targs);
    params = substType(check, params, smap) as Tuple;
  }
  const u = new Unifier(tparams, targs);
  const errorf = (tpar: Type, targ: Type, arg: Operand): void => {
    const inferredNow = u.inferred(tparams);
    if (inferredNow[0] === undefined && inferredNow.every((t) => t === undefined)) {
      err.addf(arg, `type ${check.typeString(targ)} of ${exprStr(arg.expr)} does not match ${check.typeString(tpar)} (cannot infer ${typeParamsString(check, tparams)})`);
      return;
    }
    const smap = makeSubstMap(tparams, inferredNow);
    const inferred = substType(check, tpar, smap);
    if (inferred !== tpar) {
      if (reverse) {
        err.addf(arg, `inferred type ${check.typeString(inferred)} for ${check.typeString(tpar)} does not match type ${check.typeString(targ)} of ${exprStr(arg.expr)}`);
      } else {
        err.addf(arg, `type ${check.typeString(targ)} of ${exprStr(arg.expr)} does not match inferred type ${check.typeString(inferred)} for ${check.typeString(tpar)}`);
      }
    } else {
      err.addf(arg, `type ${check.typeString(targ)} of ${exprStr(arg.expr)} does not match ${check.typeString(tpar)}`);
    }
  };
  const untyped: number[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg.mode === 0) continue;
    const par = params.vars[i];
    if (isParameterized(tparams, par.type!) || isParameterized(tparams, arg.type)) {
      if (isTyped(arg.type)) {
        if (!u.unify(par.type!, arg.type, ASSIGN)) {
          errorf(par.type!, arg.type, arg);
          return undefined;
        }
      } else if (par.type!.tag === 'TypeParam' && !arg.isNil()) {
        untyped.push(i);
      }
    }
  }
  // constraint type inference
  for (;;) {
    const nn = u.unknowns();
    for (const tpar of tparams) {
      const tx = u.at(tpar);
      const { term: core, single } = coreTerm(tpar);
      if (core !== undefined) {
        if (tx !== undefined) {
          if (!u.unify(tx, core.type!, 0)) {
            err.addAt(check.file, pos, `${check.typeString(tpar)} (type ${check.typeString(tx)}) does not satisfy ${check.typeString(tpar.bound)}`);
            return undefined;
          }
        } else if (single && !core.tilde) {
          u.set(tpar, core.type!);
        }
      } else if (tx !== undefined) {
        const cause = { msg: '' };
        const r = missingMethod(check, tx, tpar.iface(), true, (a, b) => u.unify(a, b, EXACT), cause);
        if (r.method !== undefined) {
          err.addAt(check.file, pos, `${check.typeString(tpar)} (type ${check.typeString(tx)}) does not satisfy ${check.typeString(tpar.bound)} ${cause.msg}`);
          return undefined;
        }
      }
    }
    if (u.unknowns() === nn) break;
  }
  // untyped constant arguments
  const maxUntyped = new Map<TypeParam, Type>();
  for (const index of untyped) {
    const tpar = params.vars[index].type as TypeParam;
    if (u.at(tpar) === undefined) {
      const arg = args[index];
      const max = maxUntyped.get(tpar);
      if (max === undefined) {
        maxUntyped.set(tpar, arg.type);
      } else {
        const m = maxType(max, arg.type);
        if (m === undefined) {
          err.addf(arg, `mismatched types ${check.typeString(max)} and ${check.typeString(arg.type)} (cannot infer ${check.typeString(tpar)})`);
          return undefined;
        }
        maxUntyped.set(tpar, m);
      }
    }
  }
  for (const [tpar, t] of maxUntyped) u.set(tpar, defaultType(t));
  // simplify
  const inferred = u.inferred(tparams);
  killCycles(tparams, inferred);
  let dirty: number[] = [];
  for (let i = 0; i < inferred.length; i++) {
    if (inferred[i] !== undefined && (i >= targs0.length || targs0[i] === undefined)) dirty.push(i);
  }
  let rounds = 0;
  while (dirty.length > 0 && rounds++ < 100) {
    const smap = makeSubstMap(tparams, inferred);
    const next: number[] = [];
    for (const index of dirty) {
      const t0 = inferred[index]!;
      const t1 = substType(check, t0, smap);
      if (t1 !== t0) {
        if (t1.tag === 'Signature' && t1.tparams && t1.tparams.length > 0 && !isParameterized(tparams, t1)) t1.tparams = undefined;
        inferred[index] = t1;
        next.push(index);
      }
    }
    dirty = next;
  }
  for (let i = 0; i < inferred.length; i++) {
    const t = inferred[i];
    if (t === undefined || isParameterized(tparams, t)) {
      const obj = tparams[i].obj;
      let where = '';
      if (obj.file && obj.pos >= 0) {
        const p = obj.file.position(obj.pos);
        where = ` (${p.filename}:${p.line}:${p.column})`;
      }
      err.addAt(check.file, pos, `cannot infer ${obj.name}${where}`);
      return undefined;
    }
  }
  return inferred as Type[];
}

function exprStr(e: ast.Expr | undefined): string {
  return e ? exprString(e) : '';
}

/** Nils out inferred types that contain a cycle through a type parameter (go/types killCycles). */
function killCycles(tparams: readonly TypeParam[], inferred: (Type | undefined)[]): void {
  for (let i = 0; i < tparams.length; i++) {
    const t = inferred[i];
    if (t === undefined) continue;
    // a cycle: following type parameters from t leads back to tparams[i]
    const seen = new Set<TypeParam>();
    const reaches = (ty: Type): boolean => {
      let found = false;
      const visit = (x: Type): void => {
        if (found) return;
        if (x.tag === 'TypeParam') {
          const j = tparams.indexOf(x);
          if (j < 0) return;
          if (j === i) {
            found = true;
            return;
          }
          if (seen.has(x)) return;
          seen.add(x);
          const y = inferred[j];
          if (y) visit(y);
          return;
        }
        forEachComponent(x, visit);
      };
      visit(ty);
      return found;
    };
    if (reaches(t)) inferred[i] = undefined;
  }
}

function forEachComponent(t: Type, f: (t: Type) => void): void {
  switch (t.tag) {
    case 'Array': case 'Slice': case 'Chan': f(t.elem); break;
    case 'Pointer': f(t.base); break;
    case 'Map': f(t.key); f(t.elem); break;
    case 'Struct': for (const x of t.fields) f(x.type!); break;
    case 'Tuple': for (const v of t.vars) f(v.type!); break;
    case 'Signature': f(t.params); f(t.results); break;
    case 'Interface': for (const m of t.methods) f(m.type!); for (const e of t.embeddeds) f(e); break;
    case 'Union': for (const term of t.terms) f(term.type!); break;
    case 'Named': for (const a of t.targs ?? []) f(a); break;
  }
}

/**
 * go/types renameTParams: fresh type parameters (same names) for tparams, with
 * bounds and typ rewritten to use them (so a generic function can be inferred
 * in its own body, or passed as an argument to itself).
 */
export function renameTParams(check: Checker, tparams: readonly TypeParam[], typ: Type): { tparams: TypeParam[]; type: Type } {
  const fresh = tparams.map((tp) => {
    const obj = new TypeName(tp.obj.pos, tp.obj.file, tp.obj.pkg, tp.obj.name, undefined);
    const ntp = new TypeParam(obj, tp.bound);
    obj.type = ntp;
    ntp.index = tp.index;
    return ntp;
  });
  const smap = makeSubstMap(tparams, fresh);
  for (let i = 0; i < fresh.length; i++) fresh[i].bound = substType(check, tparams[i].bound, smap);
  return { tparams: fresh, type: substType(check, typ, smap) };
}

export type { Signature };
