//go:build ignore

// gen_hashes prints, for each function of package math, an FNV-1a hash of
// its results (float64 bits, NaNs as one value; ints as int64) over ~2000
// inputs per argument, as Go 1.19 computes them on this machine (amd64 with
// FMA, like the Go Playground). natives.test.ts generates the same inputs
// with the same splitmix64 stream and compares hashes. Run with Go 1.19:
//
//	go run src/stdlib/math/testdata/gen_hashes.go [-dump name]
//
// -dump prints every input and result of one function (for debugging).
package main

import (
	"flag"
	"fmt"
	"math"
)

type rng struct{ s uint64 }

func (r *rng) next() uint64 {
	r.s += 0x9E3779B97F4A7C15
	z := r.s
	z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9
	z = (z ^ (z >> 27)) * 0x94D049BB133111EB
	return z ^ (z >> 31)
}

var specials = []float64{0, math.Copysign(0, -1), math.Inf(1), math.Inf(-1), math.NaN(), 1, -1, 0.5, -0.5, 2, -2, 3, -3,
	math.Pi, -math.Pi, math.Pi / 2, math.Pi / 4, 1e-310, -1e-310, 5e-324, math.MaxFloat64, -math.MaxFloat64,
	math.SmallestNonzeroFloat64, 1e300, -1e300, 1 << 29, 1 << 52, 1 << 53, 1e22, 0.1, 0.7071067811865476, 21, 33, 34, 171, 172}

// inputs: the specials, then n values cycling through raw bits, uniform in [-r, r),
// log-uniform with exponents in [-emax, emax], and quarter integers in [-5, 5].
func inputs(seed uint64, n int, r float64, emax int) []float64 {
	g := rng{seed}
	out := append([]float64(nil), specials...)
	for i := 0; i < n; i++ {
		u := g.next()
		var x float64
		switch i % 4 {
		case 0:
			x = math.Float64frombits(u)
		case 1:
			x = (float64(u>>11)*(1.0/(1<<53))*2 - 1) * r
		case 2:
			e := int((u>>53)%uint64(2*emax+1)) - emax
			x = math.Ldexp(1+float64(u&(1<<52-1))/(1<<52), e)
			if u>>63 == 1 {
				x = -x
			}
		case 3:
			x = float64(int64((u>>40)%41)-20) * 0.25
		}
		out = append(out, x)
	}
	return out
}

type fnv uint64

func (h *fnv) u64(v uint64) {
	for i := 0; i < 8; i++ {
		*h = (*h ^ fnv(byte(v>>(8*i)))) * 1099511628211
	}
}

func (h *fnv) f(x float64) {
	if x != x {
		h.u64(0x7FF8000000000001)
		return
	}
	h.u64(math.Float64bits(x))
}

type fn struct {
	name  string
	r     float64
	emax  int
	arity int
	f1    func(float64) []float64
	f2    func(float64, float64) []float64
}

func one(f func(float64) float64) func(float64) []float64 {
	return func(x float64) []float64 { return []float64{f(x)} }
}
func two(f func(float64, float64) float64) func(float64, float64) []float64 {
	return func(x, y float64) []float64 { return []float64{f(x, y)} }
}

