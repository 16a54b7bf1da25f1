package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	start := time.Now()
	results := make(chan int)
	var wg sync.WaitGroup
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			time.Sleep(time.Duration(id) * 100 * time.Millisecond)
			fmt.Println("worker", id, "sends at", time.Since(start))
			results <- id
		}(i)
	}
	wg.Wait() // bug: nobody receives until every worker is done
	close(results)
	for r := range results {
		fmt.Println(r)
	}
}
