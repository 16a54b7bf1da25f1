// The type checker's driver and shared state (go/types check.go): the Checker
// holds the package, its Info side tables, the current environment (scope,
// declaration, function signature) and the queue of delayed actions. The
// checking itself lives in one file per concern: resolver, decl, typexpr,
// expr, call, builtins, conversions, assignments, stmt, lookup, infer, ...

import type * as ast from '../ast.js';
import type { Diagnostic } from '../diagnostics.js';
import type { SourceFile } from '../source.js';
import type { ConstValue } from './constvalue.js';
import { ErrorBuilder, type At } from './errors.js';
import { initOrder } from './initorder.js';
import { instanceContextFor, type InstanceContext } from './instantiate.js';
import {
  type Func, type Obj, type PkgName, type TypeName, type Var, Var as VarCtor,
} from './objects.js';
import { Mode, Operand, operandString } from './operand.js';
import {
  type Info, type Instance, type Package, Package as PackageCtor, type Selection, SelectionKind, type TypeAndValue, newInfo,
} from './package.js';
import { isUntyped } from './predicates.js';
import { collectObjects, packageObjects } from './resolver.js';
import type { Scope } from './scope.js';
import { type TypeSetChecker } from './typeset.js';
import { type Qualifier, typeString as typeStringOf } from './typestring.js';
import {
  type Basic, type Signature, Tuple, type Type, type TypeParam, emptyTuple, invalidType, reportNamedCycle, setNamedCycleReporter,
} from './types.js';
import { reportMissingBodies, unusedImports } from './unused.js';
import { Universe } from './universe.js';
import { cycleError } from './decl.js';

/** Resolves import paths to packages; undefined means the package is not provided. */
export interface Importer {
  importPackage(path: string): Package | undefined;
}

export interface CheckOptions {
  importer: Importer;
  /**
   * Skip `missing function body` (declared API packages have body-less functions)
   * and the main-package rules.
   */
  isApiPackage?: boolean;
  /** Literals the parser already reported as malformed (treated as invalid operands silently). */
  badLiterals?: ReadonlySet<ast.BasicLit>;
}

/** A package-level declaration (go/types declInfo). */
export interface DeclInfo {
  file: SourceFile;
  /** The file scope of the declaration. */
  fileScope: Scope;
  /** For n:1 variable declarations: all lhs variables; undefined otherwise. */
  lhs: Var[] | undefined;
  /** Type expression, if any. */
  vtyp: ast.Expr | undefined;
  /** Initialization expression, if any. */
  init: ast.Expr | undefined;
  /** Const declaration inherits the previous spec's type and values. */
  inherited: boolean;
  tdecl: ast.TypeSpec | undefined;
  fdecl: ast.FuncDecl | undefined;
  /** Package-level objects this declaration depends on (for init order). */
  deps: Set<Obj>;
  /** Position of the const identifier of an inherited spec (errors go there). */
  errpos?: number;
}

export function newDeclInfo(file: SourceFile, fileScope: Scope): DeclInfo {
  return {
    file, fileScope, lhs: undefined, vtyp: undefined, init: undefined, inherited: false,
    tdecl: undefined, fdecl: undefined, deps: new Set(),
  };
}

/** Expressions whose final (typed) type is not yet known (go/types exprInfo). */
export interface UntypedInfo {
  isLhs: boolean;
  mode: Mode;
  type: Basic;
  val: ConstValue | undefined;
}

interface EnvSnapshot {
  decl: DeclInfo | undefined;
  scope: Scope;
  file: SourceFile;
  iota: ConstValue | undefined;
  errpos: number;
  inTParamList: boolean;
  sig: Signature | undefined;
  isPanic: Set<ast.CallExpr> | undefined;
  hasLabel: boolean;
  hasCallOrRecv: boolean;
}

