package main

import (
	"fmt"
	"time"
)

// Several goroutines whose sleeps end at the same virtual instant: the wake order
// follows Go's timer heap and run queue, which this program pins down.
func main() {
	start := time.Now()
	done := make(chan int, 6)
	for i := 0; i < 6; i++ {
		go func(id int) {
			time.Sleep(50 * time.Millisecond)
			fmt.Println("sleeper", id, "woke at", time.Since(start))
			done <- id
		}(i)
	}
	for i := 0; i < 6; i++ {
		<-done
	}
	fmt.Println("second round, staggered starts but same deadline")
	for i := 0; i < 4; i++ {
		go func(id int) {
			time.Sleep(time.Duration(100-id*10) * time.Millisecond)
			fmt.Println("late sleeper", id, "woke at", time.Since(start))
			done <- id
		}(i)
		time.Sleep(10 * time.Millisecond)
	}
	for i := 0; i < 4; i++ {
		<-done
	}
}
