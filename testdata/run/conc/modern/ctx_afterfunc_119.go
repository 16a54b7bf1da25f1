package main

// Go 1.19 twin of ctx_afterfunc.go: context.AfterFunc modelled by a sync.Once
// that either starts f in a new goroutine right after the cancel or is used up
// by stop.

import (
	"context"
	"fmt"
	"sync"
	"time"
)

type afterFunc struct {
	once sync.Once
	f    func()
}

func (a *afterFunc) fire() { a.once.Do(func() { go a.f() }) }

func (a *afterFunc) stop() bool {
	stopped := false
	a.once.Do(func() { stopped = true })
	return stopped
}

func main() {
	start := time.Now()
	ctx, cancelCtx := context.WithCancel(context.Background())
	fired := make(chan string, 2)
	a := &afterFunc{f: func() {
		fmt.Println("cleanup A runs at", time.Since(start))
		fired <- "A"
	}}
	cancel := func() { cancelCtx(); a.fire() }
	waiter := make(chan bool)
	go func() {
		<-ctx.Done()
		fmt.Println("waiter sees Done at", time.Since(start))
		waiter <- true
	}()
	time.Sleep(30 * time.Millisecond)
	fmt.Println("cancelling")
	cancel()
	fmt.Println("cancel returned")
	<-waiter
	fmt.Println("fired:", <-fired)
	fmt.Println("stopA after it ran:", a.stop())

	_, cancel2 := context.WithCancel(context.Background())
	b := &afterFunc{f: func() { fmt.Println("cleanup B never runs") }}
	fmt.Println("stopB:", b.stop(), "again:", b.stop())
	cancel2()
	b.fire()
	time.Sleep(10 * time.Millisecond)

	c := &afterFunc{f: func() { fired <- "C" }}
	c.fire()
	fmt.Println("registered C on canceled ctx")
	fmt.Println("fired:", <-fired, "stopC:", c.stop())
}
