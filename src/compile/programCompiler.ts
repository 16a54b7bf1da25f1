// Compiles a checked program (package main and the standard packages it
// imports) for one run: functions on demand (generic ones per instantiation),
// method tables of run-time types, package initialization, and the entry
// function `runtime.main` (initialize packages, call main.main, exit).
import type * as ast from '../lang/ast.js';
import type { Func, Obj, Var } from '../lang/check/objects.js';
import type { Info, Package } from '../lang/check/package.js';
import { Typ, BasicKind, universeAnyType, under, type Named, type Signature, type Type, type TypeParam } from '../lang/check/types.js';
import type { SourceFile } from '../lang/source.js';
import type { G } from '../runtime/goroutine.js';
import { Frame, FuncCode } from '../vm/func.js';
import { Machine } from '../vm/machine.js';
import type { NativeCtx, NativeImpl, NativeRegistry } from '../vm/native.js';
import type { RMethod, RType } from '../vm/rtype.js';
import { Box, Iface, type Value } from '../vm/value.js';
import { bindFunc, type BoundCall } from './calls.js';
import { compileBuiltin } from './builtins.js';
import { compileExpr, isAggregate } from './exprs.js';
import type { Ev } from './funcCompiler.js';
import { FuncCompiler } from './funcCompiler.js';
import { GoFunc, funcValue, nativeCallFrame, type Callee } from './funcValue.js';
import { methodSet } from './methodSets.js';
import * as ops from './ops.js';
import { RTypes, type TypeEnv } from './rtypes.js';
import { substType } from '../lang/check/subst.js';
import { Universe } from '../lang/check/universe.js';
import type { RunCtx } from './runCtx.js';
import { curG } from './runCtx.js';
import { compileBlock } from './stmts.js';
import { analyzeBoxing } from './boxing.js';

/** A type-checked package with its syntax. */
export interface CheckedPackage {
  pkg: Package;
  info: Info;
  files: { source: SourceFile; file: ast.File }[];
}

/** How a method is called on a receiver of some run-time type. */
export interface MethodImpl {
  /** Gets from the outer receiver value to the method's receiver (embedded fields, deref). */
  adjust: ((v: Value) => Value) | null;
  callee(): Callee;
  /** For methods promoted from an embedded interface: dispatch dynamically. */
  viaIface: string | undefined;
}

interface FuncSite {
  decl: ast.FuncDecl | undefined;
  info: Info;
  source: SourceFile | undefined;
}

export class ProgramCompiler {
  readonly rtypes = new RTypes();
  private readonly globals = new Map<Var, Box>();
  private readonly funcs = new Map<string, Callee>();
  private readonly sites = new Map<Func, FuncSite>();
  private readonly work: (() => void)[] = [];
  private readonly chanNames = new Map<ast.Node, string>();
  /** Renders a value for the trace (set by the engine; fmt's %v). */
  preview: (rt: RType, v: Value) => string = (_rt, v) => String(v);

  constructor(
    readonly ctx: RunCtx,
    readonly packages: CheckedPackage[], // dependency order, main last
    readonly natives: NativeRegistry,
  ) {
    for (const cp of packages) {
      for (const { file, source } of cp.files) {
        for (const d of file.decls) {
          if (d.kind !== 'FuncDecl') continue;
          const obj = cp.info.defs.get(d.name);
          if (obj && obj.kind === 'func') this.sites.set(obj, { decl: d, info: cp.info, source });
        }
        collectNames(file, this.chanNames);
      }
    }
    this.rtypes.onNamed = (rt, t, env) => this.attachMethods(rt, t, env);
  }

  /** Index of a source file among the program's own files (package main), or -1. */
  fileIndex(source: SourceFile | undefined): number {
    if (!source) return -1;
    const main = this.packages[this.packages.length - 1];
    return main.files.findIndex((f) => f.source === source);
  }

  // ------------------------------------------------------------ entry

