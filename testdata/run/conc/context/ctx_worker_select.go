package main

import (
	"context"
	"fmt"
	"sync"
	"time"
)

func worker(ctx context.Context, id int, wg *sync.WaitGroup, stops chan<- string) {
	defer wg.Done()
	ticker := time.NewTicker(time.Duration(30+id*20) * time.Millisecond)
	defer ticker.Stop()
	n := 0
	for {
		select {
		case <-ctx.Done():
			stops <- fmt.Sprintf("worker %d: %v after %d units", id, ctx.Err(), n)
			return
		case <-ticker.C:
			n++
			fmt.Printf("worker %d: unit %d\n", id, n)
		}
	}
}

func main() {
	start := time.Now()
	ctx, cancel := context.WithTimeout(context.Background(), 225*time.Millisecond)
	defer cancel()
	var wg sync.WaitGroup
	stops := make(chan string, 3)
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go worker(ctx, i, &wg, stops)
	}
	wg.Wait()
	close(stops)
	// the wake-up order after cancel is shown in sched/close_wakes_all.go; print by worker
	lines := make([]string, 4)
	for s := range stops {
		lines[s[7]-'0'] = s
	}
	for _, l := range lines[1:] {
		fmt.Println(l)
	}
	fmt.Println("all workers stopped at", time.Since(start))
}
