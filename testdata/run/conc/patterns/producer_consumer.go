package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	start := time.Now()
	ms := func() int64 { return time.Since(start).Milliseconds() }
	buf := make(chan string, 3)
	var wg sync.WaitGroup
	for p := 1; p <= 2; p++ {
		wg.Add(1)
		go func(p int) {
			defer wg.Done()
			for i := 1; i <= 4; i++ {
				item := fmt.Sprintf("p%d-%d", p, i)
				time.Sleep(time.Duration(4+7*p) * time.Millisecond)
				buf <- item
				fmt.Printf("%3d produced %s (buffer %d/%d)\n", ms(), item, len(buf), cap(buf))
			}
		}(p)
	}
	go func() {
		wg.Wait()
		close(buf)
	}()
	done := make(chan int)
	go func() {
		n := 0
		for item := range buf {
			time.Sleep(29 * time.Millisecond)
			n++
			fmt.Printf("%3d consumed %s\n", ms(), item)
		}
		done <- n
	}()
	fmt.Println("consumed total:", <-done, "at", ms())
}
