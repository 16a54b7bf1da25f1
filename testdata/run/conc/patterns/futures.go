package main

import (
	"fmt"
	"time"
)

type Future[T any] struct {
	ch  chan struct{}
	val T
	err error
}

func Async[T any](f func() (T, error)) *Future[T] {
	fu := &Future[T]{ch: make(chan struct{})}
	go func() {
		fu.val, fu.err = f()
		close(fu.ch)
	}()
	return fu
}

func (f *Future[T]) Await() (T, error) {
	<-f.ch
	return f.val, f.err
}

func main() {
	start := time.Now()
	price := Async(func() (int, error) {
		time.Sleep(80 * time.Millisecond)
		return 42, nil
	})
	name := Async(func() (string, error) {
		time.Sleep(30 * time.Millisecond)
		return "widget", nil
	})
	stock := Async(func() (int, error) {
		time.Sleep(50 * time.Millisecond)
		return 0, fmt.Errorf("stock service unavailable")
	})
	fmt.Println("futures started at", time.Since(start))
	n, _ := name.Await()
	fmt.Println("name:", n, "at", time.Since(start))
	p, _ := price.Await()
	fmt.Println("price:", p, "at", time.Since(start))
	s, err := stock.Await()
	fmt.Println("stock:", s, err, "at", time.Since(start))
	p2, _ := price.Await()
	fmt.Println("price again:", p2, "at", time.Since(start))
}
