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
	sem := semaphore.NewWeighted(4)
	ctx := context.Background()
	var wg sync.WaitGroup
	jobs := []struct {
		name   string
		weight int64
		delay  int
		cost   int
	}{
		{"A", 2, 0, 100},
		{"B", 2, 10, 50},
		{"C", 3, 20, 40}, // waits: only 0 free
		{"D", 1, 30, 10}, // queued behind C even though 1 would be free at 60ms
	}
	for _, j := range jobs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			time.Sleep(time.Duration(j.delay) * time.Millisecond)
			fmt.Printf("%3d %s wants %d\n", ms(), j.name, j.weight)
			if err := sem.Acquire(ctx, j.weight); err != nil {
				fmt.Println(j.name, "failed:", err)
				return
			}
			fmt.Printf("%3d %s acquired %d\n", ms(), j.name, j.weight)
			time.Sleep(time.Duration(j.cost) * time.Millisecond)
			sem.Release(j.weight)
			fmt.Printf("%3d %s released %d\n", ms(), j.name, j.weight)
		}()
	}
	time.Sleep(5 * time.Millisecond)
	fmt.Printf("%3d TryAcquire(3): %v, TryAcquire(2): %v\n", ms(), sem.TryAcquire(3), sem.TryAcquire(2))
	sem.Release(2)
	wg.Wait()
	fmt.Printf("%3d all done, TryAcquire(4): %v\n", ms(), sem.TryAcquire(4))
}