export class Checker implements TypeSetChecker {
  readonly info: Info;
  readonly diagnostics: Diagnostic[] = [];
  firstErr = false;
  readonly objMap = new Map<Obj, DeclInfo>();
  /** Methods by receiver base type name, until the base type is declared. */
  methods = new Map<TypeName, Func[]>();
  readonly untyped = new Map<ast.Expr, UntypedInfo>();
  private delayed: (() => void)[] = [];
  readonly objPath: Obj[] = [];
  /** Imported packages by path (incl. fake ones for unavailable imports). */
  readonly impMap = new Map<string, Package>();
  /** All PkgNames declared in file scopes (for unused-import errors). */
  readonly imports: PkgName[] = [];
  /** Dot-imported objects per file scope and the PkgName they came through. */
  readonly dotImportMap = new Map<Scope, Map<string, PkgName>>();
  /** All file scopes, in file order. */
  readonly fileScopes: Scope[] = [];
  /** Blank receiver type parameters (`func (l *List[_]) M()`). */
  readonly recvTParamMap = new Map<ast.Ident, TypeParam>();
  /** Literals with lexical errors (already reported by the parser): invalid without a new error. */
  badLiterals: ReadonlySet<ast.BasicLit> | undefined;
  /** Aliases whose type is not yet determined. */
  readonly brokenAliases = new Set<TypeName>();
  readonly ctxt: InstanceContext;
  /** Function declarations without body (reported as `missing function body` when all else is fine). */
  readonly bodyless: ast.FuncDecl[] = [];
  private pkgPathMap: Map<string, Set<string>> | undefined;
  readonly qualifier: Qualifier;

  // environment
  decl: DeclInfo | undefined = undefined;
  scope: Scope;
  file: SourceFile;
  iota: ConstValue | undefined = undefined;
  /** Identifier position of a constant with an inherited initializer, or -1. */
  errpos = -1;
  inTParamList = false;
  sig: Signature | undefined = undefined;
  isPanic: Set<ast.CallExpr> | undefined = undefined;
  hasLabel = false;
  hasCallOrRecv = false;

  constructor(
    readonly pkg: Package,
    readonly files: { source: SourceFile; file: ast.File }[],
    readonly opts: CheckOptions,
  ) {
    this.info = newInfo();
    this.scope = pkg.scope;
    this.file = files.length ? files[0].source : (undefined as unknown as SourceFile);
    this.ctxt = instanceContextFor(this);
    this.qualifier = (p: Package) => this.qualify(p);
  }

  // ---------------------------------------------------------------- environment

  saveEnv(): EnvSnapshot {
    return {
      decl: this.decl, scope: this.scope, file: this.file, iota: this.iota, errpos: this.errpos,
      inTParamList: this.inTParamList, sig: this.sig, isPanic: this.isPanic, hasLabel: this.hasLabel,
      hasCallOrRecv: this.hasCallOrRecv,
    };
  }

  restoreEnv(e: EnvSnapshot): void {
    this.decl = e.decl;
    this.scope = e.scope;
    this.file = e.file;
    this.iota = e.iota;
    this.errpos = e.errpos;
    this.inTParamList = e.inTParamList;
    this.sig = e.sig;
    this.isPanic = e.isPanic;
    this.hasLabel = e.hasLabel;
    this.hasCallOrRecv = e.hasCallOrRecv;
  }

  /** Resets the environment to package level for file `file` with scope `scope`. */
  packageEnv(file: SourceFile, scope: Scope): void {
    this.decl = undefined;
    this.scope = scope;
    this.file = file;
    this.iota = undefined;
    this.errpos = -1;
    this.inTParamList = false;
    this.sig = undefined;
    this.isPanic = undefined;
    this.hasLabel = false;
    this.hasCallOrRecv = false;
  }

  lookup(name: string): Obj | undefined {
    const r = this.scope.lookupParent(name);
    return r ? r[1] : undefined;
  }

  // ---------------------------------------------------------------- delayed actions

  later(f: () => void): void {
    this.delayed.push(f);
  }

  delayedCount(): number {
    return this.delayed.length;
  }

  /** Runs delayed actions from index top on (they may add more), then drops them. */
  processDelayed(top: number): void {
    for (let i = top; i < this.delayed.length; i++) this.delayed[i]();
    this.delayed.length = top;
  }

  push(obj: Obj): number {
    this.objPath.push(obj);
    return this.objPath.length - 1;
  }

  pop(): Obj {
    return this.objPath.pop()!;
  }