  /** Compiles package initialization and main; returns the entry function. */
  compileEntry(): FuncCode {
    const inits: Callee[] = [];
    for (const cp of this.packages) {
      const init = this.packageInit(cp);
      if (init) inits.push(init);
    }
    const main = this.packages[this.packages.length - 1];
    const mainObj = main.pkg.scope.lookup('main') as Func | undefined;
    if (!mainObj) throw new Error('chanscope: package main has no main function');
    const mainCallee = this.funcCode(mainObj, undefined, undefined);
    const entry = new FuncCode('runtime.main', 0, 0, []);
    const steps: Callee[] = [...inits, mainCallee];
    const ctx = this.ctx;
    entry.code = steps.map((c, i) => (fr: Frame) => {
      if (c.kind !== 'code') throw new Error('chanscope: native entry');
      return Machine.call(curG(ctx), fr, i + 1, new Frame(c.code, null), []);
    });
    entry.retPc = entry.code.length;
    entry.code.push((fr) => this.ctx.m.returnContinue(curG(ctx), fr));
    entry.lines = entry.code.map(() => 0);
    entry.cols = entry.code.map(() => 0);
    this.drain();
    this.compiling = false;
    return entry;
  }

  /** While true, function bodies are queued; afterwards (at run time) they compile on first use. */
  private compiling = true;

  /** Runs queued function compilations (functions are compiled on first reference). */
  drain(): void {
    while (this.work.length > 0) (this.work.shift() as () => void)();
  }

  /** Package-level variable initializers (in the checker's init order), then init() functions. */
  private packageInit(cp: CheckedPackage): Callee | undefined {
    for (const name of cp.pkg.scope.names()) {
      const o = cp.pkg.scope.lookup(name);
      if (o && o.kind === 'var') this.globals.set(o, new Box(this.rtypes.of(o.type!).zero()));
    }
    const initFuncs: Func[] = [];
    for (const { file } of cp.files) {
      for (const d of file.decls) {
        if (d.kind === 'FuncDecl' && !d.recv && d.name.name === 'init' && d.body) {
          const o = cp.info.defs.get(d.name);
          if (o && o.kind === 'func') initFuncs.push(o);
        }
      }
    }
    if (cp.info.initOrder.length === 0 && initFuncs.length === 0) return undefined;
    const source = cp.files[0]?.source;
    const code = new FuncCode(`${cp.pkg.name}.init`, 0, 0, []);
    const sig = { params: { vars: [] }, results: { vars: [] }, variadic: false } as unknown as Signature;
    const fc = new FuncCompiler(this, cp.info, source, code, sig, undefined, undefined, new Set());
    fc.resultLocs = [];
    fc.resultLoads = [];
    for (const init of cp.info.initOrder) {
      fc.b.at(init.rhs.pos);
      const stores = init.lhs.map((v) => (v.name === '_' ? undefined : this.globals.get(v)));
      if (init.lhs.length === 1) {
        const ev = compileValueFor(fc, init.rhs, init.lhs[0].type!);
        const box = stores[0];
        fc.exec(init.rhs.pos, (r) => {
          const v = ev(r);
          if (box) box.v = v;
        });
      } else {
        const evs = multiValues(fc, init.rhs, init.lhs.length);
        fc.exec(init.rhs.pos, (r) => {
          const vals = evs.map((e) => e(r));
          stores.forEach((b, i) => {
            if (b) b.v = vals[i];
          });
        });
      }
    }
    for (const f of initFuncs) {
      const callee = this.compileDecl(f, undefined, this.sites.get(f)!);
      fc.emitCall(f.pos, () => new Frame((callee as { code: FuncCode }).code, null), []);
    }
    fc.b.finish(() => (fr) => this.ctx.m.returnContinue(curG(this.ctx), fr));
    return { kind: 'code', code, envRegs: [] };
  }

  // ------------------------------------------------------------ functions

  globalBox(obj: Obj): Box | undefined {
    return obj.kind === 'var' ? this.globals.get(obj) : undefined;
  }

