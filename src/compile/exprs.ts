// Expressions: each compiles to an Ev closure over the frame's registers.
// Calls to Go functions, receives and blocking natives are hoisted into
// instructions that leave their result in a register (spec: "function calls,
// method calls, and communication operations are evaluated in lexical
// left-to-right order"; gc's order pass does the same).
import type * as ast from '../lang/ast.js';
import { Mode, SelectionKind } from '../lang/check/package.js';
import type { Func } from '../lang/check/objects.js';
import type { Type } from '../lang/check/types.js';
import { chanrecv } from '../runtime/chan.js';
import { Kind, type RType } from '../vm/rtype.js';
import { Box, Iface, Slice, type Value } from '../vm/value.js';
import type { Ev, FuncCompiler } from './funcCompiler.js';
import * as ops from './ops.js';
import { compileCall, isInterfaceMethod } from './calls.js';
import { compileCompositeLit } from './composite.js';
import { funcValue } from './funcValue.js';
import { curG } from './runCtx.js';
import { Label } from './funcBuilder.js';

export function compileExpr(fc: FuncCompiler, e: ast.Expr): Ev {
  const o = fc.argOverride?.get(e);
  if (o) return o;
  const c = fc.constOf(e);
  if (c) {
    const v = c.v;
    return () => v;
  }
  switch (e.kind) {
    case 'ParenExpr':
      return compileExpr(fc, e.x);
    case 'Ident':
      return ident(fc, e);
    case 'FuncLit':
      return fc.pc.compileFuncLit(fc, e);
    case 'CompositeLit':
      return compileCompositeLit(fc, e);
    case 'SelectorExpr':
      return selector(fc, e);
    case 'IndexExpr':
      return index(fc, e);
    case 'SliceExpr':
      return sliceExpr(fc, e);
    case 'TypeAssertExpr':
      return typeAssert(fc, e, false)[0];
    case 'CallExpr': {
      const evs = compileCall(fc, e, 1);
      return evs[0];
    }
    case 'StarExpr':
      return deref(fc, e);
    case 'UnaryExpr':
      return unary(fc, e);
    case 'BinaryExpr':
      return binary(fc, e);
    default:
      throw new Error(`chanscope: cannot compile expression ${e.kind}`);
  }
}

/** Whether a value of this type is a JS array that assignment copies (arrays and structs). */
export function isAggregate(rt: RType): boolean {
  return rt.kind === Kind.Array || rt.kind === Kind.Struct;
}

/** Expressions denoting existing storage (whose aggregate values must be copied when used as values). */
function denotesStorage(e: ast.Expr): boolean {
  switch (e.kind) {
    case 'ParenExpr':
      return denotesStorage(e.x);
    case 'Ident':
    case 'IndexExpr':
    case 'StarExpr':
      return true;
    case 'SelectorExpr':
      return true;
    default:
      return false;
  }
}

/** The expression as a value: aggregates read from storage are copied (value semantics). */
export function compileValue(fc: FuncCompiler, e: ast.Expr): Ev {
  const ev = compileExpr(fc, e);
  const rt = fc.rtype(fc.typeOf(e));
  if (isAggregate(rt) && denotesStorage(e)) {
    const copy = rt.copy;
    return (r) => copy(ev(r));
  }
  return ev;
}

/** The value converted to the target type's representation when assigning (to interfaces: boxing). */
export function compileAssignable(fc: FuncCompiler, e: ast.Expr, target: Type): Ev {
  const ev = compileValue(fc, e);
  return convertForAssign(fc, ev, fc.typeOf(e), target, fc.tv(e).mode === Mode.NilValue);
}

