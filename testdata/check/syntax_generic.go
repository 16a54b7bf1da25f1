// errorcheck

// A type parameter list needs a constraint for each name (spec: Type parameter
// declarations); `[T]` alone parses as an array length and gc says so.

package main

func First[T](xs []T) T { // ERROR "syntax error: missing type constraint"
	return xs[0]
}

func main() {
	_ = First([]int{1})
}
