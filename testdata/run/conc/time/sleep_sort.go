package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	start := time.Now()
	values := []int{42, 7, 19, 3, 88, 25, 61, 10, 5, 33}
	var mu sync.Mutex
	var sorted []int
	var wg sync.WaitGroup
	for _, v := range values {
		wg.Add(1)
		go func(v int) {
			defer wg.Done()
			time.Sleep(time.Duration(v) * time.Millisecond)
			mu.Lock()
			sorted = append(sorted, v)
			mu.Unlock()
			fmt.Printf("woke %2d at %v\n", v, time.Since(start))
		}(v)
	}
	wg.Wait()
	fmt.Println("sorted:", sorted)
	fmt.Println("elapsed:", time.Since(start))
}
