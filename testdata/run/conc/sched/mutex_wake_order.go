package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	mu.Lock()
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			fmt.Println("g", id, "waits")
			mu.Lock()
			fmt.Println("g", id, "has the lock")
			mu.Unlock()
		}(i)
	}
	time.Sleep(10 * time.Millisecond)
	fmt.Println("main unlocks")
	mu.Unlock()
	wg.Wait()
	fmt.Println("round 2: no sleep before unlock")
	mu.Lock()
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			mu.Lock()
			fmt.Println("r2 g", id, "has the lock")
			mu.Unlock()
		}(i)
	}
	mu.Unlock()
	fmt.Println("main unlocked")
	wg.Wait()
}
