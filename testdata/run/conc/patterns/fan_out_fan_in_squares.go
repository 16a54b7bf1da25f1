package main

import (
	"fmt"
	"sync"
)

func gen(nums ...int) <-chan int {
	out := make(chan int, len(nums))
	for _, n := range nums {
		out <- n
	}
	close(out)
	return out
}

func sq(id int, in <-chan int) <-chan string {
	out := make(chan string)
	go func() {
		for n := range in {
			out <- fmt.Sprintf("sq%d: %d^2=%d", id, n, n*n)
		}
		close(out)
	}()
	return out
}

func merge(cs ...<-chan string) <-chan string {
	var wg sync.WaitGroup
	out := make(chan string, 1)
	wg.Add(len(cs))
	for _, c := range cs {
		go func(c <-chan string) {
			for v := range c {
				out <- v
			}
			wg.Done()
		}(c)
	}
	go func() { wg.Wait(); close(out) }()
	return out
}

func main() {
	in := gen(1, 2, 3, 4, 5, 6, 7, 8)
	c1 := sq(1, in)
	c2 := sq(2, in)
	c3 := sq(3, in)
	n := 0
	for s := range merge(c1, c2, c3) {
		n++
		fmt.Println(s)
	}
	fmt.Println(n, "squares")
}
