// Generates int64_cases.txt: 64-bit and sized integer arithmetic, conversions
// and shifts as real Go computes them, one case per line, fields separated by
// spaces (run: go run gen_int64.go > int64_cases.txt).
package main

import (
	"bufio"
	"fmt"
	"math"
	"os"
	"reflect"
)

var signedVals = []int64{0, 1, -1, 2, -2, 3, -3, 7, -7, 10, -10, 255, -256, 1<<31 - 1, -1 << 31, 1 << 32, 1<<32 + 1,
	1<<53 - 1, 1 << 53, 1<<53 + 1, -(1<<53 - 1), -1 << 53, -(1<<53 + 1), 1 << 62, math.MaxInt64, math.MinInt64,
	math.MinInt64 + 1, 123456789012345, -987654321987, 0x5555555555555555, -0x5555555555555556, 3037000499, 3037000500, 94906265, 94906266}

var unsignedVals = []uint64{0, 1, 2, 3, 7, 10, 255, 1<<31 - 1, 1 << 31, 1<<32 - 1, 1 << 32, 1<<53 - 1, 1 << 53, 1<<53 + 1,
	1 << 62, 1<<63 - 1, 1 << 63, 1<<63 + 1, math.MaxUint64, math.MaxUint64 - 1, 123456789012345, 0xAAAAAAAAAAAAAAAA, 4294967296 * 3, 18446744073709551557}

var shifts = []uint64{0, 1, 2, 7, 8, 15, 16, 31, 32, 33, 52, 53, 54, 62, 63, 64, 65, 100, 1 << 40}

type binCase struct {
	Op, A, B, R string
}

//go:noinline
func sop(op string, a, b int64) string {
	switch op {
	case "add":
		return fmt.Sprint(a + b)
	case "sub":
		return fmt.Sprint(a - b)
	case "mul":
		return fmt.Sprint(a * b)
	case "div":
		if b == 0 {
			return "panic"
		}
		return fmt.Sprint(a / b)
	case "rem":
		if b == 0 {
			return "panic"
		}
		return fmt.Sprint(a % b)
	case "and":
		return fmt.Sprint(a & b)
	case "or":
		return fmt.Sprint(a | b)
	case "xor":
		return fmt.Sprint(a ^ b)
	case "andnot":
		return fmt.Sprint(a &^ b)
	case "cmp":
		switch {
		case a < b:
			return "-1"
		case a > b:
			return "1"
		}
		return "0"
	}
	panic(op)
}

//go:noinline
func uop(op string, a, b uint64) string {
	switch op {
	case "add":
		return fmt.Sprint(a + b)
	case "sub":
		return fmt.Sprint(a - b)
	case "mul":
		return fmt.Sprint(a * b)
	case "div":
		if b == 0 {
			return "panic"
		}
		return fmt.Sprint(a / b)
	case "rem":
		if b == 0 {
			return "panic"
		}
		return fmt.Sprint(a % b)
	case "and":
		return fmt.Sprint(a & b)
	case "or":
		return fmt.Sprint(a | b)
	case "xor":
		return fmt.Sprint(a ^ b)
	case "andnot":
		return fmt.Sprint(a &^ b)
	case "cmp":
		switch {
		case a < b:
			return "-1"
		case a > b:
			return "1"
		}
		return "0"
	}
	panic(op)
}

type unCase struct {
	A                                                            string
	Neg, Not, I8, I16, I32, U8, U16, U32, U64, F64, F32, AsInt64 string
}

type shiftCase struct {
	A, N, Shl, Shr string
}

