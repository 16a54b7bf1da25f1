// errorcheck
// go1.22

// Go 1.22 allows ranging over an integer (spec: For statements with range
// clause), with at most one iteration variable; other operands still fail.
// Written by hand from the go1.22 spec and types2; go1.19 cannot check it.

package main

func main() {
	for i := range 3 { // allowed
		_ = i
	}
	for i, j := range 3 { // ERROR "range over 3 \(untyped int constant\) permits only one iteration variable"
		_, _ = i, j
	}
	for range 2.5 { // ERROR "cannot range over 2.5 \(untyped float constant\)"
	}
	var n uint8 = 4
	for i := range n {
		var b byte = i // allowed: i has n's type
		_ = b
	}
}
