package main

// Go 1.19 twin of iter_seq_channels.go: the range-over-func loop written as a
// callback that returns false to stop.

import (
	"fmt"
	"time"
)

func recv[T any](ch <-chan T, yield func(int, T) bool) {
	i := 0
	for v := range ch {
		if !yield(i, v) {
			return
		}
		i++
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
	recv(ticks(done, 30*time.Millisecond), func(i int, d time.Duration) bool {
		fmt.Println("tick", i, "at", d)
		return i != 3
	})
	close(done)
	time.Sleep(time.Millisecond)
	words := make(chan string, 3)
	words <- "a"
	words <- "b"
	words <- "c"
	close(words)
	recv(words, func(i int, w string) bool {
		fmt.Print(i, "=", w, " ")
		return true
	})
	fmt.Println()
}
