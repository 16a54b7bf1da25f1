// errorcheck

// Generic functions and types (spec: Type parameter declarations, Instantiations,
// Type inference).
// wording: go1.20+ "does not satisfy"; go1.19 says "does not implement".
// go1.21+ "in call to Zero, cannot infer T"; go1.19 says "cannot infer T (file:line:col)".
// go1.21+ "got 2 type arguments but Zero has 1 type parameters" and "not enough type
// arguments for type Pair: have 1, want 2"; go1.19 says "got 2 type arguments but want 1"
// and "got 1 arguments but 2 type parameters"; those two regexps accept either wording.

package main

type Number interface{ int | float64 }

func Sum[T Number](xs []T) T {
	var total T
	for _, x := range xs {
		total += x
	}
	return total
}

func Eq[T comparable](a, b T) bool { return a == b }
func Zero[T any]() T               { var z T; return z }
func Add[T any](a, b T) T          { return a + b } // ERROR "invalid operation: operator \+ not defined on a \(variable of type T constrained by any\)"

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func main() {
	_ = Sum([]string{"a"})   // ERROR "string does not satisfy Number \(string missing in int \| float64\)"
	_ = Eq([]int{}, []int{}) // ERROR "\[\]int does not satisfy comparable"
	_ = Zero()               // ERROR "in call to Zero, cannot infer T"
	var p Pair[int]          // ERROR "not enough type arguments for type Pair: have 1, want 2|got 1 arguments but 2 type parameters"
	_ = Zero[int, int]()     // ERROR "got 2 type arguments but Zero has 1 type parameters|got 2 type arguments but want 1"
	var q Pair               // ERROR "cannot use generic type Pair\[K comparable, V any\] without instantiation"
	f := Eq                  // ERROR "cannot use generic function Eq without instantiation"
	var n Number             // ERROR "cannot use type Number outside a type constraint: interface contains type constraints"
	_, _, _, _ = p, q, f, n
}
