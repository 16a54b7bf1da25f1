// select: timeouts with time.After, default cases, nil channels to disable a
// case, a labeled loop left from inside a select.
package main

import (
	"fmt"
	"time"
)

func producer(n int, every time.Duration) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for i := 0; i < n; i++ {
			time.Sleep(every)
			out <- i
		}
	}()
	return out
}

func main() {
	fast := producer(3, 10*time.Millisecond)
	slow := producer(2, 25*time.Millisecond)
	timeout := time.After(200 * time.Millisecond)

loop:
	for fast != nil || slow != nil {
		select {
		case v, ok := <-fast:
			if !ok {
				fast = nil // a nil channel blocks forever: disables this case
				continue
			}
			fmt.Println("fast", v)
		case v, ok := <-slow:
			if !ok {
				slow = nil
				continue
			}
			fmt.Println("slow", v)
		case <-timeout:
			fmt.Println("timeout")
			break loop
		}
	}

	ch := make(chan string, 1)
	select {
	case msg := <-ch:
		fmt.Println("got", msg)
	default:
		fmt.Println("nothing ready")
	}
	ch <- "hello"
	select {
	case msg := <-ch:
		fmt.Println("got", msg)
	default:
		fmt.Println("nothing ready")
	}

	tick := time.NewTicker(5 * time.Millisecond)
	defer tick.Stop()
	count := 0
	for range tick.C {
		count++
		if count == 3 {
			break
		}
	}
	fmt.Println("ticks", count)

	done := make(chan struct{})
	go func() {
		time.Sleep(time.Millisecond)
		close(done)
	}()
	select {
	case <-done:
		fmt.Println("done")
	case <-time.After(time.Second):
		fmt.Println("too slow")
	}
}
