package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	ch := make(chan int, 2)
	go func() {
		for i := 1; i <= 5; i++ {
			ch <- i
			fmt.Printf("sent %d at %v (len %d)\n", i, time.Since(start), len(ch))
		}
		close(ch)
	}()
	time.Sleep(50 * time.Millisecond)
	fmt.Println("receiver starts at", time.Since(start), "len", len(ch))
	for v := range ch {
		fmt.Printf("got %d at %v\n", v, time.Since(start))
		time.Sleep(20 * time.Millisecond)
	}
	fmt.Println("finished at", time.Since(start))
}
