// Statements (spec: Statements) compiled to instructions. Control flow uses
// labels patched when the function is finished.
import type * as ast from '../lang/ast.js';
import { Mode } from '../lang/check/package.js';
import type { Obj, Var } from '../lang/check/objects.js';
import { IsInteger, type Type } from '../lang/check/types.js';
import { chanrecv, chansend, type Chan } from '../runtime/chan.js';
import { selectDone, selectgo, type SelectCase } from '../runtime/select.js';
import type { SelectWait } from '../runtime/waitq.js';
import { Machine } from '../vm/machine.js';
import { Box, Iface, Slice, type Value } from '../vm/value.js';
import { bindFunc, compileCall, planCall, type BoundCall } from './calls.js';
import { GoFunc } from './funcValue.js';
import { FuncCompiler as FuncCompilerClass } from './funcCompiler.js';
import { FuncCode } from '../vm/func.js';
import { GoRuntimePanic } from '../runtime/panics.js';
import type { Signature } from '../lang/check/types.js';
import { compileAssignable, compileExpr, compileValue, equality, hasHoists, isAggregate, localReg, receive, typeAssert } from './exprs.js';
import { Kind } from '../vm/rtype.js';
import { Label } from './funcBuilder.js';
import type { Ev, FuncCompiler, Store } from './funcCompiler.js';
import { compileLvalue, type Lvalue } from './lvalues.js';
import * as ops from './ops.js';
import { curG } from './runCtx.js';

export function compileBlock(fc: FuncCompiler, list: ast.Stmt[]): void {
  for (const s of list) compileStmt(fc, s, undefined);
}

export function compileStmt(fc: FuncCompiler, s: ast.Stmt, label: string | undefined): void {
  fc.b.at(s.pos);
  switch (s.kind) {
    case 'EmptyStmt':
    case 'BadStmt':
      return;
    case 'BlockStmt':
      compileBlock(fc, s.list);
      return;
    case 'ExprStmt':
      exprStmt(fc, s.x);
      return;
    case 'DeclStmt':
      declStmt(fc, s.decl);
      return;
    case 'AssignStmt':
      assignStmt(fc, s);
      return;
    case 'IncDecStmt': {
      // the common loop counter: an unboxed int local, without the general op-assign path
      const reg = localReg(fc, s.x);
      const k = fc.rtype(fc.typeOf(s.x)).kind;
      if (reg !== undefined && (k === Kind.Int || k === Kind.Int64)) {
        const slow = ops.binaryOp(k, s.tok === '++' ? '+' : '-');
        const d = s.tok === '++' ? 1 : -1;
        fc.exec(s.pos, (r) => {
          const v = r[reg];
          const n = (v as number) + d;
          r[reg] = typeof v === 'number' && n <= 9007199254740991 && n >= -9007199254740991 ? n : slow(v, 1);
        });
        return;
      }
      opAssign(fc, s.x, s.tok === '++' ? '+' : '-', undefined, s.pos);
      return;
    }
    case 'SendStmt': {
      const ch = compileExpr(fc, s.chan);
      const ct = fc.core(fc.typeOf(s.chan));
      const v = compileAssignable(fc, s.value, ct.tag === 'Chan' ? ct.elem : fc.typeOf(s.value));
      const ctx = fc.ctx;
      fc.emitBlocking(s.pos, (fr) => chansend(ctx.rt, curG(ctx), ch(fr.r) as Chan | null, v(fr.r), true));
      return;
    }
    case 'GoStmt':
      goStmt(fc, s);
      return;
    case 'DeferStmt':
      deferStmt(fc, s);
      return;
    case 'ReturnStmt':
      returnStmt(fc, s);
      return;
    case 'IfStmt':
      ifStmt(fc, s);
      return;
    case 'ForStmt':
      forStmt(fc, s, label);
      return;
    case 'RangeStmt':
      rangeStmt(fc, s, label);
      return;
    case 'SwitchStmt':
      switchStmt(fc, s, label);
      return;
    case 'TypeSwitchStmt':
      typeSwitchStmt(fc, s, label);
      return;
    case 'SelectStmt':
      selectStmt(fc, s, label);
      return;
    case 'LabeledStmt': {
      fc.b.place(fc.gotoLabel(s.label.name));
      const inner = s.stmt;
      if (inner.kind === 'ForStmt' || inner.kind === 'RangeStmt' || inner.kind === 'SwitchStmt' ||
        inner.kind === 'TypeSwitchStmt' || inner.kind === 'SelectStmt') {
        compileStmt(fc, inner, s.label.name);
      } else {
        // a labeled block can be left with `break L`
        const brk = new Label();
        fc.pushTargets({ label: s.label.name, brk, cont: undefined });
        compileStmt(fc, inner, undefined);
        fc.popTargets();
        fc.b.place(brk);
      }
      return;
    }
    case 'BranchStmt': {
      const name = s.label?.name;
      switch (s.tok) {
        case 'break':
          fc.b.jump(fc.breakTarget(name));
          return;
        case 'continue':
          fc.b.jump(fc.continueTarget(name));
          return;
        case 'goto':
          fc.b.jump(fc.gotoLabel(name!));
          return;
        case 'fallthrough':
          fc.b.jump(fc.fallthroughTo!);
          return;
      }
      return;
    }
    default:
      throw new Error(`chanscope: cannot compile statement ${s.kind}`);
  }
}

