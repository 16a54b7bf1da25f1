package main

import "fmt"

func orDone(done <-chan struct{}, c <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for {
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

func bridge(done <-chan struct{}, chans <-chan (<-chan int)) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for ch := range orDone2(done, chans) {
			for v := range orDone(done, ch) {
				out <- v
			}
		}
	}()
	return out
}

func orDone2(done <-chan struct{}, c <-chan (<-chan int)) <-chan (<-chan int) {
	return c
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
	chans := make(chan (<-chan int))
	go func() {
		defer close(chans)
		for i := 0; i < 3; i++ {
			chans <- gen(i*10, 3)
		}
	}()
	for v := range bridge(done, chans) {
		fmt.Print(v, " ")
	}
	fmt.Println()
}
