// Type parameter substitution (go/types subst.go): replaces type parameters by
// type arguments throughout a type, instantiating generic named types whose
// type arguments change. Structure is shared where nothing changes.

import type { Checker } from './checker.js';
import { instance } from './instantiate.js';
import { Func, Var } from './objects.js';
import {
  ArrayType, Chan, Interface, MapType, Pointer, Signature, Slice, Struct, type Term, Tuple, type Type, type TypeParam, Union,
} from './types.js';

export type SubstMap = Map<TypeParam, Type>;

export function makeSubstMap(tparams: readonly TypeParam[], targs: readonly (Type | undefined)[]): SubstMap {
  const m: SubstMap = new Map();
  for (let i = 0; i < tparams.length; i++) {
    const t = targs[i];
    if (t !== undefined) m.set(tparams[i], t);
  }
  return m;
}

/** Applies smap to t; check may be undefined (then instances are created without a checker context). */
export function substType(check: Checker | undefined, t: Type, smap: SubstMap): Type {
  if (smap.size === 0) return t;
  return new Subster(check, smap).typ(t);
}

class Subster {
  constructor(readonly check: Checker | undefined, readonly smap: SubstMap) {}

  typ(t: Type): Type {
    switch (t.tag) {
      case 'Basic':
        return t;
      case 'Array': {
        const e = this.typ(t.elem);
        return e !== t.elem ? new ArrayType(t.len, e) : t;
      }
      case 'Slice': {
        const e = this.typ(t.elem);
        return e !== t.elem ? new Slice(e) : t;
      }
      case 'Pointer': {
        const b = this.typ(t.base);
        return b !== t.base ? new Pointer(b) : t;
      }
      case 'Map': {
        const k = this.typ(t.key);
        const e = this.typ(t.elem);
        return k !== t.key || e !== t.elem ? new MapType(k, e) : t;
      }
      case 'Chan': {
        const e = this.typ(t.elem);
        return e !== t.elem ? new Chan(t.dir, e) : t;
      }
      case 'Struct': {
        const fields = this.varList(t.fields);
        return fields !== t.fields ? new Struct(fields, t.tags) : t;
      }
      case 'Tuple': {
        const vars = this.varList(t.vars);
        return vars !== t.vars ? new Tuple(vars) : t;
      }
      case 'Signature': {
        const params = this.typ(t.params) as Tuple;
        const results = this.typ(t.results) as Tuple;
        if (params === t.params && results === t.results) return t;
        const s = new Signature(params, results, t.variadic);
        s.recv = t.recv;
        s.tparams = t.tparams;
        s.rparams = t.rparams;
        return s;
      }
      case 'Union': {
        let changed = false;
        const terms: Term[] = t.terms.map((term) => {
          const nt = this.typ(term.type!);
          if (nt !== term.type) changed = true;
          return { tilde: term.tilde, type: nt };
        });
        return changed ? new Union(terms) : t;
      }
      case 'Interface': {
        const methods = this.funcList(t.methods);
        let changed = methods !== t.methods;
        const embeddeds = t.embeddeds.map((e) => {
          const ne = this.typ(e);
          if (ne !== e) changed = true;
          return ne;
        });
        if (!changed) return t;
        const i = new Interface();
        i.methods = methods;
        i.embeddeds = embeddeds;
        i.implicit = t.implicit;
        i.complete = true;
        i.check = t.check;
        i.file = t.file;
        return i;
      }
      case 'Named': {
        if (!t.targs) return t;
        let changed = false;
        const targs = t.targs.map((a) => {
          const na = this.typ(a);
          if (na !== a) changed = true;
          return na;
        });
        if (!changed) return t;
        return instance(this.check, t.orig, targs);
      }
      case 'TypeParam':
        return this.smap.get(t) ?? t;
    }
  }

  varList(vars: Var[]): Var[] {
    let out: Var[] | undefined;
    for (let i = 0; i < vars.length; i++) {
      const v = vars[i];
      const nt = this.typ(v.type!);
      if (nt !== v.type) {
        if (!out) out = vars.slice(0, i);
        out.push(substVar(v, nt));
      } else if (out) {
        out.push(v);
      }
    }
    return out ?? vars;
  }

  funcList(fs: Func[]): Func[] {
    let out: Func[] | undefined;
    for (let i = 0; i < fs.length; i++) {
      const f = fs[i];
      const nt = f.type ? this.typ(f.type) : f.type;
      if (nt !== f.type) {
        if (!out) out = fs.slice(0, i);
        const nf = new Func(f.pos, f.file, f.pkg, f.name, nt);
        nf.origin = f.origin ?? f;
        nf.hasPtrRecv = f.hasPtrRecv;
        out.push(nf);
      } else if (out) {
        out.push(f);
      }
    }
    return out ?? fs;
  }
}

export function substVar(v: Var, t: Type): Var {
  const nv = new Var(v.pos, v.file, v.pkg, v.name, t);
  nv.isField = v.isField;
  nv.embedded = v.embedded;
  nv.isParam = v.isParam;
  nv.used = v.used;
  nv.origin = v.origin ?? v;
  return nv;
}

/** For identity of generic signatures: y's type parameters replaced by x's. */
export function substSignatureForIdentity(x: Signature, y: Signature): { sig: Signature; bounds: Type[] } {
  const smap = makeSubstMap(y.tparams!, x.tparams!);
  const bounds = y.tparams!.map((tp) => substType(undefined, tp.bound, smap));
  const params = substType(undefined, y.params, smap) as Tuple;
  const results = substType(undefined, y.results, smap) as Tuple;
  const sig = new Signature(params, results, y.variadic);
  return { sig, bounds };
}