/** Implicit conversion at assignment: a concrete value stored in an interface becomes an Iface. */
export function convertForAssign(fc: FuncCompiler, ev: Ev, from: Type, to: Type, isNil: boolean): Ev {
  const toCore = fc.core(to);
  if (toCore.tag !== 'Interface' || isNil) return ev;
  const fromCore = fc.core(from);
  if (fromCore.tag === 'Interface') return ev; // interface to interface: same Iface
  const rt = fc.rtype(from);
  return (r) => new Iface(rt, ev(r));
}

// ------------------------------------------------------------ identifiers

function ident(fc: FuncCompiler, e: ast.Ident): Ev {
  if (e.name === '_') throw new Error('chanscope: cannot use _ as value');
  const obj = fc.info.uses.get(e) ?? fc.info.defs.get(e);
  if (!obj) throw new Error(`chanscope: unresolved identifier ${e.name}`);
  switch (obj.kind) {
    case 'var':
      return fc.readVar(obj);
    case 'nil':
      return () => null;
    case 'func': {
      const inst = fc.info.instances.get(e);
      const f = funcValue(fc.pc.funcCode(obj, inst ? inst.typeArgs.map((t) => fc.resolve(t)) : undefined, fc.env));
      return () => f;
    }
    default:
      throw new Error(`chanscope: cannot use ${obj.kind} ${e.name} as a value`);
  }
}

// ------------------------------------------------------------ selectors

function selector(fc: FuncCompiler, e: ast.SelectorExpr): Ev {
  const sel = fc.info.selections.get(e);
  if (!sel) {
    // qualified identifier pkg.Name
    return ident(fc, e.sel);
  }
  switch (sel.kind) {
    case SelectionKind.FieldVal: {
      const base = compileExpr(fc, e.x);
      return fieldPath(fc, base, fc.typeOf(e.x), sel.index);
    }
    case SelectionKind.MethodVal:
      return methodValue(fc, e, sel.obj as Func, sel.index, sel.indirect);
    case SelectionKind.MethodExpr:
      return fc.pc.methodExpr(fc, e, sel.obj as Func, sel.recv, sel.index);
  }
}

/** Follows a field path through embedded fields, dereferencing pointers on the way (nil panics). */
export function fieldPath(fc: FuncCompiler, base: Ev, baseType: Type, path: number[]): Ev {
  let ev = base;
  let t = baseType;
  for (const idx of path) {
    let u = fc.core(t);
    if (u.tag === 'Pointer') {
      const inner = ev;
      ev = (r) => {
        const p = inner(r);
        if (p === null) ops.nilDeref();
        return p;
      };
      t = u.base;
      u = fc.core(t);
    }
    if (u.tag !== 'Struct') throw new Error('chanscope: field selector on non-struct');
    const inner = ev;
    ev = (r) => (inner(r) as Value[])[idx];
    t = u.fields[idx].type!;
  }
  return ev;
}

/** Location of a field (for stores): the struct array and the index. */
export function fieldLocation(fc: FuncCompiler, base: Ev, baseType: Type, path: number[]): { obj: Ev; idx: number; type: Type } {
  const last = path[path.length - 1];
  let t = baseType;
  let ev = base;
  if (path.length > 1) {
    ev = fieldPath(fc, base, baseType, path.slice(0, -1));
    t = fieldTypeAt(fc, baseType, path.slice(0, -1));
  }
  let u = fc.core(t);
  if (u.tag === 'Pointer') {
    const inner = ev;
    ev = (r) => {
      const p = inner(r);
      if (p === null) ops.nilDeref();
      return p;
    };
    u = fc.core(u.base);
  }
  if (u.tag !== 'Struct') throw new Error('chanscope: field store on non-struct');
  return { obj: ev, idx: last, type: u.fields[last].type! };
}

function fieldTypeAt(fc: FuncCompiler, t: Type, path: number[]): Type {
  for (const idx of path) {
    let u = fc.core(t);
    if (u.tag === 'Pointer') u = fc.core(u.base);
    if (u.tag !== 'Struct') throw new Error('chanscope: bad field path');
    t = u.fields[idx].type!;
  }
  return t;
}

