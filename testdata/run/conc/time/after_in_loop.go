package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	msgs := make(chan int)
	go func() {
		for _, d := range []int{30, 30, 120, 10, 300} {
			time.Sleep(time.Duration(d) * time.Millisecond)
			msgs <- d
		}
		close(msgs)
	}()
	deadline := time.After(400 * time.Millisecond)
	for {
		select {
		case v, ok := <-msgs:
			if !ok {
				fmt.Println("closed at", time.Since(start))
				return
			}
			fmt.Println("msg", v, "at", time.Since(start))
		case <-time.After(100 * time.Millisecond):
			fmt.Println("quiet for 100ms at", time.Since(start))
		case <-deadline:
			fmt.Println("overall deadline at", time.Since(start))
			return
		}
	}
}
