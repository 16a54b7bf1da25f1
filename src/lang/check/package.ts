// Packages and the facts the checker records about a package's syntax trees,
// mirroring go/types/package.go and go/types/api.go (Info, TypeAndValue,
// Selection, Instance, Initializer). The compiler is written against Info.

import type * as ast from '../ast.js';
import type { ConstValue } from './constvalue.js';
import type { Func, Obj, Var } from './objects.js';
import { Scope } from './scope.js';
import type { Type } from './types.js';

export class Package {
  readonly scope: Scope;
  /** Directly imported packages, in import order. */
  imports: Package[] = [];
  /** Set once the package is completely type-checked. */
  complete = false;
  /** A placeholder for a package that could not be imported (lookups fail silently). */
  fake = false;
  constructor(readonly path: string, public name: string, universe: Scope | undefined) {
    this.scope = new Scope(universe, 0, 0, `package ${path}`);
  }
}

/**
 * Operand modes (go/types operandMode), also used in TypeAndValue.mode.
 * Order matters: modes >= Variable denote values.
 */
export enum Mode {
  Invalid,
  NoValue,
  Builtin,
  TypExpr,
  Constant,
  Variable,
  MapIndex,
  Value,
  NilValue,
  CommaOk,
  CommaErr,
}

/**
 * What the checker knows about an expression (go/types.TypeAndValue): its mode,
 * its final type (untyped constants get their context's type, or their default
 * type), and for constants the value (representable in `type`).
 */
export interface TypeAndValue {
  mode: Mode;
  type: Type;
  value?: ConstValue;
}

export enum SelectionKind {
  /** x.f is a struct field selector. */
  FieldVal,
  /** x.f is a method selector (method value). */
  MethodVal,
  /** T.f is a method expression. */
  MethodExpr,
}

/**
 * A selector x.f (go/types.Selection). `index` is the path of field indices
 * through embedded fields (the last entry selects f itself: a field index, or
 * the method's index in its receiver base type's method list); `indirect` is
 * true when a pointer indirection was needed to reach f (through an embedded
 * pointer, or an implicit `(*x).f`).
 */
export interface Selection {
  kind: SelectionKind;
  /** The type of x (for MethodExpr, the type T). */
  recv: Type;
  obj: Var | Func;
  index: number[];
  indirect: boolean;
  /** The type of x.f: field type, method value signature, or method expression signature. */
  type: Type;
}

/** The type arguments and instantiated type of a generic function or type use. */
export interface Instance {
  typeArgs: Type[];
  type: Type;
}

/** A package-level variable initialization `lhs = rhs` (go/types.Initializer). */
export interface Initializer {
  lhs: Var[];
  rhs: ast.Expr;
}

/**
 * The checker's side tables, keyed by syntax node (go/types.Info):
 * - types: every expression (and type expression) with its mode, type and
 *   constant value; for comma-ok expressions (`v, ok := m[k]`, `<-ch`, `x.(T)`)
 *   the recorded type is a 2-Tuple (value, bool).
 * - defs: identifiers that declare objects, incl. fields, methods, parameters
 *   and `_` declarations; the value is undefined for the package name, for a
 *   blank identifier on the left of `=`, and for the symbolic variable of a
 *   type switch guard (`switch t := x.(type)`: see implicits);
 * - uses: identifiers that denote objects (also the selector of `pkg.Name`
 *   and of field/method selectors, and redeclared names in `:=`);
 * - implicits: objects without an identifier of their own: the PkgName of an
 *   import spec without a name (key: ImportSpec), the Var of a type switch
 *   clause (key: CaseClause), and anonymous parameters/results (key: Field);
 * - selections: selector expressions other than qualified identifiers;
 * - instances: identifiers denoting generic functions or types that were
 *   instantiated (explicitly or by inference), with type arguments and the
 *   instantiated type; the call's `fun` expression is also recorded in types
 *   with the instantiated signature;
 * - scopes: File, FuncType (function scope incl. receiver and params; for a
 *   FuncLit the key is its FuncType), BlockStmt, IfStmt, SwitchStmt,
 *   TypeSwitchStmt, CaseClause, CommClause, ForStmt, RangeStmt, TypeSpec of a
 *   generic type (its type parameters);
 * - initOrder: package-level variable initializers in execution order;
 * - funcDecls: the Func object of every function and method declaration.
 * Labels are not resolved to objects (gc checks branches in its parser).
 * Built-in function calls record the call's `fun` with a Signature of the
 * argument types (mode Builtin); conversions record `fun` as a type (TypExpr).
 */
export interface Info {
  types: Map<ast.Expr, TypeAndValue>;
  defs: Map<ast.Ident, Obj | undefined>;
  uses: Map<ast.Ident, Obj>;
  implicits: Map<ast.Node, Obj>;
  selections: Map<ast.SelectorExpr, Selection>;
  instances: Map<ast.Ident, Instance>;
  scopes: Map<ast.Node, Scope>;
  initOrder: Initializer[];
  /** Methods and functions declared in the package, in source order (incl. bodies for the compiler). */
  funcDecls: Map<ast.FuncDecl, Func>;
}

export function newInfo(): Info {
  return {
    types: new Map(),
    defs: new Map(),
    uses: new Map(),
    implicits: new Map(),
    selections: new Map(),
    instances: new Map(),
    scopes: new Map(),
    initOrder: [],
    funcDecls: new Map(),
  };
}
