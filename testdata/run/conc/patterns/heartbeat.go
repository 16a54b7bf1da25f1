package main

import (
	"fmt"
	"time"
)

func doWork(done <-chan struct{}, pulse time.Duration, nums ...int) (<-chan struct{}, <-chan int) {
	heartbeat := make(chan struct{}, 1)
	results := make(chan int)
	go func() {
		defer close(heartbeat)
		defer close(results)
		beat := time.NewTicker(pulse)
		defer beat.Stop()
		for _, n := range nums {
			work := time.After(time.Duration(n) * 35 * time.Millisecond)
		loop:
			for {
				select {
				case <-beat.C:
					select {
					case heartbeat <- struct{}{}:
					default:
					}
				case <-work:
					break loop
				case <-done:
					return
				}
			}
			select {
			case results <- n * n:
			case <-done:
				return
			}
		}
	}()
	return heartbeat, results
}

func main() {
	start := time.Now()
	done := make(chan struct{})
	defer close(done)
	hb, results := doWork(done, 40*time.Millisecond, 1, 4, 2, 3)
	beats := 0
	for {
		select {
		case _, ok := <-hb:
			if !ok {
				hb = nil // closed together with results: wait for that one
				continue
			}
			beats++
			fmt.Printf("%4dms pulse %d\n", time.Since(start).Milliseconds(), beats)
		case r, ok := <-results:
			if !ok {
				fmt.Printf("%4dms results closed after %d beats\n", time.Since(start).Milliseconds(), beats)
				return
			}
			fmt.Printf("%4dms result %d\n", time.Since(start).Milliseconds(), r)
		case <-time.After(100 * time.Millisecond):
			fmt.Println("unhealthy: no heartbeat")
			return
		}
	}
}
