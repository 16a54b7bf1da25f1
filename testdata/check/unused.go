// errorcheck

// Variables declared inside a function and never used. gc reports these only
// at the declaration, and assigning to a variable is not a use.
// wording: go1.20+ "declared and not used: x"; go1.19 says "x declared but not used".

package main

import "fmt"

func main() {
	x := 1       // ERROR "declared and not used: x"
	var y int    // ERROR "declared and not used: y"
	a, b := 1, 2 // ERROR "declared and not used: b"
	fmt.Println(a)
	run := func() {
		z := 3 // ERROR "declared and not used: z"
	}
	run()
	for i, v := range []int{1, 2} { // ERROR "declared and not used: v"
		fmt.Println(i)
	}
	var w int // ERROR "declared and not used: w"
	w = 5
	switch t := interface{}(1).(type) { // ERROR "declared and not used: t"
	case int:
	}
	ch := make(chan int, 1)
	ch <- 1
	select {
	case got := <-ch: // ERROR "declared and not used: got"
	}
}