/** `x.M` as a value: binds the receiver now (a copy for value receivers). */
function methodValue(fc: FuncCompiler, e: ast.SelectorExpr, m: Func, path: number[], indirect: boolean): Ev {
  const recvT = fc.typeOf(e.x);
  if (fc.core(recvT).tag === 'Interface') {
    const x = compileExpr(fc, e.x);
    const name = m.name;
    return (r) => {
      const iv = x(r) as Iface | null;
      if (iv === null) ops.nilDeref();
      return fc.pc.boundIfaceMethod(iv as Iface, name);
    };
  }
  const dyn = interfaceMethodValue(fc, e.x, recvT, m, path);
  if (dyn) return dyn;
  const recv = methodReceiver(fc, e.x, m, path, indirect);
  const code = fc.pc.methodCode(m, fc.env, recvT, path);
  return (r) => fc.pc.boundMethod(code, recv(r));
}

/**
 * `x.M` where M is declared by an interface though x is not one: a type
 * parameter's constraint method (the instantiated type's own method), or a
 * method promoted from an embedded interface field (that field's dynamic
 * method). The Ev makes the bound func value; undefined for other methods.
 */
export function interfaceMethodValue(fc: FuncCompiler, x: ast.Expr, xt: Type, m: Func, path: number[]): Ev | undefined {
  if (!isInterfaceMethod(m)) return undefined;
  const name = m.name;
  if (path.length === 1) {
    const rt = fc.rtype(xt);
    const xv = compileExpr(fc, x);
    return (r) => fc.pc.boundIfaceMethod(new Iface(rt, xv(r)), name);
  }
  const holder = fieldPath(fc, compileExpr(fc, x), xt, path.slice(0, -1));
  return (r) => {
    const iv = holder(r) as Iface | null;
    if (iv === null) ops.nilDeref();
    return fc.pc.boundIfaceMethod(iv as Iface, name);
  };
}

/**
 * The receiver value for calling method `m` on `x` (after embedded-field path
 * except the last step): the address for pointer receivers, a copy for value
 * receivers, with implicit & and * as the selector needs.
 */
export function methodReceiver(fc: FuncCompiler, x: ast.Expr, m: Func, path: number[], _indirect: boolean): Ev {
  const xt = fc.typeOf(x);
  const embedPath = path.slice(0, -1);
  const ptrRecv = m.pointerRecv();
  // the (embedded) receiver expression
  let recvEv: Ev;
  let recvT: Type;
  if (embedPath.length === 0) {
    recvT = xt;
    recvEv = ptrRecv && fc.core(xt).tag !== 'Pointer' ? addressOf(fc, x) : compileExpr(fc, x);
  } else {
    const base = compileExpr(fc, x);
    const loc = fieldLocation(fc, base, xt, embedPath);
    recvT = loc.type;
    const obj = loc.obj;
    const idx = loc.idx;
    if (ptrRecv && fc.core(recvT).tag !== 'Pointer') {
      const ft = fc.rtype(recvT);
      recvEv = isAggregate(ft)
        ? (r) => (obj(r) as Value[])[idx]
        : (r) => ops.elemRef(obj(r) as Value[], idx);
      recvT = { tag: 'Pointer', base: recvT } as unknown as Type;
    } else {
      recvEv = (r) => (obj(r) as Value[])[idx];
    }
  }
  const ru = fc.core(recvT);
  if (!ptrRecv && ru.tag === 'Pointer') {
    // value method through a pointer: dereference (nil panics) and copy
    const elemRt = fc.rtype(ru.base);
    const inner = recvEv;
    const load = ops.loaderFor(elemRt);
    return (r) => {
      const p = inner(r);
      if (p === null) ops.nilDeref();
      return elemRt.copy(load(p));
    };
  }
  if (!ptrRecv) {
    const rt = fc.rtype(recvT);
    if (isAggregate(rt)) {
      const inner = recvEv;
      return (r) => rt.copy(inner(r));
    }
  }
  return recvEv;
}

