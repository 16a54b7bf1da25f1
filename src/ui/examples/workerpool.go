// Worker pool: three workers share one queue of jobs.
//
// main puts jobs into a small buffered channel; whichever worker is free
// takes the next one, "works" on it for a few milliseconds and reports the
// result. A WaitGroup tells main when every worker has finished.
package main

import (
	"fmt"
	"sync"
	"time"
)

// worker takes jobs until the jobs channel is closed and drained.
func worker(id int, jobs <-chan int, results chan<- string, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		fmt.Printf("worker %d started job %d\n", id, j)
		time.Sleep(time.Duration(j) * 10 * time.Millisecond) // pretend to work
		results <- fmt.Sprintf("job %d done by worker %d", j, id)
	}
}

func main() {
	const numJobs = 6
	jobs := make(chan int, 2)             // 2 jobs can wait; then main blocks
	results := make(chan string, numJobs) // room for every result
	var wg sync.WaitGroup

	for w := 1; w <= 3; w++ {
		wg.Add(1)
		go worker(w, jobs, results, &wg)
	}

	for j := 1; j <= numJobs; j++ {
		jobs <- j
		fmt.Println("queued job", j)
	}
	close(jobs) // no more jobs: each worker's range loop ends

	wg.Wait() // wait until all workers have returned
	close(results)
	for r := range results {
		fmt.Println(r)
	}
}
