// errorcheck

// Constant declarations take constant expressions (spec: Constant declarations,
// Constant expressions, Iota).
// wording: go1.20+ "cannot assign to A (neither addressable nor a map index expression)";
// go1.19 says "cannot assign to A (untyped int constant 0)".

package main

func f() int { return 1 }

const fromCall = f()       // ERROR "f\(\) \(value of type int\) is not constant"
const fromSlice = []int{1} // ERROR "\[\]int\{…\} \(value of type \[\]int\) is not constant"
const typed int = "x"      // ERROR "cannot use .x. \(untyped string constant\) as int value in constant declaration"

const (
	A = iota
	B
)

func main() {
	x := iota // ERROR "cannot use iota outside constant declaration"
	A = 3     // ERROR "cannot assign to A \(neither addressable nor a map index expression\)"
	_ = x
	_ = B
}
