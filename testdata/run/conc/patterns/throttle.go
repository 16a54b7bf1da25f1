package main

import (
	"fmt"
	"time"
)

// throttle forwards at most one value per period, always the most recent one.
func throttle(in <-chan int, period time.Duration) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		ticker := time.NewTicker(period)
		defer ticker.Stop()
		var latest int
		pending := false
		for {
			select {
			case v, ok := <-in:
				if !ok {
					if pending {
						out <- latest
					}
					return
				}
				latest, pending = v, true
			case <-ticker.C:
				if pending {
					out <- latest
					pending = false
				}
			}
		}
	}()
	return out
}

func main() {
	start := time.Now()
	in := make(chan int)
	go func() {
		for i := 1; i <= 12; i++ {
			time.Sleep(time.Duration(7+i%3*5) * time.Millisecond)
			in <- i
		}
		close(in)
	}()
	for v := range throttle(in, 25*time.Millisecond) {
		fmt.Printf("%3dms value %d\n", time.Since(start).Milliseconds(), v)
	}
	fmt.Println("done at", time.Since(start))
}
