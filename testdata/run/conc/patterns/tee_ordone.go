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

func tee(done <-chan struct{}, in <-chan int) (<-chan int, <-chan int) {
	out1, out2 := make(chan int), make(chan int)
	go func() {
		defer close(out1)
		defer close(out2)
		for v := range orDone(done, in) {
			var o1, o2 = out1, out2
			for i := 0; i < 2; i++ {
				select {
				case o1 <- v:
					o1 = nil
				case o2 <- v:
					o2 = nil
				}
			}
		}
	}()
	return out1, out2
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
	a, b := tee(done, gen(1, 5))
	for v := range a {
		fmt.Println("tee:", v, <-b)
	}
	// orDone stops forwarding as soon as done is closed
	stop := make(chan struct{})
	n := 0
	for v := range orDone(stop, gen(0, 1000)) {
		n += v
		if v == 4 {
			close(stop)
		}
	}
	fmt.Println("orDone stopped; sum of values seen:", n)
}
