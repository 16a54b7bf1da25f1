// golden: by hand (Go 1.22+ semantics)
package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

var errShutdown = errors.New("server shutting down")

func main() {
	start := time.Now()
	ctx, cancel := context.WithCancelCause(context.Background())
	child, cancelChild := context.WithCancel(ctx)
	defer cancelChild()
	fmt.Println("before:", ctx.Err(), context.Cause(ctx), context.Cause(child))

	done := make(chan string)
	go func() {
		<-child.Done()
		done <- fmt.Sprintf("worker saw %v (cause: %v) at %v", child.Err(), context.Cause(child), time.Since(start))
	}()
	time.Sleep(50 * time.Millisecond)
	cancel(errShutdown)
	fmt.Println(<-done)
	fmt.Println("ctx.Err:", ctx.Err())
	fmt.Println("Cause(ctx):", context.Cause(ctx), errors.Is(context.Cause(ctx), errShutdown))
	cancel(errors.New("second cause is ignored"))
	fmt.Println("after second cancel:", context.Cause(ctx))

	plain, cancelPlain := context.WithCancelCause(context.Background())
	cancelPlain(nil)
	fmt.Println("nil cause:", plain.Err(), context.Cause(plain), context.Cause(plain) == context.Canceled)

	// a child canceled first keeps its own cause
	parent, cancelParent := context.WithCancelCause(context.Background())
	kid, cancelKid := context.WithCancelCause(parent)
	cancelKid(errors.New("kid failed"))
	cancelParent(errors.New("parent failed"))
	fmt.Println("kid:", context.Cause(kid), "| parent:", context.Cause(parent))

	// cause is also visible through derived value contexts
	vctx := context.WithValue(kid, "k", "v")
	fmt.Println("value ctx:", context.Cause(vctx), vctx.Err())
	fmt.Println("background:", context.Cause(context.Background()))
}