// ------------------------------------------------------------ addresses and pointers

/** `&x`: the pointer to an addressable expression (or to a fresh composite literal). */
export function addressOf(fc: FuncCompiler, x: ast.Expr): Ev {
  while (x.kind === 'ParenExpr') x = x.x;
  const t = fc.typeOf(x);
  const rt = fc.rtype(t);
  const agg = isAggregate(rt);
  switch (x.kind) {
    case 'CompositeLit': {
      const lit = compileCompositeLit(fc, x);
      return agg ? lit : (r) => new Box(lit(r));
    }
    case 'Ident': {
      const obj = fc.info.uses.get(x) ?? fc.info.defs.get(x);
      if (!obj || obj.kind !== 'var') throw new Error(`chanscope: cannot take address of ${x.name}`);
      if (agg) return fc.readVar(obj);
      const g = fc.pc.globalBox(obj);
      if (g) return () => g;
      const loc = fc.lookup(obj);
      if (!loc || !loc.boxed) throw new Error(`chanscope: address of unboxed variable ${x.name}`);
      const i = loc.reg;
      return (r) => r[i];
    }
    case 'SelectorExpr': {
      const sel = fc.info.selections.get(x);
      if (!sel) return addressOf(fc, x.sel);
      const loc = fieldLocation(fc, compileExpr(fc, x.x), fc.typeOf(x.x), sel.index);
      const obj = loc.obj;
      const idx = loc.idx;
      if (agg) return (r) => (obj(r) as Value[])[idx];
      return (r) => ops.elemRef(obj(r) as Value[], idx);
    }
    case 'IndexExpr': {
      const xt = fc.core(fc.typeOf(x.x));
      const base = compileExpr(fc, x.x);
      const i = compileExpr(fc, x.indices[0]);
      if (xt.tag === 'Slice') {
        return (r) => {
          const s = base(r) as Slice | null;
          const k = ops.toIndex(i(r));
          const n = s === null ? 0 : s.len;
          if (k < 0 || k >= n) ops.indexOutOfRange(k, n);
          const sl = s as Slice;
          return agg ? sl.arr[sl.off + k] : ops.elemRef(sl.arr, sl.off + k);
        };
      }
      // array or pointer to array
      const isPtr = xt.tag === 'Pointer';
      return (r) => {
        let a = base(r) as Value[] | null;
        if (isPtr && a === null) ops.nilDeref();
        a = a as Value[];
        const k = ops.toIndex(i(r));
        if (k < 0 || k >= a.length) ops.indexOutOfRange(k, a.length);
        return agg ? a[k] : ops.elemRef(a, k);
      };
    }
    case 'StarExpr': {
      // &*p == p (with a nil check)
      const p = compileExpr(fc, x.x);
      return (r) => {
        const v = p(r);
        if (v === null) ops.nilDeref();
        return v;
      };
    }
    default:
      throw new Error(`chanscope: cannot take address of ${x.kind}`);
  }
}

function deref(fc: FuncCompiler, e: ast.StarExpr): Ev {
  const p = compileExpr(fc, e.x);
  const rt = fc.rtype(fc.typeOf(e));
  const load = ops.loaderFor(rt);
  return (r) => {
    const v = p(r);
    if (v === null) ops.nilDeref();
    return load(v);
  };
}

// ------------------------------------------------------------ index and slice

