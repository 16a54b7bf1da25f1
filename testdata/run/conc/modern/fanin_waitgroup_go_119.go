package main

// Go 1.19 twin of fanin_waitgroup_go.go: wg.Go, range over int, clear and max written out.

import (
	"fmt"
	"sync"
	"time"
)

func source(name string, n int, every time.Duration) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for i := 0; i < n; i++ {
			time.Sleep(every)
			out <- fmt.Sprintf("%s%d", name, i)
		}
	}()
	return out
}

func merge(inputs ...<-chan string) <-chan string {
	out := make(chan string)
	var wg sync.WaitGroup
	for _, in := range inputs {
		in := in
		wg.Add(1)
		go func() {
			defer wg.Done()
			for v := range in {
				out <- v
			}
		}()
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func main() {
	start := time.Now()
	stats := map[byte]int{}
	for v := range merge(source("x", 3, 20*time.Millisecond), source("y", 2, 35*time.Millisecond), source("z", 4, 12*time.Millisecond)) {
		stats[v[0]]++
		fmt.Printf("%3dms %s\n", time.Since(start).Milliseconds(), v)
	}
	fmt.Println("x:", stats['x'], "y:", stats['y'], "z:", stats['z'])
	for k := range stats {
		delete(stats, k)
	}
	fmt.Println("after clear:", len(stats), 1)
}
