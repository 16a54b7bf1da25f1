// Composite literals (spec: Composite literals): structs, arrays, slices and
// maps, with keys, elided inner types, and `&T{}` implied for elided pointer
// element types (go/types records the literal's type as *T there).
import type * as ast from '../lang/ast.js';
import type { Type } from '../lang/check/types.js';
import { Slice, type Value } from '../vm/value.js';
import { compileAssignable, isAggregate } from './exprs.js';
import type { Ev, FuncCompiler } from './funcCompiler.js';
import * as ops from './ops.js';

export function compileCompositeLit(fc: FuncCompiler, e: ast.CompositeLit): Ev {
  let t = fc.resolve(fc.typeOf(e));
  let u = fc.core(t);
  if (u.tag === 'Pointer') {
    // elided &T{...}: structs and arrays are their own pointers; others are boxed
    t = u.base;
    u = fc.core(t);
    const inner = literal(fc, e, t, u);
    const rt = fc.rtype(t);
    return isAggregate(rt) ? inner : (r) => ops.newBox(inner(r));
  }
  return literal(fc, e, t, u);
}

function literal(fc: FuncCompiler, e: ast.CompositeLit, t: Type, u: Type): Ev {
  switch (u.tag) {
    case 'Struct': {
      const rt = fc.rtype(t);
      const sets: { idx: number; ev: Ev }[] = [];
      e.elts.forEach((el, i) => {
        if (el.kind === 'KeyValueExpr') {
          const name = (el.key as ast.Ident).name;
          const idx = u.fields.findIndex((f) => f.name === name);
          sets.push({ idx, ev: compileAssignable(fc, el.value, u.fields[idx].type!) });
        } else {
          sets.push({ idx: i, ev: compileAssignable(fc, el, u.fields[i].type!) });
        }
      });
      return (r) => {
        const v = rt.zero() as Value[];
        for (const s of sets) v[s.idx] = s.ev(r);
        return v;
      };
    }
    case 'Array':
    case 'Slice': {
      const elemT = u.elem;
      const elemRt = fc.rtype(elemT);
      const entries: { idx: number; ev: Ev }[] = [];
      let next = 0;
      let max = 0;
      for (const el of e.elts) {
        let valueExpr = el;
        if (el.kind === 'KeyValueExpr') {
          const k = fc.constOf(el.key);
          next = ops.toIndex(k ? k.v : 0);
          valueExpr = el.value;
        }
        entries.push({ idx: next, ev: compileAssignable(fc, valueExpr, elemT) });
        next++;
        if (next > max) max = next;
      }
      const len = u.tag === 'Array' ? u.len : max;
      const isSlice = u.tag === 'Slice';
      return (r) => {
        const a = new Array<Value>(len);
        if (entries.length < len || entries.length === 0) for (let i = 0; i < len; i++) a[i] = elemRt.zero();
        for (const en of entries) a[en.idx] = en.ev(r);
        return isSlice ? new Slice(a, 0, len, len) : a;
      };
    }
    case 'Map': {
      const mapRt = fc.rtype(t);
      const pairs = e.elts.map((el) => {
        const kv = el as ast.KeyValueExpr;
        return { k: compileAssignable(fc, kv.key, u.key), v: compileAssignable(fc, kv.value, u.elem) };
      });
      return (r) => {
        const m = ops.makeMap(mapRt, pairs.length);
        for (const p of pairs) ops.mapSet(m, p.k(r), p.v(r));
        return m;
      };
    }
    default:
      throw new Error(`chanscope: composite literal of ${u.tag}`);
  }
}