function index(fc: FuncCompiler, e: ast.IndexExpr): Ev {
  const tv = fc.tv(e);
  // generic function instantiation f[int]
  if (e.x.kind === 'Ident' || e.x.kind === 'SelectorExpr') {
    const id = e.x.kind === 'Ident' ? e.x : e.x.sel;
    const inst = fc.info.instances.get(id);
    if (inst && fc.core(tv.type).tag === 'Signature') {
      const obj = fc.info.uses.get(id) as Func;
      const f = funcValue(fc.pc.funcCode(obj, inst.typeArgs.map((t) => fc.resolve(t)), fc.env));
      return () => f;
    }
  }
  const xt = fc.core(fc.typeOf(e.x));
  const base = compileExpr(fc, e.x);
  if (xt.tag === 'Map') {
    const key = compileAssignable(fc, e.indices[0], xt.key);
    const zero = fc.rtype(xt.elem);
    return (r) => ops.mapGet(base(r), key(r), zero);
  }
  const i = compileExpr(fc, e.indices[0]);
  if (xt.tag === 'Basic') {
    // string indexing yields a byte
    return (r) => {
      const s = base(r) as string;
      const k = ops.toIndex(i(r));
      if (k < 0 || k >= s.length) ops.indexOutOfRange(k, s.length);
      return s.charCodeAt(k);
    };
  }
  if (xt.tag === 'Slice') {
    return (r) => {
      const s = base(r) as Slice | null;
      const k = ops.toIndex(i(r));
      if (s === null || k < 0 || k >= s.len) ops.indexOutOfRange(k, s === null ? 0 : s.len);
      return s!.arr[s!.off + k];
    };
  }
  return (r) => {
    const a = base(r) as Value[] | null;
    if (a === null) ops.nilDeref();
    const k = ops.toIndex(i(r));
    if (k < 0 || k >= a!.length) ops.indexOutOfRange(k, a!.length);
    return a![k];
  };
}

function sliceExpr(fc: FuncCompiler, e: ast.SliceExpr): Ev {
  const xt = fc.core(fc.typeOf(e.x));
  const base = xt.tag === 'Array' ? addressOf(fc, e.x) : compileExpr(fc, e.x);
  const lo = e.low ? compileExpr(fc, e.low) : undefined;
  const hi = e.high ? compileExpr(fc, e.high) : undefined;
  const max = e.max ? compileExpr(fc, e.max) : undefined;
  const isString = xt.tag === 'Basic';
  const isArray = xt.tag === 'Array' || xt.tag === 'Pointer';
  return (r) => {
    const x = base(r);
    const l = lo ? ops.toIndex(lo(r)) : 0;
    const h = hi ? ops.toIndex(hi(r)) : -1;
    const m = max ? ops.toIndex(max(r)) : -1;
    if (isString) return ops.sliceString(x as string, l, h);
    if (isArray) {
      if (x === null) ops.nilDeref();
      return ops.sliceArray(x as Value[], l, h, m);
    }
    return ops.sliceSlice(x as Slice | null, l, h, m);
  };
}

// ------------------------------------------------------------ type assertions

/** `x.(T)`; with commaOk, returns [value, ok] Evs (both read hoisted registers). */
export function typeAssert(fc: FuncCompiler, e: ast.TypeAssertExpr, commaOk: boolean): Ev[] {
  const x = compileExpr(fc, e.x);
  const target = fc.resolve(fc.typeOf(e.type!));
  const trt = fc.rtype(target);
  const srcRt = fc.rtype(fc.typeOf(e.x));
  const targetIsIface = fc.core(target).tag === 'Interface';
  const zero = trt;
  // a value taken out of an interface is a copy (arrays and structs)
  const out = !targetIsIface && isAggregate(trt) ? (v: Value) => trt.copy(v) : (v: Value) => v;
  const check = (iv: Iface | null): boolean => {
    if (iv === null) return false;
    if (targetIsIface) return fc.pc.implements(iv.type, trt);
    return iv.type === trt;
  };
  if (commaOk) {
    const v = fc.b.reg();
    const ok = fc.b.reg();
    fc.exec(e.pos, (r) => {
      const iv = x(r) as Iface | null;
      if (check(iv)) {
        r[v] = targetIsIface ? iv : out((iv as Iface).value);
        r[ok] = true;
      } else {
        r[v] = zero.zero();
        r[ok] = false;
      }
    });
    return [(r) => r[v], (r) => r[ok]];
  }
  return [(r) => {
    const iv = x(r) as Iface | null;
    if (check(iv)) return targetIsIface ? iv : out((iv as Iface).value);
    return ops.assertionFailed(srcRt, iv, trt, fc.pc);
  }];
}

