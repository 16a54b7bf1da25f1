// Generates cases.json, the expectations of src/stdlib/fmt/fmt.test.ts:
// each case is a call of Sprintf, Sprint, Sprintln or Errorf with its
// arguments described by reflection (types and values, so the test can
// rebuild them as chanscope values) and the output real Go produced.
// Cases whose output shows heap addresses are dropped (they are not
// deterministic). Run: go run gen_fmt_cases.go > cases.json
package main

import (
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"os"
	"reflect"
	"regexp"
	"strconv"
	"strings"
)

// ---------------------------------------------------------------- test types (methods mirrored in fmt.test.ts)

type Point struct{ X, Y int }

type Celsius float64

func (c Celsius) String() string { return strconv.FormatFloat(float64(c), 'f', 1, 64) + "C" }

type Weekday int

func (d Weekday) String() string { return [...]string{"Sun", "Mon", "Tue"}[d%3] }

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return "myerr " + strconv.Itoa(e.Code) }

type ValErr struct{ Msg string }

func (e ValErr) Error() string { return "valerr: " + e.Msg }

type Both int

func (Both) Error() string  { return "both-error" }
func (Both) String() string { return "both-string" }

type GoStr struct{ A int }

func (GoStr) GoString() string { return "GoStr!" }

type Panicky int

func (Panicky) String() string { panic("boom") }

type NilSafe struct{ N int }

func (p *NilSafe) String() string { return "nilsafe " + strconv.Itoa(p.N) }

type Name string

func (n Name) String() string { return "Name<" + string(n) + ">" }

type PtrStringer struct{ V int }

func (p *PtrStringer) String() string { return "ptr-stringer" }

type Inner struct {
	A int
	B string
}

type Outer struct {
	I    Inner
	P    *Inner
	S    []int
	M    map[string]int
	E    error
	Any  interface{}
	priv int
	Pt   Point
}

type Embed struct {
	Point
	Inner
	Z bool
}

type Hidden struct {
	pub  Celsius
	Pub  Celsius
	err  error
	Err  error
	name Name
}

type Bytes []byte
type MyByte uint8
type Flags uint8
type MyInt int
type MyFloat float32
type MyStr string
type MyBool bool
type MyComplex complex64
type IntList []int
type StrMap map[string]int
type Pair [2]string
type Empty struct{}
type Tagged struct {
	A int `json:"a"`
	b string
}

// ---------------------------------------------------------------- reflection-based description

type fieldDesc struct {
	Name     string `json:"name"`
	Type     int    `json:"type"`
	Exported bool   `json:"exported"`
	Embedded bool   `json:"embedded"`
	Tag      string `json:"tag"`
}

type methodDesc struct {
	Name string `json:"name"`
	Ptr  bool   `json:"ptr"`
	Sig  int    `json:"sig"`
}

type typeDesc struct {
	Kind     string       `json:"kind"`
	Str      string       `json:"str"`
	Pkg      string       `json:"pkg"`
	Name     string       `json:"name"`
	Elem     int          `json:"elem"`
	Key      int          `json:"key"`
	Len      int          `json:"len"`
	Dir      string       `json:"dir,omitempty"`
	Fields   []fieldDesc  `json:"fields,omitempty"`
	Methods  []methodDesc `json:"methods,omitempty"`
	Params   []int        `json:"params,omitempty"`
	Results  []int        `json:"results,omitempty"`
	Variadic bool         `json:"variadic,omitempty"`
}

var types []typeDesc
var typeIndex = map[reflect.Type]int{}

