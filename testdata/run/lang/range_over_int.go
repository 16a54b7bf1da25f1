// golden: by hand (Go 1.22+ semantics)
package main

import "fmt"

// Go 1.22: for range over an integer n iterates 0..n-1 with i of n's type.
func main() {
	for i := range 3 {
		fmt.Print(i, " ")
	}
	fmt.Println()
	n := 0
	for range 5 {
		n++
	}
	fmt.Println(n)
	var u8 uint8 = 3
	for i := range u8 {
		fmt.Printf("%T=%d ", i, i)
	}
	fmt.Println()
	for i := range -2 {
		fmt.Println("never", i)
	}
	type Idx int
	for i := range Idx(2) {
		fmt.Printf("%T %v\n", i, i)
	}
	// the range expression is evaluated once
	limit := 3
	for i := range limit {
		limit = 10
		fmt.Print(i)
	}
	fmt.Println(" limit now", limit)
	// assigning to the loop variable does not change the iteration
	for i := range 4 {
		fmt.Print(i, ",")
		i += 10
		_ = i
	}
	fmt.Println()
	// each iteration has its own variable
	var fs []func() int
	for i := range 3 {
		fs = append(fs, func() int { return i * i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	sum := 0
	for i := range 101 {
		sum += i
	}
	fmt.Println(sum)
outer:
	for i := range 3 {
		for j := range 3 {
			if j > i {
				continue outer
			}
			if i == 2 {
				break outer
			}
			fmt.Print(i, j, ";")
		}
	}
	fmt.Println()
}
