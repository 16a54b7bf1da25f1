// What the checker records about expressions (go/types.Info): types of
// expressions, constant values, untyped defaulting, inferred type arguments,
// selections, definitions and uses, and package initialization order.
import { describe, expect, it } from 'vitest';
import * as constant from './constvalue.js';
import { Mode, SelectionKind } from './package.js';
import { check, typeOf, typeStr } from './testing.js';

const prog = (body: string, decls = ''): string => `package main

import "fmt"

${decls}

func main() {
${body}
	fmt.Println()
}
`;

describe('types of expressions', () => {
  const cases: [string, string, string, string?][] = [
    // [statements, expression, type, decls]
    ['x := 1 << 3.0\n_ = x', '1 << 3.0', 'int'],
    ['m := map[string][]int{}\n_ = m["a"]', 'm["a"]', '[]int'],
    ['var ch chan<- int\n_ = ch', 'ch', 'chan<- int'],
    ['s := "héllo"\nfor i, r := range s { _, _ = i, r }', 'r', 'rune'],
    ['b := []byte("x")\n_ = b[0]', 'b[0]', 'byte'],
    ['f := 2.5\n_ = f * 2', 'f * 2', 'float64'],
    ['var i interface{} = 1\n_ = i', '1', 'int'],
    ['var u uint8 = 3\n_ = u + 1', '1', 'uint8'],
    ['c := make(chan struct{}, 1)\n_ = c', 'make(chan struct{}, 1)', 'chan struct{}'],
    ['p := &struct{ X int }{1}\n_ = p.X', 'p.X', 'int'],
    ['fn := func(a, b int) (int, error) { return a + b, nil }\n_ = fn', 'fn', 'func(a int, b int) (int, error)'],
    ['v, ok := map[int]bool{}[1]\n_, _ = v, ok', 'map[int]bool{}[1]', '(bool, bool)'],
    ['var e error\n_ = e', 'e', 'error'],
    ['_ = len("abc")', 'len("abc")', 'int'],
    ['_ = 1 < 2', '1 < 2', 'bool'],
    ['x := 3\nb := x == 3\n_ = b', 'x == 3', 'bool'],
    ['const c = 1 << 10\n_ = c', 'c', 'int'],
    ['_ = \'a\' + 1', "'a' + 1", 'rune'],
    ['_ = 1 + 2i', '1 + 2i', 'complex128'],
  ];
  for (const [body, expr, want, decls] of cases) {
    it(`${expr} : ${want}`, () => {
      const c = check(prog(body, decls));
      expect(c.errors).toEqual([]);
      expect(typeStr(c, expr)).toBe(want);
    });
  }
});

describe('constant values', () => {
  it('iota expressions and inherited initializers', () => {
    const c = check(prog('fmt.Println(A, B, C, D)', 'const (\n\tA = iota * 10\n\tB\n\t_\n\tD\n\tC = "x" + "y"\n)'));
    expect(c.errors).toEqual([]);
    const val = (name: string): string => {
      const obj = c.pkg.scope.lookup(name)!;
      return obj.kind === 'const' ? constant.toMessageString(obj.val) : '?';
    };
    expect([val('A'), val('B'), val('D'), val('C')]).toEqual(['0', '10', '30', '"xy"']);
  });

  it('len of arrays and constant strings is constant, of slices not', () => {
    const c = check(prog('var a [4]int\ns := []int{}\n_, _ = len(a), len(s)\n_ = len("héllo")'));
    expect(typeOf(c, 'len(a)').mode).toBe(Mode.Constant);
    expect(constant.toMessageString(typeOf(c, 'len(a)').value!)).toBe('4');
    expect(typeOf(c, 'len(s)').mode).toBe(Mode.Value);
    expect(constant.toMessageString(typeOf(c, 'len("héllo")').value!)).toBe('6');
  });

  it('typed constant arithmetic is folded in the type', () => {
    const c = check(prog('const k int8 = 100\n_ = k + 27'));
    expect(typeOf(c, 'k + 27').mode).toBe(Mode.Constant);
    expect(typeStr(c, 'k + 27')).toBe('int8');
    expect(constant.toMessageString(typeOf(c, 'k + 27').value!)).toBe('127');
  });
});

