package main

import (
	"fmt"
	"time"
)

func produce(n int, out chan<- int) {
	for i := 0; i < n; i++ {
		time.Sleep(10 * time.Millisecond)
		out <- i * i
		fmt.Println("produced", i*i)
	}
	close(out)
	fmt.Println("producer closed the channel")
}

func main() {
	start := time.Now()
	ch := make(chan int, 2)
	go produce(6, ch)
	sum := 0
	for v := range ch {
		sum += v
		fmt.Printf("consumed %d sum=%d at +%v\n", v, sum, time.Since(start))
	}
	fmt.Println("total", sum, "elapsed", time.Since(start))
}
