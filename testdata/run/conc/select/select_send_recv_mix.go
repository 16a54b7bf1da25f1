package main

import (
	"fmt"
	"time"
)

func main() {
	in := make(chan int)
	out := make(chan int)
	go func() {
		for i := 1; i <= 4; i++ {
			time.Sleep(30 * time.Millisecond)
			in <- i
		}
		close(in)
	}()
	go func() {
		for v := range out {
			fmt.Println("  consumer got", v)
			time.Sleep(50 * time.Millisecond)
		}
	}()
	var queue []int
	start := time.Now()
	for in != nil || len(queue) > 0 {
		var sendCh chan int
		var next int
		if len(queue) > 0 {
			sendCh = out
			next = queue[0]
		}
		select {
		case v, ok := <-in:
			if !ok {
				in = nil
				fmt.Println(time.Since(start), "input closed, queued:", queue)
				continue
			}
			queue = append(queue, v*100)
			fmt.Println(time.Since(start), "queued", v*100, "->", queue)
		case sendCh <- next:
			queue = queue[1:]
			fmt.Println(time.Since(start), "forwarded", next)
		}
	}
	close(out)
	time.Sleep(100 * time.Millisecond)
	fmt.Println("end", time.Since(start))
}
