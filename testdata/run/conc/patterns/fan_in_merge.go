package main

import (
	"fmt"
	"sync"
	"time"
)

func producer(name string, n int, every time.Duration) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for i := 1; i <= n; i++ {
			time.Sleep(every)
			out <- fmt.Sprintf("%s#%d", name, i)
		}
	}()
	return out
}

func merge(cs ...<-chan string) <-chan string {
	var wg sync.WaitGroup
	out := make(chan string)
	output := func(c <-chan string) {
		for s := range c {
			out <- s
		}
		wg.Done()
	}
	wg.Add(len(cs))
	for _, c := range cs {
		go output(c)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func main() {
	start := time.Now()
	merged := merge(
		producer("A", 4, 25*time.Millisecond),
		producer("B", 3, 40*time.Millisecond),
		producer("C", 2, 70*time.Millisecond),
	)
	count := 0
	for s := range merged {
		count++
		fmt.Printf("%3dms %s\n", time.Since(start).Milliseconds(), s)
	}
	fmt.Println("received", count, "messages")
}
