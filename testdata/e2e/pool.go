package main

import (
	"fmt"
	"sync"
	"time"
)

// Three workers share a buffered jobs channel with room for two jobs.
func worker(id int, jobs <-chan int, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		time.Sleep(time.Duration(j) * time.Millisecond)
		fmt.Printf("worker %d finished job %d\n", id, j)
	}
}

func main() {
	jobs := make(chan int, 2)
	var wg sync.WaitGroup
	for w := 1; w <= 3; w++ {
		wg.Add(1)
		go worker(w, jobs, &wg)
	}
	for j := 1; j <= 6; j++ {
		jobs <- j * 10
	}
	close(jobs)
	wg.Wait()
	fmt.Println("all jobs done")
}
