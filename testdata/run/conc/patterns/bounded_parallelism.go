package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	start := time.Now()
	const limit = 3
	sem := make(chan struct{}, limit)
	var mu sync.Mutex
	running, peak := 0, 0
	var wg sync.WaitGroup
	for i := 1; i <= 8; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			sem <- struct{}{}
			mu.Lock()
			running++
			if running > peak {
				peak = running
			}
			fmt.Printf("%4dms task %d start (running %d)\n", time.Since(start).Milliseconds(), id, running)
			mu.Unlock()
			time.Sleep(time.Duration(id*15) * time.Millisecond)
			mu.Lock()
			running--
			fmt.Printf("%4dms task %d end\n", time.Since(start).Milliseconds(), id)
			mu.Unlock()
			<-sem
		}(i)
	}
	wg.Wait()
	fmt.Println("peak concurrency:", peak, "total", time.Since(start))
}
