package main

// Go 1.19 twin of waitgroup_go.go: wg.Go(f) is wg.Add(1); go func() { defer wg.Done(); f() }().

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
	for i := 0; i < 4; i++ {
		i := i
		wg.Add(1)
		go func() {
			defer wg.Done()
			time.Sleep(time.Duration(40-i*10) * time.Millisecond)
			mu.Lock()
			total += i
			mu.Unlock()
			fmt.Println("task", i, "done at", time.Since(start))
		}()
	}
	wg.Wait()
	fmt.Println("total", total, "at", time.Since(start))
	for _, name := range []string{"x", "y", "z"} {
		name := name
		wg.Add(1)
		go func() {
			defer wg.Done()
			fmt.Println("hello from", name)
		}()
	}
	wg.Wait()
	fmt.Println("end")
}