func main() {
	out := map[string]interface{}{}
	var sb, ub []binCase
	ops := []string{"add", "sub", "mul", "div", "rem", "and", "or", "xor", "andnot", "cmp"}
	for _, op := range ops {
		for _, a := range signedVals {
			for _, b := range signedVals {
				sb = append(sb, binCase{op, fmt.Sprint(a), fmt.Sprint(b), sop(op, a, b)})
			}
		}
		for _, a := range unsignedVals {
			for _, b := range unsignedVals {
				ub = append(ub, binCase{op, fmt.Sprint(a), fmt.Sprint(b), uop(op, a, b)})
			}
		}
	}
	out["signed"] = sb
	out["unsigned"] = ub
	var su, uu []unCase
	for _, a := range signedVals {
		su = append(su, unCase{A: fmt.Sprint(a), Neg: fmt.Sprint(-a), Not: fmt.Sprint(^a), I8: fmt.Sprint(int8(a)), I16: fmt.Sprint(int16(a)),
			I32: fmt.Sprint(int32(a)), U8: fmt.Sprint(uint8(a)), U16: fmt.Sprint(uint16(a)), U32: fmt.Sprint(uint32(a)), U64: fmt.Sprint(uint64(a)),
			F64: fmt.Sprint(math.Float64bits(float64(a))), F32: fmt.Sprint(math.Float32bits(float32(a))), AsInt64: fmt.Sprint(a)})
	}
	for _, a := range unsignedVals {
		uu = append(uu, unCase{A: fmt.Sprint(a), Neg: fmt.Sprint(-a), Not: fmt.Sprint(^a), I8: fmt.Sprint(int8(a)), I16: fmt.Sprint(int16(a)),
			I32: fmt.Sprint(int32(a)), U8: fmt.Sprint(uint8(a)), U16: fmt.Sprint(uint16(a)), U32: fmt.Sprint(uint32(a)), U64: fmt.Sprint(a),
			F64: fmt.Sprint(math.Float64bits(float64(a))), F32: fmt.Sprint(math.Float32bits(float32(a))), AsInt64: fmt.Sprint(int64(a))})
	}
	out["signedUnary"] = su
	out["unsignedUnary"] = uu
	var ss, us []shiftCase
	for _, a := range signedVals {
		for _, n := range shifts {
			ss = append(ss, shiftCase{fmt.Sprint(a), fmt.Sprint(n), fmt.Sprint(a << n), fmt.Sprint(a >> n)})
		}
	}
	for _, a := range unsignedVals {
		for _, n := range shifts {
			us = append(us, shiftCase{fmt.Sprint(a), fmt.Sprint(n), fmt.Sprint(a << n), fmt.Sprint(a >> n)})
		}
	}
	out["signedShift"] = ss
	out["unsignedShift"] = us
	// sized integer ops: int8/int16/int32/uint8/uint16/uint32
	out["sized"] = sized()
	out["floatToInt"] = floatToInt()
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	for _, k := range []string{"signed", "unsigned", "signedUnary", "unsignedUnary", "signedShift", "unsignedShift", "sized", "floatToInt"} {
		v := reflect.ValueOf(out[k])
		for i := 0; i < v.Len(); i++ {
			e := v.Index(i)
			fmt.Fprint(w, k)
			for j := 0; j < e.NumField(); j++ {
				fmt.Fprint(w, " ", e.Field(j).Interface())
			}
			fmt.Fprintln(w)
		}
	}
}

type sizedCase struct {
	Kind, Op, A, B, R string
}

func sized() []sizedCase {
	var cs []sizedCase
	vals := []int64{0, 1, -1, 7, -100, 127, -128, 200, 32767, -32768, 40000, 1<<31 - 1, -1 << 31, 3000000000}
	svals := []int64{0, 1, 3, 7, 8, 15, 16, 17, 31, 32, 33, 64, 1000}
	ops := []string{"add", "sub", "mul", "div", "rem", "and", "or", "xor", "andnot", "shl", "shr", "neg", "not"}
	for _, op := range ops {
		for _, av := range vals {
			bs := vals
			if op == "shl" || op == "shr" {
				bs = svals
			}
			if op == "neg" || op == "not" {
				bs = []int64{0}
			}
			for _, bv := range bs {
				cs = append(cs, sizedCase{"int8", op, fmt.Sprint(int8(av)), bstr(int8(bv), bv, op), i8(op, int8(av), int8(bv), uint(bv))})
				cs = append(cs, sizedCase{"int16", op, fmt.Sprint(int16(av)), bstr(int16(bv), bv, op), i16(op, int16(av), int16(bv), uint(bv))})
				cs = append(cs, sizedCase{"int32", op, fmt.Sprint(int32(av)), bstr(int32(bv), bv, op), i32(op, int32(av), int32(bv), uint(bv))})
				cs = append(cs, sizedCase{"uint8", op, fmt.Sprint(uint8(av)), bstr(uint8(bv), bv, op), u8(op, uint8(av), uint8(bv), uint(bv))})
				cs = append(cs, sizedCase{"uint16", op, fmt.Sprint(uint16(av)), bstr(uint16(bv), bv, op), u16(op, uint16(av), uint16(bv), uint(bv))})
				cs = append(cs, sizedCase{"uint32", op, fmt.Sprint(uint32(av)), bstr(uint32(bv), bv, op), u32(op, uint32(av), uint32(bv), uint(bv))})
			}
		}
	}
	return cs
}

