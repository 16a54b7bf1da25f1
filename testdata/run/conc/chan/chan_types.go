package main

import (
	"errors"
	"fmt"
)

type result struct {
	ID  int
	Err error
}

func main() {
	fc := make(chan func(int) int, 3)
	fc <- func(x int) int { return x + 1 }
	fc <- func(x int) int { return x * 10 }
	fc <- func(x int) int { return -x }
	close(fc)
	v := 5
	for f := range fc {
		v = f(v)
		fmt.Println("v =", v)
	}
	ec := make(chan error, 2)
	ec <- nil
	ec <- errors.New("boom")
	fmt.Println(<-ec, <-ec)
	rc := make(chan result, 2)
	go func() {
		rc <- result{ID: 1}
		rc <- result{2, fmt.Errorf("job %d failed", 2)}
		close(rc)
	}()
	for r := range rc {
		fmt.Printf("%+v | %v\n", r, r.Err)
	}
	ic := make(chan interface{}, 4)
	ic <- 1
	ic <- "two"
	ic <- 3.0
	ic <- []int{4}
	close(ic)
	for x := range ic {
		fmt.Printf("%T %v\n", x, x)
	}
	cc := make(chan chan<- int, 1)
	inner := make(chan int, 1)
	cc <- inner
	(<-cc) <- 42
	fmt.Println(<-inner)
}
