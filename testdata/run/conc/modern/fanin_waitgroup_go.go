// golden: by hand (Go 1.22+ semantics)
package main

import (
	"fmt"
	"sync"
	"time"
)

func source(name string, n int, every time.Duration) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for i := range n {
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
		wg.Go(func() {
			for v := range in {
				out <- v
			}
		})
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
	clear(stats)
	fmt.Println("after clear:", len(stats), max(len(stats), 1))
}
