package main

import "fmt"

func main() {
	sum := 0
	for i := 0; i < 10; i++ {
		sum += i
	}
	fmt.Println("3-clause sum", sum)

	n := 1
	for n < 1000 {
		n *= 3
	}
	fmt.Println("cond-only", n)

	k := 0
	for {
		k++
		if k == 7 {
			break
		}
		if k%2 == 0 {
			continue
		}
		fmt.Print(k, " ")
	}
	fmt.Println("| infinite stopped at", k)

	for i, j := 0, 10; i < j; i, j = i+1, j-2 {
		fmt.Printf("(%d,%d) ", i, j)
	}
	fmt.Println()

	var i int
	for i = 5; i > 0; i -= 2 {
	}
	fmt.Println("after loop i =", i)

	for x := 0; x < 3; {
		fmt.Print("x=", x, ";")
		x++
	}
	fmt.Println()

	count := 0
	for range [4]int{} {
		count++
	}
	fmt.Println("range without vars", count)

	fib := []int{0, 1}
	for len(fib) < 15 {
		fib = append(fib, fib[len(fib)-1]+fib[len(fib)-2])
	}
	fmt.Println(fib)
}
