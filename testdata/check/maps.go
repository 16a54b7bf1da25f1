// errorcheck

// Maps (spec: Map types, Index expressions, Deletion of map elements).
// wording: go1.21+ "... for built-in cap"; go1.19 says "... for cap".

package main

type Stat struct{ n int }

func main() {
	var bad map[[]int]string // ERROR "invalid map key type \[\]int"
	m := map[string]int{}
	m[1] = 2 // ERROR "cannot use 1 \(untyped int constant\) as string value in map index"
	stats := map[string]Stat{}
	stats["a"].n = 1 // ERROR "cannot assign to struct field stats\[.a.\].n in map"
	delete(m)        // ERROR "invalid operation: not enough arguments for delete\(m\) \(expected 2, found 1\)"
	delete(m, 1)     // ERROR "cannot use 1 \(untyped int constant\) as string value in argument to delete"
	_ = cap(m)       // ERROR "invalid argument: m \(variable of type map\[string\]int\) for (built-in )?cap"
	v, ok := m["a"]  // allowed: comma-ok
	_, _, _ = bad, v, ok
}
