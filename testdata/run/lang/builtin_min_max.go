// golden: by hand (Go 1.22+ semantics)
package main

import (
	"fmt"
	"math"
)

// Go 1.21 builtins min and max: constant when all operands are constant, the
// type of x+y otherwise; any NaN operand gives NaN; min(-0, 0) is -0.
func main() {
	fmt.Println(min(3, 1, 2), max(3, 1, 2))
	fmt.Println(min(2.5, 1), max(1, 2.5))
	fmt.Println(min("banana", "apple", "cherry"), max("banana", "apple", "cherry"))
	x, y := 7, -3
	fmt.Println(min(x, y), max(x, y), min(x), max(x, 100))
	var u8 uint8 = 200
	fmt.Println(max(u8, 255), min(u8, 10))
	nan := math.NaN()
	fmt.Println(min(1.0, nan), max(nan, 1.0), min(nan, math.Inf(-1)))
	negz := math.Copysign(0, -1)
	fmt.Println(min(0.0, negz), max(negz, 0.0), math.Signbit(min(0.0, negz)), math.Signbit(max(negz, 0.0)))
	fmt.Println(min(math.Inf(1), 5), max(math.Inf(-1), -5))
	const c = max(1, 2.0, 'a')
	fmt.Printf("%T %v\n", c, c)
	var f32 float32 = 1.5
	fmt.Printf("%T %v\n", min(f32, 2), min(f32, 2))
	type Score int
	s := []Score{40, 95, 12}
	best := s[0]
	for _, v := range s[1:] {
		best = max(best, v)
	}
	fmt.Printf("%T %v\n", best, best)
	fmt.Println(min("", "a"), len(max("ab", "abc")))
}
