// golden: by hand (Go 1.22+ semantics)
package main

import (
	"context"
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	ctx, cancel := context.WithCancel(context.Background())
	fired := make(chan string, 2)
	stopA := context.AfterFunc(ctx, func() {
		fmt.Println("cleanup A runs at", time.Since(start))
		fired <- "A"
	})
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
	fmt.Println("stopA after it ran:", stopA())

	ctx2, cancel2 := context.WithCancel(context.Background())
	stopB := context.AfterFunc(ctx2, func() { fmt.Println("cleanup B never runs") })
	fmt.Println("stopB:", stopB(), "again:", stopB())
	cancel2()
	time.Sleep(10 * time.Millisecond)

	// registering on an already canceled context runs f right away (in a new goroutine)
	stopC := context.AfterFunc(ctx, func() { fired <- "C" })
	fmt.Println("registered C on canceled ctx")
	fmt.Println("fired:", <-fired, "stopC:", stopC())
}
