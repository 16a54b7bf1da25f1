// errorcheck

// Indexing and slicing arrays and slices (spec: Index expressions, Slice expressions).
// wording: go1.20+ `cannot convert "x" (untyped string constant) to type int`;
// go1.19 says "... to int".

package main

var n = 3

func main() {
	a := [3]int{}
	s := []int{}
	x := 1
	_ = a[5]      // ERROR "invalid argument: index 5 out of bounds \[0:3\]"
	_ = s[-1]     // ERROR "invalid argument: index -1 \(constant of type int\) must not be negative"
	_ = s["x"]    // ERROR "cannot convert .x. \(untyped string constant\) to type int"
	_ = s[2:1]    // ERROR "invalid slice indices: 1 < 2"
	_ = a[1:5]    // ERROR "invalid argument: index 5 out of bounds \[0:4\]"
	_ = x[0]      // ERROR "invalid operation: cannot index x \(variable of type int\)"
	var b [n]int  // ERROR "invalid array length n|array length n \(variable of type int\) must be constant"
	var c [-1]int // ERROR "invalid array length -1 \(untyped int constant\)"
	_, _ = b, c
}
