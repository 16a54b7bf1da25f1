// golden: by hand (Go 1.22+ semantics)
package main

import (
	"fmt"
	"slices"
)

// Go 1.21 slices.Min/Max panic on an empty slice with a plain string value.
func main() {
	scores := []int{7, 3, 9}
	fmt.Println(slices.Min(scores), slices.Max(scores))
	var none []int
	fmt.Println(len(none))
	fmt.Println(slices.Min(none))
}