function exprStmt(fc: FuncCompiler, x: ast.Expr): void {
  let e = x;
  while (e.kind === 'ParenExpr') e = e.x;
  if (e.kind === 'CallExpr') {
    const evs = compileCall(fc, e, 0);
    // conversions and pure builtins produce values that must still be evaluated (they may panic)
    if (fc.tv(e.fun).mode === Mode.TypExpr || (fc.tv(e.fun).mode === Mode.Builtin && evs.length > 0)) {
      const ev = evs[0];
      fc.exec(e.pos, (r) => void ev(r));
    }
    return;
  }
  if (e.kind === 'UnaryExpr' && e.op === '<-') {
    receive(fc, e, false);
    return;
  }
  const ev = compileExpr(fc, e);
  fc.exec(e.pos, (r) => void ev(r));
}

// ------------------------------------------------------------ declarations and assignment

function declStmt(fc: FuncCompiler, d: ast.GenDecl): void {
  if (d.tok !== 'var') return;
  for (const spec of d.specs) {
    const vs = spec as ast.ValueSpec;
    const objs = vs.names.map((n) => fc.info.defs.get(n) as Var | undefined);
    if (vs.values.length === 0) {
      for (const o of objs) {
        if (!o) continue;
        const rt = fc.rtype(o.type!);
        const init = fc.initVar(fc.declare(o));
        fc.exec(vs.pos, (r) => init(r, rt.zero()));
      }
      continue;
    }
    const vals = rhsValues(fc, vs.values, objs.length, objs.map((o) => (o ? o.type! : undefined)));
    const temps = vals.map((ev) => fc.spill(ev, vs.pos));
    objs.forEach((o, i) => {
      if (!o) return;
      const init = fc.initVar(fc.declare(o));
      const t = temps[i];
      fc.exec(vs.pos, (r) => init(r, t(r)));
    });
  }
}

/**
 * The values of a right-hand side for n targets: one expression per target,
 * or a single multi-value expression (call, comma-ok map index, receive, type
 * assertion); converted to the targets' types where known.
 */
export function rhsValues(fc: FuncCompiler, rhs: ast.Expr[], n: number, targets: (Type | undefined)[]): Ev[] {
  if (rhs.length === n) {
    return rhs.map((e, i) => (targets[i] ? compileAssignable(fc, e, targets[i]!) : compileValue(fc, e)));
  }
  // n values from one expression
  let e = rhs[0];
  while (e.kind === 'ParenExpr') e = e.x;
  let evs: Ev[];
  let types: Type[];
  const t = fc.typeOf(rhs[0]);
  if (e.kind === 'CallExpr' && fc.tv(e.fun).mode !== Mode.TypExpr) {
    evs = compileCall(fc, e, n);
    types = t.tag === 'Tuple' ? t.vars.map((v) => v.type!) : [t];
  } else if (e.kind === 'IndexExpr') {
    const mt = fc.core(fc.typeOf(e.x));
    const m = compileExpr(fc, e.x);
    if (mt.tag !== 'Map') throw new Error('chanscope: comma-ok index on non-map');
    const k = compileAssignable(fc, e.indices[0], mt.key);
    const zero = fc.rtype(mt.elem);
    const aggVal = isAggregate(zero);
    const tv = fc.b.reg();
    const tok = fc.b.reg();
    fc.exec(e.pos, (r) => {
      const res = ops.mapLookup(m(r), k(r));
      if (res === undefined) {
        r[tv] = zero.zero();
        r[tok] = false;
      } else {
        r[tv] = aggVal ? zero.copy(res) : res;
        r[tok] = true;
      }
    });
    evs = [(r) => r[tv], (r) => r[tok]];
    types = [mt.elem, fc.pc.boolType()];
  } else if (e.kind === 'UnaryExpr' && e.op === '<-') {
    evs = receive(fc, e, true);
    const ct = fc.core(fc.typeOf(e.x));
    types = [ct.tag === 'Chan' ? ct.elem : t, fc.pc.boolType()];
  } else if (e.kind === 'TypeAssertExpr') {
    evs = typeAssert(fc, e, true);
    types = [fc.typeOf(e.type!), fc.pc.boolType()];
  } else {
    throw new Error(`chanscope: cannot take ${n} values from ${e.kind}`);
  }
  return evs.map((ev, i) => {
    const tt = targets[i];
    if (!tt) return ev;
    const from = types[i];
    if (fc.core(tt).tag === 'Interface' && fc.core(from).tag !== 'Interface') {
      const rt = fc.rtype(from);
      return (r: Value[]) => new Iface(rt, ev(r));
    }
    return ev;
  });
}

