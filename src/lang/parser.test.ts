import { describe, expect, it } from 'vitest';
import type * as ast from './ast.js';
import { dumpNode } from './astDump.js';
import { formatDiagnostics } from './diagnostics.js';
import { parseExprText, parseText } from './parser.js';

function messages(src: string): string[] {
  return parseText(src).diagnostics.map((d) => d.message);
}

/** Dump of one expression, via parseExprText; fails on any diagnostic. */
function expr(src: string): string {
  const r = parseExprText(src);
  expect(r.result.diagnostics.map((d) => d.message)).toEqual([]);
  return dumpNode(r.expr);
}

/** Dumps of the statements of a function body; fails on any diagnostic. */
function stmts(src: string): string {
  const r = parseText('package p\nfunc _() {\n' + src + '\n}\n');
  expect(r.diagnostics.map((d) => d.message)).toEqual([]);
  const f = r.file.decls[0] as ast.FuncDecl;
  return (f.body as ast.BlockStmt).list.map((s) => dumpNode(s)).join(' ');
}

/** Dumps of the declarations after a package clause; fails on any diagnostic. */
function decls(src: string): string {
  const r = parseText('package p\n' + src + '\n');
  expect(r.diagnostics.map((d) => d.message)).toEqual([]);
  return r.file.decls.map((d) => dumpNode(d)).join(' ');
}

describe('parser: expressions (spec: Expressions)', () => {
  // [source, tree]; precedence, literals, composite literals with elided
  // types, conversions, method expressions, instantiations, slices.
  const cases: [string, string][] = [
  ["x","x"],
  ["1_000","1_000"],
  ["0x1p-2","0x1p-2"],
  ["1i","1i"],
  ["'\\n'","'\\n'"],
  ["`raw`","`raw`"],
  ["a + b * c","(BinaryExpr + a (BinaryExpr * b c))"],
  ["a * b + c","(BinaryExpr + (BinaryExpr * a b) c)"],
  ["a || b && c == d","(BinaryExpr || a (BinaryExpr && b (BinaryExpr == c d)))"],
  ["a << 1 | b &^ c","(BinaryExpr | (BinaryExpr << a 1) (BinaryExpr &^ b c))"],
  ["-x","(UnaryExpr - x)"],
  ["!ok","(UnaryExpr ! ok)"],
  ["^m","(UnaryExpr ^ m)"],
  ["*p","(StarExpr p)"],
  ["&x","(UnaryExpr & x)"],
  ["<-ch","(UnaryExpr <- ch)"],
  ["<-<-ch","(UnaryExpr <- (UnaryExpr <- ch))"],
  ["+x - -y","(BinaryExpr - (UnaryExpr + x) (UnaryExpr - y))"],
  ["f()","(CallExpr f [])"],
  ["f(a, b...)","(CallExpr f [a b] ...)"],
  ["f(a,)","(CallExpr f [a])"],
  ["x.y.z","(SelectorExpr (SelectorExpr x y) z)"],
  ["x[i]","(IndexExpr x [i])"],
  ["x[i:j]","(SliceExpr x i j _ false)"],
  ["x[:j]","(SliceExpr x _ j _ false)"],
  ["x[i:]","(SliceExpr x i _ _ false)"],
  ["x[:]","(SliceExpr x _ _ _ false)"],
  ["x[i:j:k]","(SliceExpr x i j k true)"],
  ["x.(T)","(TypeAssertExpr x T)"],
  ["x.(*T)","(TypeAssertExpr x (StarExpr T))"],
  ["T{}","(CompositeLit T [])"],
  ["T{1, 2}","(CompositeLit T [1 2])"],
  ["T{a: 1, b: 2}","(CompositeLit T [(KeyValueExpr a 1) (KeyValueExpr b 2)])"],
  ["[]int{1, 2}","(CompositeLit (ArrayType _ int) [1 2])"],
  ["[...]int{1, 2}","(CompositeLit (ArrayType (Ellipsis _) int) [1 2])"],
  ["[][]int{{1}, {2}}","(CompositeLit (ArrayType _ (ArrayType _ int)) [(CompositeLit _ [1]) (CompositeLit _ [2])])"],
  ["map[string]int{\"a\": 1}","(CompositeLit (MapType string int) [(KeyValueExpr \"a\" 1)])"],
  ["[]P{{1, 2}, {X: 3}}","(CompositeLit (ArrayType _ P) [(CompositeLit _ [1 2]) (CompositeLit _ [(KeyValueExpr X 3)])])"],
  ["map[K]V{{1}: {2}}","(CompositeLit (MapType K V) [(KeyValueExpr (CompositeLit _ [1]) (CompositeLit _ [2]))])"],
  ["&T{}","(UnaryExpr & (CompositeLit T []))"],
  ["pkg.T{}","(CompositeLit (SelectorExpr pkg T) [])"],
  ["struct{ x int }{1}","(CompositeLit (StructType [(Field [x] int)]) [1])"],
  ["func(x int) int { return x }","(FuncLit (FuncType _ [(Field [x] int)] [(Field [] int)]) (BlockStmt [(ReturnStmt [x])]))"],
  ["func() {}","(FuncLit (FuncType _ [] _) (BlockStmt []))"],
  ["[]int(x)","(CallExpr (ArrayType _ int) [x])"],
  ["(*T).M","(SelectorExpr (ParenExpr (StarExpr T)) M)"],
  ["T.M","(SelectorExpr T M)"],
  ["(T)(x)","(CallExpr (ParenExpr T) [x])"],
  ["chan int(nil)","(CallExpr (ChanType both int) [nil])"],
  ["(<-chan int)(c)","(CallExpr (ParenExpr (ChanType recv int)) [c])"],
  ["interface{}(x)","(CallExpr (InterfaceType []) [x])"],
  ["f[int]","(IndexExpr f [int])"],
  ["f[int, string](x)","(CallExpr (IndexExpr f [int string]) [x])"],
  ["m[K, V]","(IndexExpr m [K V])"],
  ["List[int]{}","(CompositeLit (IndexExpr List [int]) [])"],
  ["x[i,]","(IndexExpr x [i])"],
  ["a[1:2] == b","(BinaryExpr == (SliceExpr a 1 2 _ false) b)"],
  ["x.(type)","(TypeAssertExpr x _)"],
  ["(a)","(ParenExpr a)"],
  ["func(a, b int, c ...string) (r int, err error) {}","(FuncLit (FuncType _ [(Field [a b] int) (Field [c] (Ellipsis string))] [(Field [r] int) (Field [err] error)]) (BlockStmt []))"]
  ];
  it.each(cases)('%s', (src, want) => {
    expect(expr(src)).toBe(want);
  });
});

