package main

import (
	"fmt"
	"time"
)

func main() {
	jobs := make(chan int)
	results := make(chan int)
	for w := 1; w <= 3; w++ {
		go func(id int) {
			for j := range jobs {
				fmt.Println("worker", id, "got job", j)
				results <- j * 10 // nobody reads results until all jobs are sent
			}
		}(w)
	}
	for j := 1; j <= 5; j++ {
		fmt.Println("main sends job", j)
		jobs <- j
	}
	close(jobs)
	time.Sleep(time.Second)
	for r := range results {
		fmt.Println(r)
	}
}
