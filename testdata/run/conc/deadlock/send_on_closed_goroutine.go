package main

import (
	"fmt"
	"time"
)

func main() {
	ch := make(chan int, 1)
	go func() {
		for i := 0; i < 5; i++ {
			fmt.Println("sending", i)
			ch <- i
			time.Sleep(10 * time.Millisecond)
		}
	}()
	fmt.Println("received", <-ch)
	fmt.Println("received", <-ch)
	close(ch)
	fmt.Println("main closed the channel")
	time.Sleep(time.Second)
	fmt.Println("never printed")
}
