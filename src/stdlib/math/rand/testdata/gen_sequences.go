//go:build ignore

// gen_sequences writes sequences.json: the first 20 results of each math/rand
// function for rand.New(rand.NewSource(seed)) with seeds 1, 42, -5 and 1<<40
// (a fresh Rand per function), the package-level functions on the global
// source (seeded with 1, then reseeded), panics, and a Source a program
// writes itself, as Go 1.19 computes them. Run with Go 1.19:
//
//	go run src/stdlib/math/rand/testdata/gen_sequences.go > src/stdlib/math/rand/testdata/sequences.json
package main

import (
	"encoding/json"
	"fmt"
	"math/rand"
	"os"
)

// counter is a Source a program writes: Int63 counts down from a start, through negatives.
type counter struct{ n int64 }

func (c *counter) Int63() int64    { c.n -= 0x0123456789ABCDE; return c.n }
func (c *counter) Seed(seed int64) { c.n = seed }

type fn struct {
	name string
	f    func(r *rand.Rand) any
}

var fns = []fn{
	{"Int63", func(r *rand.Rand) any { return r.Int63() }},
	{"Uint32", func(r *rand.Rand) any { return r.Uint32() }},
	{"Uint64", func(r *rand.Rand) any { return r.Uint64() }},
	{"Int31", func(r *rand.Rand) any { return r.Int31() }},
	{"Int", func(r *rand.Rand) any { return r.Int() }},
	{"Int63n(1000)", func(r *rand.Rand) any { return r.Int63n(1000) }},
	{"Int63n(1<<40)", func(r *rand.Rand) any { return r.Int63n(1 << 40) }},
	{"Int63n(3<<61)", func(r *rand.Rand) any { return r.Int63n(3 << 61) }},
	{"Int31n(10)", func(r *rand.Rand) any { return r.Int31n(10) }},
	{"Int31n(1<<30+1)", func(r *rand.Rand) any { return r.Int31n(1<<30 + 1) }},
	{"Intn(6)", func(r *rand.Rand) any { return r.Intn(6) }},
	{"Intn(1<<31)", func(r *rand.Rand) any { return r.Intn(1 << 31) }},
	{"Intn(1e15+7)", func(r *rand.Rand) any { return r.Intn(1e15 + 7) }},
	{"Float64", func(r *rand.Rand) any { return r.Float64() }},
	{"Float32", func(r *rand.Rand) any { return r.Float32() }},
	{"NormFloat64", func(r *rand.Rand) any { return r.NormFloat64() }},
	{"ExpFloat64", func(r *rand.Rand) any { return r.ExpFloat64() }},
	{"Perm(10)", func(r *rand.Rand) any { return r.Perm(10) }},
	{"Shuffle(8)", func(r *rand.Rand) any {
		var swaps []int
		r.Shuffle(8, func(i, j int) { swaps = append(swaps, i, j) })
		return swaps
	}},
	{"Read(5)", func(r *rand.Rand) any { b := make([]byte, 5); n, err := r.Read(b); return fmt.Sprint(n, err, b) }},
}

func main() {
	out := map[string]any{}
	for _, seed := range []int64{1, 42, -5, 1 << 40} {
		m := map[string][]string{}
		for _, f := range fns {
			r := rand.New(rand.NewSource(seed))
			for i := 0; i < 20; i++ {
				m[f.name] = append(m[f.name], fmt.Sprint(f.f(r)))
			}
		}
		// reseeding a Rand restarts the sequence (and Read's buffer)
		r := rand.New(rand.NewSource(seed))
		r.Read(make([]byte, 3))
		r.Int63()
		r.Seed(seed + 1)
		b := make([]byte, 9)
		r.Read(b)
		m["Seed+Read"] = []string{fmt.Sprint(b, r.Int63())}
		out[fmt.Sprint(seed)] = m
	}
	// package-level functions: the global source starts seeded with 1
	var global []string
	for i := 0; i < 5; i++ {
		global = append(global, fmt.Sprint(rand.Int63(), rand.Intn(100), rand.Float64()))
	}
	b := make([]byte, 10)
	rand.Read(b)
	global = append(global, fmt.Sprint(b))
	rand.Seed(42)
	for i := 0; i < 5; i++ {
		global = append(global, fmt.Sprint(rand.Int(), rand.Uint32(), rand.Perm(4), rand.NormFloat64(), rand.ExpFloat64()))
	}
	rand.Read(b)
	global = append(global, fmt.Sprint(b))
	out["global"] = global
	// panics
	catch := func(f func()) (s string) {
		defer func() { s = fmt.Sprint(recover()) }()
		f()
		return
	}
	r := rand.New(rand.NewSource(1))
	out["panics"] = []string{
		catch(func() { r.Intn(0) }), catch(func() { r.Int63n(-1) }), catch(func() { r.Int31n(0) }),
		catch(func() { r.Shuffle(-1, func(i, j int) {}) }), catch(func() { r.Perm(-1) }),
	}
	// a Source of the program's own
	var custom []string
	cr := rand.New(&counter{n: 5})
	for i := 0; i < 6; i++ {
		custom = append(custom, fmt.Sprint(cr.Int63(), cr.Int31(), cr.Uint32(), cr.Int(), cr.Uint64(), cr.Intn(1000), cr.Float64()))
	}
	cr.Seed(77)
	custom = append(custom, fmt.Sprint(cr.Int63()))
	bb := make([]byte, 9)
	cr.Read(bb)
	custom = append(custom, fmt.Sprint(bb))
	out["custom"] = custom
	e := json.NewEncoder(os.Stdout)
	e.Encode(out)
}
