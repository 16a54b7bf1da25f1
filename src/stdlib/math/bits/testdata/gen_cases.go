//go:build ignore

// gen_cases writes cases.json: results of every math/bits function over a
// list of interesting values (and all pairs or triples of a shorter list),
// as Go 1.19 computes them, for natives.test.ts. Results are decimal
// strings; "P:<text>" is a panic. Run with Go 1.19:
//
//	go run src/stdlib/math/bits/testdata/gen_cases.go > src/stdlib/math/bits/testdata/cases.json
package main

import (
	"encoding/json"
	"fmt"
	"math/bits"
	"os"
)

var vals = []uint64{0, 1, 2, 3, 7, 0x80, 0xff, 0x100, 0x1234, 0x8000, 0xffff, 0x12345678, 0x80000000, 0xffffffff, 1 << 32,
	0xdeadbeefcafe, 1<<53 - 1, 1 << 53, 0x0123456789abcdef, 1 << 63, 0xfedcba9876543210, 1<<64 - 1}

var small = []uint64{0, 1, 2, 0xff, 0xffffffff, 1 << 32, 1<<53 + 1, 1 << 63, 1<<64 - 1}

var ks = []int{0, 1, 3, 7, 8, 15, 31, 32, 63, 64, 65, -1, -9, -33, -64}

func try(f func() []any) (out []any) {
	defer func() {
		if e := recover(); e != nil {
			out = []any{"P:" + fmt.Sprint(e)}
		}
	}()
	return f()
}

func str(vs ...any) []any {
	out := make([]any, len(vs))
	for i, v := range vs {
		out[i] = fmt.Sprint(v)
	}
	return out
}

func main() {
	unary := map[string][]any{}
	for _, v := range vals {
		x8, x16, x32 := uint8(v), uint16(v), uint32(v)
		u := func(name string, r ...any) { unary[name] = append(unary[name], str(r...)) }
		u("LeadingZeros", bits.LeadingZeros(uint(v)), bits.LeadingZeros8(x8), bits.LeadingZeros16(x16), bits.LeadingZeros32(x32), bits.LeadingZeros64(v))
		u("TrailingZeros", bits.TrailingZeros(uint(v)), bits.TrailingZeros8(x8), bits.TrailingZeros16(x16), bits.TrailingZeros32(x32), bits.TrailingZeros64(v))
		u("OnesCount", bits.OnesCount(uint(v)), bits.OnesCount8(x8), bits.OnesCount16(x16), bits.OnesCount32(x32), bits.OnesCount64(v))
		u("Reverse", bits.Reverse(uint(v)), bits.Reverse8(x8), bits.Reverse16(x16), bits.Reverse32(x32), bits.Reverse64(v))
		u("ReverseBytes", bits.ReverseBytes(uint(v)), bits.ReverseBytes16(x16), bits.ReverseBytes32(x32), bits.ReverseBytes64(v))
		u("Len", bits.Len(uint(v)), bits.Len8(x8), bits.Len16(x16), bits.Len32(x32), bits.Len64(v))
		var rot []any
		for _, k := range ks {
			rot = append(rot, bits.RotateLeft(uint(v), k), bits.RotateLeft8(x8, k), bits.RotateLeft16(x16, k), bits.RotateLeft32(x32, k), bits.RotateLeft64(v, k))
		}
		unary["RotateLeft"] = append(unary["RotateLeft"], str(rot...))
	}
	var triples []any
	for _, x := range small {
		for _, y := range small {
			for _, c := range []uint64{0, 1} {
				x32, y32 := uint32(x), uint32(y)
				r := []any{}
				r = append(r, try(func() []any { s, co := bits.Add64(x, y, c); return str(s, co) })...)
				r = append(r, try(func() []any { s, co := bits.Add(uint(x), uint(y), uint(c)); return str(s, co) })...)
				r = append(r, try(func() []any { s, co := bits.Add32(x32, y32, uint32(c)); return str(s, co) })...)
				r = append(r, try(func() []any { s, co := bits.Sub64(x, y, c); return str(s, co) })...)
				r = append(r, try(func() []any { s, co := bits.Sub(uint(x), uint(y), uint(c)); return str(s, co) })...)
				r = append(r, try(func() []any { s, co := bits.Sub32(x32, y32, uint32(c)); return str(s, co) })...)
				triples = append(triples, r)
			}
			x32, y32 := uint32(x), uint32(y)
			r := []any{}
			r = append(r, try(func() []any { h, l := bits.Mul64(x, y); return str(h, l) })...)
			r = append(r, try(func() []any { h, l := bits.Mul(uint(x), uint(y)); return str(h, l) })...)
			r = append(r, try(func() []any { h, l := bits.Mul32(x32, y32); return str(h, l) })...)
			for _, z := range small {
				z32 := uint32(z)
				r = append(r, try(func() []any { q, m := bits.Div64(x, y, z); return str(q, m) })...)
				r = append(r, try(func() []any { q, m := bits.Div(uint(x), uint(y), uint(z)); return str(q, m) })...)
				r = append(r, try(func() []any { q, m := bits.Div32(x32, y32, z32); return str(q, m) })...)
				r = append(r, try(func() []any { return str(bits.Rem64(x, y, z)) })...)
				r = append(r, try(func() []any { return str(bits.Rem(uint(x), uint(y), uint(z))) })...)
				r = append(r, try(func() []any { return str(bits.Rem32(x32, y32, z32)) })...)
			}
			triples = append(triples, r)
		}
	}
	sv := func(v []uint64) []string {
		var o []string
		for _, x := range v {
			o = append(o, fmt.Sprint(x))
		}
		return o
	}
	json.NewEncoder(os.Stdout).Encode(map[string]any{"vals": sv(vals), "small": sv(small), "ks": ks, "unary": unary, "pairs": triples})
}
