package main

// Go 1.19 twin of range_int_minmax.go: range over int and min/max written out.

import (
	"fmt"
	"time"
)

type sample struct {
	worker  int
	latency time.Duration
}

func minD(a, b time.Duration) time.Duration {
	if b < a {
		return b
	}
	return a
}

func maxD(a, b time.Duration) time.Duration {
	if b > a {
		return b
	}
	return a
}

func main() {
	start := time.Now()
	out := make(chan sample)
	costs := []int{70, 20, 45, 90, 30}
	for w := 0; w < len(costs); w++ {
		w := w
		go func() {
			time.Sleep(time.Duration(costs[w]) * time.Millisecond)
			out <- sample{w, time.Since(start)}
		}()
	}
	lo, hi := time.Duration(1<<62), time.Duration(0)
	for k := 0; k < len(costs); k++ {
		s := <-out
		lo = minD(lo, s.latency)
		hi = maxD(hi, s.latency)
		fmt.Printf("worker %d after %v (min %v, max %v)\n", s.worker, s.latency, lo, hi)
	}
	fmt.Println(1, 2.5, "chan", 'b')
	n := 0
	for i := 0; i < 5; i++ {
		n += i
	}
	fmt.Println("sum 0..4 =", n)
}
