// golden: by hand (Go 1.22+ semantics)
package main

import (
	"fmt"
	"time"
)

type sample struct {
	worker  int
	latency time.Duration
}

func main() {
	start := time.Now()
	out := make(chan sample)
	costs := []int{70, 20, 45, 90, 30}
	for w := range len(costs) {
		go func() {
			time.Sleep(time.Duration(costs[w]) * time.Millisecond)
			out <- sample{w, time.Since(start)}
		}()
	}
	lo, hi := time.Duration(1<<62), time.Duration(0)
	for range len(costs) {
		s := <-out
		lo = min(lo, s.latency)
		hi = max(hi, s.latency)
		fmt.Printf("worker %d after %v (min %v, max %v)\n", s.worker, s.latency, lo, hi)
	}
	fmt.Println(min(3, 1, 2), max(2.5, -1), min("go", "chan"), max('a', 'b'))
	n := 0
	for i := range 5 {
		n += i
	}
	var zero int
	for range zero {
		fmt.Println("never")
	}
	fmt.Println("sum 0..4 =", n)
}
