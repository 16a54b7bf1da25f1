package main

import (
	"fmt"
	"time"
)

func work(d time.Duration, v string) <-chan string {
	ch := make(chan string, 1)
	go func() {
		time.Sleep(d)
		ch <- v
	}()
	return ch
}

func main() {
	start := time.Now()
	for _, d := range []int{50, 150, 99, 101} {
		res := work(time.Duration(d)*time.Millisecond, fmt.Sprint("result after ", d, "ms"))
		select {
		case r := <-res:
			fmt.Printf("[%v] got %s\n", time.Since(start), r)
		case <-time.After(100 * time.Millisecond):
			fmt.Printf("[%v] timeout waiting %dms job\n", time.Since(start), d)
		}
	}
	fmt.Println("total", time.Since(start))
}
