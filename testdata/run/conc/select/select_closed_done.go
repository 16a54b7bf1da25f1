package main

import (
	"fmt"
	"sync"
	"time"
)

func worker(id int, done <-chan struct{}, wg *sync.WaitGroup) {
	defer wg.Done()
	n := 0
	for {
		select {
		case <-done:
			fmt.Printf("worker %d stopping after %d rounds\n", id, n)
			return
		case <-time.After(time.Duration(25+id*12) * time.Millisecond):
			n++
			fmt.Printf("worker %d round %d\n", id, n)
		}
	}
}

func main() {
	done := make(chan struct{})
	var wg sync.WaitGroup
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go worker(i, done, &wg)
	}
	time.Sleep(200 * time.Millisecond)
	fmt.Println("closing done")
	close(done)
	wg.Wait()
	fmt.Println("all workers stopped")
}