// bstr prints the second operand: the shift count itself for shifts.
func bstr(b interface{}, raw int64, op string) string {
	if op == "shl" || op == "shr" {
		return fmt.Sprint(raw)
	}
	return fmt.Sprint(b)
}

type floatCase struct {
	F                                               string // float64 bits
	Int, I8, I16, I32, I64, Uint, U8, U16, U32, U64 string
	Is32                                            bool
}

//go:noinline
func fconv(f float64) floatCase {
	return floatCase{fmt.Sprint(math.Float64bits(f)), fmt.Sprint(int(f)), fmt.Sprint(int8(f)), fmt.Sprint(int16(f)), fmt.Sprint(int32(f)), fmt.Sprint(int64(f)),
		fmt.Sprint(uint(f)), fmt.Sprint(uint8(f)), fmt.Sprint(uint16(f)), fmt.Sprint(uint32(f)), fmt.Sprint(uint64(f)), false}
}

//go:noinline
func fconv32(f float32) floatCase {
	return floatCase{fmt.Sprint(math.Float64bits(float64(f))), fmt.Sprint(int(f)), fmt.Sprint(int8(f)), fmt.Sprint(int16(f)), fmt.Sprint(int32(f)), fmt.Sprint(int64(f)),
		fmt.Sprint(uint(f)), fmt.Sprint(uint8(f)), fmt.Sprint(uint16(f)), fmt.Sprint(uint32(f)), fmt.Sprint(uint64(f)), true}
}

func floatToInt() []floatCase {
	vals := []float64{0, math.Copysign(0, -1), 0.5, -0.5, 0.99, 1.5, -1.5, 2.9, -2.9, 127.9, 128, -128.7, -129, 255.5, 256, 32767.9, 32768, -32768.5, -32769, 65535, 65536,
		2147483647, 2147483647.9, 2147483648, -2147483648, -2147483648.9, -2147483649, 4294967295, 4294967296, 4294967296.5, -4294967296,
		9007199254740991, 9007199254740992, 9007199254740994, -9007199254740994, 4611686018427387904, 9223372036854774784, 9223372036854775808, -9223372036854775808, -9223372036854777856,
		1e19, 1.2e19, 18446744073709549568, 18446744073709551616, 3e19, 1e20, 1e300, -1e19, -1e300, 1e-300, -1e-300,
		math.Inf(1), math.Inf(-1), math.NaN(), math.MaxFloat64, math.SmallestNonzeroFloat64, 12345.678, -98765.4321}
	var cs []floatCase
	for _, v := range vals {
		cs = append(cs, fconv(v))
		cs = append(cs, fconv32(float32(v)))
	}
	return cs
}

//go:noinline
func i8(op string, a, b int8, s uint) string {
	switch op {
	case "add":
		return fmt.Sprint(a + b)
	case "sub":
		return fmt.Sprint(a - b)
	case "mul":
		return fmt.Sprint(a * b)
	case "div":
		if b == 0 {
			return "panic"
		}
		return fmt.Sprint(a / b)
	case "rem":
		if b == 0 {
			return "panic"
		}
		return fmt.Sprint(a % b)
	case "and":
		return fmt.Sprint(a & b)
	case "or":
		return fmt.Sprint(a | b)
	case "xor":
		return fmt.Sprint(a ^ b)
	case "andnot":
		return fmt.Sprint(a &^ b)
	case "shl":
		return fmt.Sprint(a << s)
	case "shr":
		return fmt.Sprint(a >> s)
	case "neg":
		return fmt.Sprint(-a)
	case "not":
		return fmt.Sprint(^a)
	}
	panic(op)
}

