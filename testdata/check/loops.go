// errorcheck

// for statements (spec: For statements). Ranging over an integer is allowed
// from go1.22 on, so it is not used here (see range_int.go).

package main

func main() {
	x := 1.5
	m := map[string]int{}
	for i := 0; i < "a"; i++ { // ERROR "invalid operation: i < .a. \(mismatched types int and untyped string\)"
	}
	for 1 { // ERROR "non-boolean condition in for statement"
	}
	for range x { // ERROR "cannot range over x \(variable of type float64\)"
	}
	for k := range m {
		k() // ERROR "invalid operation: cannot call non-function k \(variable of type string\)"
	}
	for i := 0; i < 3; i++ {
		i := "shadow" // allowed: a new scope
		_ = i
	}
}
