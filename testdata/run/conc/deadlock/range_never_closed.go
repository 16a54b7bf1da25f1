package main

import (
	"fmt"
	"time"
)

func main() {
	ch := make(chan int)
	go func() {
		for i := 0; i < 3; i++ {
			time.Sleep(100 * time.Millisecond)
			ch <- i
		}
		fmt.Println("producer done (but forgot close)")
	}()
	start := time.Now()
	for v := range ch {
		fmt.Println("got", v, "at", time.Since(start))
	}
	fmt.Println("never printed")
}
