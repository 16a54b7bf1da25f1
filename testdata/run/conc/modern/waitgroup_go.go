// golden: by hand (Go 1.22+ semantics)
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	start := time.Now()
	var wg sync.WaitGroup
	var mu sync.Mutex
	total := 0
	for i := range 4 {
		wg.Go(func() {
			time.Sleep(time.Duration(40-i*10) * time.Millisecond)
			mu.Lock()
			total += i
			mu.Unlock()
			fmt.Println("task", i, "done at", time.Since(start))
		})
	}
	wg.Wait()
	fmt.Println("total", total, "at", time.Since(start))
	for _, name := range []string{"x", "y", "z"} {
		wg.Go(func() { fmt.Println("hello from", name) })
	}
	wg.Wait()
	fmt.Println("end")
}
