// Error messages and positions, table-driven. Each body is wrapped in the
// program below; the expected diagnostics were produced by real Go
// (`go build -gcflags=-e`, go1.19.8) and rewritten to gc's go1.22 wording where
// it changed after go1.19 (noted per row: `declared and not used: x`, `as T
// value in`, `(missing method M)`, unknown field without quotes, `cannot assign
// to c (neither addressable nor a map index expression)`, and go1.21's
// `invalid method expression T.Ptr (needs pointer receiver (*T).Ptr)`).
import { describe, expect, it } from 'vitest';
import { check } from './testing.js';

const wrap = (body: string): string =>
  'package main\n\nimport "fmt"\n\ntype T struct{ X int }\n\nfunc (T) String() string { return "" }\nfunc (*T) Ptr() {}\n\nfunc main() {\n' +
  body + '\tfmt.Println()\n}\n';

const table: [string, string, string[]][] = [
  ["undefined", "\tx := y\n\t_ = x\n", ["11:7: undefined: y"]],
  ["mismatched", "\ta, s := 1, \"s\"\n\t_ = a + s\n", ["12:6: invalid operation: a + s (mismatched types int and string)"]],
  ["assign-type", "\tvar s string\n\ts = 1\n\t_ = s\n", ["12:6: cannot use 1 (untyped int constant) as string value in assignment"]],
  ["untyped-overflow", "\tvar b int8 = 200\n\t_ = b\n", ["11:15: cannot use 200 (untyped int constant) as int8 value in variable declaration (overflows)"]],
  ["float-trunc", "\tvar i int = 2.5\n\t_ = i\n", ["11:14: cannot use 2.5 (untyped float constant) as int value in variable declaration (truncated)"]],
  ["not-bool", "\tx := 1\n\tif x {\n\t}\n", ["12:5: non-boolean condition in if statement"]],
  ["recv-sendonly", "\tvar ch chan<- int\n\t<-ch\n", ["12:4: invalid operation: cannot receive from send-only channel ch (variable of type chan<- int)"]],
  ["send-recvonly", "\tvar ch <-chan int\n\tch <- 1\n", ["12:2: invalid operation: cannot send to receive-only channel ch (variable of type <-chan int)"]],
  ["call-nonfunc", "\tx := 1\n\tx()\n", ["12:2: invalid operation: cannot call non-function x (variable of type int)"]],
  ["too-many-args", "\tf := func(int) {}\n\tf(1, 2)\n", ["12:7: too many arguments in call to f\n\thave (number, number)\n\twant (int)"]],
  ["not-enough-args", "\tf := func(int, string) {}\n\tf(1)\n", ["12:4: not enough arguments in call to f\n\thave (number)\n\twant (int, string)"]],
  ["multi-value", "\tf := func() (int, int) { return 1, 2 }\n\t_ = f() + 1\n", ["12:6: multiple-value f() (value of type (int, int)) in single-value context"]],
  ["assign-mismatch", "\tf := func() (int, int) { return 1, 2 }\n\ta, b, c := f()\n\t_, _, _ = a, b, c\n", ["12:13: assignment mismatch: 3 variables but f returns 2 values"]],
  ["no-new-vars", "\tx := 1\n\tx := 2\n\t_ = x\n", ["12:4: no new variables on left side of :="]],
  ["unused-var", "\tx := 1\n", ["11:2: declared and not used: x"]],
  ["missing-method", "\tvar e error = struct{}{}\n\t_ = e\n", ["11:16: cannot use struct{}{} (value of type struct{}) as error value in variable declaration: struct{} does not implement error (missing method Error)"]],
  ["field-undefined", "\tvar t T\n\t_ = t.Missing\n", ["12:8: t.Missing undefined (type T has no field or method Missing)"]],
  ["index-oob", "\tvar a [2]int\n\t_ = a[5]\n", ["12:8: invalid argument: index 5 out of bounds [0:2]"]],
  ["slice-of-string-3", "\t_ = \"abc\"[0:1:2]\n", ["11:16: invalid operation: 3-index slice of string"]],
  ["div-zero", "\tx := 1\n\t_ = x / 0\n", ["12:10: invalid operation: division by zero"]],
  ["shift-float", "\t_ = 1.5 << 2\n", ["11:6: invalid operation: shifted operand 1.5 (untyped float constant) must be integer"]],
  ["invalid-op", "\t_ = !1\n", ["11:7: invalid operation: operator ! not defined on 1 (untyped int constant)"]],
  ["nil-untyped", "\tx := nil\n\t_ = x\n", ["11:7: use of untyped nil in assignment"]],
  ["cannot-assign-const", "\tconst c = 1\n\tc = 2\n", ["12:2: cannot assign to c (neither addressable nor a map index expression)"]],
  ["struct-unknown-field", "\t_ = T{Foo: 1}\n", ["11:8: unknown field Foo in struct literal of type T"]],
  ["map-dup-key", "\t_ = map[int]int{1: 1, 1: 2}\n", ["11:24: duplicate key 1 in map literal"]],
  ["dup-case", "\tx := 1\n\tswitch x {\n\tcase 1, 1:\n\t}\n", ["13:10: duplicate case 1 (constant of type int) in expression switch\n\tprog.go:13:7: previous case"]],
  ["type-assert-nonintf", "\tx := 1\n\t_ = x.(int)\n", ["12:6: invalid operation: x (variable of type int) is not an interface"]],
  ["impossible-assert", "\tvar s fmt.Stringer\n\t_ = s.(int)\n", ["12:6: impossible type assertion: s.(int)\n\tint does not implement fmt.Stringer (missing method String)"]],
  ["range-nonrange", "\tfor range 1.5 {\n\t}\n", ["11:12: cannot range over 1.5 (untyped float constant)"]],
  ["append-nonslice", "\t_ = append(1, 2)\n", ["11:13: first argument to append must be a slice; have 1 (untyped int constant)"]],
  ["make-bad", "\t_ = make(int)\n", ["11:11: invalid argument: cannot make int; type must be slice, map, or channel"]],
  ["close-nonchan", "\tclose(1)\n", ["11:8: invalid operation: cannot close non-channel 1 (untyped int constant)"]],
  ["conversion-bad", "\t_ = int(\"x\")\n", ["11:10: cannot convert \"x\" (untyped string constant) to type int"]],
  ["return-count", "\t_ = func() int { return }\n", ["11:19: not enough return values\n\thave ()\n\twant (int)"]],
  ["too-many-returns", "\t_ = func() { return 1 }\n", ["11:22: too many return values\n\thave (number)\n\twant ()"]],
  ["missing-return", "\t_ = func() int { for i := 0; i < 1; i++ {} }\n", ["11:45: missing return"]],
  ["not-used", "\tx := 1\n\tx + 1\n", ["12:2: x + 1 (value of type int) is not used"]],
  ["method-expr-ptr", "\t_ = T.Ptr\n", ["11:8: invalid method expression T.Ptr (needs pointer receiver (*T).Ptr)"]],
];

describe('diagnostics match gc', () => {
  for (const [name, body, want] of table) {
    it(name, () => {
      expect(check(wrap(body)).errors).toEqual(want);
    });
  }
});

describe('follow-on errors are suppressed', () => {
  it('an undefined name gives one error', () => {
    const c = check(wrap('\tx := undefinedThing\n\tfmt.Println(x + 1, x.Foo, x())\n'));
    expect(c.errors).toEqual(['11:7: undefined: undefinedThing']);
  });

  it('an invalid operand does not produce a second error', () => {
    const c = check(wrap('\tvar s []int\n\t_ = s[1.5] + 2\n'));
    expect(c.errors).toEqual(['12:8: 1.5 (untyped float constant) truncated to int']);
  });
});
