// errorcheck

// `=` where `==` was meant in a condition.
// wording: go1.19 "cannot use assignment (x) = (1) as value"; later versions print
// the expression without parentheses.

package main

func main() {
	x := 1
	if x = 1 { // ERROR "syntax error: cannot use (assignment )?\(?x\)? = \(?1\)? as value"
	}
}
