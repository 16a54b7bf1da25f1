package main

// Go 1.19 twin of timeout_cause.go: the cause is chosen from ctx.Err(): a
// deadline reports the configured cause, an explicit cancel reports Canceled.

import (
	"context"
	"errors"
	"fmt"
	"time"
)

var errSlowBackend = errors.New("backend took too long")

func causeFor(ctx context.Context, cause error) error {
	if ctx.Err() == context.DeadlineExceeded {
		return cause
	}
	return ctx.Err()
}

func query(ctx context.Context, cost time.Duration, cause error) error {
	select {
	case <-time.After(cost):
		return nil
	case <-ctx.Done():
		return causeFor(ctx, cause)
	}
}

func main() {
	start := time.Now()
	for _, cost := range []int{40, 120} {
		ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
		err := query(ctx, time.Duration(cost)*time.Millisecond, errSlowBackend)
		fmt.Printf("cost %dms: err=%v ctx.Err=%v at %v\n", cost, err, ctx.Err(), time.Since(start))
		cancel()
		fmt.Println("  after cancel: Err =", ctx.Err(), "| Cause =", causeFor(ctx, errSlowBackend))
	}
	deadline := start.Add(time.Second)
	ctx, cancel := context.WithDeadline(context.Background(), deadline)
	d, ok := ctx.Deadline()
	fmt.Println("deadline:", d.Sub(start), ok)
	<-ctx.Done()
	fmt.Println("at", time.Since(start), "Err:", ctx.Err(), "| Cause:", causeFor(ctx, errors.New("end of budget")))
	fmt.Println(errors.Is(ctx.Err(), context.DeadlineExceeded))
	cancel()
}