describe('parser: statements (spec: Statements)', () => {
  const cases: [string, string][] = [
  ["x := 1","(AssignStmt [x] := [1])"],
  ["a, b = b, a","(AssignStmt [a b] = [b a])"],
  ["x += 2","(AssignStmt [x] += [2])"],
  ["x <<= 1","(AssignStmt [x] <<= [1])"],
  ["x &^= m","(AssignStmt [x] &^= [m])"],
  ["i++","(IncDecStmt i ++)"],
  ["j--","(IncDecStmt j --)"],
  ["ch <- v","(SendStmt ch v)"],
  ["f()","(ExprStmt (CallExpr f []))"],
  ["<-ch","(ExprStmt (UnaryExpr <- ch))"],
  ["var x int","(DeclStmt (GenDecl var [(ValueSpec [x] int [] 0)]))"],
  ["var a, b = 1, 2","(DeclStmt (GenDecl var [(ValueSpec [a b] _ [1 2] 0)]))"],
  ["const c = iota","(DeclStmt (GenDecl const [(ValueSpec [c] _ [iota] 0)]))"],
  ["type T int","(DeclStmt (GenDecl type [(TypeSpec T _ int)]))"],
  [";","(EmptyStmt)"],
  ["{ x++ }","(BlockStmt [(IncDecStmt x ++)])"],
  ["L: for { break L }","(LabeledStmt L (ForStmt _ _ _ (BlockStmt [(BranchStmt break L)])))"],
  ["goto L\nL:","(BranchStmt goto L) (LabeledStmt L (EmptyStmt implicit))"],
  ["go f(x)","(GoStmt (CallExpr f [x]))"],
  ["defer mu.Unlock()","(DeferStmt (CallExpr (SelectorExpr mu Unlock) []))"],
  ["return","(ReturnStmt [])"],
  ["return x, err","(ReturnStmt [x err])"],
  ["if x { }","(IfStmt _ x (BlockStmt []) _)"],
  ["if x := f(); x > 0 { } else if y { } else { }","(IfStmt (AssignStmt [x] := [(CallExpr f [])]) (BinaryExpr > x 0) (BlockStmt []) (IfStmt _ y (BlockStmt []) (BlockStmt [])))"],
  ["if v, ok := m[k]; ok { }","(IfStmt (AssignStmt [v ok] := [(IndexExpr m [k])]) ok (BlockStmt []) _)"],
  ["if (T{}) == x { }","(IfStmt _ (BinaryExpr == (ParenExpr (CompositeLit T [])) x) (BlockStmt []) _)"],
  ["if x == (T{}) { }","(IfStmt _ (BinaryExpr == x (ParenExpr (CompositeLit T []))) (BlockStmt []) _)"],
  ["for { }","(ForStmt _ _ _ (BlockStmt []))"],
  ["for x < 10 { }","(ForStmt _ (BinaryExpr < x 10) _ (BlockStmt []))"],
  ["for i := 0; i < n; i++ { }","(ForStmt (AssignStmt [i] := [0]) (BinaryExpr < i n) (IncDecStmt i ++) (BlockStmt []))"],
  ["for ; ; { }","(ForStmt _ _ _ (BlockStmt []))"],
  ["for i := 0; ; { }","(ForStmt (AssignStmt [i] := [0]) _ _ (BlockStmt []))"],
  ["for range ch { }","(RangeStmt _ _ _ ch (BlockStmt []))"],
  ["for i := range 10 { }","(RangeStmt i _ := 10 (BlockStmt []))"],
  ["for k, v := range m { }","(RangeStmt k v := m (BlockStmt []))"],
  ["for _, v = range s { }","(RangeStmt _ v = s (BlockStmt []))"],
  ["for k := range []T{} { }","(RangeStmt k _ := (CompositeLit (ArrayType _ T) []) (BlockStmt []))"],
  ["switch { }","(SwitchStmt _ _ [])"],
  ["switch x { case 1, 2: f(); fallthrough; case 3: default: g() }","(SwitchStmt _ x [(CaseClause [1 2] [(ExprStmt (CallExpr f [])) (BranchStmt fallthrough)]) (CaseClause [3] []) (CaseClause _ [(ExprStmt (CallExpr g []))])])"],
  ["switch x := f(); x { }","(SwitchStmt (AssignStmt [x] := [(CallExpr f [])]) x [])"],
  ["switch x := y.(type) { case int, string: case nil: default: }","(TypeSwitchStmt _ (AssignStmt [x] := [(TypeAssertExpr y _)]) [(CaseClause [int string] []) (CaseClause [nil] []) (CaseClause _ [])])"],
  ["switch y.(type) { }","(TypeSwitchStmt _ (ExprStmt (TypeAssertExpr y _)) [])"],
  ["switch s := 1; v := x.(type) { }","(TypeSwitchStmt (AssignStmt [s] := [1]) (AssignStmt [v] := [(TypeAssertExpr x _)]) [])"],
  ["select { case v := <-ch: f(v); case v, ok = <-ch: case ch <- 1: case <-done: return; default: }","(SelectStmt [(CommClause (AssignStmt [v] := [(UnaryExpr <- ch)]) [(ExprStmt (CallExpr f [v]))]) (CommClause (AssignStmt [v ok] = [(UnaryExpr <- ch)]) []) (CommClause (SendStmt ch 1) []) (CommClause (ExprStmt (UnaryExpr <- done)) [(ReturnStmt [])]) (CommClause _ [])])"],
  ["for { continue }","(ForStmt _ _ _ (BlockStmt [(BranchStmt continue)]))"],
  ["L: switch { case true: break L }","(LabeledStmt L (SwitchStmt _ _ [(CaseClause [true] [(BranchStmt break L)])]))"],
  ["x.y = 1","(AssignStmt [(SelectorExpr x y)] = [1])"],
  ["*p = 3","(AssignStmt [(StarExpr p)] = [3])"],
  ["m[k], ok = v, true","(AssignStmt [(IndexExpr m [k]) ok] = [v true])"],
  ["f(func() { x++ })","(ExprStmt (CallExpr f [(FuncLit (FuncType _ [] _) (BlockStmt [(IncDecStmt x ++)]))]))"]
  ];
  it.each(cases)('%j', (src, want) => {
    expect(stmts(src)).toBe(want);
  });
});

