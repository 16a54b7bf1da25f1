package main

import (
	"fmt"
	"time"
)

func main() {
	events := make(chan string)
	go func() {
		delays := []int{10, 45, 20, 80, 5, 200}
		for i, d := range delays {
			time.Sleep(time.Duration(d) * time.Millisecond)
			events <- fmt.Sprint("event", i)
		}
	}()
	start := time.Now()
	idle := 0
	for idle < 2 {
		select {
		case e := <-events:
			fmt.Printf("%6v %s\n", time.Since(start), e)
		case <-time.After(50 * time.Millisecond):
			idle++
			fmt.Printf("%6v idle timeout #%d\n", time.Since(start), idle)
		}
	}
	fmt.Println("giving up at", time.Since(start))
}