// ------------------------------------------------------------ operators

function unary(fc: FuncCompiler, e: ast.UnaryExpr): Ev {
  switch (e.op) {
    case '&':
      return addressOf(fc, e.x);
    case '<-':
      return receive(fc, e, false)[0];
    default: {
      const x = compileExpr(fc, e.x);
      const rt = fc.rtype(fc.typeOf(e));
      const f = ops.unaryOp(rt.kind, e.op);
      return (r) => f(x(r));
    }
  }
}

/** `<-ch` (hoisted: may block); with commaOk also the ok flag. */
export function receive(fc: FuncCompiler, e: ast.UnaryExpr, commaOk: boolean): Ev[] {
  const ch = compileExpr(fc, e.x);
  const v = fc.b.reg();
  const ok = fc.b.reg();
  const ctx = fc.ctx;
  fc.emitBlocking(e.pos, (fr) => chanrecv(ctx.rt, curG(ctx), ch(fr.r) as never, true) !== 'parked');
  fc.exec(e.pos, (r) => {
    const g = curG(ctx);
    r[v] = g.recvValue;
    r[ok] = g.recvOk;
    g.recvValue = undefined;
  });
  return commaOk ? [(r) => r[v], (r) => r[ok]] : [(r) => r[v]];
}

/** Whether evaluating `e` needs instructions (calls, receives): then && and || must branch. */
export function hasHoists(e: ast.Node | undefined): boolean {
  if (!e) return false;
  switch (e.kind) {
    case 'CallExpr':
    case 'FuncLit':
      return true; // conservative: any call (conversions and builtins included)
    case 'UnaryExpr':
      return e.op === '<-' || hasHoists(e.x);
    case 'BinaryExpr':
      return hasHoists(e.x) || hasHoists(e.y);
    case 'ParenExpr':
    case 'StarExpr':
      return hasHoists(e.x);
    case 'SelectorExpr':
      return hasHoists(e.x);
    case 'IndexExpr':
      return hasHoists(e.x) || e.indices.some(hasHoists);
    case 'SliceExpr':
      return hasHoists(e.x) || hasHoists(e.low) || hasHoists(e.high) || hasHoists(e.max);
    case 'TypeAssertExpr':
      return hasHoists(e.x);
    case 'CompositeLit':
      return e.elts.some(hasHoists);
    case 'KeyValueExpr':
      return hasHoists(e.key) || hasHoists(e.value);
    default:
      return false;
  }
}