function assignStmt(fc: FuncCompiler, s: ast.AssignStmt): void {
  if (s.tok !== '=' && s.tok !== ':=') {
    opAssign(fc, s.lhs[0], s.tok.slice(0, -1), s.rhs[0], s.pos);
    return;
  }
  // targets: new variables (:=), blanks, or existing lvalues
  type Target = { kind: 'blank' } | { kind: 'new'; obj: Var } | { kind: 'store'; store: Store; type: Type };
  const targets: Target[] = s.lhs.map((l) => {
    if (l.kind === 'Ident' && l.name === '_') return { kind: 'blank' };
    if (s.tok === ':=' && l.kind === 'Ident') {
      const d = fc.info.defs.get(l);
      if (d && d.kind === 'var') return { kind: 'new', obj: d };
    }
    const o = l.kind === 'Ident' ? fc.info.uses.get(l) : undefined;
    return { kind: 'store', store: compileLvalue(fc, l), type: o && o.type ? o.type : fc.typeOf(l) };
  });
  const ttypes = targets.map((t) => (t.kind === 'new' ? t.obj.type! : t.kind === 'store' ? t.type : undefined));
  const vals = rhsValues(fc, s.rhs, s.lhs.length, ttypes);
  if (targets.length === 1) {
    const t = targets[0];
    const v = vals[0];
    if (t.kind === 'new') {
      const init = fc.initVar(fc.declare(t.obj));
      fc.exec(s.pos, (r) => init(r, v(r)));
    } else if (t.kind === 'store') {
      const st = t.store;
      fc.exec(s.pos, (r) => st(r, v(r)));
    } else {
      fc.exec(s.pos, (r) => void v(r));
    }
    return;
  }
  // parallel assignment (spec: Assignment statements): the operands of index
  // expressions and indirections on the left and the values on the right are
  // evaluated first; then the assignments happen left to right
  const simple = targets.every((t, i) => t.kind !== 'store' || s.lhs[i].kind === 'Ident');
  if (simple) {
    // variables only: one instruction evaluates every value, then stores them in order
    const stores: (Store | undefined)[] = targets.map((t) =>
      t.kind === 'new' ? fc.initVar(fc.declare(t.obj)) : t.kind === 'store' ? t.store : undefined);
    const n = vals.length;
    const tmp: Value[] = new Array(n);
    const regs = targets.map((t, i) => (t.kind === 'store' ? localReg(fc, s.lhs[i]) : undefined));
    if (n === 2 && regs[0] !== undefined && regs[1] !== undefined && !isAggregate(fc.rtype(fc.typeOf(s.lhs[0]))) &&
      !isAggregate(fc.rtype(fc.typeOf(s.lhs[1])))) {
      // two plain local variables (a, b = b, a+b): straight register writes
      const [v0, v1] = vals;
      const r0 = regs[0];
      const r1 = regs[1];
      fc.exec(s.pos, (r) => {
        const a = v0(r);
        const b = v1(r);
        r[r0] = a;
        r[r1] = b;
      });
    } else if (n === 2) {
      const [v0, v1] = vals;
      const [s0, s1] = stores;
      fc.exec(s.pos, (r) => {
        const a = v0(r);
        const b = v1(r);
        if (s0) s0(r, a);
        if (s1) s1(r, b);
      });
    } else {
      fc.exec(s.pos, (r) => {
        for (let i = 0; i < n; i++) tmp[i] = vals[i](r);
        for (let i = 0; i < n; i++) stores[i]?.(r, tmp[i]);
      });
    }
    return;
  }
  const setters = targets.map((t) => {
    if (t.kind !== 'store') return undefined;
    const bind = (t.store as Lvalue).bind!;
    const reg = fc.b.reg();
    fc.exec(s.pos, (r) => {
      r[reg] = bind(r);
    });
    return reg;
  });
  const temps = vals.map((v) => fc.spill(v, s.pos));
  targets.forEach((t, i) => {
    const v = temps[i];
    if (t.kind === 'new') {
      const init = fc.initVar(fc.declare(t.obj));
      fc.exec(s.pos, (r) => init(r, v(r)));
    } else if (t.kind === 'store') {
      const reg = setters[i]!;
      fc.exec(s.pos, (r) => (r[reg] as (v: Value) => void)(v(r)));
    }
  });
}

/** `x op= y` and `x++`: the operands of x are evaluated once. */
function opAssign(fc: FuncCompiler, lhs: ast.Expr, op: string, rhs: ast.Expr | undefined, pos: number): void {
  const t = fc.typeOf(lhs);
  const kind = fc.rtype(t).kind;
  const y: Ev = rhs ? compileExpr(fc, rhs) : () => 1;
  const f = op === '<<' || op === '>>'
    ? ops.shiftOp(kind, op, rhs ? fc.rtype(fc.typeOf(rhs)).kind : kind)
    : ops.binaryOp(kind, op as never);
  const one = rhs ? undefined : ops.one(kind);
  const yy: Ev = one !== undefined ? () => one : y;
  const place = compileLvalue(fc, lhs, true);
  if (!fc.b.fuse && localReg(fc, lhs) === undefined && !hasHoists(lhs)) {
    // preemptive mode: read-modify-write of shared memory is a load, then a store,
    // with a possible switch between them (a data race can lose an update, as on real hardware)
    const setter = fc.b.reg();
    const val = fc.b.reg();
    const read = compileExpr(fc, lhs);
    const bind = place.bind!;
    fc.exec(pos, (r) => {
      r[setter] = bind(r);
      r[val] = f(read(r), yy(r));
    });
    fc.exec(pos, (r) => (r[setter] as (v: Value) => void)(r[val]));
    return;
  }
  const update = place.update!;
  fc.exec(pos, (r) => update(r, f, yy(r)));
}

