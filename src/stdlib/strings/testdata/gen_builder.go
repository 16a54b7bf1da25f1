//go:build ignore

// gen_builder writes builder.json: strings.Builder operation sequences with
// Len, Cap and String after each step, and strings.Replacer results, as Go
// 1.19 computes them (for natives.test.ts). Run with Go 1.19:
//
//	go run src/stdlib/strings/testdata/gen_builder.go > src/stdlib/strings/testdata/builder.json
package main

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
)

func L(s string) string {
	r := make([]rune, len(s))
	for i := 0; i < len(s); i++ {
		r[i] = rune(s[i])
	}
	return string(r)
}

// step is one Builder call, [method, arg], with its results and the Builder after it.
type step struct {
	Op     []any  `json:"op"`
	Ret    []any  `json:"ret"`
	Len    int    `json:"len"`
	Cap    int    `json:"cap"`
	String string `json:"string"`
	Panic  string `json:"panic,omitempty"`
}

// num reads an int or rune argument.
func num(v any) int {
	if r, ok := v.(rune); ok {
		return int(r)
	}
	return v.(int)
}

func run(b *strings.Builder, op []any) (ret []any, pan string) {
	defer func() {
		if e := recover(); e != nil {
			pan = fmt.Sprint(e)
		}
	}()
	switch op[0] {
	case "WriteString":
		n, err := b.WriteString(op[1].(string))
		return []any{n, err == nil}, ""
	case "Write":
		n, err := b.Write([]byte(op[1].(string)))
		return []any{n, err == nil}, ""
	case "WriteByte":
		err := b.WriteByte(byte(num(op[1])))
		return []any{err == nil}, ""
	case "WriteRune":
		n, err := b.WriteRune(rune(num(op[1])))
		return []any{n, err == nil}, ""
	case "Grow":
		b.Grow(num(op[1]))
	case "Reset":
		b.Reset()
	}
	return nil, ""
}

func main() {
	long := strings.Repeat("0123456789", 30)
	seqs := [][][]any{
		{{"WriteString", "abc"}, {"WriteByte", 'x'}, {"WriteRune", 0xe9}, {"WriteRune", 0x1f600}, {"WriteRune", -1},
			{"WriteRune", 0xd800}, {"WriteRune", 'z'}, {"Grow", 10}, {"Grow", 100}, {"WriteString", long}, {"Write", "\xff\x00"},
			{"WriteString", ""}, {"Write", ""}, {"Reset"}, {"WriteString", "again"}},
		{{"Grow", 5}, {"WriteString", "hello"}, {"WriteByte", '!'}, {"WriteRune", 0x65e5}, {"WriteRune", 0x65e5},
			{"WriteString", long}, {"WriteString", long}, {"WriteString", long}, {"WriteString", long}},
		{{"WriteRune", 0x65e5}, {"WriteRune", 0x65e5}, {"WriteRune", 0x65e5}, {"WriteString", "abcdefghijklmnop"}, {"Grow", 0}, {"Grow", 1000}},
		{{"Grow", -1}},
		{{"Write", ""}, {"WriteString", ""}},
	}
	var out [][]step
	for _, seq := range seqs {
		var b strings.Builder
		var steps []step
		for _, op := range seq {
			ret, pan := run(&b, op)
			for i, a := range op {
				if s, ok := a.(string); ok {
					op[i] = L(s)
				}
			}
			steps = append(steps, step{op, ret, b.Len(), b.Cap(), L(b.String()), pan})
		}
		out = append(out, steps)
	}
	// copies: a zero Builder may be copied; a used one may not be written after copying
	copies := map[string]string{}
	func() {
		var a strings.Builder
		c := a
		c.WriteString("ok")
		copies["zeroCopyWrite"] = c.String()
	}()
	catch := func(name string, f func()) {
		defer func() {
			if e := recover(); e != nil {
				copies[name] = "panic: " + fmt.Sprint(e)
			}
		}()
		f()
	}
	catch("usedCopyWrite", func() {
		var a strings.Builder
		a.WriteString("x")
		c := a
		c.WriteString("y")
	})
	catch("usedCopyGrow", func() {
		var a strings.Builder
		a.WriteString("x")
		c := a
		c.Grow(1)
	})
	func() {
		var a strings.Builder
		a.WriteString("xyz")
		c := a
		copies["usedCopyRead"] = fmt.Sprint(c.String(), c.Len(), c.Cap())
		c.Reset()
		c.WriteString("fresh")
		copies["usedCopyResetWrite"] = c.String() + "|" + a.String()
	}()
	// Replacer
	type rcase struct {
		Oldnew []string `json:"oldnew"`
		S      string   `json:"s"`
		Want   string   `json:"want"`
	}
	var reps []rcase
	pairs := [][]string{
		{"a", "1"}, {"a", "1", "aa", "2"}, {"aa", "2", "a", "1"}, {"a", "b", "b", "a"}, {"", "-"}, {"", "-", "a", "A"},
		{"a", "A", "", "-"}, {"abc", "X"}, {"&", "&amp;", "<", "&lt;", ">", "&gt;"}, {"a", "x", "a", "y"}, {"a", "xyz", "b", ""},
		{"\xff", "?", "日", "ri"}, {"hello", "HELLO", "hell", "X", "he", "Y"}, {"ab", "1", "bc", "2"}, {"", ""}, {"x", "x"},
		{}, {"aaa", "3", "aa", "2", "a", "1"}, {"日本", "JP", "本", "B"},
	}
	texts := []string{"", "a", "aaa", "abcabc", "banana", "<a href=\"x\">&</a>", "日本語\xff", "hello hell he", "abcbc", "xyz"}
	for _, on := range pairs {
		r := strings.NewReplacer(on...)
		for _, s := range texts {
			lon := []string{}
			for _, x := range on {
				lon = append(lon, L(x))
			}
			reps = append(reps, rcase{lon, L(s), L(r.Replace(s))})
		}
	}
	e := json.NewEncoder(os.Stdout)
	e.SetEscapeHTML(false)
	e.Encode(map[string]any{"builder": out, "copies": copies, "replacer": reps})
}