describe('parser: declarations (spec: Declarations and scope)', () => {
  // Includes gc's resolution of `type A[N] int` (array) versus a type
  // parameter list (syntax/parser.go: typeDecl, extractName).
  const cases: [string, string][] = [
  ["import \"fmt\"","(GenDecl import [(ImportSpec _ \"fmt\")])"],
  ["import (\n\t\"fmt\"\n\tstr \"strings\"\n\t_ \"embed\"\n\t. \"math\"\n)","(GenDecl import [(ImportSpec _ \"fmt\") (ImportSpec str \"strings\") (ImportSpec _ \"embed\") (ImportSpec . \"math\")])"],
  ["const (\n\tA = iota\n\tB\n\tC, D = iota, 2 * iota\n\t_\n)","(GenDecl const [(ValueSpec [A] _ [iota] 0) (ValueSpec [B] _ [] 1) (ValueSpec [C D] _ [iota (BinaryExpr * 2 iota)] 2) (ValueSpec [_] _ [] 3)])"],
  ["const x, y int = 1, 2","(GenDecl const [(ValueSpec [x y] int [1 2] 0)])"],
  ["var (\n\tx int\n\ty = 2\n)","(GenDecl var [(ValueSpec [x] int [] 0) (ValueSpec [y] _ [2] 0)])"],
  ["type A = B","(GenDecl type [(TypeSpec A _ = B)])"],
  ["type A[N] int","(GenDecl type [(TypeSpec A _ (ArrayType N int))])"],
  ["type A[N * M] int","(GenDecl type [(TypeSpec A _ (ArrayType (BinaryExpr * N M) int))])"],
  ["type List[T any] struct {\n\tnext *List[T]\n\tval T\n}","(GenDecl type [(TypeSpec List [(Field [T] any)] (StructType [(Field [next] (StarExpr (IndexExpr List [T]))) (Field [val] T)]))])"],
  ["type M[K comparable, V any] map[K]V","(GenDecl type [(TypeSpec M [(Field [K] comparable) (Field [V] any)] (MapType K V))])"],
  ["type P[T *C] struct{}","(GenDecl type [(TypeSpec P _ (ArrayType (BinaryExpr * T C) (StructType [])))])"],
  ["type P[T *C,] struct{}","(GenDecl type [(TypeSpec P [(Field [T] (StarExpr C))] (StructType []))])"],
  ["type P[T interface{ *C }] struct{}","(GenDecl type [(TypeSpec P [(Field [T] (InterfaceType [(Field [] (StarExpr C))]))] (StructType []))])"],
  ["type S[T ~int | ~string] []T","(GenDecl type [(TypeSpec S [(Field [T] (BinaryExpr | (UnaryExpr ~ int) (UnaryExpr ~ string)))] (ArrayType _ T))])"],
  ["type Pair[K, V any] struct{ k K; v V }","(GenDecl type [(TypeSpec Pair [(Field [K V] any)] (StructType [(Field [k] K) (Field [v] V)]))])"],
  ["type A[P *C|D] int","(GenDecl type [(TypeSpec A _ (ArrayType (BinaryExpr | (BinaryExpr * P C) D) int))])"],
  ["type A[P (C)] int","(GenDecl type [(TypeSpec A _ (ArrayType (CallExpr P [C]) int))])"],
  ["type A[N] [2]int","(GenDecl type [(TypeSpec A _ (ArrayType N (ArrayType 2 int)))])"],
  ["type T struct {\n\ta, b int `json:\"a\"`\n\tE\n\t*P\n\tpkg.Q\n\tG[int]\n\tarr [N]int\n\tsl []byte\n}","(GenDecl type [(TypeSpec T _ (StructType [(Field [a b] int `json:\"a\"`) (Field [] E) (Field [] (StarExpr P)) (Field [] (SelectorExpr pkg Q)) (Field [] (IndexExpr G [int])) (Field [arr] (ArrayType N int)) (Field [sl] (ArrayType _ byte))]))])"],
  ["type I interface {\n\tM(x int) string\n\tfmt.Stringer\n\t~int | ~float64\n\tE[int]\n\tint\n}","(GenDecl type [(TypeSpec I _ (InterfaceType [(Field [M] (FuncType _ [(Field [x] int)] [(Field [] string)])) (Field [] (SelectorExpr fmt Stringer)) (Field [] (BinaryExpr | (UnaryExpr ~ int) (UnaryExpr ~ float64))) (Field [] (IndexExpr E [int])) (Field [] int)]))])"],
  ["type C chan<- <-chan int","(GenDecl type [(TypeSpec C _ (ChanType send (ChanType recv int)))])"],
  ["type D <-chan <-chan int","(GenDecl type [(TypeSpec D _ (ChanType recv (ChanType recv int)))])"],
  ["type F func(int, string) (bool, error)","(GenDecl type [(TypeSpec F _ (FuncType _ [(Field [] int) (Field [] string)] [(Field [] bool) (Field [] error)]))])"],
  ["type G func(...int)","(GenDecl type [(TypeSpec G _ (FuncType _ [(Field [] (Ellipsis int))] _))])"],
  ["func f() {}","(FuncDecl _ f (FuncType _ [] _) (BlockStmt []))"],
  ["func f(a, b int) (c int) { return }","(FuncDecl _ f (FuncType _ [(Field [a b] int)] [(Field [c] int)]) (BlockStmt [(ReturnStmt [])]))"],
  ["func (r *T) M() {}","(FuncDecl [(Field [r] (StarExpr T))] M (FuncType _ [] _) (BlockStmt []))"],
  ["func (T) M() int { return 0 }","(FuncDecl [(Field [] T)] M (FuncType _ [] [(Field [] int)]) (BlockStmt [(ReturnStmt [0])]))"],
  ["func (l *List[T]) Push(v T) {}","(FuncDecl [(Field [l] (StarExpr (IndexExpr List [T])))] Push (FuncType _ [(Field [v] T)] _) (BlockStmt []))"],
  ["func (p Pair[K, V]) Key() K { return p.k }","(FuncDecl [(Field [p] (IndexExpr Pair [K V]))] Key (FuncType _ [] [(Field [] K)]) (BlockStmt [(ReturnStmt [(SelectorExpr p k)])]))"],
  ["func Map[T, U any](s []T, f func(T) U) []U { return nil }","(FuncDecl _ Map (FuncType [(Field [T U] any)] [(Field [s] (ArrayType _ T)) (Field [f] (FuncType _ [(Field [] T)] [(Field [] U)]))] [(Field [] (ArrayType _ U))]) (BlockStmt [(ReturnStmt [nil])]))"],
  ["func ext(x int) int","(FuncDecl _ ext (FuncType _ [(Field [x] int)] [(Field [] int)]) _)"],
  ["func f() (int, string) { return 0, \"\" }","(FuncDecl _ f (FuncType _ [] [(Field [] int) (Field [] string)]) (BlockStmt [(ReturnStmt [0 \"\"])]))"],
  ["var _ = [...]string{2: \"b\", 0: \"a\"}","(GenDecl var [(ValueSpec [_] _ [(CompositeLit (ArrayType (Ellipsis _) string) [(KeyValueExpr 2 \"b\") (KeyValueExpr 0 \"a\")])] 0)])"]
  ];
  it.each(cases)('%j', (src, want) => {
    expect(decls(src)).toBe(want);
  });
});