func main() {
	dump := flag.String("dump", "", "function to dump")
	flag.Parse()
	fns := []fn{
		{"Abs", 10, 1030, 1, one(math.Abs), nil},
		{"Acos", 1.2, 60, 1, one(math.Acos), nil},
		{"Acosh", 100, 1030, 1, one(math.Acosh), nil},
		{"Asin", 1.2, 60, 1, one(math.Asin), nil},
		{"Asinh", 100, 1030, 1, one(math.Asinh), nil},
		{"Atan", 100, 1030, 1, one(math.Atan), nil},
		{"Atanh", 1.2, 60, 1, one(math.Atanh), nil},
		{"Cbrt", 1e6, 1030, 1, one(math.Cbrt), nil},
		{"Ceil", 1e6, 60, 1, one(math.Ceil), nil},
		{"Cos", 100, 1030, 1, one(math.Cos), nil},
		{"Cosh", 800, 12, 1, one(math.Cosh), nil},
		{"Erf", 8, 40, 1, one(math.Erf), nil},
		{"Erfc", 30, 40, 1, one(math.Erfc), nil},
		{"Erfcinv", 2.2, 60, 1, one(math.Erfcinv), nil},
		{"Erfinv", 1.2, 60, 1, one(math.Erfinv), nil},
		{"Exp", 800, 12, 1, one(math.Exp), nil},
		{"Exp2", 1100, 12, 1, one(math.Exp2), nil},
		{"Expm1", 800, 12, 1, one(math.Expm1), nil},
		{"Floor", 1e6, 60, 1, one(math.Floor), nil},
		{"Gamma", 200, 9, 1, one(math.Gamma), nil},
		{"J0", 100, 1030, 1, one(math.J0), nil},
		{"J1", 100, 1030, 1, one(math.J1), nil},
		{"Log", 1e6, 1080, 1, one(math.Log), nil},
		{"Log10", 1e6, 1080, 1, one(math.Log10), nil},
		{"Log1p", 10, 1030, 1, one(math.Log1p), nil},
		{"Log2", 1e6, 1080, 1, one(math.Log2), nil},
		{"Logb", 1e6, 1080, 1, one(math.Logb), nil},
		{"Round", 1e6, 60, 1, one(math.Round), nil},
		{"RoundToEven", 1e6, 60, 1, one(math.RoundToEven), nil},
		{"Sin", 100, 1030, 1, one(math.Sin), nil},
		{"Sinh", 800, 12, 1, one(math.Sinh), nil},
		{"Sqrt", 1e6, 1080, 1, one(math.Sqrt), nil},
		{"Tan", 100, 1030, 1, one(math.Tan), nil},
		{"Tanh", 50, 12, 1, one(math.Tanh), nil},
		{"Trunc", 1e6, 60, 1, one(math.Trunc), nil},
		{"Y0", 100, 1030, 1, one(math.Y0), nil},
		{"Y1", 100, 1030, 1, one(math.Y1), nil},
		{"Frexp", 1e6, 1080, 1, func(x float64) []float64 { f, e := math.Frexp(x); return []float64{f, float64(e)} }, nil},
		{"Modf", 1e6, 70, 1, func(x float64) []float64 { i, f := math.Modf(x); return []float64{i, f} }, nil},
		{"Sincos", 100, 1030, 1, func(x float64) []float64 { s, c := math.Sincos(x); return []float64{s, c} }, nil},
		{"Lgamma", 200, 70, 1, func(x float64) []float64 { l, s := math.Lgamma(x); return []float64{l, float64(s)} }, nil},
		{"Ilogb", 1e6, 1080, 1, func(x float64) []float64 { return []float64{float64(math.Ilogb(x))} }, nil},
		{"Signbit", 10, 1030, 1, func(x float64) []float64 { return []float64{b2f(math.Signbit(x))} }, nil},
		{"Float64bits", 10, 1030, 1, func(x float64) []float64 { return []float64{float64(math.Float64bits(x) >> 12)} }, nil}, // NaN inputs are skipped: JS keeps no NaN payloads
		{"Float32bits", 1e6, 150, 1, func(x float64) []float64 { return []float64{float64(math.Float32bits(float32(x)))} }, nil},
		{"Atan2", 100, 1030, 2, nil, two(math.Atan2)},
		{"Copysign", 100, 1030, 2, nil, two(math.Copysign)},
		{"Dim", 100, 1030, 2, nil, two(math.Dim)},
		{"Hypot", 100, 1030, 2, nil, two(math.Hypot)},
		{"Max", 100, 1030, 2, nil, two(math.Max)},
		{"Min", 100, 1030, 2, nil, two(math.Min)},
		{"Mod", 100, 1030, 2, nil, two(math.Mod)},
		{"Nextafter", 100, 1030, 2, nil, two(math.Nextafter)},
		{"Pow", 20, 12, 2, nil, two(math.Pow)},
		{"Remainder", 100, 1030, 2, nil, two(math.Remainder)},
		{"FMA", 100, 400, 2, nil, func(x, y float64) []float64 { return []float64{math.FMA(x, y, x*0.75-y), math.FMA(x, y, -x*y), math.FMA(x, -x, y)} }},
		{"Nextafter32", 100, 120, 2, nil, func(x, y float64) []float64 { return []float64{float64(math.Nextafter32(float32(x), float32(y)))} }},
		{"Ldexp", 10, 1030, 2, nil, func(x, y float64) []float64 { return []float64{math.Ldexp(x, imod(y*37, 2200))} }},
		{"Jn", 30, 12, 2, nil, func(x, y float64) []float64 { return []float64{math.Jn(imod(y, 40), x)} }},
		{"Yn", 30, 12, 2, nil, func(x, y float64) []float64 { return []float64{math.Yn(imod(y, 40), x)} }},
	}
	for k, f := range fns {
		xs := inputs(uint64(k+1)*7919, 2000, f.r, f.emax)
		h := fnv(14695981039346656037)
		if f.arity == 1 {
			for _, x := range xs {
				if f.name == "Float64bits" && x != x {
					continue
				}
				res := f.f1(x)
				for _, v := range res {
					h.f(v)
				}
				if *dump == f.name {
					fmt.Printf("%016x %v\n", math.Float64bits(x), res)
				}
			}
		} else {
			ys := inputs(uint64(k+1)*104729, 2000, f.r, f.emax)
			for i, x := range xs {
				y := ys[(i*7+3)%len(ys)]
				res := f.f2(x, y)
				for _, v := range res {
					h.f(v)
				}
				if *dump == f.name {
					fmt.Printf("%016x %016x %v\n", math.Float64bits(x), math.Float64bits(y), res)
				}
			}
		}
		if *dump == "" {
			fmt.Printf("  %s: '%016x',\n", f.name, uint64(h))
		}
	}
}

// imod is int(math.Mod(v, m)), with 0 for NaN and Inf (whose int conversion is platform-specific).
func imod(v, m float64) int {
	r := math.Mod(v, m)
	if r != r {
		return 0
	}
	return int(r)
}

func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}
