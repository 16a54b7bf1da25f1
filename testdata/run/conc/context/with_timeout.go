package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

func slowOp(ctx context.Context, d time.Duration) error {
	select {
	case <-time.After(d):
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func main() {
	start := time.Now()
	for _, ms := range []int{50, 150, 99} {
		ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
		dl, ok := ctx.Deadline()
		fmt.Println("deadline in", dl.Sub(time.Now()), ok)
		err := slowOp(ctx, time.Duration(ms)*time.Millisecond)
		fmt.Printf("op %dms -> err=%v at +%v\n", ms, err, time.Since(start))
		if errors.Is(err, context.DeadlineExceeded) {
			fmt.Println("   deadline exceeded; ctx.Err() =", ctx.Err())
		}
		cancel()
		fmt.Println("   after cancel:", ctx.Err())
	}
	var de interface{ Timeout() bool }
	fmt.Println(errors.As(context.DeadlineExceeded, &de), de.Timeout())
	fmt.Println(context.Canceled.Error(), "|", context.DeadlineExceeded.Error())
}
