//go:build ignore

// gen_buffer writes buffer.json: bytes.Buffer call sequences with the
// buffer's Len, Cap, contents and read offset after each call, as Go 1.19
// computes them (for natives.test.ts). Run with Go 1.19:
//
//	go run src/stdlib/bytes/testdata/gen_buffer.go > src/stdlib/bytes/testdata/buffer.json
package main

import (
	"bytes"
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

type step struct {
	Op    []any  `json:"op"`
	Ret   any    `json:"ret"`
	Len   int    `json:"len"`
	Cap   int    `json:"cap"`
	Bytes string `json:"bytes"`
	Panic string `json:"panic,omitempty"`
}

func num(v any) int {
	if r, ok := v.(rune); ok {
		return int(r)
	}
	return v.(int)
}

func run(b *bytes.Buffer, op []any) (ret any, pan string) {
	defer func() {
		if e := recover(); e != nil {
			pan = fmt.Sprint(e)
		}
	}()
	switch op[0] {
	case "WriteString":
		n, _ := b.WriteString(op[1].(string))
		return n, ""
	case "Write":
		n, _ := b.Write([]byte(op[1].(string)))
		return n, ""
	case "WriteByte":
		b.WriteByte(byte(num(op[1])))
	case "WriteRune":
		n, _ := b.WriteRune(rune(num(op[1])))
		return n, ""
	case "Grow":
		b.Grow(num(op[1]))
	case "Truncate":
		b.Truncate(num(op[1]))
	case "Reset":
		b.Reset()
	case "Next":
		return L(string(b.Next(num(op[1])))), ""
	}
	return nil, ""
}

func main() {
	long := strings.Repeat("0123456789", 10)
	seqs := [][][]any{
		{{"WriteString", "hello"}, {"WriteByte", ' '}, {"WriteRune", 0x65e5}, {"WriteRune", -1}, {"WriteRune", 'w'},
			{"Next", 3}, {"WriteString", long}, {"Next", 50}, {"WriteString", long}, {"Next", 1000}, {"WriteString", "x"},
			{"Truncate", 0}, {"WriteString", "abcdef"}, {"Truncate", 3}, {"Truncate", 5}, {"Truncate", -1}, {"Reset"}, {"Write", "\xff\x00"}},
		{{"Grow", 10}, {"Grow", 70}, {"WriteString", long}, {"Next", 90}, {"Grow", 20}, {"WriteString", long}, {"WriteString", long},
			{"Grow", -1}},
		{{"WriteString", long}, {"Next", 100}, {"WriteByte", 'z'}, {"Next", 0}, {"Next", 5}},
		{{"WriteRune", 0x1f600}, {"Write", ""}, {"WriteString", ""}, {"Grow", 0}},
		{{"Write", strings.Repeat("ab", 40)}, {"Next", 70}, {"Write", strings.Repeat("cd", 30)}, {"Next", 10}, {"Write", strings.Repeat("ef", 200)}},
	}
	var out [][]step
	for _, seq := range seqs {
		var b bytes.Buffer
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
	e := json.NewEncoder(os.Stdout)
	e.SetEscapeHTML(false)
	e.Encode(out)
}