  /** The callee for a declared function or method (an instantiation when targs are given). */
  /** `targs` are already substituted by the caller; instantiations are keyed by them. */
  funcCode(obj: Func, targs: Type[] | undefined, _env?: TypeEnv): Callee {
    const key = this.funcKey(obj, targs);
    const hit = this.funcs.get(key);
    if (hit) return hit;
    const site = this.sites.get(obj.origin ?? obj);
    if (!site || !site.decl || !site.decl.body) return this.nativeCallee(obj, key);
    const sig = obj.type as Signature;
    let tenv: Map<TypeParam, Type> | undefined;
    if (targs && sig.tparams) {
      tenv = new Map();
      sig.tparams.forEach((tp, i) => tenv!.set(tp, targs[i]));
    }
    return this.compileDecl(obj, tenv, site, key);
  }

  private funcKey(obj: Func, targs: Type[] | undefined): string {
    const base = this.linkName(obj);
    return targs && targs.length ? `${base}[${targs.map((t) => this.rtypes.of(t).string).join(',')}]#${this.objId(obj)}` : `${base}#${this.objId(obj)}`;
  }

  private readonly objIds = new Map<Obj, number>();
  private objId(o: Obj): number {
    let id = this.objIds.get(o);
    if (id === undefined) {
      id = this.objIds.size + 1;
      this.objIds.set(o, id);
    }
    return id;
  }

  /** Go's symbol name: `main.f`, `main.(*T).M`, `main.T.M`, `sync.(*Mutex).Lock`. */
  linkName(obj: Func): string {
    const pkg = obj.pkg ? obj.pkg.path : '';
    const sig = obj.type as Signature | undefined;
    if (sig && sig.recv) {
      let rt = sig.recv.type!;
      let ptr = false;
      if (rt.tag === 'Pointer') {
        ptr = true;
        rt = rt.base;
      }
      const tname = rt.tag === 'Named' ? rt.obj.name : '?';
      return ptr ? `${pkg}.(*${tname}).${obj.name}` : `${pkg}.${tname}.${obj.name}`;
    }
    return `${pkg}.${obj.name}`;
  }

  private nativeCallee(obj: Func, key: string): Callee {
    const name = this.linkName(obj);
    const impl: NativeImpl = this.natives.get(name) ?? {
      kind: 'pure',
      fn: () => ops.runtimePanicPlain(`chanscope: ${name} is not implemented yet`),
    };
    const callee: Callee = { kind: 'native', name, impl, nresults: (obj.type as Signature).results.vars.length };
    this.funcs.set(key, callee);
    return callee;
  }

  private compileDecl(obj: Func, env: Map<TypeParam, Type> | undefined, site: FuncSite, key?: string): Callee {
    const k = key ?? this.funcKey(obj, undefined);
    const hit = this.funcs.get(k);
    if (hit) return hit;
    const decl = site.decl!;
    const sig = obj.type as Signature;
    let name = this.linkName(obj);
    if (env && env.size) name += '[...]';
    const nparams = (sig.recv ? 1 : 0) + sig.params.vars.length;
    const code = new FuncCode(name, 0, nparams, []);
    const callee: Callee = { kind: 'code', code, envRegs: [] };
    this.funcs.set(k, callee);
    this.work.push(() => {
      const fc = new FuncCompiler(this, site.info, site.source, code, sig, env, undefined, analyzeBoxing(decl, site.info, env));
      this.compileBody(fc, decl.recv ? decl.recv.list[0] : undefined, decl.type, decl.body!);
    });
    if (!this.compiling) this.drain();
    return callee;
  }

