package main

// Go 1.19 twin of without_cancel.go: a Context that keeps its parent's values
// but never has a deadline, a Done channel or an error.

import (
	"context"
	"fmt"
	"time"
)

type key string

type detachedCtx struct{ parent context.Context }

func (detachedCtx) Deadline() (time.Time, bool)  { return time.Time{}, false }
func (detachedCtx) Done() <-chan struct{}        { return nil }
func (detachedCtx) Err() error                   { return nil }
func (d detachedCtx) Value(k interface{}) interface{} { return d.parent.Value(k) }
func (d detachedCtx) String() string             { return fmt.Sprint(d.parent) + ".WithoutCancel" }

func audit(ctx context.Context, done chan<- string) {
	time.Sleep(50 * time.Millisecond)
	done <- fmt.Sprintf("audit for %v written (ctx err: %v)", ctx.Value(key("user")), ctx.Err())
}

func main() {
	start := time.Now()
	req, cancel := context.WithTimeout(context.WithValue(context.Background(), key("user"), "ann"), 20*time.Millisecond)
	defer cancel()
	detached := detachedCtx{req}
	_, hasDeadline := detached.Deadline()
	fmt.Println("detached: deadline?", hasDeadline, "done nil?", detached.Done() == nil, "value:", detached.Value(key("user")))
	done := make(chan string)
	go audit(detached, done)
	<-req.Done()
	fmt.Println("request ctx:", req.Err(), "at", time.Since(start))
	fmt.Println("detached ctx:", detached.Err(), detached.Err())
	fmt.Println(<-done, "at", time.Since(start))
	child, cancelChild := context.WithCancel(detached)
	fmt.Println("child of detached:", child.Err())
	cancelChild()
	fmt.Println("child after cancel:", child.Err(), "| detached:", detached.Err())
	fmt.Println(detachedCtx{context.Background()})
}
