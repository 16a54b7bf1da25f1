package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	ready := false
	var wg sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			mu.Lock()
			for !ready {
				fmt.Println("runner", i, "waiting for the start signal")
				cond.Wait()
			}
			fmt.Println("runner", i, "starts")
			mu.Unlock()
		}(i)
	}
	time.Sleep(100 * time.Millisecond)
	mu.Lock()
	fmt.Println("spurious signal (ready still false)")
	cond.Signal()
	mu.Unlock()
	time.Sleep(100 * time.Millisecond)
	mu.Lock()
	ready = true
	fmt.Println("broadcast!")
	cond.Broadcast()
	mu.Unlock()
	wg.Wait()
	fmt.Println("race over")
}
