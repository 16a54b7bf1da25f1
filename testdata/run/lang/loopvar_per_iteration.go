// golden: by hand (Go 1.22+ semantics)
package main

import "fmt"

// Go 1.22: each iteration of a for loop has its own copy of the loop variables
// (3-clause and range), so closures and pointers see distinct values.
func main() {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	var ps []*int
	for i := 0; i < 3; i++ {
		ps = append(ps, &i)
	}
	fmt.Println(*ps[0], *ps[1], *ps[2], ps[0] == ps[2])

	var gs []func() string
	for _, s := range []string{"a", "b", "c"} {
		gs = append(gs, func() string { return s })
	}
	for _, g := range gs {
		fmt.Print(g())
	}
	fmt.Println()

	// the post statement operates on the next iteration's copy: modifying i
	// inside the body still affects the loop
	var hs []func() int
	for i := 0; i < 6; i++ {
		hs = append(hs, func() int { return i })
		i++
	}
	for _, h := range hs {
		fmt.Print(h(), " ")
	}
	fmt.Println(len(hs))

	// a closure that modifies its iteration's variable doesn't affect the others
	var incs []func() int
	for i := 0; i < 2; i++ {
		incs = append(incs, func() int { i += 10; return i })
	}
	fmt.Println(incs[0](), incs[0](), incs[1]())
}
