// Assignable locations (spec: Assignment statements): variables, pointer
// indirections, struct fields, array and slice elements, map entries. Storing
// an array or struct value copies it into the existing storage, so pointers to
// that storage (which are the storage itself, src/vm/README.md) see the change.
import type * as ast from '../lang/ast.js';
import type { Var } from '../lang/check/objects.js';
import type { RType } from '../vm/rtype.js';
import { Slice, type Value } from '../vm/value.js';
import { compileAssignable, compileExpr, fieldLocation, isAggregate } from './exprs.js';
import type { Ev, FuncCompiler, Store } from './funcCompiler.js';
import * as ops from './ops.js';

/** A location whose operands were evaluated once (for `x op= y`). */
export interface Located {
  get(): Value;
  set(v: Value): void;
}

export type Lvalue = Store & { locate?: (r: Value[]) => Located };

export function compileLvalue(fc: FuncCompiler, e: ast.Expr, withLocate = false): Lvalue {
  while (e.kind === 'ParenExpr') e = e.x;
  // identifiers redeclared by := are recorded as uses without a type: take the variable's
  const identObj = e.kind === 'Ident' ? (fc.info.uses.get(e) ?? fc.info.defs.get(e)) : undefined;
  const rt = fc.rtype(identObj && identObj.type ? identObj.type : fc.typeOf(e));
  const agg = isAggregate(rt);
  switch (e.kind) {
    case 'Ident': {
      const obj = (fc.info.uses.get(e) ?? fc.info.defs.get(e)) as Var;
      const read = fc.readVar(obj);
      const store = fc.storeVar(obj);
      const st: Lvalue = agg ? (r, v) => assignInto(rt, read(r) as Value[], v as Value[]) : store;
      if (withLocate) st.locate = (r) => ({ get: () => read(r), set: (v) => store(r, v) });
      return st;
    }
    case 'StarExpr': {
      const p = compileExpr(fc, e.x);
      const load = ops.loaderFor(rt);
      const st: Lvalue = agg
        ? (r, v) => {
          const ptr = p(r);
          if (ptr === null) ops.nilDeref();
          assignInto(rt, ptr as Value[], v as Value[]);
        }
        : (r, v) => {
          const ptr = p(r) as { store(v: Value): void } | null;
          if (ptr === null) ops.nilDeref();
          ptr!.store(v);
        };
      if (withLocate) {
        st.locate = (r) => {
          const ptr = p(r) as { load(): Value; store(v: Value): void } | null;
          if (ptr === null) ops.nilDeref();
          return { get: () => load(ptr), set: (v) => ptr!.store(v) };
        };
      }
      return st;
    }
    case 'SelectorExpr': {
      const sel = fc.info.selections.get(e);
      if (!sel) return compileLvalue(fc, e.sel, withLocate); // pkg.Var
      const loc = fieldLocation(fc, compileExpr(fc, e.x), fc.typeOf(e.x), sel.index);
      const obj = loc.obj;
      const idx = loc.idx;
      const st: Lvalue = agg
        ? (r, v) => assignInto(rt, (obj(r) as Value[])[idx] as Value[], v as Value[])
        : (r, v) => void ((obj(r) as Value[])[idx] = v);
      if (withLocate) {
        st.locate = (r) => {
          const o = obj(r) as Value[];
          return { get: () => o[idx], set: (v) => void (o[idx] = v) };
        };
      }
      return st;
    }
    case 'IndexExpr': {
      const xt = fc.core(fc.typeOf(e.x));
      const base = compileExpr(fc, e.x);
      if (xt.tag === 'Map') {
        const k = compileAssignable(fc, e.indices[0], xt.key);
        const zero = fc.rtype(xt.elem);
        const st: Lvalue = (r, v) => ops.mapSet(base(r), k(r), v);
        if (withLocate) {
          st.locate = (r) => {
            const m = base(r);
            const key = k(r);
            return { get: () => ops.mapGet(m, key, zero), set: (v) => ops.mapSet(m, key, v) };
          };
        }
        return st;
      }
      const i = compileExpr(fc, e.indices[0]);
      const slot = (r: Value[]): [Value[], number] => {
        const x = base(r);
        const k = ops.toIndex(i(r));
        if (xt.tag === 'Slice') {
          const s = x as Slice | null;
          if (s === null || k < 0 || k >= s.len) ops.indexOutOfRange(k, s === null ? 0 : s.len);
          return [s!.arr, s!.off + k];
        }
        if (x === null) ops.nilDeref();
        const a = x as Value[];
        if (k < 0 || k >= a.length) ops.indexOutOfRange(k, a.length);
        return [a, k];
      };
      const st: Lvalue = agg
        ? (r, v) => {
          const [a, k] = slot(r);
          assignInto(rt, a[k] as Value[], v as Value[]);
        }
        : (r, v) => {
          const [a, k] = slot(r);
          a[k] = v;
        };
      if (withLocate) {
        st.locate = (r) => {
          const [a, k] = slot(r);
          return { get: () => a[k], set: (v) => void (a[k] = v) };
        };
      }
      return st;
    }
    default:
      throw new Error(`chanscope: cannot assign to ${e.kind}`);
  }
}

/** Copies an array or struct value into existing storage, deeply (nested aggregates in place). */
export function assignInto(rt: RType, dst: Value[], src: Value[]): void {
  if (dst === src) return;
  const n = dst.length;
  const fields = rt.fields;
  const elem = rt.elem;
  for (let i = 0; i < n; i++) {
    const t = fields ? fields[i].type : (elem as RType);
    if (isAggregate(t)) assignInto(t, dst[i] as Value[], src[i] as Value[]);
    else dst[i] = src[i];
  }
}

export type { Ev };