  /** Parameters, results and body of a function (declaration or literal). */
  compileBody(fc: FuncCompiler, recvField: ast.Field | undefined, ftype: ast.FuncType, body: ast.BlockStmt): void {
    const b = fc.b;
    const sig = fc.sig;
    // parameters occupy the first registers, in order: receiver, params
    const paramObjs: (Obj | undefined)[] = [];
    if (sig.recv) paramObjs.push(recvField && recvField.names[0] ? fc.info.defs.get(recvField.names[0]) : undefined);
    for (const f of ftype.params.list) {
      if (f.names.length === 0) paramObjs.push(undefined);
      for (const n of f.names) paramObjs.push(fc.info.defs.get(n));
    }
    b.nregs = paramObjs.length;
    const boxParams: { reg: number }[] = [];
    paramObjs.forEach((o, i) => {
      if (!o) return;
      const boxed = fc.boxed.has(o);
      if (boxed) {
        // the argument arrives in register i; the variable lives in a Box
        const loc = fc.declare(o);
        boxParams.push({ reg: i });
        const src = i;
        fc.exec(ftype.pos, (r) => {
          r[loc.reg] = new Box(r[src]);
        });
      } else {
        b.vars.set(o, { reg: i, boxed: false });
      }
    });
    // results: dedicated registers; named results are variables initialized to zero
    const resultRegs: number[] = [];
    fc.resultLocs = [];
    fc.resultLoads = [];
    const results = sig.results.vars;
    const named = ftype.results ? ftype.results.list.some((f) => f.names.length > 0) : false;
    const resultObjs: (Obj | undefined)[] = [];
    if (ftype.results) for (const f of ftype.results.list) {
      if (f.names.length === 0) resultObjs.push(undefined);
      for (const n of f.names) resultObjs.push(fc.info.defs.get(n));
    }
    results.forEach((v, i) => {
      resultRegs.push(b.reg());
      if (named) {
        const o = resultObjs[i];
        const rt = fc.rtype(v.type!);
        if (o) {
          const loc = fc.declare(o);
          const init = fc.initVar(loc);
          fc.exec(ftype.pos, (r) => init(r, rt.zero()));
          fc.resultLocs.push(fc.storeVar(o as Var));
          fc.resultLoads.push(fc.readVar(o as Var));
        } else {
          const reg = resultRegs[i];
          fc.exec(ftype.pos, (r) => {
            r[reg] = rt.zero();
          });
          fc.resultLocs.push(undefined);
          fc.resultLoads.push((r) => r[reg]);
        }
      } else {
        fc.resultLocs.push(undefined);
      }
    });
    fc.code.resultRegs = resultRegs;
    compileBlock(fc, body.list);
    // falling off the end returns (named results keep their values)
    if (named) {
      const loads = fc.resultLoads;
      fc.exec(body.rbrace, (r) => {
        for (let i = 0; i < loads.length; i++) r[resultRegs[i]] = loads[i](r);
      });
    }
    b.at(body.rbrace);
    const ctx = this.ctx;
    // the synthetic return-continue: named results may have been changed by deferred calls
    const loads = named ? fc.resultLoads : undefined;
    b.finish(() => (fr) => {
      if (loads) for (let i = 0; i < loads.length; i++) fr.r[resultRegs[i]] = loads[i](fr.r);
      return ctx.m.returnContinue(curG(ctx), fr);
    });
  }

  /** A FuncLit: compiled once; evaluating it makes a closure over the captured variables. */
  compileFuncLit(outer: FuncCompiler, lit: ast.FuncLit): Ev {
    const sig = outer.typeOf(lit) as Signature;
    const name = `${outer.code.name.replace(/\[\.\.\.\]$/, '')}.func${++outer.litCount}`;
    const nparams = sig.params.vars.length;
    const code = new FuncCode(name, 0, nparams, []);
    const fc = new FuncCompiler(this, outer.info, outer.source, code, sig, outer.env, outer, outer.boxed);
    this.compileBody(fc, undefined, lit.type, lit.body);
    const captured = fc.captured;
    const callee: Callee = { kind: 'code', code, envRegs: fc.capturedRegs };
    if (captured.length === 0) {
      const f = funcValue(callee);
      return () => f;
    }
    // the enclosing frame's locations of the captured variables (Boxes or aggregates)
    const locs = captured.map((o) => {
      const loc = outer.lookup(o)!;
      return loc.reg;
    });
    return (r) => new GoFunc(callee, locs.map((reg) => r[reg]), undefined, false);
  }

