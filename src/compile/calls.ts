// Calls: conversions, builtins, static functions and methods, interface
// methods, func values and natives; plus the binding of a call for `go` and
// `defer` (function value and arguments evaluated now, the call made later).
import type * as ast from '../lang/ast.js';
import { Mode, SelectionKind } from '../lang/check/package.js';
import type { Func } from '../lang/check/objects.js';
import { under, type Signature, type Type } from '../lang/check/types.js';
import { Frame } from '../vm/func.js';
import { Machine } from '../vm/machine.js';
import type { NativeCtx, NativeImpl } from '../vm/native.js';
import { Iface, Slice, type Value } from '../vm/value.js';
import { compileBuiltin } from './builtins.js';
import { compileAssignable, compileExpr, compileValue, convertForAssign, interfaceMethodValue, methodReceiver } from './exprs.js';
import type { Ev, FuncCompiler } from './funcCompiler.js';
import { frameFor, GoFunc, type Callee } from './funcValue.js';
import * as ops from './ops.js';
import { curG } from './runCtx.js';

/** A call whose function and arguments have been evaluated, ready to run. */
export type BoundCall =
  | { kind: 'frame'; fr: Frame }
  | { kind: 'native'; impl: NativeImpl; args: Value[]; name: string };

export interface CallPlan {
  bind: (r: Value[]) => BoundCall;
  nresults: number;
}

export function compileCall(fc: FuncCompiler, e: ast.CallExpr, want: number): Ev[] {
  const ftv = fc.tv(e.fun);
  if (ftv.mode === Mode.TypExpr) return [conversion(fc, e)];
  if (ftv.mode === Mode.Builtin) return compileBuiltin(fc, e);
  const plan = planCall(fc, e);
  return emitPlannedCall(fc, e.pos, plan, Math.max(want, plan.nresults));
}

/** Emits the call instruction(s); returns Evs reading the results. */
export function emitPlannedCall(fc: FuncCompiler, pos: number, plan: CallPlan, n: number): Ev[] {
  const dsts: number[] = [];
  for (let i = 0; i < plan.nresults; i++) dsts.push(fc.b.reg());
  const ctx = fc.ctx;
  const bind = plan.bind;
  // natives: run inline in one instruction (pure) or park (blocking); Go code: push a frame
  fc.b.at(pos);
  fc.b.emit((pc) => {
    const next = pc + 1;
    return (fr) => {
      const bc = bind(fr.r);
      if (bc.kind === 'frame') return Machine.call(ctx.rt.current!, fr, next, bc.fr, dsts);
      const g = curG(ctx);
      if (bc.impl.kind === 'pure') {
        const res = bc.impl.fn(nativeCtx(fc, g), bc.args);
        storeResults(fr.r, dsts, res);
        return next;
      }
      const k = bc.impl.fn(nativeCtx(fc, g), bc.args);
      if (k === null) {
        storeResults(fr.r, dsts, g.recvValue);
        return next;
      }
      fr.k = () => {
        const k2 = k();
        if (k2 === null) storeResults(fr.r, dsts, g.recvValue);
        return k2;
      };
      fr.pc = next;
      return -1;
    };
  });
  const out: Ev[] = [];
  for (let i = 0; i < Math.max(n, dsts.length); i++) {
    const d = dsts[i];
    out.push((r) => r[d]);
  }
  return out;
}

function storeResults(r: Value[], dsts: number[], res: Value): void {
  if (dsts.length === 1) r[dsts[0]] = res;
  else if (dsts.length > 1) {
    const arr = res as Value[];
    for (let i = 0; i < dsts.length; i++) r[dsts[i]] = arr[i];
  }
}

export function nativeCtx(fc: FuncCompiler, g: NativeCtx['g']): NativeCtx {
  return fc.pc.nativeCtx(g);
}

// ------------------------------------------------------------ planning a call

/** Works out what is called and how its arguments are passed. */
export function planCall(fc: FuncCompiler, e: ast.CallExpr): CallPlan {
  let fun = e.fun;
  while (fun.kind === 'ParenExpr') fun = fun.x;
  const sig = fc.core(fc.typeOf(e.fun)) as Signature;
  const args = compileArgs(fc, e, sig);
  const nresults = sig.results.vars.length;

  // method call x.M(...)
  if (fun.kind === 'SelectorExpr') {
    const sel = fc.info.selections.get(fun);
    if (sel && sel.kind === SelectionKind.MethodVal) {
      const m = sel.obj as Func;
      const xt = fc.typeOf(fun.x);
      if (fc.core(xt).tag === 'Interface') {
        const x = compileExpr(fc, fun.x);
        const name = m.name;
        return {
          nresults,
          bind: (r) => {
            const iv = x(r) as Iface | null;
            if (iv === null) ops.nilDeref();
            const f = fc.pc.boundIfaceMethod(iv as Iface, name);
            return bindFunc(f, args.map((a) => a(r)));
          },
        };
      }
      const dyn = interfaceMethodValue(fc, fun.x, xt, m, sel.index);
      if (dyn) return { nresults, bind: (r) => bindFunc(dyn(r) as GoFunc, args.map((a) => a(r))) };
      const recv = methodReceiver(fc, fun.x, m, sel.index, sel.indirect);
      const callee = fc.pc.methodCode(m, fc.env, xt, sel.index);
      return staticPlan(callee, nresults, (r) => [recv(r), ...args.map((a) => a(r))]);
    }
  }
  // static function (possibly an instantiation f[T] or pkg.F)
  const id = fun.kind === 'Ident' ? fun : fun.kind === 'SelectorExpr' && !fc.info.selections.get(fun) ? fun.sel
    : fun.kind === 'IndexExpr' && fun.x.kind === 'Ident' ? fun.x
      : fun.kind === 'IndexExpr' && fun.x.kind === 'SelectorExpr' && !fc.info.selections.get(fun.x) ? fun.x.sel : undefined;
  if (id) {
    const obj = fc.info.uses.get(id);
    if (obj && obj.kind === 'func') {
      const inst = fc.info.instances.get(id);
      const callee = fc.pc.funcCode(obj, inst ? inst.typeArgs.map((t) => fc.resolve(t)) : undefined, fc.env);
      return staticPlan(callee, nresults, (r) => args.map((a) => a(r)));
    }
  }
  // a func value
  const f = compileExpr(fc, e.fun);
  return {
    nresults,
    bind: (r) => {
      const fv = f(r) as GoFunc | null;
      if (fv === null) ops.nilDeref();
      return bindFunc(fv as GoFunc, args.map((a) => a(r)));
    },
  };
}

