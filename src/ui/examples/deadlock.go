// Deadlock: every goroutine ends up waiting for another one.
//
// The worker sends its result on an unbuffered channel, but main is not
// receiving from it: main waits for a "done" signal that the worker sends
// only after its result was taken. Nobody can move, so Go's runtime stops
// the program with "all goroutines are asleep - deadlock!".
package main

import (
	"fmt"
	"time"
)

func main() {
	results := make(chan int) // unbuffered: a send waits for a receiver
	done := make(chan bool)

	go func() {
		fmt.Println("worker: computing")
		time.Sleep(10 * time.Millisecond)
		results <- 42 // blocks forever: main never receives
		done <- true
	}()

	fmt.Println("main: waiting for the worker to finish")
	<-done // blocks forever: the worker is stuck before sending
	fmt.Println("main: result", <-results)
}
