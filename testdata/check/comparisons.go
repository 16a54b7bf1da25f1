// errorcheck

// Comparison operators (spec: Comparison operators): slices, maps and functions
// compare only to nil; structs only when all their fields are comparable.
// wording: go1.20+ "invalid operation: f == g (func can only be compared to nil)"; go1.19 agrees.

package main

type Bag struct{ items []int }

func main() {
	f, g := func() {}, func() {}
	_ = f == g // ERROR "invalid operation: f == g \(func can only be compared to nil\)"
	m1, m2 := map[int]int{}, map[int]int{}
	_ = m1 == m2 // ERROR "invalid operation: m1 == m2 \(map can only be compared to nil\)"
	s1, s2 := []int{}, []int{}
	_ = s1 == s2       // ERROR "invalid operation: s1 == s2 \(slice can only be compared to nil\)"
	_ = s1 == nil      // allowed
	_ = Bag{} == Bag{} // ERROR "invalid operation: Bag\{\} == Bag\{\} \(struct containing \[\]int cannot be compared\)"
	_ = 1 == "a"       // ERROR "invalid operation: 1 == .a. \(mismatched types untyped int and untyped string\)"
	var i interface{}
	_ = i < i  // ERROR "invalid operation: i < i \(operator < not defined on interface\)"
	_ = i == 1 // allowed: 1 converts to interface{}
}
