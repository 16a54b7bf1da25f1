// Mutex: four goroutines increment one shared counter.
//
// count++ reads, adds and writes; two goroutines doing it at once could lose
// an update. A sync.Mutex lets one goroutine at a time into the critical
// section; the others wait in the mutex's queue until it is unlocked.
package main

import (
	"fmt"
	"sync"
	"time"
)

// Counter is a count that is safe to use from many goroutines.
type Counter struct {
	mu    sync.Mutex
	count int
}

// Inc adds one, holding the lock for a moment to make waiting visible.
func (c *Counter) Inc() {
	c.mu.Lock()
	defer c.mu.Unlock()
	n := c.count
	time.Sleep(time.Millisecond) // others block on Lock meanwhile
	c.count = n + 1
}

func main() {
	var c Counter
	var wg sync.WaitGroup
	for g := 1; g <= 4; g++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for i := 0; i < 3; i++ {
				c.Inc()
			}
			fmt.Println("goroutine", id, "done")
		}(g)
	}
	wg.Wait()
	fmt.Println("final count:", c.count) // always 12
}
