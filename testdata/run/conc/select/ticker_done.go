package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	ticker := time.NewTicker(100 * time.Millisecond)
	done := make(chan bool)
	go func() {
		time.Sleep(450 * time.Millisecond)
		done <- true
	}()
	n := 0
	for {
		select {
		case <-done:
			ticker.Stop()
			fmt.Println("done at", time.Since(start), "after", n, "ticks")
			return
		case t := <-ticker.C:
			n++
			fmt.Println("tick", n, "at", t.Sub(start), t.Format("15:04:05.000"))
		}
	}
}
