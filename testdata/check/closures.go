// errorcheck

// Function literals (spec: Function literals): their bodies are checked like
// any function, and a closure declared with := cannot refer to itself.
// wording: go1.20+ "... as func(int) int value in argument to apply"; go1.19 says
// "... as type func(int) int in argument to apply".

package main

func apply(f func(int) int, v int) int { return f(v) }

func main() {
	double := func(n int) int { return n * 2 }
	_ = double("x")                                    // ERROR "cannot use .x. \(untyped string constant\) as int value in argument to double"
	_ = apply(func(s string) int { return len(s) }, 1) // ERROR "cannot use func\(s string\) int \{…\} \(value of type func\(s string\) int\) as func\(int\) int value in argument to apply"
	noResult := func() {
		return 1 // ERROR "too many return values"
	}
	noResult()
	get := func() int {
	} // ERROR "missing return"
	_ = get
	var fact func(int) int
	fact = func(n int) int { // allowed: declared before the literal
		if n == 0 {
			return 1
		}
		return n * fact(n-1)
	}
	_ = fact(3)
}
