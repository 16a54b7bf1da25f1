package main

import (
	"fmt"
	"runtime"
	"time"
)

func gen(done <-chan struct{}, nums ...int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		defer fmt.Println("gen: exiting")
		for _, n := range nums {
			select {
			case out <- n:
			case <-done:
				return
			}
		}
	}()
	return out
}

func sq(done <-chan struct{}, in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		defer fmt.Println("sq: exiting")
		for n := range in {
			select {
			case out <- n * n:
			case <-done:
				return
			}
		}
	}()
	return out
}

func main() {
	done := make(chan struct{})
	out := sq(done, sq(done, gen(done, 1, 2, 3, 4, 5, 6)))
	fmt.Println("goroutines running:", runtime.NumGoroutine())
	fmt.Println(<-out)
	fmt.Println(<-out)
	fmt.Println("cancelling, goroutines:", runtime.NumGoroutine())
	close(done)
	time.Sleep(10 * time.Millisecond)
	fmt.Println("after cancel, goroutines:", runtime.NumGoroutine())
	for v := range out {
		fmt.Println("drained", v)
	}
}
