package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	start := time.Now()
	var wg sync.WaitGroup
	results := make([]int, 5)
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			time.Sleep(time.Duration(5-i) * 10 * time.Millisecond)
			results[i] = i * i
			fmt.Println("worker", i, "done at", time.Since(start))
		}(i)
	}
	fmt.Println("waiting...")
	wg.Wait()
	fmt.Println("results", results, "at", time.Since(start))

	wg.Add(3)
	for i := 0; i < 3; i++ {
		go func(i int) {
			fmt.Println("batch 2 worker", i)
			wg.Done()
		}(i)
	}
	wg.Wait()
	fmt.Println("batch 2 done")

	// several goroutines waiting on the same WaitGroup
	var ready sync.WaitGroup
	var finished sync.WaitGroup
	ready.Add(1)
	for i := 0; i < 3; i++ {
		finished.Add(1)
		go func(i int) {
			defer finished.Done()
			ready.Wait()
			fmt.Println("waiter", i, "released at", time.Since(start))
		}(i)
	}
	time.Sleep(time.Second)
	ready.Done()
	finished.Wait()
	fmt.Println("end")
}