func typeID(t reflect.Type) int {
	if id, ok := typeIndex[t]; ok {
		return id
	}
	id := len(types)
	typeIndex[t] = id
	types = append(types, typeDesc{})
	d := typeDesc{Kind: t.Kind().String(), Str: t.String(), Pkg: t.PkgPath(), Name: t.Name(), Elem: -1, Key: -1}
	switch t.Kind() {
	case reflect.Array:
		d.Elem = typeID(t.Elem())
		d.Len = t.Len()
	case reflect.Slice, reflect.Pointer:
		d.Elem = typeID(t.Elem())
	case reflect.Chan:
		d.Elem = typeID(t.Elem())
		d.Dir = map[reflect.ChanDir]string{reflect.BothDir: "both", reflect.SendDir: "send", reflect.RecvDir: "recv"}[t.ChanDir()]
	case reflect.Map:
		d.Key = typeID(t.Key())
		d.Elem = typeID(t.Elem())
	case reflect.Struct:
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			d.Fields = append(d.Fields, fieldDesc{f.Name, typeID(f.Type), f.IsExported(), f.Anonymous, string(f.Tag)})
		}
	case reflect.Func:
		for i := 0; i < t.NumIn(); i++ {
			d.Params = append(d.Params, typeID(t.In(i)))
		}
		for i := 0; i < t.NumOut(); i++ {
			d.Results = append(d.Results, typeID(t.Out(i)))
		}
		d.Variadic = t.IsVariadic()
	case reflect.Interface:
		for i := 0; i < t.NumMethod(); i++ {
			m := t.Method(i)
			d.Methods = append(d.Methods, methodDesc{m.Name, false, typeID(m.Type)})
		}
	}
	if t.Kind() != reflect.Interface {
		for _, name := range []string{"String", "Error", "GoString"} {
			if m, ok := t.MethodByName(name); ok {
				sig := typeID(reflect.FuncOf(nil, []reflect.Type{reflect.TypeOf("")}, false))
				_ = m
				d.Methods = append(d.Methods, methodDesc{name, false, sig})
			} else if t.Kind() != reflect.Pointer {
				if _, ok := reflect.PointerTo(t).MethodByName(name); ok {
					sig := typeID(reflect.FuncOf(nil, []reflect.Type{reflect.TypeOf("")}, false))
					d.Methods = append(d.Methods, methodDesc{name, true, sig})
				}
			}
		}
	}
	types[id] = d
	return id
}

type argDesc struct {
	T int         `json:"t"`
	V interface{} `json:"v"`
}

func fbits(f float64) string { return strconv.FormatUint(math.Float64bits(f), 10) }

func value(v reflect.Value) interface{} {
	switch v.Kind() {
	case reflect.Bool:
		return v.Bool()
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return strconv.FormatInt(v.Int(), 10)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return strconv.FormatUint(v.Uint(), 10)
	case reflect.Float32, reflect.Float64:
		return fbits(v.Float())
	case reflect.Complex64, reflect.Complex128:
		c := v.Complex()
		return []string{fbits(real(c)), fbits(imag(c))}
	case reflect.String:
		return base64.StdEncoding.EncodeToString([]byte(v.String()))
	case reflect.Array:
		out := []interface{}{}
		for i := 0; i < v.Len(); i++ {
			out = append(out, value(v.Index(i)))
		}
		return out
	case reflect.Slice:
		if v.IsNil() {
			return nil
		}
		out := []interface{}{}
		for i := 0; i < v.Len(); i++ {
			out = append(out, value(v.Index(i)))
		}
		return map[string]interface{}{"elems": out}
	case reflect.Struct:
		out := []interface{}{}
		for i := 0; i < v.NumField(); i++ {
			out = append(out, value(v.Field(i)))
		}
		return out
	case reflect.Pointer:
		if v.IsNil() {
			return nil
		}
		return map[string]interface{}{"to": value(v.Elem())}
	case reflect.Interface:
		if v.IsNil() {
			return nil
		}
		e := v.Elem()
		return argDesc{typeID(e.Type()), value(e)}
	case reflect.Map:
		if v.IsNil() {
			return nil
		}
		out := [][]interface{}{}
		it := v.MapRange()
		for it.Next() {
			out = append(out, []interface{}{value(it.Key()), value(it.Value())})
		}
		return map[string]interface{}{"entries": out}
	case reflect.Chan, reflect.Func:
		if v.IsNil() {
			return nil
		}
		return "nonnil"
	}
	panic("cannot describe " + v.Kind().String())
}

func describe(a interface{}) interface{} {
	if a == nil {
		return nil
	}
	v := reflect.ValueOf(a)
	return argDesc{typeID(v.Type()), value(v)}
}

type caseDesc struct {
	Fn     string        `json:"fn"`
	Format string        `json:"format"`
	Args   []interface{} `json:"args"`
	Out    string        `json:"out"`
	Wrap   string        `json:"wrap,omitempty"`
	NWrap  int           `json:"nwrap,omitempty"`
}

var cases []caseDesc
// heap addresses in any base: 0xc000012345, c000012345, 824633794560, 14000000221505, 1100...
var addr = regexp.MustCompile(`(?i)c00[0-9a-f]{7}|8246[0-9]{8}|1400000[0-7]{7}|110000000000000000[01]{22}`)

