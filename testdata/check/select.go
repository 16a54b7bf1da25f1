// errorcheck

// select statements: each case must be a send or a receive on a channel of the
// right direction and element type (spec: Select statements).

package main

import "context"

func main() {
	ch := make(chan int)
	var ro <-chan int
	var so chan<- int
	var ctx context.Context
	select {
	case ro <- 1: // ERROR "invalid operation: cannot send to receive-only channel ro \(variable of type <-chan int\)"
	case ch <- "a": // ERROR "cannot use .a. \(untyped string constant\) as int value in send"
	case <-so: // ERROR "invalid operation: cannot receive from send-only channel so \(variable of type chan<- int\)"
	case <-ctx.Done: // ERROR "invalid operation: cannot receive from non-channel ctx.Done \(value of type func\(\) <-chan struct\{\}\)"
	}
	select {
	default:
	case v := <-ch:
		_ = v
	default: // ERROR "multiple defaults"
	}
}
