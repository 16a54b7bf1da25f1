// golden: by hand (Go 1.22+ semantics)
package main

import "fmt"

// Go 1.20 conversion from a slice to an array copies the elements and panics
// when the slice is shorter than the array.
func main() {
	s := []int{1, 2, 3, 4, 5}
	a := [4]int(s)
	a[0] = 100
	fmt.Println(a, s)
	b := [0]int(s)
	fmt.Println(b, len(b))
	short := s[:3]
	c := [4]int(short)
	fmt.Println(c)
}