//go:noinline
func i16(op string, a, b int16, s uint) string {
	switch op {
	case "add":
		return fmt.Sprint(a + b)
	case "sub":
		return fmt.Sprint(a - b)
	case "mul":
		return fmt.Sprint(a * b)
	case "div":
		if b == 0 {
			return "panic"
		}
		return fmt.Sprint(a / b)
	case "rem":
		if b == 0 {
			return "panic"
		}
		return fmt.Sprint(a % b)
	case "and":
		return fmt.Sprint(a & b)
	case "or":
		return fmt.Sprint(a | b)
	case "xor":
		return fmt.Sprint(a ^ b)
	case "andnot":
		return fmt.Sprint(a &^ b)
	case "shl":
		return fmt.Sprint(a << s)
	case "shr":
		return fmt.Sprint(a >> s)
	case "neg":
		return fmt.Sprint(-a)
	case "not":
		return fmt.Sprint(^a)
	}
	panic(op)
}

//go:noinline
func i32(op string, a, b int32, s uint) string {
	switch op {
	case "add":
		return fmt.Sprint(a + b)
	case "sub":
		return fmt.Sprint(a - b)
	case "mul":
		return fmt.Sprint(a * b)
	case "div":
		if b == 0 {
			return "panic"
		}
		return fmt.Sprint(a / b)
	case "rem":
		if b == 0 {
			return "panic"
		}
		return fmt.Sprint(a % b)
	case "and":
		return fmt.Sprint(a & b)
	case "or":
		return fmt.Sprint(a | b)
	case "xor":
		return fmt.Sprint(a ^ b)
	case "andnot":
		return fmt.Sprint(a &^ b)
	case "shl":
		return fmt.Sprint(a << s)
	case "shr":
		return fmt.Sprint(a >> s)
	case "neg":
		return fmt.Sprint(-a)
	case "not":
		return fmt.Sprint(^a)
	}
	panic(op)
}

//go:noinline
func u8(op string, a, b uint8, s uint) string {
	switch op {
	case "add":
		return fmt.Sprint(a + b)
	case "sub":
		return fmt.Sprint(a - b)
	case "mul":
		return fmt.Sprint(a * b)
	case "div":
		if b == 0 {
			return "panic"
		}
		return fmt.Sprint(a / b)
	case "rem":
		if b == 0 {
			return "panic"
		}
		return fmt.Sprint(a % b)
	case "and":
		return fmt.Sprint(a & b)
	case "or":
		return fmt.Sprint(a | b)
	case "xor":
		return fmt.Sprint(a ^ b)
	case "andnot":
		return fmt.Sprint(a &^ b)
	case "shl":
		return fmt.Sprint(a << s)
	case "shr":
		return fmt.Sprint(a >> s)
	case "neg":
		return fmt.Sprint(-a)
	case "not":
		return fmt.Sprint(^a)
	}
	panic(op)
}

//go:noinline
func u16(op string, a, b uint16, s uint) string {
	switch op {
	case "add":
		return fmt.Sprint(a + b)
	case "sub":
		return fmt.Sprint(a - b)
	case "mul":
		return fmt.Sprint(a * b)
	case "div":
		if b == 0 {
			return "panic"
		}
		return fmt.Sprint(a / b)
	case "rem":
		if b == 0 {
			return "panic"
		}
		return fmt.Sprint(a % b)
	case "and":
		return fmt.Sprint(a & b)
	case "or":
		return fmt.Sprint(a | b)
	case "xor":
		return fmt.Sprint(a ^ b)
	case "andnot":
		return fmt.Sprint(a &^ b)
	case "shl":
		return fmt.Sprint(a << s)
	case "shr":
		return fmt.Sprint(a >> s)
	case "neg":
		return fmt.Sprint(-a)
	case "not":
		return fmt.Sprint(^a)
	}
	panic(op)
}

//go:noinline
func u32(op string, a, b uint32, s uint) string {
	switch op {
	case "add":
		return fmt.Sprint(a + b)
	case "sub":
		return fmt.Sprint(a - b)
	case "mul":
		return fmt.Sprint(a * b)
	case "div":
		if b == 0 {
			return "panic"
		}
		return fmt.Sprint(a / b)
	case "rem":
		if b == 0 {
			return "panic"
		}
		return fmt.Sprint(a % b)
	case "and":
		return fmt.Sprint(a & b)
	case "or":
		return fmt.Sprint(a | b)
	case "xor":
		return fmt.Sprint(a ^ b)
	case "andnot":
		return fmt.Sprint(a &^ b)
	case "shl":
		return fmt.Sprint(a << s)
	case "shr":
		return fmt.Sprint(a >> s)
	case "neg":
		return fmt.Sprint(-a)
	case "not":
		return fmt.Sprint(^a)
	}
	panic(op)
}
