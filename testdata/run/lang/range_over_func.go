// golden: by hand (Go 1.22+ semantics)
package main

import "fmt"

// Go 1.23 range-over-func: the loop body becomes the yield function; break,
// continue and return inside the body make yield return false.
func Count(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				fmt.Println("  (stopped early at", i, ")")
				return
			}
		}
		fmt.Println("  (exhausted)")
	}
}

func Backward(s []string) func(func(int, string) bool) {
	return func(yield func(int, string) bool) {
		for i := len(s) - 1; i >= 0; i-- {
			if !yield(i, s[i]) {
				return
			}
		}
	}
}

func Fib() func(func(int) bool) {
	return func(yield func(int) bool) {
		a, b := 0, 1
		for {
			if !yield(a) {
				return
			}
			a, b = b, a+b
		}
	}
}

func Once(yield func() bool) { yield() }

func find(target int) int {
	for i := range Count(10) {
		if i == target {
			return i * 100
		}
	}
	return -1
}

func main() {
	for i := range Count(3) {
		fmt.Println("got", i)
	}
	for i := range Count(10) {
		if i == 2 {
			break
		}
		fmt.Println("got", i)
	}
	for i, s := range Backward([]string{"a", "b", "c"}) {
		fmt.Println(i, s)
	}
	for f := range Fib() {
		if f > 50 {
			break
		}
		fmt.Print(f, " ")
	}
	fmt.Println()
	for range Once {
		fmt.Println("once")
	}
	fmt.Println(find(4))
	fmt.Println(find(20))
	sum := 0
	for i := range Count(5) {
		if i%2 == 0 {
			continue
		}
		sum += i
	}
	fmt.Println("sum", sum)
}