describe('parser: trees', () => {
  it('records go/ast positions for every node', () => {
    const src = 'package main\n\nfunc main() {\n\tfor i := range 3 {\n\t\tgo f(i, <-ch)\n\t}\n}\n';
    const r = parseText(src);
    expect(r.diagnostics).toEqual([]);
    expect(dumpNode(r.file, { positions: true })).toBe(
      '(File main@8-12 [(FuncDecl _ main@19-23 (FuncType _ []@23-25{opening=23 closing=24} _)@23-25{func=-1} ' +
      '(BlockStmt [(RangeStmt i@33-34 _ := 3@44-45 (BlockStmt [(GoStmt (CallExpr f@53-54 [i@55-56 ' +
      '(UnaryExpr <- ch@60-62)@58-62{opPos=58}])@53-63{lparen=54 ellipsis=-1 rparen=62})@50-63])@46-66{lbrace=46 rbrace=65})' +
      '@29-66{tokPos=35}])@26-68{lbrace=26 rbrace=67})@14-68])@0-69{package=0}');
  });

  it('uses UTF-16 offsets; SourceFile turns them into gc byte columns', () => {
    const r = parseText('package p\nvar s = "日本" + x\n');
    const spec = (r.file.decls[0] as ast.GenDecl).specs[0] as ast.ValueSpec;
    const bin = spec.values[0] as ast.BinaryExpr;
    expect([bin.x.pos, bin.x.end, bin.opPos]).toEqual([18, 22, 23]);
    expect(r.source.position(bin.opPos).column).toBe(18);
  });

  it('collects imports and sets const iota per group', () => {
    const r = parseText('package p\nimport "a"\nimport (b "b"; . "c")\nconst (x = iota; y; z)\nconst w = iota\n');
    expect(r.file.imports.map((s) => s.path.value)).toEqual(['"a"', '"b"', '"c"']);
    const iotas = r.file.decls.slice(2).flatMap((d) => (d as ast.GenDecl).specs.map((s) => (s as ast.ValueSpec).iota));
    expect(iotas).toEqual([0, 1, 2, 0]);
  });

  it('marks implicit and explicit empty statements', () => {
    expect(stmts('goto L\nL:')).toBe('(BranchStmt goto L) (LabeledStmt L (EmptyStmt implicit))');
    expect(stmts(';;')).toBe('(EmptyStmt) (EmptyStmt)');
  });

  it('keeps the literal source text as the BasicLit value', () => {
    expect(expr('0x_1F + 1_0.5e-3i')).toBe('(BinaryExpr + 0x_1F 1_0.5e-3i)');
    expect(expr('"\\x41\\n"')).toBe('"\\x41\\n"');
  });
});