// ------------------------------------------------------------ go, defer, return

function goStmt(fc: FuncCompiler, s: ast.GoStmt): void {
  const plan = planCall(fc, s.call);
  const ctx = fc.ctx;
  const createdBy = fc.code.name;
  fc.b.at(s.pos);
  const line = fc.source ? fc.source.position(s.pos).line : 0;
  const site = { fn: createdBy, line, file: fc.source?.name }; // shared by every goroutine this statement starts
  fc.b.tracePoint();
  fc.exec(s.pos, (r) => {
    const bc = plan.bind(r);
    const fr = bc.kind === 'frame' ? bc.fr : fc.pc.nativeFrame(bc);
    ctx.m.go(curG(ctx), fr, site, undefined);
  });
}

function deferStmt(fc: FuncCompiler, s: ast.DeferStmt): void {
  const call = s.call;
  const ftv = fc.tv(call.fun);
  fc.b.at(s.pos);
  if (ftv.mode === Mode.Builtin) {
    // defer close(ch), defer panic(x), defer println(...): compile the builtin into a small function
    const code = fc.pc.deferredBuiltin(fc, call);
    fc.b.emit((pc) => {
      const next = pc + 1;
      return (fr) => {
        const bc = code(fr.r);
        Machine.defer(fr, { call: () => bc });
        return next;
      };
    });
    return;
  }
  const plan = planCall(fc, call);
  fc.b.emit((pc) => {
    const next = pc + 1;
    return (fr) => {
      const bc: BoundCall = plan.bind(fr.r);
      Machine.defer(fr, { call: () => (bc.kind === 'frame' ? bc.fr : fc.pc.nativeFrame(bc)) });
      return next;
    };
  });
}

function returnStmt(fc: FuncCompiler, s: ast.ReturnStmt): void {
  if (fc.rangeBody) {
    // return inside a range-over-func body: record the enclosing function's results, stop iterating
    const rb = fc.rangeBody;
    const outerResults = rb.outerSig.results.vars;
    const ctlRead = fc.readVar(rb.ctl as Var);
    const vals = s.results.length > 0 ? rhsValues(fc, s.results, outerResults.length, outerResults.map((v) => v.type!)) : [];
    const temps = vals.map((v) => fc.spill(v, s.pos));
    fc.exec(s.pos, (r) => {
      const ctl = ctlRead(r) as RangeCtl;
      ctl.state = CTL_RETURN;
      ctl.vals = temps.map((t) => t(r));
      r[fc.code.resultRegs[0]] = false;
    });
    fc.b.emit(() => {
      const target = fc.code.retPc;
      return () => target;
    });
    return;
  }
  const results = fc.sig.results.vars;
  const regs = fc.code.resultRegs;
  if (s.results.length > 0) {
    const vals = rhsValues(fc, s.results, results.length, results.map((v) => v.type!));
    if (vals.length === 1) {
      const v = vals[0];
      const d = regs[0];
      const named = fc.resultLocs[0];
      fc.exec(s.pos, (r) => {
        const x = v(r);
        r[d] = x;
        if (named) named(r, x);
      });
    } else {
      const temps = vals.map((v) => fc.spill(v, s.pos));
      fc.exec(s.pos, (r) => {
        for (let i = 0; i < temps.length; i++) {
          const x = temps[i](r);
          r[regs[i]] = x;
          const named = fc.resultLocs[i];
          if (named) named(r, x);
        }
      });
    }
  } else if (fc.resultLoads.length > 0) {
    // bare return with named results: copy their current values
    const loads = fc.resultLoads;
    fc.exec(s.pos, (r) => {
      for (let i = 0; i < loads.length; i++) r[regs[i]] = loads[i](r);
    });
  }
  fc.b.emit(() => {
    const target = fc.code.retPc;
    return () => target;
  });
}

// ------------------------------------------------------------ if, for, range

function ifStmt(fc: FuncCompiler, s: ast.IfStmt): void {
  if (s.init) compileStmt(fc, s.init, undefined);
  const cond = compileExpr(fc, s.cond);
  const elseL = new Label();
  const end = new Label();
  fc.branch(s.cond.pos, cond, elseL);
  compileBlock(fc, s.body.list);
  if (s.else) fc.b.jump(end);
  fc.b.place(elseL);
  if (s.else) {
    compileStmt(fc, s.else, undefined);
    fc.b.place(end);
  }
}

function forStmt(fc: FuncCompiler, s: ast.ForStmt, label: string | undefined): void {
  const loopVars: Obj[] = [];
  if (s.init) {
    if (s.init.kind === 'AssignStmt' && s.init.tok === ':=') {
      for (const l of s.init.lhs) {
        const d = l.kind === 'Ident' ? fc.info.defs.get(l) : undefined;
        if (d) loopVars.push(d);
      }
    }
    compileStmt(fc, s.init, undefined);
  }
  const top = new Label();
  const cont = new Label();
  const end = new Label();
  fc.b.place(top);
  if (s.cond) fc.branch(s.cond.pos, compileExpr(fc, s.cond), end);
  fc.pushTargets({ label, brk: end, cont });
  compileBlock(fc, s.body.list);
  fc.popTargets();
  fc.b.place(cont);
  // Go 1.22: each iteration has its own loop variables; the next one starts as a copy
  const fresh = loopVars.map((o) => fc.lookup(o)!).filter((l) => l.boxed);
  if (fresh.length > 0) {
    fc.exec(s.pos, (r) => {
      for (const l of fresh) r[l.reg] = new Box((r[l.reg] as Box).v);
    });
  }
  if (s.post) compileStmt(fc, s.post, undefined);
  fc.b.jump(top);
  fc.b.place(end);
}

