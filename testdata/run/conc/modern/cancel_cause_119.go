package main

// Go 1.19 twin of cancel_cause.go: a cause recorded next to a plain WithCancel,
// the first cancellation wins and children inherit the parent's cause.

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"
)

type causeCtx struct {
	context.Context
	mu     sync.Mutex
	parent *causeCtx
	cause  error
	cancel context.CancelFunc
}

func withCancelCause(parent context.Context, p *causeCtx) (*causeCtx, func(error)) {
	ctx, cancel := context.WithCancel(parent)
	c := &causeCtx{Context: ctx, parent: p, cancel: cancel}
	return c, func(cause error) {
		c.mu.Lock()
		if c.Context.Err() == nil {
			if cause == nil {
				cause = context.Canceled
			}
			c.cause = cause
		}
		c.mu.Unlock()
		cancel()
	}
}

func causeOf(c *causeCtx) error {
	for x := c; x != nil; x = x.parent {
		x.mu.Lock()
		cause := x.cause
		x.mu.Unlock()
		if cause != nil {
			return cause
		}
	}
	return c.Err()
}

var errShutdown = errors.New("server shutting down")

func main() {
	start := time.Now()
	ctx, cancel := withCancelCause(context.Background(), nil)
	childCtx, cancelChild := context.WithCancel(ctx)
	child := &causeCtx{Context: childCtx, parent: ctx}
	defer cancelChild()
	fmt.Println("before:", ctx.Err(), causeOf(ctx), causeOf(child))

	done := make(chan string)
	go func() {
		<-child.Done()
		done <- fmt.Sprintf("worker saw %v (cause: %v) at %v", child.Err(), causeOf(child), time.Since(start))
	}()
	time.Sleep(50 * time.Millisecond)
	cancel(errShutdown)
	fmt.Println(<-done)
	fmt.Println("ctx.Err:", ctx.Err())
	fmt.Println("Cause(ctx):", causeOf(ctx), errors.Is(causeOf(ctx), errShutdown))
	cancel(errors.New("second cause is ignored"))
	fmt.Println("after second cancel:", causeOf(ctx))

	plain, cancelPlain := withCancelCause(context.Background(), nil)
	cancelPlain(nil)
	fmt.Println("nil cause:", plain.Err(), causeOf(plain), causeOf(plain) == context.Canceled)

	parent, cancelParent := withCancelCause(context.Background(), nil)
	kid, cancelKid := withCancelCause(parent, parent)
	cancelKid(errors.New("kid failed"))
	cancelParent(errors.New("parent failed"))
	fmt.Println("kid:", causeOf(kid), "| parent:", causeOf(parent))

	vctx := &causeCtx{Context: context.WithValue(kid, "k", "v"), parent: kid}
	fmt.Println("value ctx:", causeOf(vctx), vctx.Err())
	fmt.Println("background:", context.Background().Err())
}
