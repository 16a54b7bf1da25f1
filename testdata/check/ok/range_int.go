// go1.22

// Go 1.22: range over an integer, and each loop iteration has its own
// variable (so closures capture distinct values). Written by hand from the
// go1.22 spec; go1.19 rejects `range 3`.
package main

import "fmt"

func main() {
	for i := range 3 {
		fmt.Print(i, " ")
	}
	fmt.Println()
	var n uint8 = 2
	for i := range n {
		var b byte = i
		fmt.Print(b, " ")
	}
	for range 2 {
		fmt.Print("x")
	}
	fmt.Println()
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println(min(3, 1, 2), max(2.5, 1))
}
