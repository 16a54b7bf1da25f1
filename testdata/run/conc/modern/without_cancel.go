// golden: by hand (Go 1.22+ semantics)
package main

import (
	"context"
	"fmt"
	"time"
)

type key string

func audit(ctx context.Context, done chan<- string) {
	time.Sleep(50 * time.Millisecond)
	done <- fmt.Sprintf("audit for %v written (ctx err: %v)", ctx.Value(key("user")), ctx.Err())
}

func main() {
	start := time.Now()
	req, cancel := context.WithTimeout(context.WithValue(context.Background(), key("user"), "ann"), 20*time.Millisecond)
	defer cancel()
	detached := context.WithoutCancel(req)
	_, hasDeadline := detached.Deadline()
	fmt.Println("detached: deadline?", hasDeadline, "done nil?", detached.Done() == nil, "value:", detached.Value(key("user")))
	done := make(chan string)
	go audit(detached, done)
	<-req.Done()
	fmt.Println("request ctx:", req.Err(), "at", time.Since(start))
	fmt.Println("detached ctx:", detached.Err(), context.Cause(detached))
	fmt.Println(<-done, "at", time.Since(start))
	child, cancelChild := context.WithCancel(detached)
	fmt.Println("child of detached:", child.Err())
	cancelChild()
	fmt.Println("child after cancel:", child.Err(), "| detached:", detached.Err())
	fmt.Println(context.WithoutCancel(context.Background()))
}
