// errorcheck

// Pointers: taking addresses and indirecting (spec: Address operators).
// wording: go1.20+ "cannot use &x (value of type *int) as *string value in variable
// declaration"; go1.19 says "... as type *string in variable declaration".

package main

type Point struct{ X int }

func value() int { return 1 }

func main() {
	x := 1
	_ = *x             // ERROR "invalid operation: cannot indirect x \(variable of type int\)"
	_ = &1             // ERROR "invalid operation: cannot take address of 1 \(untyped int constant\)"
	var q *string = &x // ERROR "cannot use &x \(value of type \*int\) as \*string value in variable declaration"
	_ = &value()       // ERROR "invalid operation: cannot take address of value\(\) \(value of type int\)"
	m := map[string]int{}
	_ = &m["a"] // ERROR "invalid operation: cannot take address of m\[.a.\] \(map index expression of type int\)"
	var pp *Point
	ppp := &pp
	_ = ppp.X      // ERROR "ppp.X undefined \(type \*\*Point has no field or method X\)"
	_ = pp.X       // allowed: automatic indirection
	nothing := nil // ERROR "use of untyped nil in assignment"
	_ = nothing
	_ = q
}