describe('untyped defaulting', () => {
  it('gives untyped constants their default or context type', () => {
    const c = check(prog('a := 1\nb := 2.0\nd := \'x\'\ne := 1i\nvar f float32 = 1\n_, _, _, _, _ = a, b, d, e, f'));
    expect(c.errors).toEqual([]);
    expect(typeStr(c, '1')).toBe('int');
    expect(typeStr(c, '2.0')).toBe('float64');
    expect(typeStr(c, "'x'")).toBe('rune');
    expect(typeStr(c, '1i')).toBe('complex128');
    expect(typeStr(c, '1', 1)).toBe('float32');
  });

  it('non-constant shifts take the type of their context', () => {
    const c = check(prog('var s uint = 2\nvar f int64 = 1 << s\n_ = f'));
    expect(c.errors).toEqual([]);
    expect(typeStr(c, '1 << s')).toBe('int64');
    expect(typeStr(c, '1')).toBe('int64');
  });
});

describe('generics', () => {
  const decls = `func Map[T, U any](xs []T, f func(T) U) []U { return nil }
type Pair[K comparable, V any] struct { Key K; Val V }
func Sum[T ~int | ~float64](xs ...T) T { var s T; return s }`;

  it('records inferred type arguments and instantiated signatures', () => {
    const c = check(prog('r := Map([]int{1}, func(i int) string { return "" })\n_ = r\n_ = Sum(1.5, 2)', decls));
    expect(c.errors).toEqual([]);
    const inst = [...c.info.instances].find(([id]) => id.name === 'Map')!;
    expect(inst[1].typeArgs.map((t) => t.tag === 'Basic' ? t.name : t.tag)).toEqual(['int', 'string']);
    expect(typeStr(c, 'Map')).toBe('func(xs []int, f func(int) string) []string');
    expect(typeStr(c, 'Sum(1.5, 2)')).toBe('float64');
  });

  it('instantiates generic types', () => {
    const c = check(prog('p := Pair[string, int]{"a", 1}\n_ = p.Val', decls));
    expect(c.errors).toEqual([]);
    expect(typeStr(c, 'p.Val')).toBe('int');
    expect(typeStr(c, 'Pair[string, int]{…}')).toBe('Pair[string, int]');
  });
});

describe('selections, defs and uses', () => {
  const decls = `type Base struct{ ID int }
func (b *Base) Touch() {}
type Item struct { Base; Name string }`;

  it('records field paths through embedded structs and implicit indirections', () => {
    const c = check(prog('it := Item{}\n_ = it.ID\nit.Touch()\nf := (*Item).Touch\n_ = f', decls));
    expect(c.errors).toEqual([]);
    const sels = [...c.info.selections].map(([e, s]) => [e.sel.name, SelectionKind[s.kind], s.index.join('.'), s.indirect]);
    expect(sels).toContainEqual(['ID', 'FieldVal', '0.0', false]);
    expect(sels).toContainEqual(['Touch', 'MethodVal', '0.0', false]);
    expect(sels).toContainEqual(['Touch', 'MethodExpr', '0.0', true]);
  });

  it('maps identifiers to their objects', () => {
    const c = check(prog('x := 1\nx = 2\n_ = x'));
    const defs = [...c.info.defs].filter(([id]) => id.name === 'x');
    const uses = [...c.info.uses].filter(([id]) => id.name === 'x');
    expect(defs.length).toBe(1);
    expect(uses.length).toBe(2);
    expect(uses.every(([, o]) => o === defs[0][1])).toBe(true);
  });

  it('gives each type switch clause its own variable (Info.implicits)', () => {
    const c = check(prog('var v interface{} = 1\nswitch t := v.(type) {\ncase int:\n\t_ = t + 1\ncase string:\n\t_ = t + "a"\n}'));
    expect(c.errors).toEqual([]);
    const vars = [...c.info.implicits.values()].filter((o) => o.kind === 'var' && o.name === 't');
    expect(vars.map((v) => (v.type!.tag === 'Basic' ? v.type!.name : '?'))).toEqual(['int', 'string']);
  });
});

describe('initialization order', () => {
  it('orders package-level variables by dependencies, then declaration order', () => {
    const c = check(prog('fmt.Println(a, b, c, d)', 'var a = c + b\nvar b = f()\nvar c = 1\nvar d = 2\nfunc f() int { return d }'));
    expect(c.errors).toEqual([]);
    expect(c.info.initOrder.map((i) => i.lhs.map((v) => v.name).join(','))).toEqual(['c', 'd', 'b', 'a']);
  });
});
