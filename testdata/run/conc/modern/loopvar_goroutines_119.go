package main

// Go 1.19 twin of loopvar_goroutines.go: per-iteration variables made explicit.

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		i := i
		wg.Add(1)
		go func() {
			defer wg.Done()
			fmt.Println("classic loop i =", i)
		}()
	}
	wg.Wait()
	for i, s := range []string{"a", "b", "c"} {
		i, s := i, s
		wg.Add(1)
		go func() {
			defer wg.Done()
			fmt.Println("range", i, s)
		}()
	}
	wg.Wait()
	funcs := make([]func() int, 0, 3)
	for i := 0; i < 3; i++ {
		i := i
		funcs = append(funcs, func() int { return i * 10 })
	}
	for _, f := range funcs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	results := make(chan int, 4)
	for n := 0; n < 4; n++ {
		n := n
		go func() { results <- n * n }()
	}
	sum := 0
	for k := 0; k < 4; k++ {
		sum += <-results
	}
	fmt.Println("sum of squares:", sum)
}
