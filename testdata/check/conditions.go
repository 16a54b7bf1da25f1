// errorcheck

// if and for conditions must be boolean (spec: If statements, For statements).

package main

func ready() int { return 1 }

func main() {
	x := 1
	if x { // ERROR "non-boolean condition in if statement"
	}
	if x = 2; x { // ERROR "non-boolean condition in if statement"
	}
	if ready() { // ERROR "non-boolean condition in if statement"
	}
	if x == 1 && "yes" { // ERROR "invalid operation: x == 1 && .yes. \(mismatched types untyped bool and untyped string\)"
	}
}
