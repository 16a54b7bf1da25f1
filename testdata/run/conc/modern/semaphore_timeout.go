// golden: by hand (Go 1.22+ semantics)
package main

import (
	"context"
	"fmt"
	"sync"
	"time"

	"golang.org/x/sync/semaphore"
)

func main() {
	start := time.Now()
	ms := func() int64 { return time.Since(start).Milliseconds() }
	sem := semaphore.NewWeighted(3)
	var wg sync.WaitGroup
	run := func(name string, delay int, n int64, timeout time.Duration, hold int) {
		defer wg.Done()
		time.Sleep(time.Duration(delay) * time.Millisecond)
		ctx := context.Background()
		if timeout > 0 {
			var cancel context.CancelFunc
			ctx, cancel = context.WithTimeout(ctx, timeout)
			defer cancel()
		}
		fmt.Printf("%3d %s wants %d\n", ms(), name, n)
		if err := sem.Acquire(ctx, n); err != nil {
			fmt.Printf("%3d %s gave up: %v\n", ms(), name, err)
			return
		}
		fmt.Printf("%3d %s acquired %d\n", ms(), name, n)
		time.Sleep(time.Duration(hold) * time.Millisecond)
		sem.Release(n)
		fmt.Printf("%3d %s released %d\n", ms(), name, n)
	}
	wg.Add(3)
	go run("holder", 0, 2, 0, 200)
	go run("impatient", 10, 2, 50*time.Millisecond, 10)
	go run("small", 20, 1, 0, 30)
	wg.Wait()
	fmt.Printf("%3d done\n", ms())
}
