// errorcheck

// Assignments whose sides do not fit.
// wording: go1.20+ "cannot use x (variable of type int) as string value in assignment";
// go1.19 says "... as type string in assignment".
// go1.20+ "cannot assign to c (neither addressable nor a map index expression)";
// go1.19 says "cannot assign to c (untyped int constant 10)".

package main

func one() int        { return 1 }
func two() (int, int) { return 1, 2 }

const c = 10

func main() {
	x := 1
	var s string
	s = x           // ERROR "cannot use x \(variable of type int\) as string value in assignment"
	a, b := one()   // ERROR "assignment mismatch: 2 variables but one returns 1 value"
	d := two()      // ERROR "assignment mismatch: 1 variable but two returns 2 values"
	x := 2          // ERROR "no new variables on left side of :="
	c = 5           // ERROR "cannot assign to c \(neither addressable nor a map index expression\)"
	p, q := 1, 2, 3 // ERROR "assignment mismatch: 2 variables but 3 values"
	var n int = nil // ERROR "cannot use nil as int value in variable declaration"
	x = nil         // ERROR "cannot use nil as int value in assignment"
	one() = 2       // ERROR "cannot assign to one\(\) \(neither addressable nor a map index expression\)"
	_, _, _, _, _, _, _ = s, a, b, d, p, q, n
}
