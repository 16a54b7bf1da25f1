// Goroutines with sync.WaitGroup, sync.Mutex and buffered channels: a worker
// pool that closes its results channel once every worker is done.
package main

import (
	"fmt"
	"sort"
	"sync"
)

type result struct {
	job, square, worker int
}

func worker(id int, jobs <-chan int, results chan<- result, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		results <- result{job: j, square: j * j, worker: id}
	}
}

type SafeCounter struct {
	mu sync.Mutex
	m  map[string]int
}

func (c *SafeCounter) Inc(key string) {
	c.mu.Lock()
	c.m[key]++
	c.mu.Unlock()
}

func (c *SafeCounter) Value(key string) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.m[key]
}

func main() {
	const numJobs, numWorkers = 9, 3
	jobs := make(chan int, numJobs)
	results := make(chan result, numJobs)

	var wg sync.WaitGroup
	for w := 1; w <= numWorkers; w++ {
		wg.Add(1)
		go worker(w, jobs, results, &wg)
	}
	for j := 1; j <= numJobs; j++ {
		jobs <- j
	}
	close(jobs)

	go func() {
		wg.Wait()
		close(results)
	}()

	var squares []int
	for r := range results {
		squares = append(squares, r.square)
	}
	sort.Ints(squares)
	fmt.Println(squares)

	c := SafeCounter{m: make(map[string]int)}
	var wg2 sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			c.Inc("k")
		}()
	}
	wg2.Wait()
	fmt.Println(c.Value("k"))

	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { fmt.Println("once") })
	}

	var rw sync.RWMutex
	shared := 0
	rw.Lock()
	shared++
	rw.Unlock()
	rw.RLock()
	fmt.Println(shared)
	rw.RUnlock()
}
