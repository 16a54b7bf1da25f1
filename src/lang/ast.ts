// The Go syntax tree, modelled on go/ast. Every node carries `pos` and `end`:
// UTF-16 offsets into its file's text (see source.ts for line/column).
// Nodes are plain objects discriminated by `kind`, so they are cheap to build
// and easy to switch over; the checker keeps its facts in side tables keyed by
// node (like go/types.Info), never on the nodes themselves.

export interface NodeBase {
  pos: number;
  end: number;
}

// ---------------------------------------------------------------- expressions

export interface Ident extends NodeBase { kind: 'Ident'; name: string }
export interface BadExpr extends NodeBase { kind: 'BadExpr' }

export type LitKind = 'INT' | 'FLOAT' | 'IMAG' | 'CHAR' | 'STRING';
/** `value` is the literal's source text, e.g. `0x_1F`, `'\n'`, "`raw`". */
export interface BasicLit extends NodeBase { kind: 'BasicLit'; litKind: LitKind; value: string }

/** `T{...}`; `type` is undefined for elided inner literals (`[]P{{1, 2}}`). */
export interface CompositeLit extends NodeBase {
  kind: 'CompositeLit'; type: Expr | undefined; lbrace: number; elts: Expr[]; rbrace: number;
}
export interface FuncLit extends NodeBase { kind: 'FuncLit'; type: FuncType; body: BlockStmt }
export interface ParenExpr extends NodeBase { kind: 'ParenExpr'; x: Expr }
export interface SelectorExpr extends NodeBase { kind: 'SelectorExpr'; x: Expr; sel: Ident }
/** `x[i]`, and generic instantiation `f[int, string]` (go/ast's IndexListExpr). */
export interface IndexExpr extends NodeBase { kind: 'IndexExpr'; x: Expr; lbrack: number; indices: Expr[]; rbrack: number }
export interface SliceExpr extends NodeBase {
  kind: 'SliceExpr'; x: Expr; lbrack: number;
  low: Expr | undefined; high: Expr | undefined; max: Expr | undefined; slice3: boolean; rbrack: number;
}
/** `x.(T)`; `type` is undefined for `x.(type)` in a type switch guard. */
export interface TypeAssertExpr extends NodeBase { kind: 'TypeAssertExpr'; x: Expr; type: Expr | undefined; lparen: number }
/** `ellipsis` is the offset of `...` in `f(xs...)`, or -1. */
export interface CallExpr extends NodeBase {
  kind: 'CallExpr'; fun: Expr; lparen: number; args: Expr[]; ellipsis: number; rparen: number;
}
/** `*x`: dereference or pointer type, depending on context. */
export interface StarExpr extends NodeBase { kind: 'StarExpr'; x: Expr }

export type UnaryOp = '+' | '-' | '!' | '^' | '&' | '<-' | '~';
/** `~` appears only in constraint type sets. */
export interface UnaryExpr extends NodeBase { kind: 'UnaryExpr'; op: UnaryOp; opPos: number; x: Expr }

export type BinaryOp =
  | '||' | '&&'
  | '==' | '!=' | '<' | '<=' | '>' | '>='
  | '+' | '-' | '|' | '^'
  | '*' | '/' | '%' | '<<' | '>>' | '&' | '&^';
/** `|` also forms type-set unions in interfaces. */
export interface BinaryExpr extends NodeBase { kind: 'BinaryExpr'; op: BinaryOp; opPos: number; x: Expr; y: Expr }
export interface KeyValueExpr extends NodeBase { kind: 'KeyValueExpr'; key: Expr; colon: number; value: Expr }

// ---------------------------------------------------------------- types

