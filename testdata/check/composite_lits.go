// errorcheck

// Composite literals of arrays, slices and maps (spec: Composite literals).

package main

func main() {
	_ = []int{1, "a"}                  // ERROR "cannot use .a. \(untyped string constant\) as int value in array or slice literal"
	_ = [2]int{1, 2, 3}                // ERROR "index 2 is out of bounds"
	_ = map[string]int{"a": 1, "a": 2} // ERROR "duplicate key .a. in map literal"
	_ = []int{0: 1, 0: 2}              // ERROR "duplicate index 0 in array or slice literal"
	_ = int{1}                         // ERROR "invalid composite literal type int"
	_ = map[string]int{1}              // ERROR "missing key in map literal"
	var a [...]int                     // ERROR "invalid use of \[\.\.\.\] array \(outside a composite literal\)"
	_ = a
	_ = [...]string{"x", "y"} // allowed
}
