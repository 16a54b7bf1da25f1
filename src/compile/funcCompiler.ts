// Compiles one Go function body (a FuncDecl, a FuncLit, or an instantiation of a
// generic function) to VM instructions. Statements become instructions;
// expressions become closure trees over the frame's registers (`Ev`), with
// calls, receives and other operations that may block or switch goroutines
// hoisted into instructions of their own first (as gc's order pass hoists
// calls), so every goroutine stops only between instructions.
import type * as ast from '../lang/ast.js';
import type { Info, TypeAndValue } from '../lang/check/package.js';
import { Mode } from '../lang/check/package.js';
import type { Func, Obj, Var } from '../lang/check/objects.js';
import { type Signature, type Type, type TypeParam, under } from '../lang/check/types.js';
import type { SourceFile } from '../lang/source.js';
import { GoRuntimePanic } from '../runtime/panics.js';
import { Frame, FuncCode, SWITCH } from '../vm/func.js';
import { Machine } from '../vm/machine.js';
import type { RType } from '../vm/rtype.js';
import { Box, type Value } from '../vm/value.js';
import { runtimeConst } from './constValue.js';
import { substType } from '../lang/check/subst.js';
import { compileAssignable } from './exprs.js';
import { rhsValues } from './stmts.js';
import { FuncBuilder, Label, type VarLoc } from './funcBuilder.js';
import type { ProgramCompiler } from './programCompiler.js';
import type { TypeEnv } from './rtypes.js';
import type { RunCtx } from './runCtx.js';

/** An expression compiled to a closure over the frame's registers. */
export type Ev = (r: Value[]) => Value;
/** Stores a value into an addressable location (an lvalue), evaluated in place. */
export type Store = (r: Value[], v: Value) => void;

/** Targets of break/continue for the innermost enclosing statements. */
interface BranchTargets {
  label: string | undefined;
  brk: Label;
  cont: Label | undefined; // loops only
}

/** sync.Mutex, RWMutex, WaitGroup, Cond, Once: objects the trace names after their variables. */
function isSyncType(t: Type): boolean {
  return t.tag === 'Named' && t.obj.pkg?.path === 'sync' && ['Mutex', 'RWMutex', 'WaitGroup', 'Cond', 'Once'].includes(t.obj.name);
}

export class FuncCompiler {
  readonly b: FuncBuilder;
  readonly ctx: RunCtx;
  /** Objects captured from enclosing functions: object -> register in this frame (after the params). */
  readonly captured: Obj[] = [];
  private readonly targets: BranchTargets[] = [];
  private readonly gotoLabels = new Map<string, Label>();
  /** Labels of switch clauses for fallthrough: clause body start of the next clause. */
  fallthroughTo: Label | undefined;
  /** Variables that need a Box (captured by a closure or address taken, and not an array/struct). */
  readonly boxed: Set<Obj>;
  /** Number of FuncLits compiled inside (Go names them main.f.func1, func2...). */
  litCount = 0;
  /**
   * Set when this function is the body of a range-over-func loop (its yield
   * function): break/continue/return become returns of false/true with the
   * loop's control record telling the enclosing function what to do.
   */
  rangeBody: { ctl: Obj; outerSig: Signature; brk: Label; cont: Label } | undefined;

