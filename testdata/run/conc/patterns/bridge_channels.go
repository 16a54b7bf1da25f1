package main

import "fmt"

func orDone(done <-chan struct{}, c <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for {
			// done has priority: with both cases ready, select would pick at random
			select {
			case <-done:
				return
			default:
			}
			select {
			case <-done:
				return
			case v, ok := <-c:
				if !ok {
					return
				}
				select {
				case out <- v:
				case <-done:
				}
			}
		}
	}()
	return out
}

func bridge(done <-chan struct{}, chans <-chan (<-chan int)) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for ch := range chans {
			for v := range orDone(done, ch) {
				out <- v
			}
		}
	}()
	return out
}

func gen(from, n int) <-chan int {
	c := make(chan int)
	go func() {
		defer close(c)
		for i := 0; i < n; i++ {
			c <- from + i
		}
	}()
	return c
}

func main() {
	done := make(chan struct{})
	defer close(done)
	chans := make(chan (<-chan int))
	go func() {
		defer close(chans)
		for i := 0; i < 3; i++ {
			fmt.Println("bridge source: stream", i)
			chans <- gen(i*10, 3)
		}
	}()
	for v := range bridge(done, chans) {
		fmt.Println("bridged", v)
	}
	fmt.Println("all streams drained")
}
