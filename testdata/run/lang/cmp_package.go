// golden: by hand (Go 1.22+ semantics)
package main

import (
	"cmp"
	"fmt"
	"math"
	"slices"
)

// Go 1.21 package cmp (Compare, Less: NaN sorts before every other value) and
// Go 1.22 cmp.Or (first non-zero argument).
func main() {
	fmt.Println(cmp.Compare(1, 2), cmp.Compare(2, 2), cmp.Compare("b", "a"))
	nan := math.NaN()
	fmt.Println(cmp.Compare(nan, 1.0), cmp.Compare(1.0, nan), cmp.Compare(nan, nan), cmp.Less(nan, math.Inf(-1)))
	fmt.Println(cmp.Compare(math.Copysign(0, -1), 0.0), cmp.Less(-1.0, 0.0))
	fmt.Println(cmp.Or(0, 0, 3, 4), cmp.Or("", "default"), cmp.Or[string](), cmp.Or(0))
	type Person struct {
		Name string
		Age  int
	}
	people := []Person{{"Bo", 30}, {"Al", 25}, {"Cy", 30}, {"Al", 20}}
	slices.SortFunc(people, func(a, b Person) int {
		return cmp.Or(cmp.Compare(a.Name, b.Name), cmp.Compare(b.Age, a.Age))
	})
	fmt.Println(people)
	fs := []float64{3, nan, -1, math.Inf(1), 0}
	slices.Sort(fs)
	fmt.Println(fs)
}