/** `[N]T`, `[...]T` (len is an Ellipsis) or `[]T` (len undefined). */
export interface ArrayType extends NodeBase { kind: 'ArrayType'; len: Expr | undefined; elt: Expr }
/** `...T` of a variadic parameter, or the `...` of `[...]T` (elt undefined). */
export interface Ellipsis extends NodeBase { kind: 'Ellipsis'; elt: Expr | undefined }
export interface StructType extends NodeBase { kind: 'StructType'; fields: FieldList }
export interface FuncType extends NodeBase {
  kind: 'FuncType'; func: number; // offset of `func`, or -1 in method specs and declarations
  typeParams: FieldList | undefined; params: FieldList; results: FieldList | undefined;
}
/**
 * Interface elements: a Field with one name and a FuncType is a method; a Field
 * without names is an embedded element (a type name, `~T`, or a union `A | ~B`).
 */
export interface InterfaceType extends NodeBase { kind: 'InterfaceType'; methods: FieldList }
export interface MapType extends NodeBase { kind: 'MapType'; key: Expr; value: Expr }
export type ChanDir = 'both' | 'send' | 'recv';
export interface ChanType extends NodeBase { kind: 'ChanType'; dir: ChanDir; arrow: number; value: Expr }

export type Expr =
  | Ident | BadExpr | BasicLit | CompositeLit | FuncLit | ParenExpr | SelectorExpr
  | IndexExpr | SliceExpr | TypeAssertExpr | CallExpr | StarExpr | UnaryExpr
  | BinaryExpr | KeyValueExpr
  | ArrayType | Ellipsis | StructType | FuncType | InterfaceType | MapType | ChanType;

/** A struct field, parameter, result, type parameter or interface element. */
export interface Field extends NodeBase {
  kind: 'Field'; names: Ident[]; type: Expr; tag: BasicLit | undefined;
}
/** `opening`/`closing` are offsets of the brackets, or -1 when absent (a lone result type). */
export interface FieldList extends NodeBase { kind: 'FieldList'; opening: number; list: Field[]; closing: number }

// ---------------------------------------------------------------- statements

export interface BadStmt extends NodeBase { kind: 'BadStmt' }
export interface DeclStmt extends NodeBase { kind: 'DeclStmt'; decl: GenDecl }
/** `implicit` when the `;` was inserted by the scanner or missing before `}`. */
export interface EmptyStmt extends NodeBase { kind: 'EmptyStmt'; implicit: boolean }
export interface LabeledStmt extends NodeBase { kind: 'LabeledStmt'; label: Ident; stmt: Stmt }
export interface ExprStmt extends NodeBase { kind: 'ExprStmt'; x: Expr }
export interface SendStmt extends NodeBase { kind: 'SendStmt'; chan: Expr; arrow: number; value: Expr }
export interface IncDecStmt extends NodeBase { kind: 'IncDecStmt'; x: Expr; tok: '++' | '--'; tokPos: number }
export type AssignTok =
  | '=' | ':='
  | '+=' | '-=' | '*=' | '/=' | '%=' | '&=' | '|=' | '^=' | '<<=' | '>>=' | '&^=';
export interface AssignStmt extends NodeBase { kind: 'AssignStmt'; lhs: Expr[]; tok: AssignTok; tokPos: number; rhs: Expr[] }
export interface GoStmt extends NodeBase { kind: 'GoStmt'; call: CallExpr }
export interface DeferStmt extends NodeBase { kind: 'DeferStmt'; call: CallExpr }
export interface ReturnStmt extends NodeBase { kind: 'ReturnStmt'; results: Expr[] }
export interface BranchStmt extends NodeBase {
  kind: 'BranchStmt'; tok: 'break' | 'continue' | 'goto' | 'fallthrough'; label: Ident | undefined;
}
export interface BlockStmt extends NodeBase { kind: 'BlockStmt'; lbrace: number; list: Stmt[]; rbrace: number }
export interface IfStmt extends NodeBase {
  kind: 'IfStmt'; init: Stmt | undefined; cond: Expr; body: BlockStmt; else: IfStmt | BlockStmt | undefined;
}
/** `list` is undefined for `default:`. */
export interface CaseClause extends NodeBase { kind: 'CaseClause'; list: Expr[] | undefined; colon: number; body: Stmt[] }
export interface SwitchStmt extends NodeBase {
  kind: 'SwitchStmt'; init: Stmt | undefined; tag: Expr | undefined; lbrace: number; clauses: CaseClause[]; rbrace: number;
}
/**
 * `switch [init;] [v :=] x.(type) {...}`: `assign` is an ExprStmt holding the
 * TypeAssertExpr, or an AssignStmt (`:=`) whose single rhs is that TypeAssertExpr.
 */