function binary(fc: FuncCompiler, e: ast.BinaryExpr): Ev {
  if (e.op === '&&' || e.op === '||') {
    const x = compileExpr(fc, e.x);
    if (!hasHoists(e.y)) {
      const y = compileExpr(fc, e.y);
      return e.op === '&&' ? (r) => (x(r) as boolean) && (y(r) as boolean) : (r) => (x(r) as boolean) || (y(r) as boolean);
    }
    // short-circuit around the right operand's instructions
    const t = fc.b.reg();
    const done = new Label();
    fc.exec(e.pos, (r) => {
      r[t] = x(r);
    });
    const isAnd = e.op === '&&';
    fc.b.emit((pc) => {
      const next = pc + 1;
      return (fr) => ((fr.r[t] as boolean) === isAnd ? next : done.pc);
    });
    const y = compileExpr(fc, e.y);
    fc.exec(e.pos, (r) => {
      r[t] = y(r);
    });
    fc.b.place(done);
    return (r) => r[t];
  }
  const x = compileExpr(fc, e.x);
  const y = compileExpr(fc, e.y);
  const xt = fc.typeOf(e.x);
  switch (e.op) {
    case '==':
    case '!=': {
      const eq = equality(fc, xt, fc.typeOf(e.y), fc.tv(e.x).mode === Mode.NilValue, fc.tv(e.y).mode === Mode.NilValue);
      return e.op === '==' ? (r) => eq(x(r), y(r)) : (r) => !eq(x(r), y(r));
    }
    case '<':
    case '<=':
    case '>':
    case '>=': {
      const fast = fastCompare(fc, e, x, y);
      if (fast) return fast;
      const f = ops.compareOp(fc.rtype(xt).kind, e.op);
      return (r) => f(x(r), y(r));
    }
    case '<<':
    case '>>': {
      const f = ops.shiftOp(fc.rtype(fc.typeOf(e)).kind, e.op, fc.rtype(fc.typeOf(e.y)).kind);
      return (r) => f(x(r), y(r));
    }
    default: {
      const kind = fc.rtype(fc.typeOf(e)).kind;
      const fast = fastArith(fc, e, kind, x, y);
      if (fast) return fast;
      const f = ops.binaryOp(kind, e.op);
      return (r) => f(x(r), y(r));
    }
  }
}

/**
 * int/int64 + and -: numbers stay numbers while the result is a safe integer;
 * otherwise (or with bigint operands) the exact 64-bit operation.
 */
function fastIntAddSub(op: string, kind: Kind, x: Ev, y: Ev): Ev | undefined {
  if (op !== '+' && op !== '-') return undefined;
  const slow = ops.binaryOp(kind, op);
  const MAX = 9007199254740991;
  if (op === '+') {
    return (r) => {
      const a = x(r);
      const b = y(r);
      if (typeof a === 'number' && typeof b === 'number') {
        const s = a + b;
        if (s <= MAX && s >= -MAX) return s;
      }
      return slow(a, b);
    };
  }
  return (r) => {
    const a = x(r);
    const b = y(r);
    if (typeof a === 'number' && typeof b === 'number') {
      const s = a - b;
      if (s <= MAX && s >= -MAX) return s;
    }
    return slow(a, b);
  };
}

/**
 * Ordered comparison with a local or constant operand as one closure (numbers
 * and bigints compare exactly with JS's relational operators, strings bytewise).
 */
function fastCompare(fc: FuncCompiler, e: ast.BinaryExpr, x: Ev, y: Ev): Ev | undefined {
  const a = localReg(fc, e.x);
  const b = localReg(fc, e.y);
  const cb = fc.constOf(e.y);
  type N = number;
  if (a !== undefined && cb !== undefined) {
    const k = cb.v as N;
    switch (e.op) {
      case '<': return (r) => (r[a] as N) < k;
      case '<=': return (r) => (r[a] as N) <= k;
      case '>': return (r) => (r[a] as N) > k;
      default: return (r) => (r[a] as N) >= k;
    }
  }
  if (a !== undefined && b !== undefined) {
    switch (e.op) {
      case '<': return (r) => (r[a] as N) < (r[b] as N);
      case '<=': return (r) => (r[a] as N) <= (r[b] as N);
      case '>': return (r) => (r[a] as N) > (r[b] as N);
      default: return (r) => (r[a] as N) >= (r[b] as N);
    }
  }
  if (cb !== undefined) {
    const k = cb.v as N;
    switch (e.op) {
      case '<': return (r) => (x(r) as N) < k;
      case '<=': return (r) => (x(r) as N) <= k;
      case '>': return (r) => (x(r) as N) > k;
      default: return (r) => (x(r) as N) >= k;
    }
  }
  switch (e.op) {
    case '<': return (r) => (x(r) as N) < (y(r) as N);
    case '<=': return (r) => (x(r) as N) <= (y(r) as N);
    case '>': return (r) => (x(r) as N) > (y(r) as N);
    default: return (r) => (x(r) as N) >= (y(r) as N);
  }
}

