// Pipeline: gen -> sq -> main, connected by unbuffered channels.
//
// Each stage is a goroutine that receives from the stage before it and
// sends to the stage after it. An unbuffered send waits until the receiver
// is ready, so the values move through the stages in lock step.
package main

import (
	"fmt"
	"time"
)

// gen sends the given numbers, then closes its output channel.
func gen(nums ...int) <-chan int {
	out := make(chan int)
	go func() {
		for _, n := range nums {
			time.Sleep(5 * time.Millisecond) // produce at a steady pace
			out <- n
		}
		close(out)
	}()
	return out
}

// sq squares every number it receives until its input is closed.
func sq(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		for n := range in {
			time.Sleep(10 * time.Millisecond) // squaring is the slow stage
			out <- n * n
		}
		close(out)
	}()
	return out
}

func main() {
	// Build the pipeline, then drain its last stage.
	squares := sq(gen(1, 2, 3, 4, 5))
	for s := range squares {
		fmt.Println(s)
	}
	fmt.Println("pipeline drained")
}