function rangeStmt(fc: FuncCompiler, s: ast.RangeStmt, label: string | undefined): void {
  const xt = fc.core(fc.typeOf(s.x));
  const end = new Label();
  const cont = new Label();
  const top = new Label();
  // key/value targets
  const target = (e: ast.Expr | undefined): Store | undefined => {
    if (!e || (e.kind === 'Ident' && e.name === '_')) return undefined;
    if (s.tok === ':=') {
      const d = fc.info.defs.get(e as ast.Ident);
      if (!d) return undefined;
      return fc.initVar(fc.declare(d));
    }
    return compileLvalue(fc, e);
  };
  if (xt.tag === 'Basic' && (xt.info & IsInteger) !== 0) {
    // range over an integer (Go 1.22)
    const n = compileExpr(fc, s.x);
    const i = fc.b.reg();
    const lim = fc.b.reg();
    fc.exec(s.pos, (r) => {
      r[lim] = n(r);
      r[i] = 0;
    });
    const kt = fc.rtype(fc.typeOf(s.x)).kind;
    const lt = ops.compareOp(kt, '<');
    const inc = ops.binaryOp(kt, '+');
    const one = ops.one(kt);
    const key = target(s.key);
    fc.b.place(top);
    fc.branch(s.pos, (r) => lt(r[i], r[lim]), end);
    if (key) fc.exec(s.pos, (r) => key(r, r[i]));
    fc.pushTargets({ label, brk: end, cont });
    compileBlock(fc, s.body.list);
    fc.popTargets();
    fc.b.place(cont);
    fc.exec(s.pos, (r) => {
      r[i] = inc(r[i], one);
    });
    fc.b.jump(top);
    fc.b.place(end);
    return;
  }
  if (xt.tag === 'Chan') {
    const ch = compileExpr(fc, s.x);
    const c = fc.b.reg();
    fc.exec(s.pos, (r) => {
      r[c] = ch(r);
    });
    const key = target(s.key);
    const ctx = fc.ctx;
    const v = fc.b.reg();
    fc.b.place(top);
    fc.b.place(cont);
    fc.emitBlocking(s.pos, (fr) => chanrecv(ctx.rt, curG(ctx), fr.r[c] as Chan | null, true) !== 'parked');
    fc.b.emit((pc) => {
      const next = pc + 1;
      return (fr) => {
        const g = curG(ctx);
        if (!g.recvOk) return end.pc;
        fr.r[v] = g.recvValue;
        return next;
      };
    });
    if (key) fc.exec(s.pos, (r) => key(r, r[v]));
    fc.pushTargets({ label, brk: end, cont });
    compileBlock(fc, s.body.list);
    fc.popTargets();
    fc.b.jump(top);
    fc.b.place(end);
    return;
  }
  if (xt.tag === 'Map') {
    const m = compileExpr(fc, s.x);
    const it = fc.b.reg();
    const ctx = fc.ctx;
    fc.exec(s.pos, (r) => {
      r[it] = ops.mapIter(m(r), ctx.rt.prng);
    });
    const key = target(s.key);
    const val = target(s.value);
    const mt = xt;
    const krt = fc.rtype(mt.key);
    const vrt = fc.rtype(mt.elem);
    const kcopy = isAggregate(krt) ? krt.copy : (v: Value) => v;
    const vcopy = isAggregate(vrt) ? vrt.copy : (v: Value) => v;
    fc.b.place(top);
    fc.b.place(cont);
    fc.b.emit((pc) => {
      const next = pc + 1;
      return (fr) => {
        const e = (fr.r[it] as ops.MapIterator).next();
        if (e === null) return end.pc;
        if (key) key(fr.r, kcopy(e[0]));
        if (val) val(fr.r, vcopy(e[1]));
        return next;
      };
    });
    fc.pushTargets({ label, brk: end, cont });
    compileBlock(fc, s.body.list);
    fc.popTargets();
    fc.b.jump(top);
    fc.b.place(end);
    return;
  }
  if (xt.tag === 'Signature') {
    rangeOverFunc(fc, s, xt as unknown as Signature, label);
    return;
  }
  // slices, arrays, pointers to arrays, strings: the range expression is evaluated once
  const isString = xt.tag === 'Basic';
  const x = xt.tag === 'Array' && s.value ? compileValue(fc, s.x) : compileExpr(fc, s.x);
  const base = fc.b.reg();
  const i = fc.b.reg();
  const n = fc.b.reg();
  const nextI = fc.b.reg();
  const isPtr = xt.tag === 'Pointer';
  fc.exec(s.pos, (r) => {
    const v = x(r);
    r[base] = v;
    r[i] = 0;
    r[nextI] = 0;
    if (isString) r[n] = (v as string).length;
    else if (v === null) {
      if (isPtr && s.value) ops.nilDeref();
      r[n] = isPtr ? (fc.core((xt as { base: Type }).base) as { len: number }).len : 0;
    } else if (v instanceof Slice) r[n] = v.len;
    else r[n] = (v as Value[]).length;
  });
  const key = target(s.key);
  const val = target(s.value);
  const elemT = isString ? undefined : xt.tag === 'Slice' || xt.tag === 'Array' ? xt.elem : xt.tag === 'Pointer' ? (fc.core(xt.base) as { elem: Type }).elem : undefined;
  const copyElem = elemT && isAggregate(fc.rtype(elemT)) ? fc.rtype(elemT).copy : undefined;
  fc.b.place(top);
  fc.branch(s.pos, (r) => (r[nextI] as number) < (r[n] as number), end);
  if (isString) {
    fc.exec(s.pos, (r) => {
      const str = r[base] as string;
      const k = r[nextI] as number;
      const [rune, width] = ops.decodeRune(str, k);
      r[i] = k;
      r[nextI] = k + width;
      if (key) key(r, k);
      if (val) val(r, rune);
    });
  } else {
    fc.exec(s.pos, (r) => {
      const k = r[nextI] as number;
      r[i] = k;
      r[nextI] = k + 1;
      if (key) key(r, k);
      if (val) {
        const b = r[base];
        let e = b instanceof Slice ? b.arr[b.off + k] : (b as Value[])[k];
        if (copyElem) e = copyElem(e);
        val(r, e);
      }
    });
  }
  fc.pushTargets({ label, brk: end, cont });
  compileBlock(fc, s.body.list);
  fc.popTargets();
  fc.b.place(cont);
  fc.b.jump(top);
  fc.b.place(end);
}

