// golden: by hand (Go 1.22+ semantics)
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	// Go 1.22: each iteration has its own i, so every goroutine sees a distinct value.
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			fmt.Println("classic loop i =", i)
		}()
	}
	wg.Wait()
	for i, s := range []string{"a", "b", "c"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			fmt.Println("range", i, s)
		}()
	}
	wg.Wait()
	funcs := make([]func() int, 0, 3)
	for i := range 3 {
		funcs = append(funcs, func() int { return i * 10 })
	}
	for _, f := range funcs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	results := make(chan int, 4)
	for n := range 4 {
		go func() { results <- n * n }()
	}
	sum := 0
	for range 4 {
		sum += <-results
	}
	fmt.Println("sum of squares:", sum)
}