  /** Records that the current package-level declaration depends on `to` (for init order). */
  addDeclDep(to: Obj): void {
    const from = this.decl;
    if (from === undefined) return;
    if (!this.objMap.has(to)) return;
    from.deps.add(to);
  }

  // ---------------------------------------------------------------- errors

  /** go/types Checker.qualifier: own package unqualified; ambiguous names by quoted path. */
  qualify(pkg: Package): string {
    if (pkg === this.pkg) return '';
    if (!this.pkgPathMap) {
      this.pkgPathMap = new Map();
      const seen = new Set<Package>();
      const mark = (p: Package): void => {
        if (seen.has(p)) return;
        seen.add(p);
        let s = this.pkgPathMap!.get(p.name);
        if (!s) this.pkgPathMap!.set(p.name, (s = new Set()));
        s.add(p.path);
        for (const q of p.imports) mark(q);
      };
      mark(this.pkg);
    }
    const paths = this.pkgPathMap.get(pkg.name);
    if (paths && paths.size > 1) return JSON.stringify(pkg.path);
    return pkg.name;
  }

  /** A type as gc prints it in messages (qualified by package name where needed). */
  typeString(t: Type): string {
    return typeStringOf(t, this.qualifier);
  }

  /** An operand as gc describes it in messages: `x (variable of type int)`. */
  opString(x: Operand): string {
    return operandString(x, this.qualifier);
  }

  newError(): ErrorBuilder {
    return new ErrorBuilder(this);
  }

  error(at: At, msg: string): void {
    this.newError().addf(at, msg).report();
  }

  softError(at: At, msg: string): void {
    const e = this.newError();
    e.soft = true;
    e.addf(at, msg).report();
  }

  /** TypeSetChecker: report at an explicit position with continuation lines. */
  reportAt(file: SourceFile | undefined, pos: number, msg: string,
    extra?: { file: SourceFile | undefined; pos: number; msg: string }[]): void {
    const e = this.newError();
    e.addAt(file ?? this.file, pos, msg);
    if (extra) for (const x of extra) e.addAt(x.file ?? this.file, x.pos, x.msg);
    e.report();
  }

  /** Called by ErrorBuilder.report with the final message. */
  handleError(file: SourceFile, offset: number, msg: string, soft: boolean): void {
    if (this.errpos >= 0 && this.decl) {
      // Errors in an inherited constant initializer are reported at the constant.
      file = this.decl.file;
      offset = this.errpos;
    }
    this.firstErr = true;
    this.diagnostics.push({ file, offset, message: msg, soft: soft || undefined });
  }

  // ---------------------------------------------------------------- recording

  record(x: Operand): void {
    let typ: Type;
    let val: ConstValue | undefined;
    switch (x.mode) {
      case Mode.Invalid: typ = invalidType; break;
      case Mode.NoValue: typ = emptyTuple; break;
      case Mode.Constant: typ = x.type; val = x.val; break;
      default: typ = x.type;
    }
    const e = x.expr!;
    if (isUntyped(typ)) {
      this.untyped.set(e, { isLhs: false, mode: x.mode, type: typ as Basic, val });
    } else {
      this.recordTypeAndValue(e, x.mode, typ, val);
    }
  }

  recordTypeAndValue(e: ast.Expr, mode: Mode, typ: Type, val: ConstValue | undefined): void {
    if (mode === Mode.Invalid) return;
    const tv: TypeAndValue = { mode, type: typ, value: mode === Mode.Constant ? val : undefined };
    this.info.types.set(e, tv);
  }

  /** Records the final types of all remaining untyped expressions (their default types are not applied). */
  recordUntyped(): void {
    for (const [e, info] of this.untyped) {
      this.recordTypeAndValue(e, info.mode, info.type, info.val);
    }
  }

  /** Comma-ok expressions are recorded with a (T, bool) tuple type, also on enclosing parens. */
  recordCommaOkTypes(e: ast.Expr, a: [Operand, Operand]): void {
    const t0 = a[0].type;
    const t1 = a[1].type;
    if (t0 === undefined || t1 === undefined) return;
    let x = e;
    for (;;) {
      const tv = this.info.types.get(x);
      if (!tv) break;
      const v0 = makeVar(t0);
      const v1 = makeVar(t1);
      tv.type = new Tuple([v0, v1]);
      if (x.kind !== 'ParenExpr') break;
      x = x.x;
    }
  }

