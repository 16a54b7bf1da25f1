// Context: cancel a group of workers with one call.
//
// Each worker does a bit of work every few milliseconds and checks
// ctx.Done() in a select. When main calls cancel, the Done channel closes,
// every waiting worker wakes up, and ctx.Err() says why they stopped.
package main

import (
	"context"
	"fmt"
	"sync"
	"time"
)

// worker does one step per period until ctx is cancelled.
func worker(ctx context.Context, id int, period time.Duration, wg *sync.WaitGroup) {
	defer wg.Done()
	for i := 1; ; i++ {
		select {
		case <-ctx.Done():
			fmt.Printf("worker %d stopped (%d steps done): %v\n", id, i-1, ctx.Err())
			return
		case <-time.After(period):
			fmt.Printf("worker %d step %d\n", id, i)
		}
	}
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	periods := []time.Duration{15, 25, 40} // milliseconds per step
	for i, p := range periods {
		wg.Add(1)
		go worker(ctx, i+1, p*time.Millisecond, &wg)
	}

	time.Sleep(70 * time.Millisecond) // let the workers make some progress
	fmt.Println("main: cancel")
	cancel() // closes ctx.Done() for every worker
	wg.Wait()
	fmt.Println("main: all workers stopped, ctx.Err() =", ctx.Err())
}