// ------------------------------------------------------------ range over func (Go 1.23)

const CTL_RUNNING = 0;
const CTL_BREAK = 1;
const CTL_RETURN = 2;

/** Shared by a range-over-func loop and its body (the yield function). */
interface RangeCtl {
  state: number;
  /** The body returned false: calling yield again is an error. */
  done: boolean;
  vals: Value[];
}

/**
 * `for k, v := range f { body }` with f func(yield func(K, V) bool): the body
 * is compiled as the yield function (continue: return true; break: return
 * false); a return inside it records the results, and the loop performs the
 * return once f has returned (spec: For statements with range clause).
 */
function rangeOverFunc(fc: FuncCompiler, s: ast.RangeStmt, fsig: Signature, label: string | undefined): void {
  const ctx = fc.ctx;
  const fn = compileExpr(fc, s.x);
  // the control record lives in a register of the enclosing frame, captured by the body
  const ctlObj = { kind: 'var', name: '.rangectl', pos: s.pos, type: undefined } as unknown as Var;
  const ctlLoc = { reg: fc.b.reg(), boxed: false };
  fc.b.vars.set(ctlObj, ctlLoc);
  fc.exec(s.pos, (r) => {
    r[ctlLoc.reg] = { state: CTL_RUNNING, done: false, vals: [] } satisfies RangeCtl;
  });
  // the yield function: parameters are the iteration values
  const ysig = (fsig.params.vars[0].type ? fc.core(fsig.params.vars[0].type) : undefined) as Signature;
  const name = `${fc.code.name.replace(/\[\.\.\.\]$/, '')}-range${++fc.litCount}`;
  const nparams = ysig.params.vars.length;
  const code = new FuncCode(name, 0, nparams, []);
  const body = new FuncCompilerClass(fc.pc, fc.info, fc.source, code, ysig, fc.env, fc, fc.boxed);
  const brk = new Label();
  const cont = new Label();
  body.rangeBody = { ctl: ctlObj, outerSig: fc.rangeBody ? fc.rangeBody.outerSig : fc.sig, brk, cont };
  const b = body.b;
  b.nregs = nparams;
  const result = b.reg();
  code.resultRegs = [result];
  const ctlRead = body.readVar(ctlObj);
  // calling yield after the body said stop is an error (Go 1.23's message)
  body.exec(s.body.pos, (r) => {
    if ((ctlRead(r) as RangeCtl).done) {
      throw new GoRuntimePanic('range function continued iteration after function for loop body returned false', true);
    }
  });
  const params = [s.key, s.value];
  params.forEach((p, i) => {
    if (!p || i >= nparams || (p.kind === 'Ident' && p.name === '_')) return;
    if (s.tok === ':=') {
      const d = fc.info.defs.get(p as ast.Ident);
      if (!d) return;
      if (body.boxed.has(d)) {
        const loc = body.declare(d);
        body.exec(p.pos, (r) => {
          r[loc.reg] = new Box(r[i]);
        });
      } else {
        b.vars.set(d, { reg: i, boxed: false });
      }
    } else {
      const st = compileLvalue(body, p);
      body.exec(p.pos, (r) => st(r, r[i]));
    }
  });
  body.pushTargets({ label, brk, cont });
  compileBlock(body, s.body.list);
  body.popTargets();
  // falling off the end, or continue: keep going
  b.place(cont);
  body.exec(s.body.rbrace, (r) => {
    r[result] = true;
  });
  b.emit(() => {
    const target = code.retPc;
    return () => target;
  });
  // break: stop
  b.place(brk);
  body.exec(s.body.rbrace, (r) => {
    (ctlRead(r) as RangeCtl).state = CTL_BREAK;
    r[result] = false;
  });
  b.finish(() => (fr) => {
    if (fr.r[result] === false) (ctlRead(fr.r) as RangeCtl).done = true;
    return ctx.m.returnContinue(curG(ctx), fr);
  });
  const callee = { kind: 'code' as const, code, envRegs: body.capturedRegs };
  const locs = body.captured.map((o) => fc.lookup(o)!.reg);
  // call f(yield)
  fc.b.at(s.pos);
  fc.b.emit((pc) => {
    const next = pc + 1;
    return (fr) => {
      const f = fn(fr.r) as GoFunc | null;
      if (f === null) ops.nilDeref();
      const y = new GoFunc(callee, locs.map((reg) => fr.r[reg]), undefined, false);
      const bc = bindFunc(f as GoFunc, [y]);
      if (bc.kind === 'frame') return Machine.call(curG(ctx), fr, next, bc.fr, []);
      throw new Error('chanscope: range over a native iterator');
    };
  });
  // after f returned: a return inside the body returns from this function
  const rets = fc.code.resultRegs;
  const named = fc.resultLocs;
  const outer = fc.rangeBody;
  fc.b.emit((pc) => {
    const next = pc + 1;
    return (fr) => {
      const ctl = fr.r[ctlLoc.reg] as RangeCtl;
      if (ctl.state !== CTL_RETURN) return next;
      if (outer) {
        // nested in another range-over-func body: pass the return outwards
        const octl = outer && (fr.r[fc.lookup(outer.ctl)!.reg] as RangeCtl);
        octl.state = CTL_RETURN;
        octl.vals = ctl.vals;
        fr.r[rets[0]] = false;
        return fc.code.retPc;
      }
      for (let i = 0; i < ctl.vals.length; i++) {
        fr.r[rets[i]] = ctl.vals[i];
        const nm = named[i];
        if (nm) nm(fr.r, ctl.vals[i]);
      }
      return fc.code.retPc;
    };
  });
}