  // ------------------------------------------------------------ methods

  /** The callee for method `m` called on a value of `recvType` (instantiating generic receivers). */
  methodCode(m: Func, env: TypeEnv, _recvType?: Type, _path?: number[]): Callee {
    const sig = m.type as Signature;
    let targs: Type[] | undefined;
    if (sig.recv) {
      let rt = sig.recv.type!;
      if (rt.tag === 'Pointer') rt = rt.base;
      if (rt.tag === 'Named' && rt.targs && rt.targs.length) {
        targs = rt.targs.map((t) => (env && env.size ? substType(undefined, t, env as Map<TypeParam, Type>) : t));
      }
    }
    const origin = m.origin ?? m;
    if (targs) {
      const osig = origin.type as Signature;
      const key = this.funcKey(origin, targs);
      const hit = this.funcs.get(key);
      if (hit) return hit;
      const site = this.sites.get(origin);
      if (!site || !site.decl?.body) return this.nativeCallee(origin, key);
      const tenv = new Map<TypeParam, Type>();
      (osig.rparams ?? []).forEach((tp, i) => tenv.set(tp, targs![i]));
      return this.compileDecl(origin, tenv, site, key);
    }
    return this.funcCode(origin, undefined, env);
  }

  /** `T.M` / `(*T).M` as a function value taking the receiver first. */
  methodExpr(fc: FuncCompiler, _e: ast.SelectorExpr, m: Func, recv: Type, path: number[]): Ev {
    const callee = this.methodCode(m, fc.env, recv, path);
    const recvIsPtr = fc.core(recv).tag === 'Pointer';
    if (path.length <= 1 && m.pointerRecv() === recvIsPtr) {
      const f = funcValue(callee);
      return () => f;
    }
    const adjust = this.pathAdjust(fc.resolve(recv), path.slice(0, -1), m.pointerRecv(), recvIsPtr, fc.env);
    const sig = m.type as Signature;
    const wrapper = this.wrapperCode(`${this.linkName(m)}-fm`, callee, 1 + sig.params.vars.length, sig.results.vars.length, adjust);
    const f = funcValue({ kind: 'code', code: wrapper, envRegs: [] });
    return () => f;
  }

  /** A function that adjusts its first argument (the receiver), then calls `callee` with all arguments. */
  private wrapperCode(name: string, callee: Callee, nparams: number, nresults: number, adjust: ((v: Value) => Value) | null): FuncCode {
    const ctx = this.ctx;
    const dsts = Array.from({ length: nresults }, (_, i) => nparams + i);
    const code = new FuncCode(name, nparams + nresults, nparams, dsts);
    code.code = [
      (fr) => {
        const r = fr.r;
        if (adjust) r[0] = adjust(r[0]);
        const args = r.slice(0, nparams);
        const bc = callee.kind === 'code'
          ? { kind: 'frame' as const, fr: Object.assign(new Frame(callee.code, null), {}) }
          : undefined;
        if (bc) {
          for (let i = 0; i < nparams; i++) bc.fr.r[i] = args[i];
          return Machine.call(curG(ctx), fr, 1, bc.fr, dsts);
        }
        const nat = callee as Extract<Callee, { kind: 'native' }>;
        if (nat.impl.kind !== 'pure') throw new Error('chanscope: blocking native in a method wrapper');
        const res = nat.impl.fn(this.nativeCtx(curG(ctx)), args);
        if (nresults === 1) r[dsts[0]] = res;
        else if (nresults > 1) (res as Value[]).forEach((v, i) => (r[dsts[i]] = v));
        return 1;
      },
      (fr) => ctx.m.returnContinue(curG(ctx), fr),
    ];
    code.retPc = 1;
    code.lines = [0, 0];
    code.cols = [0, 0];
    return code;
  }

