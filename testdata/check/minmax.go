// errorcheck
// go1.21+

// The min and max built-ins (go1.21, spec: Min and max). Written by hand from
// the spec and types2's builtins.go; go1.19 has no min/max.

package main

func main() {
	_ = min(1, 2.5) // allowed: untyped constants of numeric kinds mix
	_ = min()       // ERROR "not enough arguments for min\(\) \(expected 1, found 0\)"
	_ = max(1, "a") // ERROR "invalid argument: mismatched types untyped int \(previous argument\) and untyped string \(type of .a.\)"
	s := []int{1}
	_ = min(s) // ERROR "invalid argument: s \(variable of type \[\]int\) cannot be ordered"
	x, y := 1, 2.0
	_ = max(x, y) // ERROR "invalid argument: mismatched types int \(previous argument\) and float64 \(type of y\)"
}
