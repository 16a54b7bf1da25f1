// Assignable locations (spec: Assignment statements): variables, pointer
// indirections, struct fields, array and slice elements, map entries. Storing
// an array or struct value copies it into the existing storage, so pointers to
// that storage (which are the storage itself, src/vm/README.md) see the change.
import type * as ast from '../lang/ast.js';
import type { Var } from '../lang/check/objects.js';
import type { RType } from '../vm/rtype.js';
import { Slice, type Value } from '../vm/value.js';
import { compileAssignable, compileExpr, fieldLocation, isAggregate } from './exprs.js';
import type { FuncCompiler, Store } from './funcCompiler.js';
import * as ops from './ops.js';

/** `x op= y` on a location whose operands are evaluated once: x = op(x, y). */
export type Update = (r: Value[], op: (a: Value, b: Value) => Value, y: Value) => void;

/** Evaluates the location's operands now; the returned setter stores later (parallel assignment). */
export type Bind = (r: Value[]) => (v: Value) => void;

export type Lvalue = Store & { update?: Update; bind?: Bind };

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
      if (withLocate) st.update = (r, op, y) => store(r, op(read(r), y));
      st.bind = (r) => (v) => st(r, v);
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
        st.update = (r, op, y) => {
          const ptr = p(r) as { load(): Value; store(v: Value): void } | null;
          if (ptr === null) ops.nilDeref();
          ptr!.store(op(load(ptr), y));
        };
      }
      st.bind = (r) => {
        const ptr = p(r);
        if (ptr === null) ops.nilDeref();
        return agg ? (v) => assignInto(rt, ptr as Value[], v as Value[]) : (v) => (ptr as { store(v: Value): void }).store(v);
      };
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
        st.update = (r, op, y) => {
          const o = obj(r) as Value[];
          o[idx] = op(o[idx], y);
        };
      }
      st.bind = (r) => {
        const o = obj(r) as Value[];
        return agg ? (v) => assignInto(rt, o[idx] as Value[], v as Value[]) : (v) => void (o[idx] = v);
      };
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
          st.update = (r, op, y) => {
            const m = base(r);
            const key = k(r);
            ops.mapSet(m, key, op(ops.mapGet(m, key, zero), y));
          };
        }
        st.bind = (r: Value[]) => {
          const m = base(r);
          const key = k(r);
          return (v: Value) => ops.mapSet(m, key, v);
        };
        return st;
      }
      const i = compileExpr(fc, e.indices[0]);
      // the backing array and the element's index in it (bounds checked)
      const isSlice = xt.tag === 'Slice';
      const arrOf = (x: Value): Value[] => {
        if (isSlice) return (x as Slice).arr;
        if (x === null) ops.nilDeref();
        return x as Value[];
      };
      const indexIn = (x: Value, k: number): number => {
        if (isSlice) {
          const s = x as Slice | null;
          if (s === null || k < 0 || k >= s.len) ops.indexOutOfRange(k, s === null ? 0 : s.len);
          return s!.off + k;
        }
        if (x === null) ops.nilDeref();
        if (k < 0 || k >= (x as Value[]).length) ops.indexOutOfRange(k, (x as Value[]).length);
        return k;
      };
      const st: Lvalue = agg
        ? (r, v) => {
          const x = base(r);
          const j = indexIn(x, ops.toIndex(i(r)));
          assignInto(rt, arrOf(x)[j] as Value[], v as Value[]);
        }
        : (r, v) => {
          const x = base(r);
          const j = indexIn(x, ops.toIndex(i(r)));
          arrOf(x)[j] = v;
        };
      if (withLocate) {
        st.update = (r, op, y) => {
          const x = base(r);
          const j = indexIn(x, ops.toIndex(i(r)));
          const a = arrOf(x);
          a[j] = op(a[j], y);
        };
      }
      st.bind = (r) => {
        const x = base(r);
        const j = indexIn(x, ops.toIndex(i(r)));
        const a = arrOf(x);
        return agg ? (v) => assignInto(rt, a[j] as Value[], v as Value[]) : (v) => void (a[j] = v);
      };
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