// ------------------------------------------------------------ switch

function switchStmt(fc: FuncCompiler, s: ast.SwitchStmt, label: string | undefined): void {
  if (s.init) compileStmt(fc, s.init, undefined);
  const end = new Label();
  const tagT = s.tag ? fc.typeOf(s.tag) : undefined;
  const tag = s.tag ? fc.spill(compileValue(fc, s.tag), s.tag.pos) : undefined;
  const bodies = s.clauses.map(() => new Label());
  let defaultIdx = -1;
  s.clauses.forEach((cl, ci) => {
    if (!cl.list) {
      defaultIdx = ci;
      return;
    }
    for (const ce of cl.list) {
      const v = compileExpr(fc, ce);
      let cond: Ev;
      if (tag) {
        const eq = equality(fc, tagT!, fc.typeOf(ce), fc.tv(s.tag!).mode === Mode.NilValue, fc.tv(ce).mode === Mode.NilValue);
        cond = (r) => eq(tag(r), v(r));
      } else {
        cond = v;
      }
      const target = bodies[ci];
      fc.b.at(ce.pos);
      fc.b.emit((pc) => {
        const next = pc + 1;
        return (fr) => (cond(fr.r) ? target.pc : next);
      });
    }
  });
  fc.b.jump(defaultIdx >= 0 ? bodies[defaultIdx] : end);
  fc.pushTargets({ label, brk: end, cont: undefined });
  s.clauses.forEach((cl, ci) => {
    fc.b.place(bodies[ci]);
    const saved = fc.fallthroughTo;
    fc.fallthroughTo = bodies[ci + 1];
    compileBlock(fc, cl.body);
    fc.fallthroughTo = saved;
    fc.b.jump(end);
  });
  fc.popTargets();
  fc.b.place(end);
}

