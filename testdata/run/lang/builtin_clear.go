// golden: by hand (Go 1.22+ semantics)
package main

import (
	"fmt"
	"math"
)

// Go 1.21 builtin clear: deletes every map entry (NaN keys included, which
// delete cannot reach) and zeroes every element of a slice, keeping its length.
func main() {
	m := map[string]int{"a": 1, "b": 2}
	alias := m
	clear(m)
	fmt.Println(len(m), len(alias), m)
	m["c"] = 3
	fmt.Println(alias)

	s := []int{1, 2, 3, 4}
	sub := s[1:3]
	clear(sub)
	fmt.Println(s, len(sub), cap(sub))

	nm := map[float64]int{math.NaN(): 1, math.NaN(): 2, 1: 3}
	fmt.Println(len(nm))
	delete(nm, math.NaN())
	fmt.Println(len(nm))
	clear(nm)
	fmt.Println(len(nm))

	var nilMap map[int]int
	clear(nilMap)
	var nilSlice []string
	clear(nilSlice)
	fmt.Println(nilMap == nil, nilSlice == nil)

	type P struct {
		X int
		S string
	}
	ps := []P{{1, "a"}, {2, "b"}}
	clear(ps)
	fmt.Printf("%+v\n", ps)
	ptrs := []*int{new(int)}
	clear(ptrs)
	fmt.Println(ptrs[0] == nil, len(ptrs))
}