  boundMethod(callee: Callee, recv: Value): GoFunc {
    return new GoFunc(callee, null, recv, true);
  }

  /** `iv.M` for an interface value: the dynamic type's method bound to the value. */
  boundIfaceMethod(iv: Iface, name: string): GoFunc {
    const m = iv.type.methods.get(name);
    if (!m) throw new Error(`chanscope: ${iv.type.string} has no method ${name}`);
    const impl = m.fn as MethodImpl;
    let recv = impl.adjust ? impl.adjust(iv.value) : iv.value;
    if (impl.viaIface) return this.boundIfaceMethod(recv as Iface, impl.viaIface);
    if (!m.ptrRecv && isAggregate(iv.type) && !impl.adjust) recv = iv.type.copy(recv);
    return new GoFunc(impl.callee(), null, recv, true);
  }

  /** Whether values of dynamic type `t` implement interface `iface` (method names and signatures). */
  implements(t: RType, iface: RType): boolean {
    const names = iface.imethods ?? [];
    for (const n of names) {
      const m = t.methods.get(n);
      if (!m || m.ptrRecv) return false;
      const want = iface.imethodSigs?.get(n);
      const have = m.sig;
      if (want && have && want !== have) return false;
    }
    return true;
  }

  /** Fills a named type's method table, and its pointer type's (methods are compiled lazily). */
  private attachMethods(rt: RType, t: Named, env: TypeEnv): void {
    if (under(t).tag === 'Interface') return;
    const ptr = this.rtypes.of({ tag: 'Pointer', base: t } as unknown as Type, env);
    const resolve = (x: Type) => resolveIn(x, env);
    for (const [target, outer] of [[rt, t], [ptr, { tag: 'Pointer', base: t } as unknown as Type]] as [RType, Type][]) {
      const set = methodSet(outer, resolve);
      for (const [name, entry] of set) {
        const m = entry.method;
        const ptrRecv = m.pointerRecv();
        const outerIsPtr = target === ptr;
        const adjust = this.pathAdjust(outer, entry.path, ptrRecv, outerIsPtr, env);
        const self = this;
        let cached: Callee | undefined;
        const impl: MethodImpl = {
          adjust,
          viaIface: under(entry.recvType).tag === 'Interface' ? name : undefined,
          callee() {
            return (cached ??= self.methodCode(m, env, entry.recvType, entry.path));
          },
        };
        // run-time types of signatures leave out the receiver (rtypes keys params and results only)
        const sigRt = this.rtypes.of(m.type!, env);
        const rm: RMethod = { name, fn: impl, ptrRecv: ptrRecv && !outerIsPtr && entry.path.length === 0, sig: sigRt };
        target.methods.set(name, rm);
      }
    }
  }

  /** Navigates embedded fields from the outer receiver to the method's receiver value. */
  private pathAdjust(outer: Type, path: number[], ptrRecv: boolean, outerIsPtr: boolean, env: TypeEnv): ((v: Value) => Value) | null {
    if (path.length === 0) {
      if (outerIsPtr && !ptrRecv) {
        // value method called through a pointer: dereference (nil panics) and copy
        const base = (outer as { base: Type }).base;
        const brt = this.rtypes.of(base, env);
        const load = ops.loaderFor(brt);
        return (v) => {
          if (v === null) ops.nilDeref();
          return brt.copy(load(v));
        };
      }
      return null;
    }
    let t: Type = outerIsPtr ? (outer as { base: Type }).base : outer;
    const steps: { idx: number; ptr: boolean }[] = [];
    for (const idx of path) {
      const u = under(resolveIn(t, env));
      if (u.tag !== 'Struct') break;
      let ft = resolveIn(u.fields[idx].type!, env);
      const isPtr = ft.tag === 'Pointer';
      if (ft.tag === 'Pointer') ft = resolveIn(ft.base, env);
      steps.push({ idx, ptr: isPtr });
      t = ft;
    }
    const last = steps[steps.length - 1];
    const lastRt = this.rtypes.of(t, env);
    const agg = isAggregate(lastRt);
    return (v) => {
      let x = v;
      if (x === null) ops.nilDeref();
      for (let i = 0; i < steps.length; i++) {
        const s = steps[i];
        const holder = x as Value[];
        x = holder[s.idx];
        if (s.ptr && x === null && i < steps.length - 1) ops.nilDeref();
        if (i === steps.length - 1 && ptrRecv && !s.ptr) {
          // pointer method on an embedded value: its address
          return agg ? x : ops.elemRef(holder, s.idx);
        }
      }
      if (!ptrRecv && last.ptr) {
        if (x === null) ops.nilDeref();
        return lastRt.copy(ops.loaderFor(lastRt)(x));
      }
      return ptrRecv ? x : lastRt.copy(x);
    };
  }