/** Whether m is declared by an interface (its receiver is the interface). */
export function isInterfaceMethod(m: Func): boolean {
  const sig = m.type as Signature;
  const rt = sig.recv?.type;
  return rt !== undefined && under(rt.tag === 'Pointer' ? rt.base : rt).tag === 'Interface';
}

function staticPlan(callee: Callee, nresults: number, argv: (r: Value[]) => Value[]): CallPlan {
  if (callee.kind === 'native') {
    const impl = callee.impl;
    const name = callee.name;
    return { nresults, bind: (r) => ({ kind: 'native', impl, args: argv(r), name }) };
  }
  const code = callee.code;
  return {
    nresults,
    bind: (r) => {
      const fr = new Frame(code, null);
      const a = argv(r);
      for (let i = 0; i < a.length; i++) fr.r[i] = a[i];
      return { kind: 'frame', fr };
    },
  };
}

/** Binds a call of a func value (closure, method value or native). */
export function bindFunc(f: GoFunc, args: Value[]): BoundCall {
  const c = f.callee;
  if (c.kind === 'native') return { kind: 'native', impl: c.impl, args: f.hasRecv ? [f.recv, ...args] : args, name: c.name };
  return { kind: 'frame', fr: frameFor(f, args) };
}

/**
 * Arguments in order, converted to the parameter types; a variadic tail is
 * packed into a new slice unless passed as `s...`; `f(g())` spreads g's results.
 */
export function compileArgs(fc: FuncCompiler, e: ast.CallExpr, sig: Signature): Ev[] {
  const params = sig.params.vars;
  const np = params.length;
  // f(g()) with a multi-value g
  if (e.args.length === 1 && e.args[0].kind === 'CallExpr') {
    const t = fc.typeOf(e.args[0]);
    if (t.tag === 'Tuple' && t.vars.length > 1) {
      const vals = compileCall(fc, e.args[0], t.vars.length);
      const conv = vals.map((v, i) => convertForAssign(fc, v, t.vars[i].type!, paramType(sig, i), false));
      return packVariadic(fc, sig, conv, t.vars.map((v) => v.type!), false);
    }
  }
  const evs: Ev[] = [];
  const types: Type[] = [];
  for (let i = 0; i < e.args.length; i++) {
    const a = e.args[i];
    const pt = e.ellipsis >= 0 && i === e.args.length - 1 ? params[np - 1].type! : paramType(sig, i);
    evs.push(compileAssignable(fc, a, pt));
    types.push(fc.typeOf(a));
  }
  return packVariadic(fc, sig, evs, types, e.ellipsis >= 0);
}

/** The parameter type for argument i (the slice element type in a variadic tail). */
function paramType(sig: Signature, i: number): Type {
  const params = sig.params.vars;
  const np = params.length;
  if (sig.variadic && i >= np - 1) {
    const st = params[np - 1].type!;
    return (st as { elem: Type }).elem ?? st;
  }
  return params[i].type!;
}

function packVariadic(fc: FuncCompiler, sig: Signature, evs: Ev[], _types: Type[], spread: boolean): Ev[] {
  if (!sig.variadic || spread) return evs;
  const np = sig.params.vars.length;
  const fixed = evs.slice(0, np - 1);
  const rest = evs.slice(np - 1);
  if (rest.length === 0) return [...fixed, () => null];
  return [...fixed, (r) => {
    const arr = rest.map((ev) => ev(r));
    return new Slice(arr, 0, arr.length, arr.length);
  }];
}

// ------------------------------------------------------------ conversions

function conversion(fc: FuncCompiler, e: ast.CallExpr): Ev {
  const to = fc.resolve(fc.typeOf(e));
  const arg = e.args[0];
  const from = fc.typeOf(arg);
  if (fc.tv(arg).mode === Mode.NilValue) return () => null;
  const x = compileValue(fc, arg);
  const toCore = fc.core(to);
  if (toCore.tag === 'Interface') return convertForAssign(fc, x, from, to, false);
  const f = ops.convert(fc.rtype(from), fc.rtype(to));
  return f === null ? x : (r) => f(x(r));
}