describe('parser: syntax errors match go build', () => {
  // Each `want` was produced by this parser and checked against `go build`
  // with Go 1.19: identical, except that Go 1.20+ says "expected X" where
  // 1.19 said "expecting X" (every row, same position), and the rows with a
  // `go119` field, where Go 1.21/1.22 changed the message (shown: 1.19's
  // output). Diagnostics that gc reports from its type checker
  // (deferredDiagnostics) are included when the file would be type-checked.
  const cases: { name: string; src: string; want: string[]; go119?: string[] }[] = [
  {
    name: "assign_in_if",
    src: "package main\n\nfunc main() {\n\tx := 1\n\tif x = 2 {\n\t}\n}\n",
    want: ["./prog.go:5:7: syntax error: cannot use assignment x = 2 as value"],
    go119: ["./prog.go:5:7: syntax error: cannot use assignment (x) = (2) as value"],
  },
  {
    name: "assign_in_if2",
    src: "package main\n\nfunc main() {\n\tx, y := 1, 2\n\tif x == 1 || y = 2 {\n\t}\n}\n",
    want: ["./prog.go:5:17: syntax error: cannot use assignment (x == 1 || y) = 2 as value"],
    go119: ["./prog.go:5:17: syntax error: cannot use assignment (x == 1 || y) = (2) as value"],
  },
  {
    name: "bad_char",
    src: "package main\n\nfunc main() {\n\tx := 1 @ 2\n\t_ = x\n}\n",
    want: ["./prog.go:4:9: invalid character U+0040 '@'", "./prog.go:4:11: syntax error: unexpected literal 2 at end of statement"],
  },
  {
    name: "call_missing_rparen_multi",
    src: "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(\"a\",\n\t\t\"b\"\n}\n",
    want: ["./prog.go:7:6: syntax error: unexpected newline in argument list; possibly missing comma or )"],
  },
  {
    name: "case_outside",
    src: "package main\n\nfunc main() {\n\tcase 1:\n}\n",
    want: ["./prog.go:4:2: syntax error: unexpected case, expected }"],
  },
  {
    name: "chan_dir",
    src: "package main\n\nvar c <-<-chan int\n\nfunc main() {}\n",
    want: ["./prog.go:3:9: syntax error: unexpected <-, expected chan"],
  },
  {
    name: "colon_eq_var",
    src: "package main\n\nvar x := 1\n\nfunc main() {}\n",
    want: ["./prog.go:3:7: syntax error: unexpected :=, expected ="],
  },
  {
    name: "comment_unterm",
    src: "package main\n\nfunc main() {\n}\n/* never closed\n",
    want: ["./prog.go:5:1: comment not terminated"],
  },
  {
    name: "complit_paren_type",
    src: "package main\n\ntype T struct{}\n\nfunc main() {\n\t_ = (T){}\n}\n",
    want: ["./prog.go:6:9: syntax error: cannot parenthesize type in composite literal"],
  },
  {
    name: "deep_else_if",
    src: "package main\n\nfunc main() {\n\tif true {\n\t} else if {\n\t}\n}\n",
    want: ["./prog.go:5:12: syntax error: missing condition in if statement"],
  },
  {
    name: "define_in_if",
    src: "package main\n\nfunc main() {\n\tif x := 1 {\n\t\t_ = x\n\t}\n}\n",
    want: ["./prog.go:4:7: syntax error: cannot use x := 1 as value"],
  },
  {
    name: "define_outside",
    src: "package main\n\nx := 1\n\nfunc main() {\n}\n",
    want: ["./prog.go:3:1: syntax error: non-declaration statement outside function body"],
  },
  {
    name: "digit_ident",
    src: "package main\n\nfunc main() {\n\tvar ٣x int\n\t_ = ٣x\n}\n",
    want: ["./prog.go:4:6: identifier cannot begin with digit U+0663 '٣'", "./prog.go:5:6: identifier cannot begin with digit U+0663 '٣'"],
  },
  {
    name: "dotdotdot_missing",
    src: "package main\n\nfunc f(a ...) {}\n\nfunc main() {}\n",
    want: ["./prog.go:3:13: syntax error: ... is missing type"],
  },
  {
    name: "else_junk",
    src: "package main\n\nfunc main() {\n\tif true {\n\t} else for {\n\t}\n}\n",
    want: ["./prog.go:5:9: syntax error: else must be followed by if or statement block"],
  },
  {
    name: "else_newline",
    src: "package main\n\nfunc main() {\n\tx := 1\n\tif x > 0 {\n\t\tx++\n\t}\n\telse {\n\t\tx--\n\t}\n}\n",
    want: ["./prog.go:8:2: syntax error: unexpected else, expected }"],
  },
  {
    name: "esc_range",
    src: "package main\n\nfunc main() {\n\ts := \"\\400 \\xZZ \\uD800\"\n\t_ = s\n}\n",
    want: ["./prog.go:4:12: octal escape value 256 > 255", "./prog.go:4:15: invalid character 'Z' in hexadecimal escape", "./prog.go:4:24: escape is invalid Unicode code point U+D800"],
  },
  {
    name: "exp_no_digits",
    src: "package main\n\nfunc main() {\n\tx := 1e+\n\ty := 0b102\n\tz := 0o8\n\t_, _, _ = x, y, z\n}\n",
    want: ["./prog.go:4:10: exponent has no digits", "./prog.go:5:11: invalid digit '2' in binary literal", "./prog.go:6:9: invalid digit '8' in octal literal"],
  },
  {
    name: "extra_comma_params",
    src: "package main\n\nfunc f(a int,, b int) {}\n\nfunc main() {}\n",
    want: ["./prog.go:3:14: syntax error: unexpected comma, expected )"],
  },
  {
    name: "fallthrough_final",
    src: "package main\n\nfunc main() {\n\tswitch {\n\tcase true:\n\t\tfallthrough\n\t}\n}\n",
    want: ["./prog.go:6:3: cannot fallthrough final case in switch"],
  },
  {
    name: "func_newline_brace",
    src: "package main\n\nfunc main()\n{\n}\n",
    want: ["./prog.go:4:1: syntax error: unexpected semicolon or newline before {"],
  },
  {
    name: "go_not_call",
    src: "package main\n\nfunc f() {}\n\nfunc main() {\n\tgo f\n\tdefer (f())\n}\n",
    want: ["./prog.go:6:5: expression in go must be function call", "./prog.go:7:8: expression in defer must not be parenthesized"],
  },
  {
    name: "goto_into",
    src: "package main\n\nfunc main() {\n\tgoto L\n\t{\n\tL:\n\t}\n}\n",
    want: ["./prog.go:4:7: goto L jumps into block starting at ./prog.go:5:2"],
  },
  {
    name: "hex_mantissa",
    src: "package main\n\nfunc main() {\n\tx := 0x1.5\n\t_ = x\n}\n",
    want: ["./prog.go:4:12: hexadecimal mantissa requires a 'p' exponent"],
  },
  {
    name: "if_newline_brace",
    src: "package main\n\nfunc main() {\n\tx := 1\n\tif x > 0\n\t{\n\t\tx++\n\t}\n}\n",
    want: ["./prog.go:5:10: syntax error: unexpected newline, expected { after if clause"],
  },
  {
    name: "import_after",
    src: "package main\n\nfunc main() {}\n\nimport \"fmt\"\n",
    want: ["./prog.go:5:1: syntax error: imports must appear before other declarations"],
    go119: ["./prog.go:5:1: syntax error: non-declaration statement outside function body"],
  },
  {
    name: "int_status",
    src: "package main\n\nfunc main() {\n\tint status\n}\n",
    want: ["./prog.go:4:6: syntax error: unexpected status at end of statement"],
  },
  {
    name: "interface_generic_method",
    src: "package main\n\ntype I interface {\n\tm[T any]()\n}\n\nfunc main() {}\n",
    want: ["./prog.go:4:3: interface method must have no type parameters"],
  },
  {
    name: "label_missing_stmt",
    src: "package main\n\nfunc main() {\n\tfor {\n\tL:\n\t}\n}\n",
    want: ["./prog.go:5:2: label L defined and not used"],
  },
  {
    name: "label_unused",
    src: "package main\n\nfunc main() {\nL:\n\tfor {\n\t\tbreak\n\t}\n\tbreak\n\tcontinue\n}\n",
    want: ["./prog.go:4:1: label L defined and not used", "./prog.go:8:2: break is not in a loop, switch, or select", "./prog.go:9:2: continue is not in a loop"],
  },
  {
    name: "map_missing_bracket",
    src: "package main\n\nvar m map[string int\n\nfunc main() {}\n",
    want: ["./prog.go:3:18: syntax error: unexpected int, expected ]"],
  },
  {
    name: "method_no_recv",
    src: "package main\n\nfunc () f() {}\n\nfunc main() {}\n",
    want: ["./prog.go:3:9: method has no receiver"],
  },
  {
    name: "method_tparams",
    src: "package main\n\ntype T struct{}\n\nfunc (T) m[P any]() {}\n\nfunc main() {}\n",
    want: ["./prog.go:5:11: syntax error: method must have no type parameters"],
  },
  {
    name: "missing_brace",
    src: "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tif true {\n\t\tfmt.Println(\"x\")\n\t\n}\n",
    want: ["./prog.go:10:1: syntax error: unexpected EOF, expected }"],
  },
  {
    name: "missing_brace_func_end",
    src: "package main\n\nfunc main() {\n\tfor {\n\t}\n",
    want: ["./prog.go:6:1: syntax error: unexpected EOF, expected }"],
  },
  {
    name: "missing_comma_complit",
    src: "package main\n\nfunc main() {\n\tx := []int{\n\t\t1,\n\t\t2\n\t}\n\t_ = x\n}\n",
    want: ["./prog.go:6:4: syntax error: unexpected newline in composite literal; possibly missing comma or }"],
  },
  {
    name: "missing_cond",
    src: "package main\n\nfunc main() {\n\tif {\n\t}\n}\n",
    want: ["./prog.go:4:5: syntax error: missing condition in if statement"],
  },
  {
    name: "missing_func_body_paren",
    src: "package main\n\nfunc main( {\n}\n",
    want: ["./prog.go:3:12: syntax error: unexpected {, expected )"],
  },
  {
    name: "missing_operand",
    src: "package main\n\nfunc main() {\n\tx := 1 +\n}\n",
    want: ["./prog.go:5:1: syntax error: unexpected }, expected expression"],
  },
  {
    name: "missing_paren",
    src: "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(\"a\"\n}\n",
    want: ["./prog.go:6:17: syntax error: unexpected newline in argument list; possibly missing comma or )"],
  },
  {
    name: "missing_return_type_paren",
    src: "package main\n\nfunc f() (int, string {\n\treturn 0, \"\"\n}\n\nfunc main() {}\n",
    want: ["./prog.go:3:23: syntax error: unexpected { in parameter list; possibly missing comma or )", "./prog.go:5:1: syntax error: unexpected } after top level declaration"],
  },
  {
    name: "mixed_params",
    src: "package main\n\nfunc f(a int, string) {}\n\nfunc main() {}\n",
    want: ["./prog.go:3:15: syntax error: mixed named and unnamed parameters"],
  },
  {
    name: "newline_in_string",
    src: "package main\n\nfunc main() {\n\ts := \"abc\n\t_ = s\n}\n",
    want: ["./prog.go:4:11: newline in string"],
  },
  {
    name: "non_decl",
    src: "package main\n\nfmt.Println(\"hi\")\n\nfunc main() {\n}\n",
    want: ["./prog.go:3:1: syntax error: non-declaration statement outside function body"],
  },
  {
    name: "octal_digit",
    src: "package main\n\nfunc main() {\n\tx := 0778\n\t_ = x\n}\n",
    want: ["./prog.go:4:10: invalid digit '8' in octal literal"],
  },
  {
    name: "post_define",
    src: "package main\n\nfunc main() {\n\tfor i := 0; i < 3; j := 1 {\n\t\t_ = i\n\t}\n}\n",
    want: ["./prog.go:4:23: syntax error: cannot declare in post statement of for loop"],
  },
  {
    name: "return_missing_comma",
    src: "package main\n\nfunc f() (int, int) {\n\treturn 1 2\n}\n\nfunc main() {}\n",
    want: ["./prog.go:4:11: syntax error: unexpected literal 2 at end of statement"],
  },
  {
    name: "rune_empty",
    src: "package main\n\nfunc main() {\n\tr := ''\n\t_ = r\n}\n",
    want: ["./prog.go:4:8: empty rune literal or unescaped '"],
  },
  {
    name: "rune_multi",
    src: "package main\n\nfunc main() {\n\tr := 'ab'\n\t_ = r\n}\n",
    want: ["./prog.go:4:7: more than one character in rune literal"],
  },
  {
    name: "select_bad",
    src: "package main\n\nfunc main() {\n\tselect {\n\tx := 1\n\t}\n}\n",
    want: ["./prog.go:5:2: syntax error: unexpected x, expected case or default or }", "./prog.go:6:2: syntax error: unexpected }, expected :"],
  },
  {
    name: "semicolon_if",
    src: "package main\n\nfunc main() {\n\tif x := 1; {\n\t}\n}\n",
    want: ["./prog.go:4:11: syntax error: missing condition in if statement"],
  },
  {
    name: "slice3",
    src: "package main\n\nfunc main() {\n\ts := []int{1}\n\t_ = s[1::2]\n\t_ = s[1:2:]\n}\n",
    want: ["./prog.go:5:10: middle index required in 3-index slice", "./prog.go:6:12: final index required in 3-index slice"],
  },
  {
    name: "str_unterm",
    src: "package main\n\nfunc main() {\n\ts := `abc\n",
    want: ["./prog.go:4:7: string not terminated"],
  },
  {
    name: "stray_rparen",
    src: "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(\"a\"))\n}\n",
    want: ["./prog.go:6:18: syntax error: unexpected ) at end of statement"],
  },
  {
    name: "struct_missing_type",
    src: "package main\n\ntype T struct {\n\ta int\n\tb,\n}\n\nfunc main() {}\n",
    want: ["./prog.go:6:1: syntax error: unexpected }, expected name", "./prog.go:8:1: syntax error: unexpected func, expected field name or embedded type"],
  },
  {
    name: "switch_missing_colon",
    src: "package main\n\nfunc main() {\n\tswitch x := 1; x {\n\tcase 1\n\t\t_ = x\n\t}\n}\n",
    want: ["./prog.go:5:8: syntax error: unexpected newline, expected :"],
  },
  {
    name: "tparam_missing_constraint",
    src: "package main\n\nfunc f[T](x T) {}\n\nfunc main() {}\n",
    want: ["./prog.go:3:9: syntax error: missing type constraint"],
  },
  {
    name: "type_no_type",
    src: "package main\n\ntype T\n\nfunc main() {}\n",
    want: ["./prog.go:3:7: syntax error: unexpected newline in type declaration"],
  },
  {
    name: "unbalanced_brace_extra",
    src: "package main\n\nfunc main() {\n}\n}\n",
    want: ["./prog.go:5:1: syntax error: non-declaration statement outside function body"],
  },
  {
    name: "underscore",
    src: "package main\n\nfunc main() {\n\tx := 1__000\n\ty := 0x_\n\t_, _ = x, y\n}\n",
    want: ["./prog.go:4:9: '_' must separate successive digits", "./prog.go:5:10: hexadecimal literal has no digits"],
  },
  {
    name: "unexpected_name",
    src: "package main\n\nfunc main() {\n\tretrun 1\n}\n",
    want: ["./prog.go:4:9: syntax error: unexpected literal 1 at end of statement"],
  },
  {
    name: "unicode_ident_bad",
    src: "package main\n\nfunc main() {\n\tx := 1 · 2\n\t_ = x\n}\n",
    want: ["./prog.go:4:9: invalid character U+00B7 '·' in identifier", "./prog.go:4:9: syntax error: unexpected · at end of statement"],
  },
  {
    name: "unknown_escape",
    src: "package main\n\nfunc main() {\n\ts := \"a\\qb\"\n\t_ = s\n}\n",
    want: ["./prog.go:4:10: unknown escape"],
  },
  {
    name: "var_in_for",
    src: "package main\n\nfunc main() {\n\tfor var i = 0; i < 3; i++ {\n\t}\n}\n",
    want: ["./prog.go:4:10: syntax error: var declaration not allowed in for initializer"],
  },
  ];
  it.each(cases)('$name', ({ src, want }) => {
    const r = parseText(src, './prog.go');
    const diags = r.checkable ? [...r.diagnostics, ...r.deferredDiagnostics] : r.diagnostics;
    expect(formatDiagnostics(diags)).toEqual(want);
  });

  it('reports errors in the header as gc does, and stops after a bad package clause', () => {
    const r = parseText('func main() {}\n');
    expect(r.diagnostics.map((d) => d.message)).toEqual(['syntax error: package statement must be first']);
    expect(r.checkable).toBe(false);
    expect(messages('package main\nimport fmt\n')).toEqual(['syntax error: missing import path']);
    expect(messages('package main\nimport 42\n')).toEqual(['syntax error: import path must be a string']);
  });

  it('keeps type-checking possible after lexical errors only, like gc', () => {
    const r = parseText("package p\nvar r = 'ab'\n");
    expect(r.diagnostics.map((d) => d.message)).toEqual(['more than one character in rune literal']);
    expect(r.checkable).toBe(true);
    expect([...r.badLiterals].map((l) => l.value)).toEqual(["'ab'"]);
    expect(parseText('package p\nvar x = \n').checkable).toBe(false);
  });

  it('reports misplaced branches and labels only in bodies without syntax errors', () => {
    expect(messages('package p\nfunc f() { break }\n')).toEqual(['break is not in a loop, switch, or select']);
    expect(messages('package p\nfunc f() { break; x := }\n')).toEqual(['syntax error: unexpected }, expected expression']);
    expect(messages('package p\nfunc f() { for { continue L } }\n')).toEqual(['continue label not defined: L']);
    expect(messages('package p\nfunc f() { L: if true { break L } }\n')).toEqual(['invalid break label L']);
    expect(messages('package p\nfunc f() { L: { for { continue L } } }\n')).toEqual(['invalid continue label L']);
    expect(messages('package p\nfunc f(x any) { switch x.(type) { case int: fallthrough; default: } }\n'))
      .toEqual(['cannot fallthrough in type switch']);
    expect(messages('package p\nfunc f() { switch { case true: fallthrough; case false: } }\n')).toEqual([]);
    expect(messages('package p\nfunc f() { select { default: fallthrough } }\n')).toEqual(['fallthrough statement out of place']);
    expect(messages('package p\nfunc f() { goto L; var x int; _ = x; L: }\n'))
      .toEqual(['goto L jumps over declaration of x at prog.go:2:24']);
    expect(messages('package p\nfunc f() { goto M }\n')).toEqual(['label M not defined']);
  });

  it('reports gc type-checker errors for unrepresentable constructs separately', () => {
    const r = parseText('package p\nfunc f() { for a, b, c := range x {}; go g; defer h }\n');
    expect(r.diagnostics).toEqual([]);
    expect(r.deferredDiagnostics.map((d) => d.message)).toEqual([
      'range clause permits at most two iteration variables',
      'expression in go must be function call',
      'expression in defer must be function call',
    ]);
    const stmts = (r.file.decls[0] as ast.FuncDecl).body?.list ?? [];
    const g = stmts[1] as ast.GoStmt;
    expect([g.kind, g.call.lparen, dumpNode(g.call.fun)]).toEqual(['GoStmt', -1, 'g']);
  });

  // Checked against gc's parser (cmd/compile/internal/syntax).
  it('prints gc\'s form of the offending statement in "cannot use ... as value"', () => {
    expect(messages('package p\nfunc f() { if x = y + 1 {} }\n')).toEqual(['syntax error: cannot use assignment x = (y + 1) as value']);
    expect(messages('package p\nfunc f() { if x++ {} }\n')).toEqual(['syntax error: cannot use x++ as value']);
    expect(messages('package p\nfunc f() { for ch <- v {} }\n')).toEqual(['syntax error: cannot use ch <- v as value']);
    expect(messages('package p\nfunc f() { switch x += 1 {} }\n')).toEqual(['syntax error: cannot use x += 1 as value']);
    // `T{` in a header opens the block (spec: Composite literals, parsing ambiguity)
    expect(messages('package p\nfunc f() { switch a := T{}; a {} }\n')[0]).toBe('syntax error: cannot use a := T as value');
  });
});
