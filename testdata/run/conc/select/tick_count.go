package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	tick := time.Tick(250 * time.Millisecond)
	boom := time.After(1100 * time.Millisecond)
	for {
		select {
		case <-tick:
			fmt.Println("tick.", time.Since(start))
		case <-boom:
			fmt.Println("BOOM!", time.Since(start))
			return
		default:
			fmt.Println("    .", time.Since(start))
			time.Sleep(70 * time.Millisecond)
		}
	}
}
