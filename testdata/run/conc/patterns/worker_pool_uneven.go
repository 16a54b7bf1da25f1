package main

import (
	"fmt"
	"sync"
	"time"
)

type job struct {
	id   int
	cost time.Duration
}

type result struct {
	job    job
	worker int
	at     time.Duration
}

func main() {
	start := time.Now()
	jobs := make(chan job)
	results := make(chan result)
	var wg sync.WaitGroup
	for w := 1; w <= 3; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for j := range jobs {
				time.Sleep(j.cost)
				results <- result{j, w, time.Since(start)}
			}
		}(w)
	}
	go func() {
		costs := []int{31, 10, 53, 22, 41, 16, 27, 37}
		for i, c := range costs {
			jobs <- job{i, time.Duration(c) * time.Millisecond}
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()
	perWorker := map[int]int{}
	for r := range results {
		perWorker[r.worker]++
		fmt.Printf("job %d (cost %v) by worker %d done at %v\n", r.job.id, r.job.cost, r.worker, r.at)
	}
	for w := 1; w <= 3; w++ {
		fmt.Println("worker", w, "did", perWorker[w], "jobs")
	}
	fmt.Println("elapsed", time.Since(start))
}