func add(fn, format string, args ...interface{}) {
	var out string
	c := caseDesc{Fn: fn, Format: base64.StdEncoding.EncodeToString([]byte(format))}
	switch fn {
	case "Sprintf":
		out = fmt.Sprintf(format, args...)
	case "Sprint":
		out = fmt.Sprint(args...)
	case "Sprintln":
		out = fmt.Sprintln(args...)
	case "Errorf":
		err := fmt.Errorf(format, args...)
		out = err.Error()
		if u, ok := err.(interface{ Unwrap() error }); ok {
			c.Wrap = "one"
			if u.Unwrap() != nil {
				c.NWrap = 1
			}
		} else {
			c.Wrap = "none"
		}
	}
	if addr.MatchString(out) {
		return
	}
	for _, a := range args {
		c.Args = append(c.Args, describe(a))
	}
	if c.Args == nil {
		c.Args = []interface{}{}
	}
	c.Out = base64.StdEncoding.EncodeToString([]byte(out))
	cases = append(cases, c)
}

func f(format string, args ...interface{}) { add("Sprintf", format, args...) }

func main() {
	negz := math.Copysign(0, -1)
	ip := 7
	values := []interface{}{
		true, false, 0, 42, -42, int8(-128), int16(1234), int32(-5), int64(math.MinInt64), int64(math.MaxInt64), uint(7), uint8(255), uint16(65535),
		uint32(4294967295), uint64(math.MaxUint64), uintptr(0x1234), 'x', rune(0x1F600), rune(-1),
		0.0, negz, 1.0, -1.5, 3.141592653589793, 1e6, 1e21, 1e-5, 123456789.0, 0.000012345, math.Inf(1), math.Inf(-1), math.NaN(), 2.5, 1e100,
		float32(0.1), float32(1.0) / 3, float32(16777216), complex(1, 2), complex(-1.5, 0), complex64(complex(0.1, -0.2)),
		"", "hello", "héllo, 世界", "tab\there", "quote\"d", "\xff\xfe", "\u2028", "`back`",
		[]byte("hi"), []byte{}, []byte(nil), Bytes("xyz"), [3]byte{1, 2, 3}, []MyByte{1, 2},
		[]int{1, 2, 3}, []int(nil), []int{}, []string{"a", "b c"}, [2]bool{true, false}, []interface{}{1, "a", nil, 2.5},
		[]float64{1.5, math.NaN()}, [][]int{{1}, {2, 3}}, IntList{4, 5},
		map[string]int{"b": 2, "a": 1, "c": 3}, map[int]string{3: "c", 1: "a", -2: "z"}, map[string]int(nil), map[string]int{},
		map[float64]bool{math.NaN(): true, -1: false, math.Inf(1): true, 0: false}, map[bool]int{true: 1, false: 0},
		map[Point]string{{2, 1}: "b", {1, 9}: "a"}, map[[2]int]int{{2, 1}: 1, {1, 2}: 2}, StrMap{"k": 1},
		map[interface{}]int{1: 1, "a": 2, 2.5: 3, true: 4, nil: 5, int8(3): 6},
		Point{1, 2}, &Point{3, 4}, (*Point)(nil), Inner{7, "seven"}, Empty{}, &Empty{}, Pair{"x", "y"}, &[2]int{5, 6}, &[]int{7}, &map[string]int{"q": 1},
		Outer{I: Inner{1, "x"}, S: []int{1}, M: map[string]int{"m": 1}, Any: 3, priv: 9, Pt: Point{5, 6}},
		Outer{P: &Inner{2, "y"}, E: errors.New("inner error"), Any: Point{1, 1}},
		Embed{Point{1, 2}, Inner{3, "c"}, true}, Tagged{1, "b"},
		Hidden{1.5, 2.5, errors.New("e1"), errors.New("e2"), "n"},
		Celsius(21.5), Weekday(1), &MyErr{7}, ValErr{"bad"}, Both(0), GoStr{1}, &GoStr{2}, Name("bob"), &PtrStringer{1}, PtrStringer{2},
		[]Celsius{1, 2}, map[Name]Celsius{"a": 1}, []error{ValErr{"x"}, nil}, [1]Weekday{2},
		MyInt(-3), MyFloat(2.5), MyStr("named"), MyBool(true), MyComplex(complex(3, 4)), Flags(9), MyByte(65),
		(*int)(nil), (chan int)(nil), (func())(nil), error(nil), (*MyErr)(nil), (*NilSafe)(nil), Panicky(1), []Panicky{2},
		struct {
			A int
			B []string
		}{1, []string{"z"}},
		struct{}{}, [0]int{}, &ip,
	}
	verbs := []string{"%v", "%+v", "%#v", "%T", "%d", "%s", "%q", "%x", "%X", "%t", "%c", "%U", "%b", "%o", "%O", "%e", "%E", "%f", "%F", "%g", "%G",
		"%8v", "%-8v|", "%08v", "%.2v", "%+d", "% d", "%#x", "%# x", "% x", "%#o", "%6.2f", "%-10s|", "%010.3f", "%+.3e", "%#g", "%#.3x", "%.0f", "%5t", "%x"}
	for _, v := range values {
		for _, verb := range verbs {
			f(verb, v)
		}
	}
	// numbers with flags and widths
	for _, v := range []interface{}{0, 7, -7, 255, -255, int64(math.MinInt64), uint64(math.MaxUint64), uint8(200), int8(-1)} {
		for _, verb := range []string{"%5d", "%-5d|", "%05d", "%+05d", "% 05d", "%.3d", "%8.3d", "%08.3d", "%x", "%#X", "%#08x", "%#b", "%#o", "%O", "%q", "%+q", "%c", "%U", "%#U", "%.6U", "%#-10U|", "%010d", "%-010d|", "%.0d", "%5.0d|"} {
			f(verb, v)
		}
	}
	for _, v := range []interface{}{0.0, 1.0, -1.0, 1234.5678, -0.000123, 1e20, 1e-20, 100.0, 0.5, 2.5, 3.5, 1.005, math.NaN(), math.Inf(1), math.Inf(-1), negz, float32(3.14), float32(1e-7)} {
		for _, verb := range []string{"%v", "%.0f", "%.1f", "%.2f", "%.3e", "%.10g", "%g", "%G", "%e", "%8.3f", "%-8.3f|", "%08.3f", "%+.2f", "% .2f", "%#v", "%#.0f", "%#e", "%#g", "%#.4g", "%x", "%X", "%#x", "%.3x", "%b", "%010v", "%+v", "% v", "%+010.2f", "%-010.2f|", "%#8.0e", "%.20f", "%.15g", "%.17g"} {
			f(verb, v)
		}
	}
	for _, v := range []interface{}{complex(1, -2), complex(0, 0), complex(math.Inf(1), math.NaN()), complex64(complex(1.5, 2.5))} {
		for _, verb := range []string{"%v", "%.2f", "%8.2f", "%+v", "%e", "%g", "%#v", "%d", "%x"} {
			f(verb, v)
		}
	}
	for _, v := range []interface{}{"", "abc", "héllo", "日本語", "\x00\x7f", "a\nb", "\xff"} {
		for _, verb := range []string{"%s", "%q", "%+q", "%#q", "%x", "% x", "%#x", "%# X", "%.2s", "%.1q", "%5s|", "%-5s|", "%05s", "%.0s|", "%10q", "%v", "%#v", "%T", "%3.1s|", "%.3x"} {
			f(verb, v)
		}
	}
	// argument handling
	f("%d %d", 1)
	f("%d", 1, 2)
	f("%d %s", 1, "x", 3.5, nil)
	f("no verbs", 1, "two")
	f("%!")
	f("%")
	f("abc%")
	f("%-")
	f("%5")
	f("%.")
	f("%[2]d %[1]d", 1, 2)
	f("%[2]d %d", 1, 2, 3)
	f("%[3]d", 1, 2)
	f("%[0]d", 1)
	f("%[x]d", 1)
	f("%[1]", 1)
	f("%[", 1)
	f("%[2]*[1]d", 12, 5)
	f("%*d|", 5, 42)
	f("%-*d|", 5, 42)
	f("%*d|", -5, 42)
	f("%.*f", 2, 3.14159)
	f("%.*f", -1, 3.14159)
	f("%*d", "x", 42)
	f("%.*d", "x", 42)
	f("%*d", 10000000, 1)
	f("%*d", uint8(3), 1)
	f("%*d", int64(4), 1)
	f("%[1]*d", 3)
	f("%[3]*.[2]*[1]f", 12.0, 2, 6)
	f("%d %d %#[1]x %#x", 16, 17)
	f("%[1]d %[1]x %[1]o", 64)
	f("%3[1]d", 5)
	f("%.2[1]f", 5.0)
	f("%%")
	f("%5%")
	f("%-5%|")
	f("%z", 1)
	f("%z", "s")
	f("%!d", 1)
	f("%é", 1)
	f("%☺", 3)
	f("%v %v", nil, nil)
	f("%d", nil)
	f("%s", nil)
	f("%T", nil)
	f("%p", nil)
	f("%x", []string{"ab", "cd"})
	f("%X", [2]string{"a", "b"})
	f("%q", []string{"a", "b"})
	f("%s", []interface{}{"a", 1})
	f("%d", []interface{}{"a", 1})
	f("%05d", []int{1, -2})
	f("%x", Bytes{0xab})
	f("%s", Bytes("str"))
	f("%q", [3]byte{'a', 'b', 'c'})
	f("%v", map[interface{}]int{1: 1, "a": 2, 2.5: 3, true: 4, nil: 5, int8(3): 6, [2]int{1, 2}: 7, Point{1, 2}: 8, uint(9): 9, MyInt(4): 10, Name("n"): 11, Celsius(2): 12, float32(1): 13, Pair{"a", "b"}: 14, Empty{}: 15})
	f("%v", map[interface{}]string{MyStr("s"): "a", MyBool(true): "b", Flags(1): "c", 'r': "d", int16(2): "e", struct{ A int }{1}: "f", [1]string{"x"}: "g", complex(1, 1): "h"})
	f("%v", []MyByte{65})
	f("%s", []MyByte{65, 66})
	f("%d", "str")
	f("%s", 42)
	f("%t", 1)
	f("%d", true)
	f("%s", Point{1, 2})
	f("%d", Point{1, 2})
	f("%x", Point{10, 11})
	f("%d", Inner{1, "x"})
	f("%s", Celsius(1))
	f("%d", Celsius(1))
	f("%x", Name("hi"))
	f("%q", Name("hi"))
	f("%d", Name("hi"))
	f("%v", Panicky(1))
	f("%d", Panicky(1))
	f("%s", (*NilSafe)(nil))
	f("%v", []interface{}{(*NilSafe)(nil), Panicky(3)})
	f("%v %s", &MyErr{1}, &MyErr{2})
	f("%v", MyErr{3})
	f("%+v %#v", ValErr{"z"}, ValErr{"z"})
	f("%#v", []interface{}{GoStr{1}, &GoStr{2}, 3})
	f("%#v", map[string]interface{}{"a": nil, "b": []int(nil)})
	f("%#v", struct{ F interface{} }{})
	f("%#v", [2]interface{}{1, "x"})
	f("%#v", []*int{nil})
	f("%#v", map[string]*Point{"n": nil})
	f("%v", map[string]*Point{"n": nil})
	f("%+v", map[string]Point{"p": {1, 2}})
	f("%#v", Outer{})
	f("%v", Outer{})
	f("%+v", Outer{})
	f("%v", [][]string{nil, {}})
	f("%#v", [][]string{nil, {}})
	f("%v", &[]interface{}{nil})
	f("%v", &Outer{})
	f("%s", &Inner{1, "p"})
	f("%d", &Inner{1, "p"})
	f("%+v", &Embed{})
	f("%6.2v|", []float64{1.234, 5})
	f("%-4v|", []int{1, 2})
	f("%x", []int{255, 16})
	f("%X", map[string]int{"a": 10})
	f("%c", []int{65, 0x1F600})
	f("%q", []int32{65, 10})
	f("%U", []rune("hé"))
	f("%v", 'a')
	f("%c|%5c|%-5c|", 'A', 'B', 'C')
	f("%c", 0x110000)
	f("%q", 0xD800)
	f("%q", '\'')
	f("%+q", 'é')
	f("%#q", "back`tick")
	f("%#q", "new\nline")
	f("%x", 3.5)
	f("%t %v", MyBool(false), MyBool(true))
	f("%s", error(nil))
	f("%v", []error{nil})
	f("%w", errors.New("not errorf"))
	f("%d%%", 50)
	f("%v|%6v|%-6v|", true, false, true)
	f("%08.3s|", "abcdef")
	f("%-08s|", "ab")
	f("%+s", "x")
	f("% s", "x")
	f("%#s", "x")
	f("%.3q", "abcdef")
	f("%x", "")
	f("%8x|", "")
	f("% X", []byte{1, 2, 255})
	f("%#x", []byte{})
	f("%.1x", []byte{0xab, 0xcd})
	f("%10.1x|", "abc")
	f("%-10x|", "abc")
	f("%010x|", "abc")
	f("%v", int64(-1)<<63)
	f("%x", int64(-1)<<63)
	f("%b", uint64(1)<<63)
	f("%o", -8)
	f("%#v", uint8(10))
	f("%#v", []uint{1, 2})
	f("%#v", MyInt(5))
	f("%#v", MyStr("s"))
	f("%#v", 1.0)
	f("%#v", float32(2))
	f("%#v", 1e21)
	f("%#v", complex(1, 0))
	f("%#v", "q")
	f("%#v", []string(nil))
	f("%#v", map[int]bool(nil))
	f("%#v", (*Point)(nil))
	f("%#v", &Point{1, 2})
	f("%#v", Empty{})
	f("%#v", struct{}{})
	f("%#v", [0]int{})
	f("%#v", []interface{}{})
	f("%#v", interface{}(nil))
	f("%#v", Embed{})
	f("%#v", Tagged{})
	f("%#v", (chan int)(nil))
	f("%#v", (func(int) string)(nil))
	f("%#v", (chan<- string)(nil))
	f("%#v", (<-chan (<-chan int))(nil))
	f("%#v", []map[string]int{nil})
	f("%T", []interface{}{})
	f("%T", map[string][]*Point{})
	f("%T", struct {
		A int
		b string
	}{})
	f("%T", (func(int, ...string) (bool, error))(nil))
	f("%T", (chan<- int)(nil))
	f("%T", [3][]int{})
	f("%T %T", Celsius(1), &MyErr{})
	f("%T", (*interface{})(nil))
	f("%T", (*error)(nil))
	f("%T", (*fmt.Stringer)(nil))
	f("%T", &struct{ E error }{})
	f("%10T|", 1)
	f("%-10T|", "s")
	f("%.2T", 1.5)
	// Print and Println spacing
	add("Sprint", "", 1, 2, "a", "b", 3, 4.5, nil, true, "c")
	add("Sprint", "", "a", 1, "b")
	add("Sprint", "", 1, "a", 2)
	add("Sprint", "", Name("x"), Name("y"), 1)
	add("Sprint", "", MyStr("x"), MyStr("y"), 1, 2)
	add("Sprint", "")
	add("Sprint", "", nil, nil)
	add("Sprint", "", []int{1}, []int{2})
	add("Sprint", "", Celsius(1), Celsius(2))
	add("Sprintln", "", 1, 2, "a", "b", 3, 4.5, nil, true)
	add("Sprintln", "")
	add("Sprintln", "", "only")
	add("Sprintln", "", Point{1, 2}, &Point{3, 4}, []interface{}{1, "x"}, map[string]int{"a": 1})
	add("Sprintln", "", float32(0.1), 0.1, 1e6, 1e-7, 100000.0, 123456789.0, 1.0)
	add("Sprintln", "", int64(math.MaxInt64), uint64(math.MaxUint64), int8(-8))
	add("Sprintln", "", &MyErr{4}, ValErr{"v"}, Celsius(-3), Weekday(2), Both(1))
	add("Sprintln", "", Panicky(0), (*NilSafe)(nil), GoStr{})
	add("Sprintln", "", Hidden{1, 2, errors.New("a"), errors.New("b"), "n"})
	// Errorf
	add("Errorf", "plain %d", 1)
	add("Errorf", "wrap: %w", errors.New("inner"))
	add("Errorf", "wrap: %w", ValErr{"v"})
	add("Errorf", "wrap: %v", errors.New("inner"))
	add("Errorf", "wrap: %w", 42)
	add("Errorf", "wrap: %w", nil)
	add("Errorf", "wrap: %+w", &MyErr{9})
	add("Errorf", "wrap: %[1]w %[1]v", errors.New("twice"))
	add("Errorf", "%s: %w", "ctx", errors.New("e"))

	enc := json.NewEncoder(os.Stdout)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(map[string]interface{}{"types": types, "cases": cases}); err != nil {
		panic(err)
	}
	fmt.Fprintln(os.Stderr, len(cases), "cases,", len(types), "types")
	_ = strings.Repeat
}