function typeSwitchStmt(fc: FuncCompiler, s: ast.TypeSwitchStmt, label: string | undefined): void {
  if (s.init) compileStmt(fc, s.init, undefined);
  const guard = s.assign.kind === 'ExprStmt' ? s.assign.x : s.assign.rhs[0];
  const ta = guard as ast.TypeAssertExpr;
  const x = fc.spill(compileExpr(fc, ta.x), ta.pos);
  const end = new Label();
  const bodies = s.clauses.map(() => new Label());
  let defaultIdx = -1;
  s.clauses.forEach((cl, ci) => {
    if (!cl.list) {
      defaultIdx = ci;
      return;
    }
    for (const te of cl.list) {
      const target = bodies[ci];
      let test: (v: Value) => boolean;
      if (fc.tv(te).mode === Mode.NilValue) test = (v) => v === null;
      else {
        const t = fc.resolve(fc.typeOf(te));
        const trt = fc.rtype(t);
        test = fc.core(t).tag === 'Interface'
          ? (v) => v !== null && fc.pc.implements((v as Iface).type, trt)
          : (v) => v !== null && (v as Iface).type === trt;
      }
      fc.b.at(te.pos);
      fc.b.emit((pc) => {
        const next = pc + 1;
        return (fr) => (test(x(fr.r)) ? target.pc : next);
      });
    }
  });
  fc.b.jump(defaultIdx >= 0 ? bodies[defaultIdx] : end);
  fc.pushTargets({ label, brk: end, cont: undefined });
  s.clauses.forEach((cl, ci) => {
    fc.b.place(bodies[ci]);
    const sym = fc.info.implicits.get(cl) as Var | undefined;
    if (sym) {
      const init = fc.initVar(fc.declare(sym));
      const single = cl.list && cl.list.length === 1 && fc.tv(cl.list[0]).mode !== Mode.NilValue &&
        fc.core(fc.resolve(fc.typeOf(cl.list[0]))).tag !== 'Interface';
      const symRt = fc.rtype(sym.type!);
      const copy = single && isAggregate(symRt) ? symRt.copy : undefined;
      fc.exec(cl.pos, (r) => {
        const v = x(r);
        const val = single ? (v as Iface).value : v;
        init(r, copy ? copy(val) : val);
      });
    }
    compileBlock(fc, cl.body);
    fc.b.jump(end);
  });
  fc.popTargets();
  fc.b.place(end);
}

// ------------------------------------------------------------ select

function selectStmt(fc: FuncCompiler, s: ast.SelectStmt, label: string | undefined): void {
  const ctx = fc.ctx;
  const end = new Label();
  const bodies = s.clauses.map(() => new Label());
  let hasDefault = false;
  let defaultIdx = -1;
  // channel operands and send values, evaluated once in source order
  type CaseCode = { dir: 'send' | 'recv'; ch: Ev; val?: Ev; clause: number; comm: ast.Stmt };
  const cases: CaseCode[] = [];
  s.clauses.forEach((cl, ci) => {
    const c = cl.comm;
    if (!c) {
      hasDefault = true;
      defaultIdx = ci;
      return;
    }
    if (c.kind === 'SendStmt') {
      const ct = fc.core(fc.typeOf(c.chan));
      cases.push({ dir: 'send', ch: fc.spill(compileExpr(fc, c.chan), c.pos), val: fc.spill(compileAssignable(fc, c.value, ct.tag === 'Chan' ? ct.elem : fc.typeOf(c.value)), c.pos), clause: ci, comm: c });
    } else {
      const rx = (c.kind === 'ExprStmt' ? c.x : c.rhs[0]) as ast.Expr;
      let u = rx;
      while (u.kind === 'ParenExpr') u = u.x;
      cases.push({ dir: 'recv', ch: fc.spill(compileExpr(fc, (u as ast.UnaryExpr).x), c.pos), clause: ci, comm: c });
    }
  });
  const chosen = fc.b.reg();
  const waitReg = fc.b.reg();
  const casesReg = fc.b.reg();
  fc.b.at(s.pos);
  fc.b.emit((pc) => {
    const next = pc + 2;
    const resume = pc + 1;
    return (fr) => {
      const r = fr.r;
      const sc: SelectCase[] = cases.map((c) => ({ dir: c.dir, chan: c.ch(r) as Chan | null, value: c.val ? c.val(r) : undefined }));
      const g = curG(ctx);
      const res = selectgo(ctx.rt, g, sc, hasDefault);
      if (res === 'parked') {
        r[casesReg] = sc;
        r[waitReg] = g.waiting;
        fr.pc = resume;
        return -1;
      }
      r[chosen] = res;
      return next;
    };
  });
  // resumed after parking: leave the other queues
  fc.b.emit((pc) => {
    const next = pc + 1;
    return (fr) => {
      const g = curG(ctx);
      fr.r[chosen] = selectDone(ctx.rt, g, fr.r[casesReg] as SelectCase[], fr.r[waitReg] as SelectWait);
      g.waiting = undefined;
      return next;
    };
  });
  // dispatch on the chosen case
  fc.b.emit(() => {
    const targets = cases.map((c) => bodies[c.clause].pc);
    const dflt = defaultIdx >= 0 ? bodies[defaultIdx].pc : end.pc;
    return (fr) => {
      const k = fr.r[chosen] as number;
      return k < 0 ? dflt : targets[k];
    };
  });
  fc.pushTargets({ label, brk: end, cont: undefined });
  s.clauses.forEach((cl, ci) => {
    fc.b.place(bodies[ci]);
    const c = cl.comm;
    if (c && c.kind === 'AssignStmt') {
      // case v[, ok] = / := <-ch
      const g = () => curG(ctx);
      const vals: Ev[] = [() => g().recvValue, () => g().recvOk];
      c.lhs.forEach((l, i) => {
        if (l.kind === 'Ident' && l.name === '_') return;
        let store: Store;
        if (c.tok === ':=') {
          const d = fc.info.defs.get(l as ast.Ident);
          if (!d) return;
          store = fc.initVar(fc.declare(d));
        } else {
          store = compileLvalue(fc, l);
        }
        const v = vals[i];
        fc.exec(l.pos, (r) => store(r, v(r)));
      });
    }
    compileBlock(fc, cl.body);
    fc.b.jump(end);
  });
  fc.popTargets();
  fc.b.place(end);
}
