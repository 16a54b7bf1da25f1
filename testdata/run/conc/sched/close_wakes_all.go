package main

import (
	"fmt"
	"time"
)

func main() {
	gate := make(chan struct{})
	out := make(chan int, 5)
	for i := 0; i < 5; i++ {
		go func(id int) {
			time.Sleep(time.Duration(10*(5-id)) * time.Millisecond)
			fmt.Println("waiter", id, "blocks on the gate")
			<-gate
			fmt.Println("waiter", id, "passes")
			out <- id
		}(i)
	}
	time.Sleep(100 * time.Millisecond)
	fmt.Println("opening the gate")
	close(gate)
	for i := 0; i < 5; i++ {
		fmt.Println("order:", <-out)
	}
}
