// golden: by hand (Go 1.22+ semantics)
package main

import (
	"fmt"
	"iter"
	"time"
)

// Recv adapts a channel to a range-over-func iterator; breaking out of the loop
// stops reading (the producer notices through done).
func Recv[T any](ch <-chan T) iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		i := 0
		for v := range ch {
			if !yield(i, v) {
				return
			}
			i++
		}
	}
}

func ticks(done <-chan struct{}, every time.Duration) <-chan time.Duration {
	out := make(chan time.Duration)
	go func() {
		defer close(out)
		defer fmt.Println("producer stopped")
		start := time.Now()
		for {
			select {
			case <-time.After(every):
				select {
				case out <- time.Since(start):
				case <-done:
					return
				}
			case <-done:
				return
			}
		}
	}()
	return out
}

func main() {
	done := make(chan struct{})
	for i, d := range Recv(ticks(done, 30*time.Millisecond)) {
		fmt.Println("tick", i, "at", d)
		if i == 3 {
			break
		}
	}
	close(done)
	time.Sleep(time.Millisecond)
	words := make(chan string, 3)
	words <- "a"
	words <- "b"
	words <- "c"
	close(words)
	for i, w := range Recv(words) {
		fmt.Print(i, "=", w, " ")
	}
	fmt.Println()
}