export interface TypeSwitchStmt extends NodeBase {
  kind: 'TypeSwitchStmt'; init: Stmt | undefined; assign: ExprStmt | AssignStmt; lbrace: number; clauses: CaseClause[]; rbrace: number;
}
/**
 * `case ch <- v:` (SendStmt), `case <-ch:` (ExprStmt), `case v[, ok] = / := <-ch:`
 * (AssignStmt); `comm` undefined for `default:`.
 */
export interface CommClause extends NodeBase {
  kind: 'CommClause'; comm: SendStmt | ExprStmt | AssignStmt | undefined; colon: number; body: Stmt[];
}
export interface SelectStmt extends NodeBase { kind: 'SelectStmt'; lbrace: number; clauses: CommClause[]; rbrace: number }
export interface ForStmt extends NodeBase {
  kind: 'ForStmt'; init: Stmt | undefined; cond: Expr | undefined; post: Stmt | undefined; body: BlockStmt;
}
/** `for [key[, value] (:= | =)] range x`; tok is undefined when there is no key. */
export interface RangeStmt extends NodeBase {
  kind: 'RangeStmt'; key: Expr | undefined; value: Expr | undefined; tok: ':=' | '=' | undefined; tokPos: number;
  x: Expr; body: BlockStmt;
}

export type Stmt =
  | BadStmt | DeclStmt | EmptyStmt | LabeledStmt | ExprStmt | SendStmt | IncDecStmt
  | AssignStmt | GoStmt | DeferStmt | ReturnStmt | BranchStmt | BlockStmt | IfStmt
  | CaseClause | SwitchStmt | TypeSwitchStmt | CommClause | SelectStmt | ForStmt | RangeStmt;

// ---------------------------------------------------------------- declarations

export interface ImportSpec extends NodeBase { kind: 'ImportSpec'; name: Ident | undefined; path: BasicLit }
/** `iota` is the spec's index within its const group (0 outside groups). */
export interface ValueSpec extends NodeBase {
  kind: 'ValueSpec'; names: Ident[]; type: Expr | undefined; values: Expr[]; iota: number;
}
/** `assign` is the offset of `=` for an alias declaration, else -1. */
export interface TypeSpec extends NodeBase {
  kind: 'TypeSpec'; name: Ident; typeParams: FieldList | undefined; assign: number; type: Expr;
}
export type Spec = ImportSpec | ValueSpec | TypeSpec;

/** `lparen` is -1 for an ungrouped declaration. */
export interface GenDecl extends NodeBase {
  kind: 'GenDecl'; tok: 'import' | 'const' | 'type' | 'var'; lparen: number; specs: Spec[]; rparen: number;
}
/** `body` is undefined for a declaration without body (implemented outside Go). */
export interface FuncDecl extends NodeBase {
  kind: 'FuncDecl'; recv: FieldList | undefined; name: Ident; type: FuncType; body: BlockStmt | undefined;
}
export interface BadDecl extends NodeBase { kind: 'BadDecl' }
export type Decl = GenDecl | FuncDecl | BadDecl;

export interface File extends NodeBase {
  kind: 'File';
  /** The file's name as given to the parser (`prog.go`). */
  filename: string;
  package: number;
  name: Ident;
  decls: Decl[];
  imports: ImportSpec[];
}

export type Node = Expr | Stmt | Spec | Decl | Field | FieldList | File;