  // ------------------------------------------------------------ natives and runtime glue

  nativeCtx(g: G): NativeCtx {
    const self = this;
    return {
      rt: this.ctx.rt,
      m: this.ctx.m,
      g,
      write: (s, b) => this.ctx.write(s, b),
      callSync(fn: Value, args: Value[]): Value[] {
        return self.callSync(g, fn as GoFunc, args);
      },
      rtypeNamed: (name) => this.rtypeByName(name),
      callMethod: (t, name, recv, args) => self.callSync(g, self.boundIfaceMethod(new Iface(t, recv), name), args),
      addresses: this.ctx.addresses,
      frameOf: (fn, args) => self.nativeFrame(bindFunc(fn as GoFunc, args)),
    };
  }

  /** Calls a func value to completion from a native (it must not block); returns its results. */
  callSync(g: G, f: GoFunc, args: Value[]): Value[] {
    const bc = bindFunc(f, args);
    if (bc.kind === 'native') {
      if (bc.impl.kind !== 'pure') throw new Error(`chanscope: ${bc.name} would block inside a synchronous call`);
      const res = bc.impl.fn(this.nativeCtx(g), bc.args);
      const n = f.callee.kind === 'native' ? f.callee.nresults : 1;
      return n === 1 ? [res] : n === 0 ? [] : (res as Value[]);
    }
    return this.ctx.m.callSync(g, bc);
  }

  private readonly rtypeNames = new Map<string, RType | undefined>();

  /**
   * A run-time type by its reflect string, for natives: `string`, `error`,
   * `time.Time`, `*errors.errorString` (a package of the program, or a basic type).
   */
  rtypeByName(name: string): RType | undefined {
    if (this.rtypeNames.has(name)) return this.rtypeNames.get(name);
    let rt: RType | undefined;
    const ptr = name.startsWith('*');
    const bare = ptr ? name.slice(1) : name;
    const dot = bare.lastIndexOf('.');
    let t: Type | undefined;
    if (dot < 0) {
      t = universeType(bare);
    } else {
      const pkgName = bare.slice(0, dot);
      const cp = this.packages.find((p) => p.pkg.name === pkgName);
      const obj = cp?.pkg.scope.lookup(bare.slice(dot + 1));
      t = obj && obj.kind === 'type' ? obj.type : undefined;
    }
    if (t) rt = this.rtypes.of(ptr ? ({ tag: 'Pointer', base: t } as unknown as Type) : t);
    this.rtypeNames.set(name, rt);
    return rt;
  }

  /** A frame that runs a native call (for `go f()` and `defer f()` with a native f). */
  nativeFrame(bc: BoundCall): Frame {
    if (bc.kind === 'frame') return bc.fr;
    const ctx = this.ctx;
    return nativeCallFrame(bc.name, bc.impl, bc.args, ctx.m, () => this.nativeCtx(curG(ctx)));
  }