  constructor(
    readonly pc: ProgramCompiler,
    readonly info: Info,
    readonly source: SourceFile | undefined,
    readonly code: FuncCode,
    readonly sig: Signature,
    readonly env: TypeEnv,
    readonly outer: FuncCompiler | undefined,
    boxed: Set<Obj>,
  ) {
    this.ctx = pc.ctx;
    this.b = new FuncBuilder(code, source, 0);
    code.file = pc.fileIndex(source);
    code.fileName = source ? source.name.replace(/^.*\//, '') : '';
    this.b.fuse = !pc.ctx.rt.preemptive;
    this.boxed = boxed;
  }

  // ------------------------------------------------------------ types

  tv(e: ast.Expr): TypeAndValue {
    const tv = this.info.types.get(e);
    if (!tv) throw new Error(`chanscope: no type recorded for expression at ${e.pos}`);
    return tv;
  }

  typeOf(e: ast.Expr): Type {
    return this.tv(e).type;
  }

  /** Substitutes type parameters (generic instantiation), also inside composite types. */
  resolve(t: Type): Type {
    if (!this.env || this.env.size === 0) return t;
    return substType(undefined, t, this.env as Map<TypeParam, Type>);
  }

  /** The underlying type after substitution. */
  core(t: Type): Type {
    return under(this.resolve(t));
  }

  rtype(t: Type): RType {
    return this.pc.rtypes.of(t, this.env);
  }

  // ------------------------------------------------------------ variables

  /** Declares a local variable in a fresh register (boxed if needed); returns its location. */
  declare(obj: Obj): VarLoc {
    const loc: VarLoc = { reg: this.b.reg(), boxed: this.boxed.has(obj) };
    if (obj.type && isSyncType(obj.type)) loc.traceName = obj.name;
    this.b.vars.set(obj, loc);
    return loc;
  }

  /** Where `obj` lives in this frame, capturing it from an enclosing function if needed. */
  lookup(obj: Obj): VarLoc | undefined {
    const loc = this.b.vars.get(obj);
    if (loc) return loc;
    if (this.outer && this.outer.lookup(obj)) {
      // captured: the closure's env brings the enclosing frame's Box (or aggregate) into a register
      const reg = this.b.reg();
      const cloc: VarLoc = { reg, boxed: this.outer.lookup(obj)!.boxed };
      this.captured.push(obj);
      this.capturedRegs.push(reg);
      this.b.vars.set(obj, cloc);
      return cloc;
    }
    return undefined;
  }
  readonly capturedRegs: number[] = [];

  /** Ev reading a variable. */
  readVar(obj: Var): Ev {
    const g = this.pc.globalBox(obj);
    if (g) return () => g.v;
    const loc = this.lookup(obj);
    if (!loc) throw new Error(`chanscope: unknown variable ${obj.name}`);
    const i = loc.reg;
    return loc.boxed ? (r) => (r[i] as Box).v : (r) => r[i];
  }

  /** Store into a variable (aggregates are copied in place by the caller's choice of value). */
  storeVar(obj: Var): Store {
    const g = this.pc.globalBox(obj);
    if (g) return (_r, v) => void (g.v = v);
    const loc = this.lookup(obj);
    if (!loc) throw new Error(`chanscope: unknown variable ${obj.name}`);
    const i = loc.reg;
    return loc.boxed ? (r, v) => void ((r[i] as Box).v = v) : (r, v) => void (r[i] = v);
  }

  /** Initializes a freshly declared variable (a new Box per execution of the declaration). */
  initVar(loc: VarLoc): Store {
    const i = loc.reg;
    const name = loc.traceName;
    if (name !== undefined) {
      // a sync.Mutex/WaitGroup/... variable: the trace shows it by this name
      const names = this.ctx.rt.names;
      return (r, v) => {
        names.set(v as object, name);
        r[i] = v;
      };
    }
    return loc.boxed ? (r, v) => void (r[i] = new Box(v)) : (r, v) => void (r[i] = v);
  }

  // ------------------------------------------------------------ emitting

  /** Emit `r[dst] = ev(r)`-style straight-line work. */
  exec(pos: number, f: (r: Value[]) => void): void {
    this.b.at(pos);
    this.b.emit((pc) => {
      const next = pc + 1;
      return (fr) => {
        f(fr.r);
        return next;
      };
    }, f);
  }

  /** Evaluate `ev` into a fresh register now (hoisting), returning an Ev that reads it. */
  spill(ev: Ev, pos: number): Ev {
    const t = this.b.reg();
    this.exec(pos, (r) => {
      r[t] = ev(r);
    });
    return (r) => r[t];
  }

  branch(pos: number, cond: Ev, ifFalse: Label): void {
    this.b.at(pos);
    this.b.branches.set(this.b.pc, { cond: cond as (r: unknown[]) => unknown, ifFalse });
    this.b.emit((pc) => {
      const next = pc + 1;
      const target = ifFalse.pc;
      return (fr) => (cond(fr.r) ? next : target);
    });
  }

  /** A Go call: callee frame made by `mk`, results into `dsts`. */
  emitCall(pos: number, mk: (r: Value[]) => Frame | null, dsts: number[]): void {
    this.b.at(pos);
    const ctx = this.ctx;
    this.b.emit((pc) => {
      const next = pc + 1;
      return (fr) => {
        const callee = mk(fr.r);
        if (callee === null) return next; // a native that completed inline
        return Machine.call(ctx.rt.current!, fr, next, callee, dsts);
      };
    });
  }

  /** An instruction that may park the goroutine: `op` returns true when done, false when parked. */
  emitBlocking(pos: number, op: (fr: Frame) => boolean): void {
    this.b.at(pos);
    this.b.emit((pc) => {
      const next = pc + 1;
      return (fr) => {
        if (op(fr)) return next;
        fr.pc = next;
        return SWITCH;
      };
    });
  }

  // ------------------------------------------------------------ results and overrides

  /** Stores into named result variables (undefined for unnamed results), for `return x`. */
  resultLocs: (Store | undefined)[] = [];
  /** Reads of the named result variables, copied to the result registers at return. */
  resultLoads: Ev[] = [];
  /** Expressions already evaluated into registers (arguments of deferred builtins). */
  argOverride: Map<ast.Expr, Ev> | undefined;

  assignable(e: ast.Expr, t: Type): Ev {
    return compileAssignable(this, e, t);
  }

  multiValues(e: ast.Expr, n: number): Ev[] {
    return rhsValues(this, [e], n, []);
  }

  // ------------------------------------------------------------ branch targets

  pushTargets(t: BranchTargets): void {
    this.targets.push(t);
  }

  popTargets(): void {
    this.targets.pop();
  }

  breakTarget(label: string | undefined): Label {
    for (let i = this.targets.length - 1; i >= 0; i--) {
      const t = this.targets[i];
      if (label === undefined || t.label === label) return t.brk;
    }
    throw new Error(`chanscope: break target ${label ?? ''} not found`);
  }

  continueTarget(label: string | undefined): Label {
    for (let i = this.targets.length - 1; i >= 0; i--) {
      const t = this.targets[i];
      if (t.cont && (label === undefined || t.label === label)) return t.cont;
    }
    throw new Error(`chanscope: continue target ${label ?? ''} not found`);
  }

  gotoLabel(name: string): Label {
    let l = this.gotoLabels.get(name);
    if (!l) {
      l = new Label();
      this.gotoLabels.set(name, l);
    }
    return l;
  }

  /** A constant expression's run-time value, if the checker folded it. */
  constOf(e: ast.Expr): { v: Value } | undefined {
    const tv = this.info.types.get(e);
    if (!tv || tv.mode !== Mode.Constant || tv.value === undefined) return undefined;
    return { v: runtimeConst(tv.value, this.resolve(tv.type)) };
  }

  /** Go's runtime error from an instruction. */
  static runtimeError(msg: string): never {
    throw new GoRuntimePanic(msg, true);
  }

  funcObj(e: ast.Ident): Func | undefined {
    const o = this.info.uses.get(e);
    return o && o.kind === 'func' ? o : undefined;
  }
}

