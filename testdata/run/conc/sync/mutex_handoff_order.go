package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	start := time.Now()
	var mu sync.Mutex
	var wg sync.WaitGroup
	mu.Lock()
	fmt.Println("main holds the lock")
	for i := 1; i <= 4; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			time.Sleep(time.Duration(id) * 10 * time.Millisecond)
			fmt.Printf("g%d wants the lock at %v\n", id, time.Since(start))
			mu.Lock()
			fmt.Printf("g%d got the lock at %v\n", id, time.Since(start))
			time.Sleep(100 * time.Millisecond)
			fmt.Printf("g%d releases at %v\n", id, time.Since(start))
			mu.Unlock()
		}(i)
	}
	time.Sleep(time.Second)
	fmt.Println("main releases at", time.Since(start))
	mu.Unlock()
	wg.Wait()
	fmt.Println("done at", time.Since(start))
}