  /** `defer close(ch)` and other deferred builtins: a tiny function evaluated now, run later. */
  deferredBuiltin(fc: FuncCompiler, call: ast.CallExpr): (r: Value[]) => Frame {
    // arguments are evaluated at the defer statement
    const argEvs = call.args.map((a) => compileExpr(fc, a));
    const code = new FuncCode(`${fc.code.name}.deferwrap`, 0, 0, []);
    const sub = new FuncCompiler(this, fc.info, fc.source, code, { params: { vars: [] }, results: { vars: [] }, variadic: false } as unknown as Signature, fc.env, undefined, new Set());
    sub.resultLocs = [];
    sub.resultLoads = [];
    // inside the wrapper, the arguments are registers 0..n-1
    sub.b.nregs = argEvs.length;
    const saved = new Map<ast.Expr, Ev>();
    call.args.forEach((a, i) => saved.set(a, (r) => r[i]));
    sub.argOverride = saved;
    compileBuiltin(sub, call);
    sub.b.finish(() => (fr) => this.ctx.m.returnContinue(curG(this.ctx), fr));
    return (r) => {
      const f = new Frame(code, null);
      argEvs.forEach((ev, i) => (f.r[i] = ev(r)));
      return f;
    };
  }

  emptyInterface(): Type {
    return universeAnyType;
  }

  boolType(): Type {
    return Typ[BasicKind.Bool];
  }

  /** panic(nil) panics with a *runtime.PanicNilError (Go 1.21+). */
  nilPanicValue(): Value {
    const t = this.rtypeByName('*runtime.PanicNilError');
    return t ? new Iface(t, [[]]) : null;
  }

  /** The variable a `make(chan ...)` is assigned to, for the trace (`jobs`, `results`). */
  nameHintFor(e: ast.Node): string | undefined {
    return this.chanNames.get(e);
  }

  previewer(rt: RType): (v: Value) => string {
    return (v) => this.preview(rt, v);
  }
}

/** Predeclared types by name (`string`, `error`, `int`...). */
function universeType(name: string): Type | undefined {
  const o = Universe.lookup(name);
  return o && o.kind === 'type' ? o.type : undefined;
}

function resolveIn(t: Type, env: TypeEnv): Type {
  while (t.tag === 'TypeParam' && env) {
    const s = env.get(t);
    if (!s) break;
    t = s;
  }
  return t;
}

function compileValueFor(fc: FuncCompiler, e: ast.Expr, t: Type): Ev {
  return fc.assignable(e, t);
}

function multiValues(fc: FuncCompiler, e: ast.Expr, n: number): Ev[] {
  return fc.multiValues(e, n);
}

/** Records `x := make(chan T)` / `var x = make(...)` / `Field: make(...)` names. */
function collectNames(file: ast.File, out: Map<ast.Node, string>): void {
  const visit = (n: unknown): void => {
    if (!n || typeof n !== 'object') return;
    if (Array.isArray(n)) {
      for (const x of n) visit(x);
      return;
    }
    const node = n as ast.Node;
    if (node.kind === 'AssignStmt') {
      node.lhs.forEach((l, i) => {
        const r = node.rhs[i];
        if (r && l.kind === 'Ident' && r.kind === 'CallExpr') out.set(r, l.name);
        if (r && l.kind === 'SelectorExpr' && r.kind === 'CallExpr') out.set(r, l.sel.name);
      });
    } else if (node.kind === 'ValueSpec') {
      node.names.forEach((l, i) => {
        const r = node.values[i];
        if (r && r.kind === 'CallExpr') out.set(r, l.name);
      });
    } else if (node.kind === 'KeyValueExpr' && node.key.kind === 'Ident' && node.value.kind === 'CallExpr') {
      out.set(node.value, node.key.name);
    }
    for (const k in node) {
      if (k === 'pos' || k === 'end' || k === 'kind') continue;
      const v = (node as unknown as Record<string, unknown>)[k];
      if (v && typeof v === 'object') visit(v);
    }
  };
  visit(file.decls);
}