  recordBuiltinType(f: ast.Expr, sig: Signature): void {
    let e = f;
    for (;;) {
      this.recordTypeAndValue(e, Mode.Builtin, sig, undefined);
      if (e.kind !== 'ParenExpr') break;
      e = e.x;
    }
  }

  recordDef(id: ast.Ident, obj: Obj | undefined): void {
    this.info.defs.set(id, obj);
  }

  recordUse(id: ast.Ident, obj: Obj): void {
    this.info.uses.set(id, obj);
  }

  recordImplicit(node: ast.Node, obj: Obj): void {
    this.info.implicits.set(node, obj);
  }

  recordSelection(x: ast.SelectorExpr, kind: SelectionKind, recv: Type, obj: Var | Func, index: number[], indirect: boolean, type: Type): void {
    const sel: Selection = { kind, recv, obj, index, indirect, type };
    this.info.selections.set(x, sel);
    this.recordUse(x.sel, obj);
  }

  recordScope(node: ast.Node, scope: Scope): void {
    this.info.scopes.set(node, scope);
  }

  recordInstance(e: ast.Expr, targs: Type[], typ: Type): void {
    const ident = instantiatedIdent(e);
    if (ident) {
      const inst: Instance = { typeArgs: targs, type: typ };
      this.info.instances.set(ident, inst);
    }
  }

  // ---------------------------------------------------------------- driver

  checkFiles(): void {
    // Cycles in chains of defined types (type A B; type B A) are found when the
    // underlying type is first needed (types.ts namedUnder); report them here.
    const savedReporter = reportNamedCycle;
    setNamedCycleReporter((cycle) => {
      if (cycle.every((n) => n.obj.pkg === this.pkg)) cycleError(this, cycle.map((n) => n.obj));
    });
    try {
      this.initFiles();
      collectObjects(this);
      packageObjects(this);
      this.processDelayed(0);
      initOrder(this);
      unusedImports(this);
      this.recordUntyped();
      if (!this.opts.isApiPackage) reportMissingBodies(this);
      this.pkg.complete = true;
    } finally {
      setNamedCycleReporter(savedReporter);
    }
  }

  private initFiles(): void {
    // Package names must agree (the first file determines the package name).
    let name = this.pkg.name;
    for (const { source, file } of this.files) {
      if (name === '' || name === '_') {
        if (file.name.name === '_') {
          this.file = source;
          this.error(file.name, 'invalid package name _');
          continue;
        }
        name = file.name.name;
        this.pkg.name = name;
      } else if (file.name.name !== name) {
        this.file = source;
        this.error(file.name, `package ${file.name.name}; expected package ${name}`);
      }
    }
  }

}

function makeVar(t: Type): Var {
  return new VarCtor(-1, undefined, undefined, '', t);
}

/** The identifier of a (possibly qualified, possibly indexed) generic function or type expression. */
function instantiatedIdent(e: ast.Expr): ast.Ident | undefined {
  let x = e;
  if (x.kind === 'IndexExpr') x = x.x;
  if (x.kind === 'SelectorExpr') return x.sel;
  if (x.kind === 'Ident') return x;
  return undefined;
}

/**
 * Type-checks one package (go/types Config.Check). Errors come back as
 * diagnostics in report order (formatDiagnostics sorts and truncates them).
 */
export function checkPackage(
  path: string,
  files: { source: SourceFile; file: ast.File }[],
  opts: CheckOptions,
): { pkg: Package; info: Info; diagnostics: Diagnostic[] } {
  const pkg = newPackage(path, '');
  const check = new Checker(pkg, files, opts);
  check.badLiterals = opts.badLiterals;
  check.checkFiles();
  return { pkg, info: check.info, diagnostics: check.diagnostics };
}

export function newPackage(path: string, name: string): Package {
  return new PackageCtor(path, name, Universe);
}
