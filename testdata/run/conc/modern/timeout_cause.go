// golden: by hand (Go 1.22+ semantics)
package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

var errSlowBackend = errors.New("backend took too long")

func query(ctx context.Context, cost time.Duration) error {
	select {
	case <-time.After(cost):
		return nil
	case <-ctx.Done():
		return context.Cause(ctx)
	}
}

func main() {
	start := time.Now()
	for _, cost := range []int{40, 120} {
		ctx, cancel := context.WithTimeoutCause(context.Background(), 100*time.Millisecond, errSlowBackend)
		err := query(ctx, time.Duration(cost)*time.Millisecond)
		fmt.Printf("cost %dms: err=%v ctx.Err=%v at %v\n", cost, err, ctx.Err(), time.Since(start))
		cancel()
		fmt.Println("  after cancel: Err =", ctx.Err(), "| Cause =", context.Cause(ctx))
	}
	deadline := start.Add(time.Second)
	ctx, cancel := context.WithDeadlineCause(context.Background(), deadline, errors.New("end of budget"))
	d, ok := ctx.Deadline()
	fmt.Println("deadline:", d.Sub(start), ok)
	<-ctx.Done()
	fmt.Println("at", time.Since(start), "Err:", ctx.Err(), "| Cause:", context.Cause(ctx))
	fmt.Println(errors.Is(ctx.Err(), context.DeadlineExceeded))
	cancel()
}
