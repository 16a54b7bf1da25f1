// Fan-in: merge two producers with select, and stop after a timeout.
//
// The fast producer sends every 20ms, the slow one every 45ms. main's select
// takes whichever message is ready first. time.After gives a channel that
// receives once, after 130ms; when that case fires, main stops listening.
package main

import (
	"fmt"
	"time"
)

// producer sends numbered messages forever, one every period.
func producer(name string, period time.Duration, out chan<- string) {
	for i := 1; ; i++ {
		time.Sleep(period)
		out <- fmt.Sprintf("%s #%d", name, i)
	}
}

func main() {
	fast := make(chan string)
	slow := make(chan string)
	go producer("fast", 20*time.Millisecond, fast)
	go producer("slow", 45*time.Millisecond, slow)

	timeout := time.After(130 * time.Millisecond)
	for {
		select {
		case msg := <-fast:
			fmt.Println("got", msg)
		case msg := <-slow:
			fmt.Println("got", msg)
		case <-timeout:
			// The producers are still blocked sending; they end with main.
			fmt.Println("timeout: stop listening")
			return
		}
	}
}