/** The register of an unboxed local variable of this frame, if `e` is one. */
export function localReg(fc: FuncCompiler, e: ast.Expr): number | undefined {
  while (e.kind === 'ParenExpr') e = e.x;
  if (e.kind !== 'Ident' || fc.argOverride) return undefined;
  const obj = fc.info.uses.get(e);
  if (!obj || obj.kind !== 'var' || fc.pc.globalBox(obj)) return undefined;
  const loc = fc.lookup(obj);
  return loc && !loc.boxed ? loc.reg : undefined;
}

/**
 * float64 arithmetic with operands that are locals or constants, as single
 * closures (the common shape of numeric loops; fewer closure calls per operation).
 */
function fastArith(fc: FuncCompiler, e: ast.BinaryExpr, kind: Kind, x: Ev, y: Ev): Ev | undefined {
  if (kind === Kind.Int || kind === Kind.Int64) return fastIntAddSub(e.op, kind, x, y);
  if (kind !== Kind.Float64) return undefined;
  const op = e.op;
  if (op !== '+' && op !== '-' && op !== '*' && op !== '/') return undefined;
  const a = localReg(fc, e.x);
  const b = localReg(fc, e.y);
  const ca = fc.constOf(e.x);
  const cb = fc.constOf(e.y);
  if (a !== undefined && b !== undefined) {
    switch (op) {
      case '+': return (r) => (r[a] as number) + (r[b] as number);
      case '-': return (r) => (r[a] as number) - (r[b] as number);
      case '*': return (r) => (r[a] as number) * (r[b] as number);
      case '/': return (r) => (r[a] as number) / (r[b] as number);
    }
  }
  if (ca !== undefined && b !== undefined) {
    const k = ca.v as number;
    switch (op) {
      case '+': return (r) => k + (r[b] as number);
      case '-': return (r) => k - (r[b] as number);
      case '*': return (r) => k * (r[b] as number);
      case '/': return (r) => k / (r[b] as number);
    }
  }
  if (cb !== undefined) {
    const k = cb.v as number;
    switch (op) {
      case '+': return (r) => (x(r) as number) + k;
      case '-': return (r) => (x(r) as number) - k;
      case '*': return (r) => (x(r) as number) * k;
      case '/': return (r) => (x(r) as number) / k;
    }
  }
  if (b !== undefined) {
    switch (op) {
      case '+': return (r) => (x(r) as number) + (r[b] as number);
      case '-': return (r) => (x(r) as number) - (r[b] as number);
      case '*': return (r) => (x(r) as number) * (r[b] as number);
      case '/': return (r) => (x(r) as number) / (r[b] as number);
    }
  }
  switch (op) {
    case '+': return (r) => (x(r) as number) + (y(r) as number);
    case '-': return (r) => (x(r) as number) - (y(r) as number);
    case '*': return (r) => (x(r) as number) * (y(r) as number);
    default: return (r) => (x(r) as number) / (y(r) as number);
  }
}

/** `==` for operands of these types (one side may be nil, or an interface vs a concrete value). */
export function equality(fc: FuncCompiler, xt: Type, yt: Type, xNil: boolean, yNil: boolean): (a: Value, b: Value) => boolean {
  if (xNil || yNil) return (a, b) => a === b;
  const xi = fc.core(xt).tag === 'Interface';
  const yi = fc.core(yt).tag === 'Interface';
  if (xi && !yi) {
    const rt = fc.rtype(yt);
    return (a, b) => ops.ifaceEq(a as Iface | null, new Iface(rt, b));
  }
  if (yi && !xi) {
    const rt = fc.rtype(xt);
    return (a, b) => ops.ifaceEq(new Iface(rt, a), b as Iface | null);
  }
  const rt = fc.rtype(xt);
  return rt.equal;
}

