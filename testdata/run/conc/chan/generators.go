package main

import "fmt"

func count(from, to int) <-chan int {
	ch := make(chan int)
	go func() {
		for i := from; i <= to; i++ {
			ch <- i
		}
		close(ch)
	}()
	return ch
}

func fib(n int) <-chan int {
	ch := make(chan int)
	go func() {
		a, b := 0, 1
		for i := 0; i < n; i++ {
			ch <- a
			a, b = b, a+b
		}
		close(ch)
	}()
	return ch
}

func filter(in <-chan int, keep func(int) bool) <-chan int {
	out := make(chan int)
	go func() {
		for v := range in {
			if keep(v) {
				out <- v
			}
		}
		close(out)
	}()
	return out
}

func main() {
	for v := range count(3, 7) {
		fmt.Print(v, " ")
	}
	fmt.Println()
	for v := range fib(15) {
		fmt.Print(v, " ")
	}
	fmt.Println()
	even := filter(fib(20), func(v int) bool { return v%2 == 0 })
	for v := range even {
		fmt.Println("even fib:", v)
	}
}
