package main

import (
	"fmt"
	"time"
)

func main() {
	high := make(chan string, 10)
	low := make(chan string, 10)
	for i := 0; i < 3; i++ {
		low <- fmt.Sprint("low-", i)
	}
	for i := 0; i < 3; i++ {
		high <- fmt.Sprint("high-", i)
	}
	go func() {
		time.Sleep(10 * time.Millisecond)
		high <- "high-late"
		time.Sleep(10 * time.Millisecond)
		close(high)
		close(low)
	}()
	for {
		select {
		case m, ok := <-high:
			if !ok {
				fmt.Println("high closed")
				return
			}
			fmt.Println("handled", m)
			continue
		default:
		}
		select {
		case m := <-high:
			fmt.Println("handled", m, "(second select)")
		case m, ok := <-low:
			if !ok {
				low = nil
				fmt.Println("low closed")
				continue
			}
			fmt.Println("handled", m)
		}
	}
}
