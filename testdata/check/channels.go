// errorcheck

// Channel operations on the wrong kind of operand or direction (spec: Channel
// types, Send statements, Receive operator, Close).
// wording: go1.22 "cannot range over so (...): receive from send-only channel";
// go1.19 puts the reason in parentheses.

package main

func main() {
	var ro <-chan int
	var so chan<- int
	x := 1
	ro <- 1   // ERROR "invalid operation: cannot send to receive-only channel ro \(variable of type <-chan int\)"
	<-so      // ERROR "invalid operation: cannot receive from send-only channel so \(variable of type chan<- int\)"
	x <- 1    // ERROR "invalid operation: cannot send to non-channel x \(variable of type int\)"
	<-x       // ERROR "invalid operation: cannot receive from non-channel x \(variable of type int\)"
	close(ro) // ERROR "invalid operation: cannot close receive-only channel ro \(variable of type <-chan int\)"
	ch := make(chan int)
	ch <- "a"           // ERROR "cannot use .a. \(untyped string constant\) as int value in send"
	for v := range so { // ERROR "cannot range over so \(variable of type chan<- int\)(: | \()receive from send-only channel"
		_ = v
	}
	for a, b := range ch { // ERROR "range over ch \(variable of type chan int\) permits only one iteration variable"
		_, _ = a, b
	}
}
